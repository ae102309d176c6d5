package server

import (
	"fmt"
	"strings"
	"time"

	"go.uber.org/zap"
)

// Defaults of Options; each applies where the field is zero.
const (
	DefaultAddr               = ":8080"
	DefaultMaxBodyBytes       = 64 << 10
	DefaultDeadline           = 800 * time.Millisecond
	DefaultShutdownTimeout    = 10 * time.Second
	DefaultSessionIdleTimeout = 15 * time.Minute
	DefaultMetricsNamespace   = "jovo"

	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 10 * time.Second
	DefaultWriteTimeout      = 10 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	DefaultMaxHeaderBytes    = 16 << 10

	DefaultPingInterval   = 15 * time.Second
	DefaultPingTimeout    = 10 * time.Second
	DefaultWSWriteTimeout = 5 * time.Second
)

// Options configures a Handler and a Server. A nil *Options means all
// defaults; New and NewHandler copy the struct, so changing it afterwards
// has no effect. Zero fields take the defaults above; negative values are
// an error.
type Options struct {
	// Addr is the TCP address Server.Run listens on; DefaultAddr if empty.
	// Unused by NewHandler.
	Addr string
	// Logger receives one line per event and every ingress failure; nil
	// logs nothing. Phone numbers in its fields are masked (see
	// MaskCore) unless LogRawPhoneNumbers is set.
	Logger *zap.Logger
	// LogRawPhoneNumbers turns phone-number masking of the log off. Only
	// for debugging on a machine where the logs are as private as the calls.
	LogRawPhoneNumbers bool

	// Decoder reads the session id and event type from an event; nil
	// decodes sipgate AI Flow events (AIFlowDecoder).
	Decoder Decoder
	// Auth checks the headers of every webhook request and WebSocket
	// upgrade before the body is read; a failure answers 401. Nil accepts
	// every request, which is only safe behind something that checks; New
	// logs a warning then.
	Auth Authenticator
	// MaxBodyBytes caps a webhook body; one byte more answers 413.
	// DefaultMaxBodyBytes (64 KiB) if zero.
	MaxBodyBytes int64

	// Deadline bounds each event, counted from its arrival (queue wait
	// included): past it the app's context is cancelled and Fallback
	// answers. DefaultDeadline (800 ms) if zero; sipgate expects an answer
	// within about a second.
	Deadline time.Duration
	// Fallback is the answer when the deadline passes (or the event is
	// cancelled) before the app answered, and for a panic on WebSocket when
	// the app gave no fallback of its own. It returns a response body, or
	// nil for no action (HTTP 204, no frame). Nil means no action. It is
	// not called for an event that ends the session (Envelope.End), which
	// never gets an action.
	Fallback func(env Envelope) []byte
	// OnArrival is called for each accepted event before it queues behind
	// the running events of its session. Calls for one session are
	// serialized and come in queue order. It must be quick and must not
	// block: the AI Flow platform uses it to cancel a session's running
	// handler on barge-in (AIFlowBargeIn).
	OnArrival func(a Arrival)

	// SessionIdleTimeout is how long a session without events counts as
	// live in the metrics when no event ended it;
	// DefaultSessionIdleTimeout (15 min) if zero.
	SessionIdleTimeout time.Duration
	// MetricsNamespace prefixes the metric names;
	// DefaultMetricsNamespace ("jovo") if empty.
	MetricsNamespace string

	// HTTP configures the http.Server of New. Unused by NewHandler.
	HTTP HTTPOptions
	// WebSocket configures GET /ws.
	WebSocket WebSocketOptions
	// ShutdownTimeout bounds Server.Run's graceful shutdown; past it the
	// remaining connections are closed hard. Must exceed Deadline, so every
	// accepted event can still be answered. DefaultShutdownTimeout (10 s)
	// if zero.
	ShutdownTimeout time.Duration
}

// HTTPOptions are the timeouts and limits of the http.Server that New
// builds; they guard against slow and oversized clients.
type HTTPOptions struct {
	// ReadHeaderTimeout bounds reading the request headers.
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a whole request, body included.
	ReadTimeout time.Duration
	// WriteTimeout bounds a request from the end of its headers to the end
	// of the response; must exceed Options.Deadline (also in an
	// http.Server of your own that serves a Handler).
	WriteTimeout time.Duration
	// IdleTimeout bounds how long a keep-alive connection waits for the
	// next request.
	IdleTimeout time.Duration
	// MaxHeaderBytes caps the request headers.
	MaxHeaderBytes int
}

// WebSocketOptions configure GET /ws.
type WebSocketOptions struct {
	// ReadLimit caps one incoming frame; past it the connection is closed
	// with status 1009. Options.MaxBodyBytes if zero.
	ReadLimit int64
	// PingInterval is the time between keep-alive pings; a peer that does
	// not answer within PingTimeout is disconnected.
	PingInterval time.Duration
	// PingTimeout bounds the wait for a pong.
	PingTimeout time.Duration
	// WriteTimeout bounds writing one frame; a peer that does not read
	// within it is disconnected, so it never holds up anyone else.
	WriteTimeout time.Duration
	// OriginPatterns lists the host patterns allowed in an Origin header
	// besides the request's own host (see websocket.AcceptOptions). The AI
	// Flow service sends no Origin, so none are needed for it.
	OriginPatterns []string
}

// checkServer reports the options that only New needs to work together.
func (o *Options) checkServer() error {
	if o.HTTP.WriteTimeout <= o.Deadline {
		return fmt.Errorf("%w: HTTP.WriteTimeout (%v) must exceed Deadline (%v), or the fallback could not be written", ErrInvalidOptions, o.HTTP.WriteTimeout, o.Deadline)
	}
	return nil
}

// withDefaults returns a copy of o (nil allowed) with defaults filled in,
// or an error naming every field that cannot work.
func (o *Options) withDefaults() (Options, error) {
	var c Options
	if o != nil {
		c = *o
		c.WebSocket.OriginPatterns = append([]string(nil), o.WebSocket.OriginPatterns...)
	}
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.Logger == nil {
		c.Logger = zap.NewNop()
	}
	if c.Decoder == nil {
		c.Decoder = AIFlowDecoder()
	}
	if c.MetricsNamespace == "" {
		c.MetricsNamespace = DefaultMetricsNamespace
	}
	var errs []string
	pos := func(name string, v *time.Duration, def time.Duration) {
		switch {
		case *v < 0:
			errs = append(errs, fmt.Sprintf("%s is negative (%v)", name, *v))
		case *v == 0:
			*v = def
		}
	}
	posInt := func(name string, v *int64, def int64) {
		switch {
		case *v < 0:
			errs = append(errs, fmt.Sprintf("%s is negative (%d)", name, *v))
		case *v == 0:
			*v = def
		}
	}
	posInt("MaxBodyBytes", &c.MaxBodyBytes, DefaultMaxBodyBytes)
	pos("Deadline", &c.Deadline, DefaultDeadline)
	pos("SessionIdleTimeout", &c.SessionIdleTimeout, DefaultSessionIdleTimeout)
	pos("ShutdownTimeout", &c.ShutdownTimeout, DefaultShutdownTimeout)
	pos("HTTP.ReadHeaderTimeout", &c.HTTP.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	pos("HTTP.ReadTimeout", &c.HTTP.ReadTimeout, DefaultReadTimeout)
	pos("HTTP.WriteTimeout", &c.HTTP.WriteTimeout, DefaultWriteTimeout)
	pos("HTTP.IdleTimeout", &c.HTTP.IdleTimeout, DefaultIdleTimeout)
	maxHeader := int64(c.HTTP.MaxHeaderBytes)
	posInt("HTTP.MaxHeaderBytes", &maxHeader, DefaultMaxHeaderBytes)
	c.HTTP.MaxHeaderBytes = int(maxHeader)
	posInt("WebSocket.ReadLimit", &c.WebSocket.ReadLimit, c.MaxBodyBytes)
	pos("WebSocket.PingInterval", &c.WebSocket.PingInterval, DefaultPingInterval)
	pos("WebSocket.PingTimeout", &c.WebSocket.PingTimeout, DefaultPingTimeout)
	pos("WebSocket.WriteTimeout", &c.WebSocket.WriteTimeout, DefaultWSWriteTimeout)
	if len(errs) == 0 && c.ShutdownTimeout <= c.Deadline {
		errs = append(errs, fmt.Sprintf("ShutdownTimeout (%v) must exceed Deadline (%v), or accepted events could go unanswered", c.ShutdownTimeout, c.Deadline))
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("%w: %s", ErrInvalidOptions, strings.Join(errs, "; "))
	}
	return c, nil
}
