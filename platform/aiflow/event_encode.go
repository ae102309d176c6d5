package aiflow

// MarshalJSON encodes the event the way the service sends it: `type`, the
// fields of its type, and `session` with every non-empty key (id always).
// Raw is not consulted, so an event built in code encodes the same as a
// decoded one; fields of unknown event types live only in Raw and are not
// written. Test tools use it to play the service's part. It has a value
// receiver so that an Event inside another value encodes right too. Like
// EncodeActions it leaves <, > and & unescaped (json.Marshal of a value
// holding an Event escapes them again).
func (e Event) MarshalJSON() ([]byte, error) {
	return encodeJSON(e.wire())
}

// wire returns what encoding/json writes for the event: a struct with the
// keys of its type, in the service's order.
func (e *Event) wire() any {
	s := &e.Session
	switch e.Type {
	case EventUserSpeak:
		return &struct {
			Type     EventType `json:"type"`
			Text     string    `json:"text"`
			BargedIn bool      `json:"barged_in"`
			Session  *Session  `json:"session"`
		}{e.Type, e.Text, e.BargedIn, s}
	case EventUserBargeIn:
		return &struct {
			Type    EventType `json:"type"`
			Text    string    `json:"text"`
			Session *Session  `json:"session"`
		}{e.Type, e.Text, s}
	case EventDTMFReceived:
		return &struct {
			Type    EventType `json:"type"`
			Digit   string    `json:"digit"`
			Session *Session  `json:"session"`
		}{e.Type, e.Digit, s}
	case EventAssistantSpeak:
		return &struct {
			Type            EventType `json:"type"`
			Text            string    `json:"text,omitempty"`
			SSML            string    `json:"ssml,omitempty"`
			DurationMS      int64     `json:"duration_ms"`
			SpeechStartedAt int64     `json:"speech_started_at"`
			Session         *Session  `json:"session"`
		}{e.Type, e.Text, e.SSML, e.DurationMS, e.SpeechStartedAt, s}
	case EventSMSFailed:
		return &struct {
			Type        EventType `json:"type"`
			Text        string    `json:"text,omitempty"`
			PhoneNumber string    `json:"phone_number,omitempty"`
			Error       string    `json:"error,omitempty"`
			Session     *Session  `json:"session"`
		}{e.Type, e.Text, e.PhoneNumber, e.SMSError, s}
	}
	return &struct {
		Type    EventType `json:"type"`
		Session *Session  `json:"session"`
	}{e.Type, s}
}
