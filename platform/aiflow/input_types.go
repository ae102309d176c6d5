package aiflow

import "github.com/jovo-go/jovo/framework"

// The input types of AI Flow events, besides framework.InputLaunch
// (session_start), framework.InputText (user_speak) and framework.InputEnd
// (session_end, so END handlers run when the call ends).
const (
	InputUserBargeIn          framework.InputType = "USER_BARGE_IN"
	InputUserSpeechStarted    framework.InputType = "USER_SPEECH_STARTED"
	InputDTMFReceived         framework.InputType = "DTMF_RECEIVED"
	InputAssistantSpeak       framework.InputType = "ASSISTANT_SPEAK"
	InputAssistantSpeechEnded framework.InputType = "ASSISTANT_SPEECH_ENDED"
	InputUserInputTimeout     framework.InputType = "USER_INPUT_TIMEOUT"
	InputSMSFailed            framework.InputType = "SMS_FAILED"
	// InputSessionEnd is the type of session_end: Jovo's END, so the END
	// handlers of components run when the call ends.
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
// their raw type string (PROTOCOL 10.2).
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
