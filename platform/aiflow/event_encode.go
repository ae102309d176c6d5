package aiflow

// MarshalJSON encodes the event the way the service sends it: `type`, the
// fields of its type, and `session` with every non-empty key (id always).
// Raw is not consulted, so an event built in code encodes the same as a
// decoded one; fields of unknown event types live only in Raw and are not
// written. Test tools use it to play the service's part. It has a value
// receiver so that an Event inside another value encodes right too.
func (e Event) MarshalJSON() ([]byte, error) {
	return e.appendJSON(make([]byte, 0, 256)), nil
}

func (e *Event) appendJSON(b []byte) []byte {
	o := beginObject(b)
	o.str("type", string(e.Type))
	switch e.Type {
	case EventUserSpeak:
		o.str("text", e.Text)
		o.bool("barged_in", e.BargedIn)
	case EventUserBargeIn:
		o.str("text", e.Text)
	case EventDTMFReceived:
		o.str("digit", e.Digit)
	case EventAssistantSpeak:
		o.strOmit("text", e.Text)
		o.strOmit("ssml", e.SSML)
		o.int("duration_ms", e.DurationMS)
		o.int("speech_started_at", e.SpeechStartedAt)
	case EventSMSFailed:
		o.strOmit("text", e.Text)
		o.strOmit("phone_number", e.PhoneNumber)
		o.strOmit("error", e.SMSError)
	}
	o.key("session")
	o.buf = e.Session.appendJSON(o.buf)
	return o.end()
}

// appendJSON writes the session object; empty keys other than id are left
// out, as in the documentation's samples.
func (s *Session) appendJSON(b []byte) []byte {
	o := beginObject(b)
	o.str("id", s.ID)
	o.strOmit("account_id", s.AccountID)
	o.strOmit("phone_number", s.PhoneNumber)
	o.strOmit("direction", string(s.Direction))
	o.strOmit("from_phone_number", s.FromPhoneNumber)
	o.strOmit("to_phone_number", s.ToPhoneNumber)
	return o.end()
}
