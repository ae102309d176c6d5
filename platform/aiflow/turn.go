package aiflow

import (
	"context"
	"sync/atomic"

	"github.com/jovo-go/jovo/framework"
)

// turn is the platform's state of one request, kept on the framework
// context under one key so that a request costs one allocation for it.
type turn struct {
	// ev is the decoded event.
	ev *Event
	// cancel cancels the request's context (set by Mount).
	cancel context.CancelFunc
	// interrupted is set by Interrupt, possibly from another goroutine:
	// the request's output is dropped.
	interrupted atomic.Bool
	// sent counts the templates of c.Output already pushed (async output).
	sent int
	// actions are the actions the request sent so far: pushed ones, then
	// the response's.
	actions []Action
	// returned marks a session_start of a session that is still live: a
	// transfer that came back (PROTOCOL 10.8).
	returned bool
}

// record adds actions to those the request sent. The first batch is kept
// as it is, capped so that the next append copies instead of writing into
// the caller's slice: most requests send once and pay no copy.
func (t *turn) record(actions []Action) {
	switch {
	case len(actions) == 0:
	case t.actions == nil:
		t.actions = actions[:len(actions):len(actions)]
	default:
		t.actions = append(t.actions, actions...)
	}
}

type turnKey struct{}

// turnOf returns the platform's state of the request, or nil when the
// request is not an AI Flow one.
func turnOf(c *framework.Context) *turn {
	t, _ := c.Value(turnKey{}).(*turn)
	return t
}
