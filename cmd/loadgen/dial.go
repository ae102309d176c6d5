package main

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// loopbackOnly is a net.Dialer Control hook: it refuses, at the last
// moment, any connection whose resolved address is not loopback, so
// neither a changed DNS answer nor a redirect can send load elsewhere.
func loopbackOnly(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %q: %w", address, err)
	}
	if !isLoopback(ap.Addr()) {
		return fmt.Errorf("dial %s: %w", ap.Addr(), errNotLoopback)
	}
	return nil
}

// newHTTPClient returns a client for loopback only: no proxy from the
// environment, no redirects, keep-alive connections for every concurrent
// call, and the per-event timeout.
func newHTTPClient(conns int, timeout time.Duration) *http.Client {
	d := &net.Dialer{Timeout: timeout, Control: loopbackOnly}
	tr := &http.Transport{
		Proxy:               nil,
		DialContext:         d.DialContext,
		MaxIdleConns:        conns,
		MaxIdleConnsPerHost: conns,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
	}
	return &http.Client{
		Transport:     tr,
		Timeout:       timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}
