package components

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// ErrInvalidConfig is wrapped by every error about a component's config:
// an unknown key, a value of the wrong type, a missing option.
var ErrInvalidConfig = errors.New("components: invalid config")

// None, set as a count or a timeout of Settings, means "none at all",
// where zero means "the default".
const None = -1

// The values of Settings.OnNoInput.
const (
	// HangUp says goodbye and ends the call when the caller stays silent
	// too often. It is the default.
	HangUp = "hangup"
	// Cancel resolves the component with "cancel" instead, so the app
	// decides what happens to a silent caller.
	Cancel = "cancel"
)

// Defaults of Settings.
const (
	// DefaultRetries is how often an unclear answer is asked again.
	DefaultRetries = 2
	// DefaultNoInputRetries is how often silence is answered with a
	// re-prompt.
	DefaultNoInputRetries = 2
)

// Texts overrides a component's texts by key ("prompt", "unclear", …;
// each component's doc lists its keys). A value is a key of the app's
// translator when the translator knows it, else the literal text; it may
// hold {{variables}}.
type Texts map[string]string

// Settings are the settings every dialogue component shares. Zero values
// mean the defaults.
type Settings struct {
	// Texts overrides texts by key.
	Texts Texts `json:"texts,omitempty"`
	// Vars fill {{variables}} of every text, besides the ones a component
	// sets itself ({{digits}}, {{length}}, …), which win.
	Vars map[string]any `json:"vars,omitempty"`
	// Retries is how often an unclear answer is asked again before the
	// component resolves "cancel"; 0 means DefaultRetries, None none.
	Retries int `json:"retries,omitempty"`
	// NoInputRetries is how often silence is answered with a re-prompt
	// before OnNoInput applies; 0 means DefaultNoInputRetries, None none.
	NoInputRetries int `json:"noInputRetries,omitempty"`
	// TimeoutSeconds arms user_input_timeout after each prompt; 0 means
	// the platform's default, None no timer.
	TimeoutSeconds float64 `json:"timeoutSeconds,omitempty"`
	// BargeIn says when the caller may interrupt a prompt; nil means the
	// platform's default.
	BargeIn *aiflow.BargeInConfig `json:"bargeIn,omitempty"`
	// OnNoInput is HangUp (the default) or Cancel.
	OnNoInput string `json:"onNoInput,omitempty"`
}

// retries returns the effective number of retries for unclear answers.
func (s Settings) retries() int { return count(s.Retries, DefaultRetries) }

// noInputRetries returns the effective number of re-prompts on silence.
func (s Settings) noInputRetries() int { return count(s.NoInputRetries, DefaultNoInputRetries) }

// timeout returns the user_input_timeout_seconds of a prompt.
func (s Settings) timeout() float64 {
	if s.TimeoutSeconds < 0 {
		return aiflow.NoUserInputTimeout
	}
	return s.TimeoutSeconds
}

func (s Settings) check() error {
	switch s.OnNoInput {
	case "", HangUp, Cancel:
	default:
		return fmt.Errorf("onNoInput %q: want %q or %q", s.OnNoInput, HangUp, Cancel)
	}
	if s.TimeoutSeconds < 0 && s.TimeoutSeconds != None {
		return fmt.Errorf("timeoutSeconds %g: want seconds, 0 for the default or -1 for none", s.TimeoutSeconds)
	}
	return nil
}

func count(n, def int) int {
	switch {
	case n == 0:
		return def
	case n < 0:
		return 0
	}
	return n
}

// decodeConfig lays the config passed with Delegate over base, the config
// of the registered component. Maps merge key by key (Texts), everything
// else is replaced. base itself is never changed.
func decodeConfig[T any](c *framework.Context, kind string, base T) (T, error) {
	over := c.ComponentConfig()
	if len(over) == 0 {
		return base, nil
	}
	var out T
	if err := roundTrip(base, &out, false); err != nil {
		return base, fmt.Errorf("%w: %s: %w", ErrInvalidConfig, kind, err)
	}
	if err := roundTrip(over, &out, true); err != nil {
		return base, fmt.Errorf("%w: %s: %w", ErrInvalidConfig, kind, err)
	}
	return out, nil
}

// roundTrip decodes the JSON form of v into out.
func roundTrip(v, out any, strict bool) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if strict {
		dec.DisallowUnknownFields()
	}
	return dec.Decode(out)
}

// toMap returns the JSON form of a config as the map DelegateOptions.Config
// takes. A config that cannot be encoded (it holds only JSON types, so
// this cannot happen) gives nil.
func toMap(v any) map[string]any {
	var m map[string]any
	if roundTrip(v, &m, false) != nil {
		return nil
	}
	return m
}
