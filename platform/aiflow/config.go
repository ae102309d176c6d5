package aiflow

import (
	"fmt"
	"time"

	"github.com/jovo-go/jovo/framework"
)

// AsyncMode says whether each Send goes out at once (WebSocket) or all
// sends of a turn go in one response (HTTP).
type AsyncMode int

// The async modes.
const (
	// AsyncAuto pushes each Send at once whenever the transport can push,
	// that is when framework.Request.Push is set (the server sets it on
	// WebSocket, never on HTTP), and otherwise answers with one response.
	AsyncAuto AsyncMode = iota
	// AsyncOn asks for async output. A transport without Push (HTTP)
	// cannot deliver it, so there the request is answered with one
	// response, exactly as with AsyncAuto: the call goes on rather than
	// fail. In practice AsyncOn and AsyncAuto behave the same; AsyncOn
	// states the intent in a config.
	AsyncOn
	// AsyncOff always answers with one response per event, also on a
	// WebSocket: every Send of a turn goes in one frame at the end.
	AsyncOff
)

// Config configures the AI Flow platform. The zero value applies the
// defaults below.
type Config struct {
	// Name is the platform's plugin name; "aiflow" when empty. Output
	// overrides always use the key OutputKey ("aiflow").
	Name string
	// TTS is the voice of every speak that sets none; default azure,
	// en-US, en-US-JennyNeural.
	TTS *TTS
	// BargeIn is the barge-in config of every speak that sets none;
	// default minimum_characters with 3 characters.
	BargeIn *BargeInConfig
	// UserInputTimeout arms user_input_timeout after every speak that sets
	// no timeout of its own and is not followed by a hangup or transfer in
	// the same response; 4 s when zero, none when negative.
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

// validate checks the defaults every speak gets, so that a mistake in them
// fails App.Initialize instead of every response.
func (c Config) validate() error {
	if err := c.TTS.validate(ActionSpeak); err != nil {
		return fmt.Errorf("%w: aiflow: Config.TTS: %w", framework.ErrInvalidConfig, err)
	}
	if err := c.BargeIn.validate(ActionSpeak); err != nil {
		return fmt.Errorf("%w: aiflow: Config.BargeIn: %w", framework.ErrInvalidConfig, err)
	}
	if c.Async < AsyncAuto || c.Async > AsyncOff {
		return fmt.Errorf("%w: aiflow: Config.Async: unknown mode %d", framework.ErrInvalidConfig, c.Async)
	}
	return nil
}

// inputTimeoutSeconds is the default user_input_timeout_seconds, 0 for
// none.
func (c Config) inputTimeoutSeconds() float64 {
	if c.UserInputTimeout <= 0 {
		return 0
	}
	return c.UserInputTimeout.Seconds()
}
