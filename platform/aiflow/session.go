package aiflow

// Session is the `session` object every event carries. Only ID is
// required on the wire; the documentation shows samples with the other
// keys missing, so they may be empty.
type Session struct {
	// ID identifies the call. It is stable for the whole call and is re-used
	// when a failed transfer returns the call to the app.
	ID string `json:"id"`
	// AccountID is the sipgate account the flow belongs to.
	AccountID string `json:"account_id,omitempty"`
	// PhoneNumber is the flow's own phone number (E.164 with +).
	PhoneNumber string `json:"phone_number,omitempty"`
	// Direction says who placed the call; empty when the service left it out.
	Direction Direction `json:"direction,omitempty"`
	// FromPhoneNumber is the caller.
	FromPhoneNumber string `json:"from_phone_number,omitempty"`
	// ToPhoneNumber is the callee.
	ToPhoneNumber string `json:"to_phone_number,omitempty"`
}

// Direction says whether the caller dialled the flow (inbound) or the flow
// was asked to call out through the outbound-call API (outbound).
type Direction string

// The directions the service sends.
const (
	DirectionInbound  Direction = "inbound"
	DirectionOutbound Direction = "outbound"
)

// Known reports whether d is one of the documented directions. The decoder
// keeps unknown values as they came, so a new direction does not break a
// call.
func (d Direction) Known() bool {
	return d == DirectionInbound || d == DirectionOutbound
}
