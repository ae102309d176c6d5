package components

import "github.com/jovo-go/jovo/platform/aiflow"

// callerID returns the caller id the target sees: the configured one, else
// the caller's number. The transfer requires an E.164 number and a name,
// and a withheld or national caller number ("anonymous", "0151…") is
// neither, so the flow's number (or the target's, when the event has
// none) stands in and the name is FallbackCallerIDName or that number:
// the call is transferred all the same.
func callerID(s aiflow.Session, cfg TransferConfig) (name, number string) {
	caller := aiflow.UserID(s)
	if !aiflow.IsE164(caller) {
		caller = ""
	}
	number = or(cfg.CallerIDNumber, caller)
	if number == "" {
		number = or(e164Or(s.PhoneNumber, flowSide(s)), cfg.Target)
	}
	if name = or(cfg.CallerIDName, caller); name == "" {
		name = or(cfg.FallbackCallerIDName, number)
	}
	return name, number
}

// flowSide is the flow's end of the call: the number called of an
// inbound call, the number calling of an outbound one.
func flowSide(s aiflow.Session) string {
	if s.Direction == aiflow.DirectionOutbound {
		return s.FromPhoneNumber
	}
	return s.ToPhoneNumber
}

// e164Or returns the first of a, b that is an E.164 number, or "".
func e164Or(a, b string) string {
	switch {
	case aiflow.IsE164(a):
		return a
	case aiflow.IsE164(b):
		return b
	}
	return ""
}
