package aiflow

import (
	"strconv"
	"unicode/utf8"
)

// ConfigureTranscription changes speech recognition for the rest of the
// session. Provider and Languages replace the current ones (Provider
// alone resets Languages); every change restarts recognition, and the
// caller's audio during the restart is lost.
type ConfigureTranscription struct {
	// SessionID is the event's Session.ID; required.
	SessionID string `json:"session_id"`
	// Provider is the STT provider; empty keeps the current one.
	Provider STTProvider `json:"provider,omitempty"`
	// Languages are 1–4 BCP-47 tags; nil leaves the key out.
	Languages []string `json:"languages,omitzero"`
	// CustomVocabulary replaces the session's vocabulary: at most 100
	// entries of at most 200 characters. Nil leaves the key out; an empty,
	// non-nil slice is sent as [] and clears it.
	CustomVocabulary []string `json:"custom_vocabulary,omitzero"`
	// VAD tunes the end of the caller's turns for the rest of the session.
	VAD *VAD `json:"vad,omitempty"`
}

// Type returns ActionConfigureTranscription.
func (c *ConfigureTranscription) Type() ActionType { return ActionConfigureTranscription }

// Validate checks that session_id is set, at least one setting is given,
// the provider is known, there are 1–4 well-formed language tags, at most
// 100 vocabulary entries that are not blank and at most 200 characters
// long, and vad, if set, is valid.
func (c *ConfigureTranscription) Validate() error {
	const a = ActionConfigureTranscription
	if c == nil {
		return actionError(a, "", "nil action")
	}
	if err := checkSessionID(a, c.SessionID); err != nil {
		return err
	}
	if c.Provider == "" && c.Languages == nil && c.CustomVocabulary == nil && c.VAD == nil {
		return actionError(a, "", "nothing to configure: set provider, languages, custom_vocabulary or vad")
	}
	if c.Provider != "" && !c.Provider.Known() {
		return actionError(a, "provider", "unknown provider "+quote(string(c.Provider))+
			", want AZURE, DEEPGRAM, ELEVEN_LABS, SIPGATE_QWEN or SIPGATE_PARAKEET")
	}
	if c.Languages != nil {
		if n := len(c.Languages); n < 1 || n > 4 {
			return actionError(a, "languages", "want 1–4 entries, got "+strconv.Itoa(n))
		}
		for i, l := range c.Languages {
			if !validLanguageTag(l) {
				return actionError(a, "languages["+strconv.Itoa(i)+"]", "want a BCP-47 tag like de-DE, got "+quote(l))
			}
		}
	}
	if n := len(c.CustomVocabulary); n > 100 {
		return actionError(a, "custom_vocabulary", "want at most 100 entries, got "+strconv.Itoa(n))
	}
	for i, w := range c.CustomVocabulary {
		field := "custom_vocabulary[" + strconv.Itoa(i) + "]"
		if blank(w) {
			return actionError(a, field, "must not be blank")
		}
		if n := utf8.RuneCountInString(w); n > 200 {
			return actionError(a, field, "want at most 200 characters, got "+strconv.Itoa(n))
		}
	}
	if c.VAD != nil {
		return c.VAD.validate(a)
	}
	return nil
}

// MarshalJSON validates c and returns its wire form.
func (c *ConfigureTranscription) MarshalJSON() ([]byte, error) { return marshalAction(c) }

// wire returns the action's fields, for encoding/json.
func (c *ConfigureTranscription) wire() any {
	type fields ConfigureTranscription // the fields without the methods, so MarshalJSON does not recurse
	return (*fields)(c)
}

// withSession returns a copy of c with the session id set.
func (c *ConfigureTranscription) withSession(id string) Action {
	cp := *c
	cp.SessionID = id
	return &cp
}
