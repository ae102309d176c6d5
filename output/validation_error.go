package output

import (
	"strconv"
)

// ValidationError says which field of a template (or of an output type's
// options) is invalid and why. Field is a path such as
// "carousel.items[2].title" or "platforms.aiflow.card.title".
type ValidationError struct {
	Field  string
	Reason string
}

// Error returns "invalid output: <field>: <reason>".
func (e *ValidationError) Error() string {
	return "invalid output: " + e.Field + ": " + e.Reason
}

func index(i int) string { return "[" + strconv.Itoa(i) + "]" }

func quote(s string) string { return strconv.Quote(s) }
