package aiflow

// TTSProvider is a text-to-speech provider of the speak action's tts
// object. The wire values are lower snake case.
type TTSProvider string

// The TTS providers of v1.11.0.
const (
	TTSAzure      TTSProvider = "azure"
	TTSElevenLabs TTSProvider = "eleven_labs"
	// TTSKugelaudio is named in the TypeScript plugin's README for v1.11.0;
	// the service's documentation does not list it yet.
	TTSKugelaudio TTSProvider = "kugelaudio"
)

// Known reports whether p is one of the providers of v1.11.0.
func (p TTSProvider) Known() bool {
	return p == TTSAzure || p == TTSElevenLabs || p == TTSKugelaudio
}

// TTS picks the voice of one speak action. Nil means the flow's default
// voice.
type TTS struct {
	// Provider is required.
	Provider TTSProvider `json:"provider"`
	// Language is a BCP-47 tag like "en-US" (Azure).
	Language string `json:"language,omitempty"`
	// Voice is the provider's voice name or id ("en-US-JennyNeural" for
	// Azure, a voice id for ElevenLabs); empty means the provider's default.
	Voice string `json:"voice,omitempty"`
}

func (t *TTS) validate(a ActionType) error {
	switch {
	case t.Provider == "":
		return actionError(a, "tts.provider", "required")
	case !t.Provider.Known():
		return actionError(a, "tts.provider", "unknown provider "+quote(string(t.Provider))+
			", want azure, eleven_labs or kugelaudio")
	case t.Language != "" && !validLanguageTag(t.Language):
		return actionError(a, "tts.language", "want a BCP-47 tag like en-US, got "+quote(t.Language))
	}
	return nil
}
