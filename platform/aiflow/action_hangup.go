package aiflow

// Hangup ends the call.
type Hangup struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
}

// Type returns ActionHangup.
func (h *Hangup) Type() ActionType { return ActionHangup }

// Validate checks that session_id is set.
func (h *Hangup) Validate() error {
	if h == nil {
		return actionError(ActionHangup, "", "nil action")
	}
	return checkSessionID(ActionHangup, h.SessionID)
}

// MarshalJSON validates h and returns its wire form.
func (h *Hangup) MarshalJSON() ([]byte, error) { return marshalAction(h) }

func (h *Hangup) appendJSON(b []byte) []byte {
	o := beginObject(b)
	o.str("type", string(ActionHangup))
	o.str("session_id", h.SessionID)
	return o.end()
}
