package server

import "errors"

// Sentinel errors. They appear as context causes (context.Cause) and in
// wrapped errors the server returns, so callers can match them with
// errors.Is.
var (
	// ErrDeadline is the cause of an event's context when its deadline
	// (Options.Deadline) passed before the app answered.
	ErrDeadline = errors.New("server: event deadline exceeded")
	// ErrShuttingDown is returned for events that arrive after shutdown
	// began; they are refused, never half handled.
	ErrShuttingDown = errors.New("server: shutting down")
	// ErrAnswered is returned by a Push after the event was answered (by
	// the app or, at the deadline, by the fallback): a late frame is
	// dropped, never sent.
	ErrAnswered = errors.New("server: event already answered")
	// ErrConnectionClosed is returned by a Push when the WebSocket
	// connection is gone.
	ErrConnectionClosed = errors.New("server: websocket connection closed")
	// ErrInvalidOptions is wrapped by the errors of New and NewHandler for
	// options that cannot work together.
	ErrInvalidOptions = errors.New("server: invalid options")
)
