package aiflow

import (
	"encoding/json"
	"time"
)

// UserSpeak is the payload of a user_speak event.
type UserSpeak struct {
	// Text is the transcript of what the caller said.
	Text string
	// BargedIn is true when the caller interrupted the assistant.
	BargedIn bool
}

// UserBargeIn is the payload of the legacy user_barge_in event.
type UserBargeIn struct {
	// Text is what the caller said while interrupting.
	Text string
}

// DTMFReceived is the payload of a dtmf_received event.
type DTMFReceived struct {
	// Digit is the key pressed: one of 0-9, * and #.
	Digit string
}

// AssistantSpeak is the payload of an assistant_speak event.
type AssistantSpeak struct {
	// Text is the spoken text; it may be empty when the speak action had SSML.
	Text string
	// SSML is the spoken SSML, if the speak action had SSML.
	SSML string
	// Duration is how long the speech lasts.
	Duration time.Duration
	// StartedAt is when the speech started.
	StartedAt time.Time
}

// SMSFailed is the payload of an sms_failed event. The service documents no
// fields for it; these are the ones the decoder picks up when they are
// strings. Event.Raw has the full event.
type SMSFailed struct {
	// Text is the message that was not sent.
	Text string
	// PhoneNumber is the number it was for.
	PhoneNumber string
	// Error is the service's reason.
	Error string
}

// UserSpeak returns the payload of a user_speak event; ok is false for any
// other type.
func (e *Event) UserSpeak() (p UserSpeak, ok bool) {
	if e.Type != EventUserSpeak {
		return p, false
	}
	return UserSpeak{Text: e.Text, BargedIn: e.BargedIn}, true
}

// UserBargeIn returns the payload of a user_barge_in event; ok is false for
// any other type.
func (e *Event) UserBargeIn() (p UserBargeIn, ok bool) {
	if e.Type != EventUserBargeIn {
		return p, false
	}
	return UserBargeIn{Text: e.Text}, true
}

// DTMF returns the payload of a dtmf_received event; ok is false for any
// other type.
func (e *Event) DTMF() (p DTMFReceived, ok bool) {
	if e.Type != EventDTMFReceived {
		return p, false
	}
	return DTMFReceived{Digit: e.Digit}, true
}

// AssistantSpeak returns the payload of an assistant_speak event; ok is
// false for any other type.
func (e *Event) AssistantSpeak() (p AssistantSpeak, ok bool) {
	if e.Type != EventAssistantSpeak {
		return p, false
	}
	return AssistantSpeak{
		Text:      e.Text,
		SSML:      e.SSML,
		Duration:  time.Duration(e.DurationMS) * time.Millisecond,
		StartedAt: time.UnixMilli(e.SpeechStartedAt),
	}, true
}

// SMSFailed returns the payload of an sms_failed event; ok is false for any
// other type.
func (e *Event) SMSFailed() (p SMSFailed, ok bool) {
	if e.Type != EventSMSFailed {
		return p, false
	}
	return SMSFailed{Text: e.Text, PhoneNumber: e.PhoneNumber, Error: e.SMSError}, true
}

// eventKeys returns the top-level keys the Event struct carries for t.
func eventKeys(t EventType) []string {
	switch t {
	case EventUserSpeak:
		return []string{"type", "session", "text", "barged_in"}
	case EventUserBargeIn:
		return []string{"type", "session", "text"}
	case EventDTMFReceived:
		return []string{"type", "session", "digit"}
	case EventAssistantSpeak:
		return []string{"type", "session", "text", "ssml", "duration_ms", "speech_started_at"}
	case EventSMSFailed:
		return []string{"type", "session", "text", "phone_number", "error"}
	}
	return []string{"type", "session"}
}

// Extra returns the top-level fields of Raw that the struct does not carry
// for this event's type: fields the service added, or every field of an
// unknown event type. Keys are matched exactly. It returns nil when there
// are none or when the event has no Raw bytes.
func (e *Event) Extra() map[string]json.RawMessage {
	if len(e.Raw) == 0 {
		return nil
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(e.Raw, &all); err != nil {
		return nil
	}
	for _, k := range eventKeys(e.Type) {
		delete(all, k)
	}
	if e.Type == EventUserSpeak {
		delete(all, "transcript")
	}
	if len(all) == 0 {
		return nil
	}
	return all
}
