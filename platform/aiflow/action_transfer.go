package aiflow

import "strconv"

// Transfer forwards the call to another number.
type Transfer struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
	// TargetPhoneNumber is the E.164 number to call; required. A leading +
	// is accepted and dropped on the wire, as the service prefers.
	TargetPhoneNumber string `json:"target_phone_number"`
	// CallerIDName is the name shown to the target; required.
	CallerIDName string `json:"caller_id_name"`
	// CallerIDNumber is the E.164 number shown to the target; required. A
	// leading + is dropped on the wire too, as in the newer documentation's
	// sample (PROTOCOL 4.4, 7.6).
	CallerIDNumber string `json:"caller_id_number"`
	// Timeout is how many seconds to ring, 5–120; zero leaves it out.
	// With a timeout, an unanswered transfer returns the call to the app as
	// a new session_start with the same session id; without one, it ends
	// the call.
	Timeout int `json:"timeout,omitempty"`
}

// Type returns ActionTransfer.
func (t *Transfer) Type() ActionType { return ActionTransfer }

// Validate checks that session_id and caller_id_name are set, both numbers
// are E.164 (optional +, 2–15 digits, no leading 0) and the timeout, if
// set, is 5–120.
func (t *Transfer) Validate() error {
	if t == nil {
		return actionError(ActionTransfer, "", "nil action")
	}
	if err := checkSessionID(ActionTransfer, t.SessionID); err != nil {
		return err
	}
	if err := checkE164(ActionTransfer, "target_phone_number", t.TargetPhoneNumber); err != nil {
		return err
	}
	if blank(t.CallerIDName) {
		return actionError(ActionTransfer, "caller_id_name", "required")
	}
	if err := checkE164(ActionTransfer, "caller_id_number", t.CallerIDNumber); err != nil {
		return err
	}
	if t.Timeout != 0 && (t.Timeout < 5 || t.Timeout > 120) {
		return actionError(ActionTransfer, "timeout", "want 5–120 seconds, got "+strconv.Itoa(t.Timeout))
	}
	return nil
}

// checkE164 is the rule for every phone number of an action.
func checkE164(t ActionType, field, number string) error {
	switch {
	case number == "":
		return actionError(t, field, "required")
	case !IsE164(number):
		return actionError(t, field, "want an E.164 number (optional +, 2–15 digits, no leading 0), got "+quote(number))
	}
	return nil
}

// MarshalJSON validates t and returns its wire form.
func (t *Transfer) MarshalJSON() ([]byte, error) { return marshalAction(t) }

// wire returns the action's fields, for encoding/json, with the numbers
// in the form the service prefers (no +).
func (t *Transfer) wire() any {
	type fields Transfer // the fields without the methods, so MarshalJSON does not recurse
	w := fields(*t)
	w.TargetPhoneNumber = wireNumber(w.TargetPhoneNumber)
	w.CallerIDNumber = wireNumber(w.CallerIDNumber)
	return &w
}

// withSession returns a copy of t with the session id set.
func (t *Transfer) withSession(id string) Action {
	cp := *t
	cp.SessionID = id
	return &cp
}
