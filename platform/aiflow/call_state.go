package aiflow

import "github.com/jovo-go/jovo/framework"

// bargeInsKey is the session data key of the barge-in counter.
const bargeInsKey = "aiflow.bargeIns"

type returnedKey struct{}

// afterLoad runs once the session is loaded: a session_start for a live
// session is a returned transfer (PROTOCOL 10.8), and barge-ins are
// counted on the session.
func (p *Platform) afterLoad(c *framework.Context, _ any) error {
	ev := EventOf(c)
	if ev == nil {
		return nil
	}
	switch {
	case ev.Type == EventSessionStart && !c.Session.IsNew:
		c.SetValue(returnedKey{}, true)
		if c.App().Tree().HandlesType(InputTransferFallback) {
			c.Input.Type = InputTransferFallback
		}
	case c.Input.Type == InputUserBargeIn:
		c.Session.Data[bargeInsKey] = BargeInCount(c) + 1
	}
	return nil
}

// beforeSave ends the stored session on session_end, after the END
// handlers ran.
func (p *Platform) beforeSave(c *framework.Context, _ any) error {
	if ev := EventOf(c); ev != nil && ev.Type == EventSessionEnd {
		c.Session.End()
	}
	return nil
}

// TransferReturned reports whether this session_start is a transfer that
// came back unanswered.
func TransferReturned(c *framework.Context) bool {
	v, _ := c.Value(returnedKey{}).(bool)
	return v
}

// BargeInCount returns how often the caller barged in during this call,
// including the current event.
func BargeInCount(c *framework.Context) int {
	switch n := c.Session.Data[bargeInsKey].(type) {
	case int:
		return n
	case float64: // after a JSON round trip through a store
		return int(n)
	}
	return 0
}
