package components

import (
	"fmt"

	"github.com/jovo-go/jovo/framework"
)

// The keys Digits gives a meaning of their own.
const (
	// KeyFinish ends an entry of open length.
	KeyFinish = "#"
	// KeyRestart clears the digits entered so far.
	KeyRestart = "*"
)

// Defaults of DigitsConfig for an entry of open length.
const (
	// DefaultMinLength is the fewest digits an open entry takes.
	DefaultMinLength = 1
	// DefaultMaxLength is the most digits an open entry takes.
	DefaultMaxLength = 32
)

// ValidateFunc checks collected digits, a checksum say; false rejects them
// and the caller is asked again.
type ValidateFunc func(c *framework.Context, digits string) bool

// DigitsConfig configures Digits. Text keys: prompt (fixed length;
// {{length}}), promptOpen, partial ({{digits}} so far), restart, invalid,
// wrongLength ({{length}}), tooShort, tooLong, readBack ({{digits}}),
// retry, notConfirmed (said when a read-back ends without a yes: a no to
// the last one the retries allow, a cancel, no clear answer), help (said when the caller asks for help;
// {{length}} with a fixed length), unclear, noInput, ack, goodbye.
type DigitsConfig struct {
	Settings
	// Length is the number of digits to collect; the entry ends with the
	// last one. 0 collects until KeyFinish (or one spoken answer).
	Length int `json:"length,omitempty"`
	// MinLength is the fewest digits of an entry of open length;
	// DefaultMinLength when 0.
	MinLength int `json:"minLength,omitempty"`
	// MaxLength is the most digits of an entry of open length;
	// DefaultMaxLength when 0.
	MaxLength int `json:"maxLength,omitempty"`
	// Confirm reads the digits back and asks for a confirmation with the
	// nested YesNo before resolving.
	Confirm bool `json:"confirm,omitempty"`
	// Validator names a ValidateFunc of Digits.Validators, or "luhn".
	Validator string `json:"validator,omitempty"`
}

// Map returns the config as the map DelegateOptions.Config takes: the
// JSON keys of the fields that are set.
func (d DigitsConfig) Map() map[string]any {
	w := make(writer)
	d.Settings.put(w)
	w.integer("length", d.Length)
	w.integer("minLength", d.MinLength)
	w.integer("maxLength", d.MaxLength)
	w.boolean("confirm", d.Confirm)
	w.str("validator", d.Validator)
	return w
}

func (d DigitsConfig) settings() Settings { return d.Settings }

func (d DigitsConfig) with(r reader) (DigitsConfig, reader) {
	d.Settings = d.Settings.with(&r)
	r.integer("length", &d.Length)
	r.integer("minLength", &d.MinLength)
	r.integer("maxLength", &d.MaxLength)
	r.boolean("confirm", &d.Confirm)
	r.str("validator", &d.Validator)
	return d, r
}

func (d DigitsConfig) check() error {
	switch {
	case d.Length < 0:
		return fmt.Errorf("length %d: want a number of digits, or 0 for an entry ended with #", d.Length)
	case d.MinLength < 0 || d.MaxLength < 0:
		return fmt.Errorf("minLength %d, maxLength %d: want numbers of digits", d.MinLength, d.MaxLength)
	case d.minLength() > d.maxLength():
		return fmt.Errorf("minLength %d is above maxLength %d", d.minLength(), d.maxLength())
	}
	return nil
}

func (d DigitsConfig) minLength() int {
	if d.MinLength == 0 {
		return DefaultMinLength
	}
	return d.MinLength
}

func (d DigitsConfig) maxLength() int {
	if d.MaxLength == 0 {
		return DefaultMaxLength
	}
	return d.MaxLength
}
