package aiflow

import (
	"context"

	"github.com/jovo-go/jovo/framework"
)

// bargeInsKey is the session data key of the barge-in counter.
const bargeInsKey = "aiflow.bargeIns"

// afterLoad runs once the session is loaded (after request.end): a
// session_start for a live session is a returned transfer (PROTOCOL 10.8),
// and barge-ins are counted on the session.
func (p *Platform) afterLoad(c *framework.Context, _ any) error {
	t := turnOf(c)
	if t == nil {
		return nil
	}
	switch {
	case t.ev.Type == EventSessionStart && !c.Session.IsNew:
		t.returned = true
		if c.App().Tree().HandlesType(InputTransferFallback) {
			c.Input.Type = InputTransferFallback
		}
	case IsBargeIn(t.ev):
		c.Session.Data[bargeInsKey] = BargeInCount(c) + 1
	}
	return nil
}

// beforeSave runs before the session is saved (before response.end). On
// session_end it ends the stored session, after the END handlers ran: the
// framework deletes it instead of saving it. (A failed session_end request
// saves nothing; Dismount deletes the session then.) A request interrupted
// by a barge-in saves with a context that is no longer cancelled: what its
// handler recorded is kept, only its output is dropped. (A handler that
// gives up with the context's error fails the request, which saves
// nothing.)
func (p *Platform) beforeSave(c *framework.Context, _ any) error {
	t := turnOf(c)
	if t == nil {
		return nil
	}
	if t.ev.Type == EventSessionEnd {
		c.Session.End()
	}
	if t.interrupted.Load() {
		c.SetContext(context.WithoutCancel(c.Context()))
	}
	return nil
}

// TransferReturned reports whether this session_start is a transfer that
// came back unanswered: the session, its state stack and data are the ones
// from before the transfer.
func TransferReturned(c *framework.Context) bool {
	t := turnOf(c)
	return t != nil && t.returned
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
