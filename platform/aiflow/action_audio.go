package aiflow

// Audio plays a WAV clip to the caller.
type Audio struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
	// Audio is a WAV file (16 kHz, mono, 16-bit PCM) in standard base64;
	// required.
	Audio string `json:"audio"`
	// BargeIn says when the caller may interrupt; nil means the service's
	// default.
	BargeIn *BargeInConfig `json:"barge_in,omitempty"`
}

// Type returns ActionAudio.
func (a *Audio) Type() ActionType { return ActionAudio }

// Validate checks that session_id is set, audio is non-empty standard
// base64 and barge_in, if set, is valid. It does not look inside the WAV.
func (a *Audio) Validate() error {
	if a == nil {
		return actionError(ActionAudio, "", "nil action")
	}
	if err := checkSessionID(ActionAudio, a.SessionID); err != nil {
		return err
	}
	if err := checkAudio(ActionAudio, a.Audio); err != nil {
		return err
	}
	if a.BargeIn != nil {
		return a.BargeIn.validate(ActionAudio)
	}
	return nil
}

// checkAudio is the rule for the audio field of audio and mix_audio.
func checkAudio(t ActionType, audio string) error {
	switch {
	case audio == "":
		return actionError(t, "audio", "required")
	case !validBase64(audio):
		return actionError(t, "audio", "not standard base64 (A–Z, a–z, 0–9, +, /, padded with =, no white space)")
	}
	return nil
}

// MarshalJSON validates a and returns its wire form.
func (a *Audio) MarshalJSON() ([]byte, error) { return marshalAction(a) }

// wire returns the action's fields, for encoding/json.
func (a *Audio) wire() any {
	type fields Audio // the fields without the methods, so MarshalJSON does not recurse
	return (*fields)(a)
}

// withSession returns a copy of a with the session id set.
func (a *Audio) withSession(id string) Action {
	cp := *a
	cp.SessionID = id
	return &cp
}
