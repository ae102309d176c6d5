package server

import "net/http"

// Envelope is what the server reads of an event before the app sees it:
// enough to queue it behind its session, to log it and to count it.
type Envelope struct {
	// SessionID keys the session's queue; never empty after decoding.
	SessionID string
	// Type is the event type as it came on the wire.
	Type string
	// Known is true when Type is one of the platform's documented types.
	// Metrics count other types under "other", so a client cannot grow the
	// label set without bound.
	Known bool
	// End is true when the event ends the session (AI Flow: session_end).
	End bool
	// Report is true when the event tells what happened rather than what
	// the caller did (AI Flow: session_end, user_speech_started,
	// assistant_speak, assistant_speech_ended, sms_failed; see
	// aiflow.EventType.IsReport). Options.Fallback never answers a report:
	// it stands in for an answer to the caller, and nobody waits for one.
	Report bool
	// Value is the decoded event, handed to the app as
	// framework.Request.Value so the platform need not decode the body
	// twice; nil lets the platform decode framework.Request.Body.
	Value any
}

// Decoder reads the Envelope of one event body. An error rejects the
// event (HTTP 400, a skipped WebSocket frame); its message is sent to the
// client, so it should name the field at fault and carry no secrets.
type Decoder interface {
	DecodeEnvelope(body []byte) (Envelope, error)
}

// DecoderFunc adapts a function to Decoder.
type DecoderFunc func(body []byte) (Envelope, error)

// DecodeEnvelope calls f(body).
func (f DecoderFunc) DecodeEnvelope(body []byte) (Envelope, error) { return f(body) }

// Authenticator checks the headers of a webhook request or WebSocket
// upgrade before the body is read. aiflow.TokenChecker implements it.
type Authenticator interface {
	Check(h http.Header) error
}

// AuthenticatorFunc adapts a function to Authenticator, for example
// (*aiflow.Platform).CheckAuth.
type AuthenticatorFunc func(h http.Header) error

// Check calls f(h).
func (f AuthenticatorFunc) Check(h http.Header) error { return f(h) }
