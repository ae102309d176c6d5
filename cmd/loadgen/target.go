package main

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
)

// errNotLoopback is wrapped by every refusal of an address that is not
// loopback.
var errNotLoopback = errors.New("not a loopback address (want 127.0.0.0/8 or ::1)")

// isLoopback reports whether a is in 127.0.0.0/8 (also as an IPv4-mapped
// IPv6 address) or is ::1.
func isLoopback(a netip.Addr) bool {
	a = a.Unmap()
	if a.Is4() {
		return a.As4()[0] == 127
	}
	return a == netip.IPv6Loopback()
}

// parseTarget checks a base URL: scheme http or ws, a host that is a
// loopback IP or localhost, no user info, query or fragment. It returns the
// URL with scheme http, localhost replaced by 127.0.0.1, and no trailing
// slash. Names are never looked up, so not even a DNS query leaves the
// machine.
func parseTarget(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("-target %q: %w", raw, err)
	}
	switch u.Scheme {
	case "http":
	case "ws":
		u.Scheme = "http"
	default:
		return nil, fmt.Errorf("-target %q: scheme %q, want http or ws", raw, u.Scheme)
	}
	if u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("-target %q: want a base URL without user, query or fragment", raw)
	}
	host, portOf := u.Hostname(), u.Port()
	switch a, err := netip.ParseAddr(host); {
	case host == "":
		return nil, fmt.Errorf("-target %q: no host", raw)
	case isLocalhost(host):
		u.Host = "127.0.0.1"
		if p := portOf; p != "" {
			u.Host = net.JoinHostPort(u.Host, p)
		}
	case err != nil:
		return nil, fmt.Errorf("-target %q: host %q: want a loopback IP or localhost, names are not resolved: %w", raw, host, errNotLoopback)
	case !isLoopback(a):
		return nil, fmt.Errorf("-target %q: %s: %w", raw, a, errNotLoopback)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}

// isLocalhost reports whether host is localhost or a name under it, which
// RFC 6761 reserves for loopback.
func isLocalhost(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	return host == "localhost" || strings.HasSuffix(host, ".localhost")
}

// checkListen accepts a listen address "host:port" on loopback only.
func checkListen(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("-addr %q: %w", addr, err)
	}
	a, err := netip.ParseAddr(host)
	if err != nil || !isLoopback(a) {
		return fmt.Errorf("-addr %q: want a loopback IP and a port: %w", addr, errNotLoopback)
	}
	return nil
}

// endpoint joins the base URL and a path, with scheme ws for the
// WebSocket.
func endpoint(base *url.URL, path string, ws bool) string {
	u := *base
	u.Path += path
	if ws {
		u.Scheme = "ws"
	}
	return u.String()
}
