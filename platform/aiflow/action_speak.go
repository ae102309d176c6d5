package aiflow

import "strconv"

// Speak says Text or SSML to the caller. EncodeActions merges consecutive
// speaks with the same settings into one.
type Speak struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
	// Text is plain text to speak. Exactly one of Text and SSML is set.
	Text string `json:"text,omitempty"`
	// SSML is a full <speak> document. Exactly one of Text and SSML is set.
	SSML string `json:"ssml,omitempty"`
	// TTS picks the voice; nil means the flow's default voice.
	TTS *TTS `json:"tts,omitempty"`
	// BargeIn says when the caller may interrupt; nil means the service's
	// default.
	BargeIn *BargeInConfig `json:"barge_in,omitempty"`
	// UserInputTimeoutSeconds arms a user_input_timeout event that fires
	// when the caller stays silent this long after the speech ended; zero
	// means no timer.
	UserInputTimeoutSeconds float64 `json:"user_input_timeout_seconds,omitempty"`
	// VAD tunes the end of the caller's next turn; nil keeps the current
	// setting.
	VAD *VAD `json:"vad,omitempty"`
}

// Type returns ActionSpeak.
func (s *Speak) Type() ActionType { return ActionSpeak }

// Validate checks the speak rules: session_id set; exactly one of text
// and ssml, text not blank, ssml a well-formed <speak> document; tts,
// barge_in and vad valid; user_input_timeout_seconds not negative.
func (s *Speak) Validate() error {
	if s == nil {
		return actionError(ActionSpeak, "", "nil action")
	}
	if err := checkSessionID(ActionSpeak, s.SessionID); err != nil {
		return err
	}
	switch {
	case s.Text == "" && s.SSML == "":
		return actionError(ActionSpeak, "text", "one of text or ssml is required")
	case s.Text != "" && s.SSML != "":
		return actionError(ActionSpeak, "ssml", "text and ssml are mutually exclusive")
	case s.Text != "" && blank(s.Text):
		return actionError(ActionSpeak, "text", "must not be blank")
	case s.SSML != "":
		if _, err := parseSSML(s.SSML); err != nil {
			return actionError(ActionSpeak, "ssml", "not a <speak> document: "+err.Error())
		}
	}
	return s.validateSettings()
}

// validateSettings checks everything but session, text and ssml.
func (s *Speak) validateSettings() error {
	if s.TTS != nil {
		if err := s.TTS.validate(ActionSpeak); err != nil {
			return err
		}
	}
	if s.BargeIn != nil {
		if err := s.BargeIn.validate(ActionSpeak); err != nil {
			return err
		}
	}
	if t := s.UserInputTimeoutSeconds; t < 0 || !finite(t) {
		return actionError(ActionSpeak, "user_input_timeout_seconds",
			"want a positive number of seconds or 0 for none, got "+strconv.FormatFloat(t, 'g', -1, 64))
	}
	if s.VAD != nil {
		return s.VAD.validate(ActionSpeak)
	}
	return nil
}

// MarshalJSON validates s and returns its wire form.
func (s *Speak) MarshalJSON() ([]byte, error) { return marshalAction(s) }

// wire returns the action's fields, for encoding/json.
func (s *Speak) wire() any {
	type fields Speak // the fields without the methods, so MarshalJSON does not recurse
	return (*fields)(s)
}

// withSession returns a copy of s with the session id set.
func (s *Speak) withSession(id string) Action {
	cp := *s
	cp.SessionID = id
	return &cp
}
