package aiflow

import (
	"encoding/json"
	"errors"
	"strings"
)

// rawEvent holds every field DecodeEvent looks at, undecoded, so that each
// can be decoded on its own and its error named. Session is decoded like
// the fast path does it, so duplicate keys merge the same way in both.
type rawEvent struct {
	Type            json.RawMessage `json:"type"`
	Session         *Session        `json:"session"`
	Text            json.RawMessage `json:"text"`
	Transcript      json.RawMessage `json:"transcript"`
	BargedIn        json.RawMessage `json:"barged_in"`
	Digit           json.RawMessage `json:"digit"`
	SSML            json.RawMessage `json:"ssml"`
	DurationMS      json.RawMessage `json:"duration_ms"`
	SpeechStartedAt json.RawMessage `json:"speech_started_at"`
	PhoneNumber     json.RawMessage `json:"phone_number"`
	Error           json.RawMessage `json:"error"`
}

// decodeEventCarefully is the slow path of DecodeEvent, taken when the fast
// pass failed. It finds the first problem that matters and returns it as a
// *DecodeError, or, when the only problems were in fields the event's type
// does not use, returns the event.
func decodeEventCarefully(b []byte) (*Event, error) {
	if err := checkObject(b, "event"); err != nil {
		return nil, err
	}
	var r rawEvent
	// Only session can have the wrong type here; the other fields are raw.
	sessionErr := json.Unmarshal(b, &r)
	var w wireEvent
	if err := decodeField("event", "type", r.Type, &w.Type, "string"); err != nil {
		return nil, err
	}
	if sessionErr != nil {
		return nil, sessionError(sessionErr)
	}
	w.Session = r.Session
	if err := w.checkEnvelope(); err != nil {
		return nil, err
	}
	var err error
	switch EventType(w.Type) {
	case EventUserSpeak:
		err = firstErr(
			decodeField("event", "text", r.Text, &w.Text, "string"),
			decodeField("event", "barged_in", r.BargedIn, &w.BargedIn, "boolean"))
		_ = decodeField("event", "transcript", r.Transcript, &w.Transcript, "string") // legacy, best effort
	case EventUserBargeIn:
		err = decodeField("event", "text", r.Text, &w.Text, "string")
	case EventDTMFReceived:
		err = decodeField("event", "digit", r.Digit, &w.Digit, "string")
	case EventAssistantSpeak:
		err = firstErr(
			decodeField("event", "text", r.Text, &w.Text, "string"),
			decodeField("event", "ssml", r.SSML, &w.SSML, "string"),
			decodeField("event", "duration_ms", r.DurationMS, &w.DurationMS, "number"),
			decodeField("event", "speech_started_at", r.SpeechStartedAt, &w.SpeechStartedAt, "number"))
	case EventSMSFailed:
		// Undocumented fields: take them when they are strings, else leave
		// them to Raw.
		_ = decodeField("event", "text", r.Text, &w.Text, "string")
		_ = decodeField("event", "phone_number", r.PhoneNumber, &w.PhoneNumber, "string")
		_ = decodeField("event", "error", r.Error, &w.Error, "string")
	}
	if err != nil {
		return nil, err
	}
	return w.event(b)
}

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// sessionError names the session field a decoding error is about.
func sessionError(err error) *DecodeError {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && strings.HasPrefix(te.Field, "session.") {
		return &DecodeError{subject: "event", Field: te.Field, Err: ErrWrongType,
			Detail: "want string, got " + te.Value, cause: err}
	}
	return typeError("event", "session", "object", err)
}

// decodeField decodes one raw field into dst. want is the JSON type the
// field should have, for the message.
func decodeField(subject, field string, raw json.RawMessage, dst any, want string) error {
	if len(raw) == 0 {
		return nil
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return typeError(subject, field, want, err)
	}
	return nil
}

// typeError turns an encoding/json error about one field into a
// *DecodeError.
func typeError(subject, field, want string, err error) *DecodeError {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if want == "number" && strings.HasPrefix(te.Value, "number") {
			return &DecodeError{subject: subject, Field: field, Err: ErrInvalidValue, Detail: "number out of range", cause: err}
		}
		return &DecodeError{subject: subject, Field: field, Err: ErrWrongType, Detail: "want " + want + ", got " + te.Value, cause: err}
	}
	return &DecodeError{subject: subject, Field: field, Err: ErrWrongType, Detail: err.Error(), cause: err}
}
