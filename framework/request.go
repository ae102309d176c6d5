package framework

import (
	"context"
	"net/http"
)

// Transport says how a request reached the app. Platforms use it to choose
// between one reply per request (HTTP) and pushing each Send at once
// (WebSocket).
type Transport string

// The transports the server and the TestSuite use.
const (
	TransportHTTP      Transport = "http"
	TransportWebSocket Transport = "websocket"
	TransportTest      Transport = "test"
)

// Request is one raw request as it came off the wire, before any platform
// looked at it.
type Request struct {
	// Body is the raw request body.
	Body []byte
	// Value is an already decoded request, for in-process callers (tests,
	// benchmarks) that have no wire bytes. Platforms accept either.
	Value any
	// Header holds the request headers, if the transport has any.
	Header http.Header
	// Transport says how the request arrived.
	Transport Transport
	// Push, when set, delivers a response body at once on the transport
	// (a WebSocket frame). Platforms with async output call it for each
	// Send; it is nil on HTTP.
	Push func(ctx context.Context, body []byte) error
}
