package aiflow

import (
	"context"

	"github.com/jovo-go/jovo/framework"
)

// inflight is a request of a session that is still running.
type inflight struct {
	cancel      context.CancelFunc
	interrupted bool
}

type inflightKey struct{}

// Mount gives every request a cancellable context and records it as the
// session's running request, so a barge-in can stop it.
func (p *Platform) Mount(c *framework.Context) error {
	ctx, cancel := context.WithCancel(c.Context())
	c.SetContext(ctx)
	f := &inflight{cancel: cancel}
	c.SetValue(inflightKey{}, f)
	if EventOf(c) != nil && c.Input.Type == InputUserBargeIn {
		p.Interrupt(c.Session.ID)
	}
	p.mu.Lock()
	p.running[c.Session.ID] = f
	p.mu.Unlock()
	return nil
}

// Dismount forgets the request and releases its context.
func (p *Platform) Dismount(c *framework.Context) {
	f, _ := c.Value(inflightKey{}).(*inflight)
	if f == nil {
		return
	}
	p.mu.Lock()
	if p.running[c.Session.ID] == f {
		delete(p.running, c.Session.ID)
	}
	p.mu.Unlock()
	f.cancel()
}

// Interrupt cancels the context of the session's running request, if any:
// a slow operation in its handler (an HTTP call, an LLM) stops, and its
// late output is dropped. The server calls it when a barge-in arrives,
// before the event waits for its turn in the session's queue.
func (p *Platform) Interrupt(sessionID string) bool {
	p.mu.Lock()
	f := p.running[sessionID]
	if f != nil {
		f.interrupted = true
		delete(p.running, sessionID)
	}
	p.mu.Unlock()
	if f != nil {
		f.cancel()
	}
	return f != nil
}

// IsBargeIn reports whether an event interrupts the assistant: a user_speak
// with barged_in, or the legacy user_barge_in.
func IsBargeIn(ev *Event) bool {
	return ev.Type == EventUserBargeIn || (ev.Type == EventUserSpeak && ev.BargedIn)
}

// interrupted reports whether the request was cancelled by a barge-in.
func interrupted(c *framework.Context) bool {
	f, _ := c.Value(inflightKey{}).(*inflight)
	if f == nil {
		return false
	}
	return f.interrupted
}
