package aiflow

import (
	"context"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

// Mount gives every request a cancellable context and records it as the
// session's running request, so a barge-in can stop it. A barge-in itself
// first interrupts the request still running for its session, if any.
// session_start and session_end are never recorded, so never interrupted:
// what they change (a new session, a returned transfer leaving the
// Transfer component, the end of the call) must be saved, or the call's
// next events would meet a state that is no longer true.
func (p *Platform) Mount(c *framework.Context) error {
	t := turnOf(c)
	if t == nil {
		return nil
	}
	ctx, cancel := context.WithCancel(c.Context())
	c.SetContext(ctx)
	t.cancel = cancel
	if IsBargeIn(t.ev) {
		p.Interrupt(c.Session.ID)
	}
	if t.ev.Type == EventSessionStart || t.ev.Type == EventSessionEnd {
		return nil
	}
	p.mu.Lock()
	p.running[c.Session.ID] = t
	p.mu.Unlock()
	return nil
}

// Dismount forgets the request and releases its context. A session_end
// whose request failed (an END handler returned an error) saved nothing,
// so the session is deleted here: the call is over either way.
func (p *Platform) Dismount(c *framework.Context) {
	t := turnOf(c)
	if t == nil || t.cancel == nil {
		return
	}
	p.mu.Lock()
	if p.running[c.Session.ID] == t {
		delete(p.running, c.Session.ID)
	}
	p.mu.Unlock()
	if t.ev.Type == EventSessionEnd && (c.Err() != nil || !c.Session.Ended()) {
		ctx := context.WithoutCancel(c.Context())
		if err := c.App().Store().DeleteSession(ctx, c.Session.ID); err != nil {
			c.Logger().Warn("aiflow: delete ended session", zap.String("session", c.Session.ID), zap.Error(err))
		}
	}
	t.cancel()
}

// Interrupt cancels the context of the session's running request, if any,
// and reports whether there was one: a slow operation in its handler (an
// HTTP call, an LLM) stops, and whatever the request sends from then on is
// dropped. The server calls it when a barge-in arrives, before the event
// waits for its turn in the session's queue; Mount calls it for a
// barge-in that arrives while an earlier request of its session still
// runs.
func (p *Platform) Interrupt(sessionID string) bool {
	p.mu.Lock()
	t := p.running[sessionID]
	if t != nil {
		delete(p.running, sessionID)
	}
	p.mu.Unlock()
	if t == nil {
		return false
	}
	t.interrupted.Store(true)
	t.cancel()
	return true
}

// IsBargeIn reports whether an event interrupts the assistant: a user_speak
// with barged_in, or the legacy user_barge_in.
func IsBargeIn(ev *Event) bool {
	return ev.Type == EventUserBargeIn || (ev.Type == EventUserSpeak && ev.BargedIn)
}
