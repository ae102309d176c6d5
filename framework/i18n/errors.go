package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// ErrMalformed is matched (with errors.Is) by every error about the shape
// or content of resources, so callers can tell bad resources from I/O
// failures.
var ErrMalformed = errors.New("malformed i18n resource")

// ErrNoResources is returned by LoadFS when a directory holds no
// <locale>.json file, which is nearly always a wrong path.
var ErrNoResources = errors.New("no i18n resource files")

// ErrUnknownLocale is returned by New when the fallback locale has no
// resources, neither itself nor through its parents.
var ErrUnknownLocale = errors.New("locale has no i18n resources")

// ResourceError says where in which locale's resources something is wrong,
// so a typo in a large JSON file is found without bisecting it. It matches
// ErrMalformed.
type ResourceError struct {
	// Locale is the locale whose resources are wrong, as given.
	Locale string
	// File is the file the resources came from; empty for Go maps.
	File string
	// Path is where in the resource object the problem is, in dotted form
	// with array indexes ("translation.menu.options[2]"); empty when the
	// whole object is concerned.
	Path string
	// Err says what is wrong.
	Err error
}

// Error reports locale, file, path and cause on one line.
func (e *ResourceError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "i18n: locale %q", e.Locale)
	if e.File != "" {
		fmt.Fprintf(&b, " (%s)", e.File)
	}
	if e.Path != "" {
		fmt.Fprintf(&b, " at %s", e.Path)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the cause, for example a *json.SyntaxError.
func (e *ResourceError) Unwrap() error { return e.Err }

// Is makes every ResourceError match ErrMalformed.
func (e *ResourceError) Is(target error) bool { return target == ErrMalformed }
