package aiflow

import "time"

// AsyncMode says whether each Send goes out at once (WebSocket) or all
// sends of a turn go in one response (HTTP).
type AsyncMode int

// The async modes. AsyncAuto sends at once whenever the transport can push
// (a WebSocket); the others force one behaviour.
const (
	AsyncAuto AsyncMode = iota
	AsyncOn
	AsyncOff
)

// Config configures the AI Flow platform. The zero value applies the
// defaults below.
type Config struct {
	// Name is the platform's plugin name and the key of its overrides in
	// output templates; "aiflow" when empty.
	Name string
	// TTS is the voice of every speak that sets none; default azure,
	// en-US, en-US-JennyNeural.
	TTS *TTS
	// BargeIn is the barge-in config of every speak that sets none;
	// default minimum_characters with 3 characters.
	BargeIn *BargeInConfig
	// UserInputTimeout arms user_input_timeout after every speak that
	// keeps listening and sets no timeout of its own; 4 s when zero, none
	// when negative.
	UserInputTimeout time.Duration
	// Tokens are the accepted X-API-TOKEN values (several for rotation);
	// none turns auth off.
	Tokens []string
	// Async chooses between pushing each Send and one response per turn.
	Async AsyncMode
	// IntentMap renames intents for this platform; it wins over the app's.
	IntentMap map[string]string
}

// NoUserInputTimeout, set as a speak's UserInputTimeoutSeconds, keeps the
// platform default from arming a timer for that speak.
const NoUserInputTimeout = -1

func (c Config) withDefaults() Config {
	if c.Name == "" {
		c.Name = "aiflow"
	}
	if c.TTS == nil {
		c.TTS = &TTS{Provider: TTSAzure, Language: "en-US", Voice: "en-US-JennyNeural"}
	}
	if c.BargeIn == nil {
		c.BargeIn = &BargeInConfig{Strategy: StrategyMinimumCharacters, MinimumCharacters: 3}
	}
	if c.UserInputTimeout == 0 {
		c.UserInputTimeout = 4 * time.Second
	}
	return c
}
