package components

import (
	"errors"
	"fmt"

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

// with lays the keys of Settings that r reads over s.
func (s Settings) with(r *reader) Settings {
	r.texts("texts", &s.Texts)
	r.vars("vars", &s.Vars)
	r.integer("retries", &s.Retries)
	r.integer("noInputRetries", &s.NoInputRetries)
	r.number("timeoutSeconds", &s.TimeoutSeconds)
	r.bargeIn("bargeIn", &s.BargeIn)
	r.str("onNoInput", &s.OnNoInput)
	return s
}

// put writes the keys of Settings to w.
func (s Settings) put(w writer) {
	w.strMap("texts", s.Texts)
	w.anyMap("vars", s.Vars)
	w.integer("retries", s.Retries)
	w.integer("noInputRetries", s.NoInputRetries)
	w.number("timeoutSeconds", s.TimeoutSeconds)
	w.bargeIn("bargeIn", s.BargeIn)
	w.str("onNoInput", s.OnNoInput)
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
