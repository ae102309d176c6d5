package aiflow

import "github.com/jovo-go/jovo/framework"

// EventOf returns the AI Flow event of a request (also c.Input.Raw), or
// nil when the request is not an AI Flow one. Its typed accessors
// (UserSpeak, DTMF, AssistantSpeak, SMSFailed) and Extra give every field.
func EventOf(c *framework.Context) *Event {
	if t := turnOf(c); t != nil {
		return t.ev
	}
	return nil
}

// SessionInfo returns the session object of the event: the call's id,
// account, numbers and direction.
func SessionInfo(c *framework.Context) Session {
	if ev := EventOf(c); ev != nil {
		return ev.Session
	}
	return Session{}
}

// Digit returns the key pressed in a dtmf_received event, or "".
func Digit(c *framework.Context) string {
	if ev := EventOf(c); ev != nil && ev.Type == EventDTMFReceived {
		return ev.Digit
	}
	return ""
}

// BargedIn reports whether the caller interrupted the assistant in this
// turn: a user_speak with barged_in, or the legacy user_barge_in. It reads
// the event, so it stays true when a plugin re-routes the input as TEXT.
func BargedIn(c *framework.Context) bool {
	ev := EventOf(c)
	return ev != nil && IsBargeIn(ev)
}

// UserID returns the number that identifies the person on the line: the
// caller of an inbound call, the callee of an outbound one. A number
// without digits ("anonymous" for a withheld caller id, or none) gives "",
// so callers who hide their number never share one user record.
func UserID(s Session) string {
	n := s.FromPhoneNumber
	if s.Direction == DirectionOutbound {
		n = s.ToPhoneNumber
	}
	if !dialable(n) {
		return ""
	}
	return n
}

// dialable reports whether n is an optional + and then at least three
// digits and nothing else.
func dialable(n string) bool {
	if len(n) > 0 && n[0] == '+' {
		n = n[1:]
	}
	if len(n) < 3 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// SentActions returns the actions the request has sent so far, in order:
// those pushed at once (WebSocket) and, after response.output, those of the
// response. Plugins that need to know what the caller heard read it in
// after.response.output instead of converting the output a second time,
// which could also pick other message variants than the ones sent.
func SentActions(c *framework.Context) []Action {
	if t := turnOf(c); t != nil {
		return t.actions
	}
	return nil
}
