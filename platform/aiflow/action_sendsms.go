package aiflow

// SendSMS sends a text message, fire and forget; a failure arrives later
// as an sms_failed event. The feature must be enabled by sipgate.
type SendSMS struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
	// PhoneNumber is the E.164 recipient; required. A leading + is accepted
	// and dropped on the wire, as the service prefers.
	PhoneNumber string `json:"phone_number"`
	// Message is the text; required. The wire key is `message`.
	Message string `json:"message"`
}

// Type returns ActionSendSMS.
func (s *SendSMS) Type() ActionType { return ActionSendSMS }

// Validate checks that session_id is set, phone_number is E.164 and
// message is not blank.
func (s *SendSMS) Validate() error {
	if s == nil {
		return actionError(ActionSendSMS, "", "nil action")
	}
	if err := checkSessionID(ActionSendSMS, s.SessionID); err != nil {
		return err
	}
	if err := checkE164(ActionSendSMS, "phone_number", s.PhoneNumber); err != nil {
		return err
	}
	if blank(s.Message) {
		return actionError(ActionSendSMS, "message", "required")
	}
	return nil
}

// MarshalJSON validates s and returns its wire form.
func (s *SendSMS) MarshalJSON() ([]byte, error) { return marshalAction(s) }

// wire returns the action's fields, for encoding/json, with the number
// in the form the service prefers (no +).
func (s *SendSMS) wire() any {
	type fields SendSMS // the fields without the methods, so MarshalJSON does not recurse
	w := fields(*s)
	w.PhoneNumber = wireNumber(w.PhoneNumber)
	return &w
}

// withSession returns a copy of s with the session id set.
func (s *SendSMS) withSession(id string) Action {
	cp := *s
	cp.SessionID = id
	return &cp
}
