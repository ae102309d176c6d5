package aiflow

// IsReport reports whether events of type t tell what the service did or
// what happened to the call, rather than what the caller said or pressed:
// session_end, user_speech_started, assistant_speak,
// assistant_speech_ended and sms_failed. Nobody waits on the line for an
// answer to a report, so a stand-in answer (a server's deadline
// fallback, an UNHANDLED handler) must not be given to one; a handler
// that declares the report's input type may still answer it where the
// protocol lets it (PROTOCOL 10.3).
func (t EventType) IsReport() bool {
	switch t {
	case EventSessionEnd, EventUserSpeechStarted, EventAssistantSpeak, EventAssistantSpeechEnded, EventSMSFailed:
		return true
	}
	return false
}
