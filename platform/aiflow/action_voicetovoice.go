package aiflow

import "strconv"

// ConfigureVoiceToVoice hands the conversation to a speech-to-speech model
// (preview, enabled by sipgate). The service keeps sending user_speak
// events for logging; a speak sent afterwards becomes an instruction to
// the model.
type ConfigureVoiceToVoice struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
	// SystemPrompt is the model's persona and instructions; required.
	SystemPrompt string `json:"system_prompt"`
	// Greeting is the opening line; empty leaves it out.
	Greeting string `json:"greeting,omitempty"`
	// Temperature is 0–2; nil means the service's default (0.8). Set it with
	// new(0.2).
	Temperature *float64 `json:"temperature,omitempty"`
	// Language is a hint like "de" or "en"; empty leaves it out.
	Language string `json:"language,omitempty"`
}

// Type returns ActionConfigureVoiceToVoice.
func (c *ConfigureVoiceToVoice) Type() ActionType { return ActionConfigureVoiceToVoice }

// Validate checks that session_id and system_prompt are set, the
// temperature, if set, is 0–2 and the language, if set, is a well-formed
// BCP-47 tag.
func (c *ConfigureVoiceToVoice) Validate() error {
	const a = ActionConfigureVoiceToVoice
	if c == nil {
		return actionError(a, "", "nil action")
	}
	if err := checkSessionID(a, c.SessionID); err != nil {
		return err
	}
	if blank(c.SystemPrompt) {
		return actionError(a, "system_prompt", "required")
	}
	if t := c.Temperature; t != nil && !(*t >= 0 && *t <= 2) {
		return actionError(a, "temperature", "want 0–2, got "+strconv.FormatFloat(*t, 'g', -1, 64))
	}
	if c.Language != "" && !validLanguageTag(c.Language) {
		return actionError(a, "language", "want a BCP-47 tag like de or en-US, got "+quote(c.Language))
	}
	return nil
}

// MarshalJSON validates c and returns its wire form.
func (c *ConfigureVoiceToVoice) MarshalJSON() ([]byte, error) { return marshalAction(c) }

// wire returns the action's fields, for encoding/json.
func (c *ConfigureVoiceToVoice) wire() any {
	type fields ConfigureVoiceToVoice // the fields without the methods, so MarshalJSON does not recurse
	return (*fields)(c)
}

// withSession returns a copy of c with the session id set.
func (c *ConfigureVoiceToVoice) withSession(id string) Action {
	cp := *c
	cp.SessionID = id
	return &cp
}
