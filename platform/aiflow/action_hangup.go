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

// wire returns the action's fields, for encoding/json.
func (h *Hangup) wire() any {
	type fields Hangup // the fields without the methods, so MarshalJSON does not recurse
	return (*fields)(h)
}

// withSession returns a copy of h with the session id set.
func (h *Hangup) withSession(id string) Action {
	cp := *h
	cp.SessionID = id
	return &cp
}
