package aiflow

import (
	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

// async reports whether this request pushes each Send at once: it can
// only when the transport gave it a Push function (see AsyncMode).
func (p *Platform) async(c *framework.Context) bool {
	return p.cfg.Async != AsyncOff && c.Request.Push != nil
}

// pushSent delivers the templates sent since the last push when output is
// async (event.$send). Output of a request whose context is cancelled (a
// barge-in, a deadline) is dropped: the caller moved on. Invalid output is
// not pushed and not marked as pushed: Send returns the error, and if the
// handler ignores it, the output phase meets it again and the app falls
// back, so nothing half-formed goes out.
func (p *Platform) pushSent(c *framework.Context, _ any) error {
	t := turnOf(c)
	if t == nil || !p.async(c) || takesNoAnswer(t.ev.Type) {
		return nil
	}
	if t.interrupted.Load() || c.Context().Err() != nil {
		t.sent = len(c.Output)
		return nil
	}
	actions, err := p.Actions(c, c.Output[t.sent:])
	if err != nil {
		return err
	}
	body, err := EncodeActions(actions)
	if err != nil {
		return err
	}
	t.sent = len(c.Output)
	t.record(actions)
	if body == nil {
		return nil
	}
	if err := c.Request.Push(c.Context(), body); err != nil {
		c.Logger().Warn("aiflow: push failed", zap.String("session", c.Session.ID), zap.Error(err))
	}
	return nil
}
