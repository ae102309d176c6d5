package aiflow

// BargeIn stops whatever speak or audio is playing right now.
// EncodeActions moves it to the front of the response, so that it stops
// the previous turn's playback and not the speech sent with it.
type BargeIn struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
}

// Type returns ActionBargeIn.
func (b *BargeIn) Type() ActionType { return ActionBargeIn }

// Validate checks that session_id is set.
func (b *BargeIn) Validate() error {
	if b == nil {
		return actionError(ActionBargeIn, "", "nil action")
	}
	return checkSessionID(ActionBargeIn, b.SessionID)
}

// MarshalJSON validates b and returns its wire form.
func (b *BargeIn) MarshalJSON() ([]byte, error) { return marshalAction(b) }

// wire returns the action's fields, for encoding/json.
func (b *BargeIn) wire() any {
	type fields BargeIn // the fields without the methods, so MarshalJSON does not recurse
	return (*fields)(b)
}

// withSession returns a copy of b with the session id set.
func (b *BargeIn) withSession(id string) Action {
	cp := *b
	cp.SessionID = id
	return &cp
}
