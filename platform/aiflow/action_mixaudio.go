package aiflow

import "strconv"

// MixAudio loops a background clip under the call for the rest of the
// session, or stops the loop. A new MixAudio replaces the clip and volume.
type MixAudio struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
	// Audio is a WAV file (16 kHz, mono, 16-bit PCM) in standard base64;
	// required unless Stop is set.
	Audio string `json:"audio,omitempty"`
	// Volume is 0–1; nil means the service's default (0.5). Set it with
	// new(0.3).
	Volume *float64 `json:"volume,omitempty"`
	// Stop removes the active loop; Audio and Volume must then be unset.
	Stop bool `json:"stop,omitempty"`
}

// Type returns ActionMixAudio.
func (m *MixAudio) Type() ActionType { return ActionMixAudio }

// Validate checks that session_id is set and either Stop is set alone or
// Audio is non-empty standard base64 with Volume, if set, in 0–1.
func (m *MixAudio) Validate() error {
	if m == nil {
		return actionError(ActionMixAudio, "", "nil action")
	}
	if err := checkSessionID(ActionMixAudio, m.SessionID); err != nil {
		return err
	}
	if m.Stop {
		switch {
		case m.Audio != "":
			return actionError(ActionMixAudio, "audio", "must be empty when stop is true")
		case m.Volume != nil:
			return actionError(ActionMixAudio, "volume", "must be unset when stop is true")
		}
		return nil
	}
	if err := checkAudio(ActionMixAudio, m.Audio); err != nil {
		return err
	}
	if v := m.Volume; v != nil && !(*v >= 0 && *v <= 1) {
		return actionError(ActionMixAudio, "volume", "want 0–1, got "+strconv.FormatFloat(*v, 'g', -1, 64))
	}
	return nil
}

// MarshalJSON validates m and returns its wire form.
func (m *MixAudio) MarshalJSON() ([]byte, error) { return marshalAction(m) }

// wire returns the action's fields, for encoding/json.
func (m *MixAudio) wire() any {
	type fields MixAudio // the fields without the methods, so MarshalJSON does not recurse
	return (*fields)(m)
}

// withSession returns a copy of m with the session id set.
func (m *MixAudio) withSession(id string) Action {
	cp := *m
	cp.SessionID = id
	return &cp
}
