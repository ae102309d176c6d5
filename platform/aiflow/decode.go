package aiflow

import (
	"bytes"
	"encoding/json"
	"math"
)

// DecodeEvent decodes one event, as posted to the webhook or sent as one
// WebSocket frame.
//
// It is lenient where the documentation is loose: unknown fields are
// ignored (Event.Raw keeps them), partial session objects are accepted,
// unknown event types decode with their type string as it came, the legacy
// `transcript` key stands in for a missing or empty user_speak `text`, the
// undocumented fields of sms_failed are picked up only when they are
// strings, and what nothing relies on may be missing or unknown (an
// assistant_speak without duration_ms or speech_started_at, a
// session.direction other than inbound and outbound). It is strict about what a handler relies on and returns a
// *DecodeError that names the field when: b is not JSON, not an object or
// has data after the object; `type` or `session.id` is missing or not a
// string; `session` is not an object; a field of the event's type has the
// wrong JSON type; a user_speak has no text; a dtmf_received digit is not
// exactly one of 0-9, * and #.
//
// DecodeEvent does not keep b; Event.Raw is a copy.
func DecodeEvent(b []byte) (*Event, error) {
	// One encoding/json pass into a flat struct decodes a well-formed event.
	// That pass stops being precise as soon as something is wrong (it
	// reports only the first mismatch, even in a field this type does not
	// use), so every failure is decoded again, field by field, to find out
	// what exactly is wrong and whether it matters.
	//
	// The fast pass decodes session and text straight into the Event, which
	// saves two allocations; it leaves every case where a missing field
	// must be told from an empty one to the careful path.
	ev := new(Event)
	w := wireEvent{Session: &ev.Session, Text: &ev.Text}
	if err := json.Unmarshal(b, &w); err != nil || !isObject(b) ||
		w.Type == "" || w.Session == nil || ev.Session.ID == "" ||
		(w.Type == string(EventUserSpeak) && (w.Text == nil || ev.Text == "")) {
		return decodeEventCarefully(b)
	}
	if err := w.build(ev, b); err != nil {
		return nil, err
	}
	return ev, nil
}

// isObject reports whether the first non-space byte of b opens an object.
// json.Unmarshal accepts null for a struct; an event must be an object.
func isObject(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c == '{'
	}
	return false
}

// wireEvent is the union of the fields of every event type, as they come.
// Text is a pointer to tell a missing user_speak text from an empty one.
type wireEvent struct {
	Type            string   `json:"type"`
	Session         *Session `json:"session"`
	Text            *string  `json:"text"`
	Transcript      string   `json:"transcript"`
	BargedIn        bool     `json:"barged_in"`
	Digit           string   `json:"digit"`
	SSML            string   `json:"ssml"`
	DurationMS      float64  `json:"duration_ms"`
	SpeechStartedAt float64  `json:"speech_started_at"`
	PhoneNumber     string   `json:"phone_number"`
	Error           string   `json:"error"`
}

// event checks what must be there and builds the Event with the fields of
// its type.
func (w *wireEvent) event(b []byte) (*Event, error) {
	ev := new(Event)
	if err := w.build(ev, b); err != nil {
		return nil, err
	}
	return ev, nil
}

// build checks what must be there and fills ev with the fields of the
// event's type. w's pointers may point into ev.
func (w *wireEvent) build(ev *Event, b []byte) error {
	if err := w.checkEnvelope(); err != nil {
		return err
	}
	text, hasText := "", w.Text != nil
	if hasText {
		text = *w.Text
	}
	*ev = Event{Type: EventType(w.Type), Session: *w.Session}
	switch ev.Type {
	case EventUserSpeak:
		switch {
		case hasText && (text != "" || w.Transcript == ""):
			ev.Text = text
		case w.Transcript != "": // missing or empty text
			ev.Text = w.Transcript
		default:
			return eventError("text", ErrMissingField, "")
		}
		ev.BargedIn = w.BargedIn
	case EventUserBargeIn:
		ev.Text = text
	case EventDTMFReceived:
		if w.Digit == "" {
			return eventError("digit", ErrMissingField, "")
		}
		if !validDigit(w.Digit) {
			return eventError("digit", ErrInvalidValue, "want one of 0-9, * or #, got "+snippet([]byte(w.Digit)))
		}
		ev.Digit = w.Digit
	case EventAssistantSpeak:
		ev.Text = text
		ev.SSML = w.SSML
		var err error
		if ev.DurationMS, err = millis("duration_ms", w.DurationMS); err != nil {
			return err
		}
		if ev.SpeechStartedAt, err = millis("speech_started_at", w.SpeechStartedAt); err != nil {
			return err
		}
	case EventSMSFailed:
		ev.Text = text
		ev.PhoneNumber = w.PhoneNumber
		ev.SMSError = w.Error
	}
	ev.Raw = bytes.Clone(b)
	return nil
}

// checkEnvelope checks the fields every event needs: type and session.id.
func (w *wireEvent) checkEnvelope() error {
	switch {
	case w.Type == "":
		return eventError("type", ErrMissingField, "")
	case w.Session == nil:
		return eventError("session", ErrMissingField, "")
	case w.Session.ID == "":
		return eventError("session.id", ErrMissingField, "")
	}
	return nil
}

// validDigit reports whether d is one DTMF key of a phone keypad.
func validDigit(d string) bool {
	if len(d) != 1 {
		return false
	}
	c := d[0]
	return c >= '0' && c <= '9' || c == '*' || c == '#'
}

// millis turns a JSON number of milliseconds into an int64, dropping any
// fraction.
func millis(field string, f float64) (int64, error) {
	if f >= math.MaxInt64 || f <= math.MinInt64 {
		return 0, eventError(field, ErrInvalidValue, "out of range")
	}
	return int64(f), nil
}

func eventError(field string, err error, detail string) *DecodeError {
	return &DecodeError{subject: "event", Field: field, Err: err, Detail: detail}
}
