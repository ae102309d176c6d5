package main

import (
	"fmt"
	"io"
	"net"
)

// printUsage tells how to reach the demo listening on addr: the URLs to
// configure in sipgate and a curl command that starts a call.
func printUsage(w io.Writer, addr string, cfg config) {
	base := "http://" + localURL(addr)
	ws := "ws://" + localURL(addr)
	auth, header := "off (no -token / AIFLOW_API_TOKEN)", ""
	if cfg.Token != "" {
		auth = "on: the service must send X-API-TOKEN"
		header = ` -H "X-API-TOKEN: $AIFLOW_API_TOKEN"`
	}
	fmt.Fprintf(w, `jovo-go demo bot (locale %[3]s, option 0 transfers to %[4]s, authentication %[5]s)

In the sipgate AI Flow settings, enter the public HTTPS address of this
server (a tunnel or a reverse proxy in front of it) and the token as
"Ausgehender API Token":
  webhook:   %[1]s/webhook   → https://<your-host>/webhook
  WebSocket: %[2]s/ws        → wss://<your-host>/ws
  health: %[1]s/healthz   metrics: %[1]s/metrics

Try it:
  curl -s -X POST %[1]s/webhook -H 'Content-Type: application/json'%[6]s \
    -d '{"type":"session_start","session":{"id":"demo-1","account_id":"a","phone_number":"+4921112345678","direction":"inbound","from_phone_number":"+4915112345678","to_phone_number":"+4921112345678"}}'
  curl -s -X POST %[1]s/webhook -H 'Content-Type: application/json'%[6]s \
    -d '{"type":"dtmf_received","digit":"1","session":{"id":"demo-1","account_id":"a","phone_number":"+4921112345678","direction":"inbound","from_phone_number":"+4915112345678","to_phone_number":"+4921112345678"}}'
`, base, ws, cfg.Locale, cfg.TransferTo, auth, header)
}

// localURL turns a listen address into one to connect to: an empty or
// unspecified host becomes localhost.
func localURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
