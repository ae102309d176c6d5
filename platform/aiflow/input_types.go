package aiflow

import "github.com/jovo-go/jovo/framework"

// The input types of AI Flow events, besides framework.InputLaunch
// (session_start), framework.InputText (user_speak; an NLU plugin turns it
// into an INTENT) and framework.InputEnd (session_end).
const (
	// InputUserBargeIn is a user_speak with barged_in: true, or the legacy
	// user_barge_in: the caller interrupted the assistant. Input.Text has
	// what the caller said.
	InputUserBargeIn framework.InputType = "USER_BARGE_IN"
	// InputUserSpeechStarted is user_speech_started (WebSocket only). The
	// service ignores any answer, so none is sent.
	InputUserSpeechStarted framework.InputType = "USER_SPEECH_STARTED"
	// InputDTMFReceived is dtmf_received; Input.Text is the key.
	InputDTMFReceived framework.InputType = "DTMF_RECEIVED"
	// InputAssistantSpeak is assistant_speak; Input.Text is what the
	// assistant says (EventOf(c).AssistantSpeak() has all fields).
	InputAssistantSpeak framework.InputType = "ASSISTANT_SPEAK"
	// InputAssistantSpeechEnded is assistant_speech_ended.
	InputAssistantSpeechEnded framework.InputType = "ASSISTANT_SPEECH_ENDED"
	// InputUserInputTimeout is user_input_timeout: the caller stayed
	// silent.
	InputUserInputTimeout framework.InputType = "USER_INPUT_TIMEOUT"
	// InputSMSFailed is sms_failed.
	InputSMSFailed framework.InputType = "SMS_FAILED"
	// InputSessionEnd is the type of session_end: Jovo's END, so the END
	// handlers of components run when the call ends. It is another name
	// for framework.InputEnd, not a type of its own.
	InputSessionEnd = framework.InputEnd
	// InputTransferFallback is a session_start for a session that is still
	// live: a transfer that was not answered returned the call (PROTOCOL
	// 10.8). Without a handler for it, it routes as LAUNCH.
	InputTransferFallback framework.InputType = "TRANSFER_FALLBACK"
)

// inputTypes are registered with the app so handlers may match them.
var inputTypes = [...]framework.InputType{
	InputUserBargeIn, InputUserSpeechStarted, InputDTMFReceived, InputAssistantSpeak,
	InputAssistantSpeechEnded, InputUserInputTimeout, InputSMSFailed, InputTransferFallback,
}

// InputTypeOf maps an event to its input type. Unknown event types keep
// their raw type string (PROTOCOL 10.2). A returned transfer is told from
// a first session_start only once the session is loaded, so InputTypeOf
// says LAUNCH for both.
func InputTypeOf(ev *Event) framework.InputType {
	switch ev.Type {
	case EventSessionStart:
		return framework.InputLaunch
	case EventUserSpeak:
		if ev.BargedIn {
			return InputUserBargeIn
		}
		return framework.InputText
	case EventUserBargeIn:
		return InputUserBargeIn
	case EventUserSpeechStarted:
		return InputUserSpeechStarted
	case EventDTMFReceived:
		return InputDTMFReceived
	case EventAssistantSpeak:
		return InputAssistantSpeak
	case EventAssistantSpeechEnded:
		return InputAssistantSpeechEnded
	case EventUserInputTimeout:
		return InputUserInputTimeout
	case EventSMSFailed:
		return InputSMSFailed
	case EventSessionEnd:
		return framework.InputEnd
	}
	return framework.InputType(ev.Type)
}

// isReport reports whether inputs of type t tell what the service did or
// what happened to the call, rather than what the caller said or pressed:
// UNHANDLED does not answer them (see afterRoute).
func isReport(t framework.InputType) bool {
	switch t {
	case framework.InputEnd, InputUserSpeechStarted, InputAssistantSpeak, InputAssistantSpeechEnded, InputSMSFailed:
		return true
	}
	return false
}

// takesNoAnswer reports whether the service ignores any answer to events
// of type t: session_end and user_speech_started (PROTOCOL 10.3).
func takesNoAnswer(t EventType) bool {
	return t == EventSessionEnd || t == EventUserSpeechStarted
}
