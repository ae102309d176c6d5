package aiflow

import (
	"encoding/json"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

type sentKey struct{}

// sent returns how many templates of the request were already pushed.
func sent(c *framework.Context) int {
	n, _ := c.Value(sentKey{}).(int)
	return n
}

// async reports whether this request pushes each Send at once.
func (p *Platform) async(c *framework.Context) bool {
	switch p.cfg.Async {
	case AsyncOff:
		return false
	default:
		return c.Request.Push != nil
	}
}

// pushSent delivers the templates just sent when output is async. Output
// of a request whose context is already cancelled (a barge-in, a deadline)
// is dropped: the caller moved on.
func (p *Platform) pushSent(c *framework.Context, payload any) error {
	if !p.async(c) {
		return nil
	}
	ev := EventOf(c)
	if ev == nil || ev.Type == EventSessionEnd || ev.Type == EventUserSpeechStarted {
		return nil
	}
	start := sent(c)
	c.SetValue(sentKey{}, len(c.Output))
	if c.Context().Err() != nil {
		return nil
	}
	actions, err := p.Actions(c, c.Output[start:])
	if err != nil {
		return err
	}
	body, err := EncodeActions(actions)
	if err != nil || body == nil {
		return err
	}
	if err := c.Request.Push(c.Context(), body); err != nil {
		c.Logger().Warn("aiflow: push failed", zap.String("session", c.Session.ID), zap.Error(err))
	}
	return nil
}

func zapString(k, v string) zap.Field { return zap.String(k, v) }

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
