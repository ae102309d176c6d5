package nlu

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors, to be matched with errors.Is.
var (
	// ErrMalformedModel reports a model file that is not valid JSON or does
	// not have the shape of a Jovo v4 model.
	ErrMalformedModel = errors.New("malformed model")
	// ErrNoPhrases reports an intent without phrases.
	ErrNoPhrases = errors.New("intent has no phrases")
	// ErrMalformedPhrase reports a phrase that cannot be parsed, such as one
	// with an unbalanced brace or an empty {}.
	ErrMalformedPhrase = errors.New("malformed phrase")
	// ErrUndeclaredEntity reports a {slot} in a phrase that the intent does
	// not declare in its entities.
	ErrUndeclaredEntity = errors.New("undeclared entity")
	// ErrUnknownEntityType reports an entity whose type is neither declared
	// in entityTypes nor a built-in type.
	ErrUnknownEntityType = errors.New("unknown entity type")
	// ErrInvalidEntityType reports an entity type with an empty value.
	ErrInvalidEntityType = errors.New("invalid entity type")
	// ErrUnknownLocale reports a Match for a locale the Engine has no model
	// for.
	ErrUnknownLocale = errors.New("unknown locale")
	// ErrInvalidConfig reports an Engine configuration that cannot work.
	ErrInvalidConfig = errors.New("invalid config")
)

// ModelError says where in a model a problem is. Err is one of the
// sentinel errors above, possibly wrapped with detail.
type ModelError struct {
	// Locale is the locale of the model.
	Locale string
	// Intent is the intent with the problem, if any.
	Intent string
	// Phrase is the phrase with the problem, if any.
	Phrase string
	// Entity is the entity or entity type with the problem, if any.
	Entity string
	// Err is what is wrong.
	Err error
}

// Error says where and what, e.g. `nlu: model en-US: intent "OrderIntent":
// phrase "i want {numbr}": undeclared entity: {numbr}`.
func (e *ModelError) Error() string {
	var b strings.Builder
	b.WriteString("nlu: model")
	if e.Locale != "" {
		b.WriteString(" " + e.Locale)
	}
	if e.Intent != "" {
		fmt.Fprintf(&b, ": intent %q", e.Intent)
	}
	if e.Phrase != "" {
		fmt.Fprintf(&b, ": phrase %q", e.Phrase)
	}
	if e.Entity != "" {
		fmt.Fprintf(&b, ": entity %q", e.Entity)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns Err, so errors.Is finds the sentinel.
func (e *ModelError) Unwrap() error { return e.Err }
