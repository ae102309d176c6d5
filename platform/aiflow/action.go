package aiflow

import "errors"

// ActionType is the `type` of an action.
type ActionType string

// The action types of AI Flow v1.11.0.
const (
	ActionSpeak                  ActionType = "speak"
	ActionAudio                  ActionType = "audio"
	ActionHangup                 ActionType = "hangup"
	ActionTransfer               ActionType = "transfer"
	ActionBargeIn                ActionType = "barge_in"
	ActionMixAudio               ActionType = "mix_audio"
	ActionSendSMS                ActionType = "send_sms"
	ActionConfigureTranscription ActionType = "configure_transcription"
	ActionConfigureVoiceToVoice  ActionType = "configure_voice_to_voice"
)

// Action is one instruction to the service: *Speak, *Audio, *Hangup,
// *Transfer, *BargeIn, *MixAudio, *SendSMS, *ConfigureTranscription or
// *ConfigureVoiceToVoice. The set is closed (the interface has an
// unexported method) because every action must be checked against the
// protocol before it is sent; new actions of the service are added here.
type Action interface {
	// Type returns the action's wire type.
	Type() ActionType
	// Validate reports the first way the action breaks the protocol, as an
	// *ActionError, or nil.
	Validate() error
	// wire returns what encoding/json writes for the action after its
	// leading `type`: its fields, as a pointer, so that the interface
	// holds it without an allocation. Being unexported, it closes the set.
	wire() any
	// withSession returns a copy of the action with the session id set:
	// the platform fills it in without changing the app's value.
	withSession(id string) Action
}

// ErrInvalidAction matches every *ActionError with errors.Is.
var ErrInvalidAction = errors.New("invalid action")

// ActionError says which rule of the protocol an action breaks. It is a
// programming error of the app, reported before anything is sent.
type ActionError struct {
	// Action is the type of the invalid action.
	Action ActionType
	// Field is the JSON key at fault, like "barge_in.minimum_characters";
	// empty when the action as a whole is wrong.
	Field string
	// Reason says what is wrong.
	Reason string
}

// Error returns a message like
// `invalid speak action: field "text": one of text or ssml is required`.
func (e *ActionError) Error() string {
	s := "invalid action: "
	if e.Action != "" {
		s = "invalid " + string(e.Action) + " action: "
	}
	if e.Field != "" {
		s += "field " + quote(e.Field) + ": "
	}
	return s + e.Reason
}

// Is makes errors.Is(err, ErrInvalidAction) true.
func (e *ActionError) Is(target error) bool { return target == ErrInvalidAction }

func actionError(t ActionType, field, reason string) *ActionError {
	return &ActionError{Action: t, Field: field, Reason: reason}
}
