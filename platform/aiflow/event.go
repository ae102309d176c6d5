package aiflow

import "encoding/json"

// EventType is the `type` of an event, as it came on the wire. Types this
// package does not know are kept as they came (see EventType.Known), so an
// app can route events the service adds after v1.11.0.
type EventType string

// The event types of AI Flow v1.11.0.
const (
	// EventSessionStart starts a call. It is sent again, with the same
	// session id, when a transfer with a timeout fails and the call returns.
	EventSessionStart EventType = "session_start"
	// EventUserSpeechStarted says the caller started to speak. WebSocket
	// only; the service ignores any answer.
	EventUserSpeechStarted EventType = "user_speech_started"
	// EventUserSpeak carries what the caller said (Text) and whether the
	// caller interrupted the assistant (BargedIn).
	EventUserSpeak EventType = "user_speak"
	// EventUserBargeIn is the legacy barge-in event (Text); the service now
	// sends EventUserSpeak with BargedIn set instead.
	EventUserBargeIn EventType = "user_barge_in"
	// EventDTMFReceived carries one key the caller pressed (Digit).
	EventDTMFReceived EventType = "dtmf_received"
	// EventAssistantSpeak says the assistant started to speak (Text or SSML,
	// DurationMS, SpeechStartedAt).
	EventAssistantSpeak EventType = "assistant_speak"
	// EventAssistantSpeechEnded says the assistant finished speaking.
	EventAssistantSpeechEnded EventType = "assistant_speech_ended"
	// EventUserInputTimeout says the caller stayed silent for the
	// user_input_timeout_seconds of the last speak action.
	EventUserInputTimeout EventType = "user_input_timeout"
	// EventSMSFailed says a send_sms action failed. Its fields are not
	// documented; the decoder exposes text, phone_number and error when
	// they are strings.
	EventSMSFailed EventType = "sms_failed"
	// EventSessionEnd ends the call. The only valid answer is no action.
	EventSessionEnd EventType = "session_end"
)

// Known reports whether t is one of the event types of v1.11.0.
func (t EventType) Known() bool {
	switch t {
	case EventSessionStart, EventUserSpeechStarted, EventUserSpeak, EventUserBargeIn,
		EventDTMFReceived, EventAssistantSpeak, EventAssistantSpeechEnded,
		EventUserInputTimeout, EventSMSFailed, EventSessionEnd:
		return true
	}
	return false
}

// Event is one decoded event: the union of the fields of every event type.
// DecodeEvent sets only the fields that belong to the event's Type and
// leaves the others zero; the comment of each field says which types carry
// it. The typed accessors (UserSpeak, DTMF, AssistantSpeak, UserBargeIn,
// SMSFailed) return the fields of one type together. Events without fields
// of their own (session_start, session_end, ...) are fully described by
// Type and Session.
//
// One flat struct keeps decoding to one pass and one allocation per event,
// and lets a switch on Type read the fields directly.
type Event struct {
	// Type is the event type as it came, known or not.
	Type EventType
	// Session describes the call. Session.ID is never empty after decoding.
	Session Session

	// Text is what the caller said (user_speak, user_barge_in), what the
	// assistant says (assistant_speak), or the text of the failed SMS
	// (sms_failed).
	Text string
	// BargedIn is true when the caller interrupted the assistant
	// (user_speak). The service sends false or leaves the key out otherwise.
	BargedIn bool
	// Digit is the key pressed: one of 0-9, * and # (dtmf_received).
	Digit string
	// SSML is the SSML the assistant speaks, when the speak action had SSML
	// (assistant_speak).
	SSML string
	// DurationMS is the length of the assistant's speech in milliseconds
	// (assistant_speak).
	DurationMS int64
	// SpeechStartedAt is when the assistant's speech started, in Unix
	// milliseconds (assistant_speak).
	SpeechStartedAt int64
	// PhoneNumber is the number the SMS was for (sms_failed).
	PhoneNumber string
	// SMSError is the service's reason for the failure (sms_failed, key
	// `error`).
	SMSError string

	// Raw is a copy of the bytes the event was decoded from, with every
	// field the struct does not carry (see Extra). It is nil for events
	// built in code.
	Raw json.RawMessage
}
