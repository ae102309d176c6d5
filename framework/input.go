package framework

// InputType classifies an input. Platforms add their own types (AI Flow's
// DTMF_RECEIVED, say) and register them with Registrar.InputTypes.
type InputType string

// The input types every platform shares, with Jovo's meaning.
const (
	InputLaunch            InputType = "LAUNCH"
	InputEnd               InputType = "END"
	InputError             InputType = "ERROR"
	InputIntent            InputType = "INTENT"
	InputText              InputType = "TEXT"
	InputTranscribedSpeech InputType = "TRANSCRIBED_SPEECH"
	InputSpeech            InputType = "SPEECH"
)

// builtinInputTypes are known to every App without registration.
var builtinInputTypes = [...]InputType{
	InputLaunch, InputEnd, InputError, InputIntent, InputText, InputTranscribedSpeech, InputSpeech,
}

// Input is what the user did in this turn, as decoded by the platform and
// enriched by interpretation plugins (NLU).
type Input struct {
	// Type classifies the input.
	Type InputType
	// Intent is the intent name, after the intent map was applied.
	Intent string
	// Entities are the entities of the intent, keyed by entity name.
	Entities EntityMap
	// Text is the user's words, if the input carries any.
	Text string
	// NLU is the raw result of natural language understanding, if any ran.
	NLU NLU
	// Raw is the platform's decoded request (for AI Flow, the event).
	Raw any
}

// NLU is the result of natural language understanding for a text input.
type NLU struct {
	// Intent is the recognized intent, before the intent map.
	Intent string
	// Entities are the recognized entities.
	Entities EntityMap
	// Confidence is the score of Intent, between 0 and 1.
	Confidence float64
	// Native is the NLU service's own result, if it has one.
	Native any
}

// IntentName returns the intent of the input, or the NLU's if none was set.
func (in *Input) IntentName() string {
	if in.Intent != "" {
		return in.Intent
	}
	return in.NLU.Intent
}

// Entity is one recognized entity value. Value is what was said; Resolved
// is the canonical value it resolved to; ID is the id of that value.
type Entity struct {
	ID       string `json:"id,omitempty"`
	Value    string `json:"value,omitempty"`
	Resolved string `json:"resolved,omitempty"`
	Native   any    `json:"native,omitempty"`
}

// EntityMap holds entities by name.
type EntityMap map[string]Entity
