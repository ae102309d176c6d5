package server

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/jovo-go/jovo/framework"
)

// event is one accepted event on its way through the server. It is
// answered exactly once: by its handler's result, or by the fallback when
// its context ends first; whichever comes second is dropped.
type event struct {
	env       Envelope
	transport framework.Transport
	start     time.Time
	// deliver puts the answer on the wire; called at most once.
	deliver func(answer)
	// conn is the WebSocket connection the event came on; nil on HTTP.
	conn *wsConn
	// place is the event's place in its session's queue (see admit).
	place *place

	ctx     context.Context
	release context.CancelFunc
	// stopExpiry disarms the fallback armed on ctx.
	stopExpiry func() bool

	mu      sync.Mutex // guards settled; held while a Push enqueues
	settled bool
}

// answer is how an event was answered.
type answer struct {
	outcome string
	// body is the action(s) to send; nil means no action (HTTP 204, no
	// WebSocket frame).
	body  []byte
	route string
	err   error
	// panic and stack describe a handler panic.
	panic string
	stack []byte
}

// settle marks ev answered; it returns false if it already was.
func (ev *event) settle() bool {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	if ev.settled {
		return false
	}
	ev.settled = true
	return true
}

// push is framework.Request.Push on WebSocket: it writes body as a frame
// of the event's connection at once, unless the event was already
// answered or its context (or ctx) ended, so the fallback answers it
// (ErrAnswered): output that comes after the deadline is dropped. A write
// that has begun is finished (the fallback, if any, follows it), as
// cutting a frame short would end the connection.
func (ev *event) push(ctx context.Context, body []byte) error {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	if ev.settled || ev.ctx.Err() != nil || ctx.Err() != nil {
		return ErrAnswered
	}
	return ev.conn.send(body)
}

// httpStatus is the HTTP status that answers a.
func httpStatus(a answer) int {
	switch a.outcome {
	case OutcomePanic:
		return http.StatusInternalServerError
	case OutcomeRejected:
		return http.StatusBadRequest
	case OutcomeFailed:
		if errors.Is(a.err, framework.ErrNotInitialized) {
			return http.StatusServiceUnavailable
		}
		return http.StatusInternalServerError
	}
	if a.body == nil {
		return http.StatusNoContent
	}
	return http.StatusOK
}

// httpMessage is the error message of an answer with an error status.
func httpMessage(a answer) string {
	switch a.outcome {
	case OutcomePanic:
		return "internal error: the handler panicked"
	case OutcomeRejected:
		return a.err.Error()
	}
	if errors.Is(a.err, framework.ErrNotInitialized) {
		return "the app is not initialized"
	}
	return "internal error"
}
