package framework

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors for the failures Jovo names. Typed errors below wrap them,
// so errors.Is works on either.
var (
	// ErrNoMatchingPlatform: no platform detected the request as its own.
	ErrNoMatchingPlatform = errors.New("no matching platform")
	// ErrNoMatchingRoute: no handler matched the input, or all were skipped.
	ErrNoMatchingRoute = errors.New("no matching route")
	// ErrComponentNotFound: a Redirect or Delegate named an unknown component.
	ErrComponentNotFound = errors.New("component not found")
	// ErrComponentNotAvailable: the component's availability check failed.
	ErrComponentNotAvailable = errors.New("component not available")
	// ErrHandlerNotFound: a component has no handler of that name.
	ErrHandlerNotFound = errors.New("handler not found")
	// ErrDuplicateGlobalIntents: two unconditional handlers claim one global intent.
	ErrDuplicateGlobalIntents = errors.New("duplicate global intents")
	// ErrInvalidComponentTree: the component tree cannot be built.
	ErrInvalidComponentTree = errors.New("invalid component tree")
	// ErrOutputValidation: an output template or a platform action is invalid.
	ErrOutputValidation = errors.New("output validation failed")
	// ErrInvalidConfig: the app's configuration is wrong.
	ErrInvalidConfig = errors.New("invalid app configuration")
	// ErrNotInitialized: Handle was called before Initialize succeeded.
	ErrNotInitialized = errors.New("app not initialized")
	// ErrInputError: the platform decoded an ERROR input; it is not routed.
	ErrInputError = errors.New("error input")
	// ErrBadRequest: the platform could not decode the request.
	ErrBadRequest = errors.New("bad request")
)

// NoRouteError reports an input no handler took, with the route so far.
type NoRouteError struct {
	Input *Input
	State State
	Route *Route
}

func (e *NoRouteError) Error() string {
	var top string
	if t := e.State.Top(); t != nil {
		top = t.Component
	}
	return fmt.Sprintf("no matching route for input type %q intent %q (state top %q, %d matches all skipped)",
		e.Input.Type, e.Input.IntentName(), top, len(e.Route.Matches))
}

// Unwrap makes errors.Is(err, ErrNoMatchingRoute) hold.
func (e *NoRouteError) Unwrap() error { return ErrNoMatchingRoute }

// ComponentError reports a failed lookup or entry of a component or handler.
type ComponentError struct {
	Component string
	Handler   string
	Err       error // one of the sentinels
}

func (e *ComponentError) Error() string {
	if e.Handler != "" {
		return fmt.Sprintf("%s: %s.%s", e.Err, e.Component, e.Handler)
	}
	return fmt.Sprintf("%s: %s", e.Err, e.Component)
}

// Unwrap returns the sentinel.
func (e *ComponentError) Unwrap() error { return e.Err }

// HandlerError wraps an error returned by, or a panic in, a handler. A
// panic in a hook outside a handler is reported the same way, with
// Component and Handler empty.
type HandlerError struct {
	Component string
	Handler   string
	// Panic holds the recovered value when the handler panicked.
	Panic any
	// Stack is the goroutine stack at the panic.
	Stack []byte
	Err   error
}

func (e *HandlerError) Error() string {
	where := "handler " + e.Component + "." + e.Handler
	if e.Handler == "" {
		where = "hook"
	}
	if e.Panic != nil {
		return fmt.Sprintf("%s panicked: %v", where, e.Panic)
	}
	return fmt.Sprintf("%s: %v", where, e.Err)
}

// Unwrap returns the handler's error.
func (e *HandlerError) Unwrap() error { return e.Err }

// ErrHandlerPanic is the Err of a HandlerError when the handler panicked.
var ErrHandlerPanic = errors.New("handler panicked")

// ConfigErrors collects every configuration mistake found at Initialize.
type ConfigErrors []error

func (e ConfigErrors) Error() string {
	msgs := make([]string, len(e))
	for i, err := range e {
		msgs[i] = err.Error()
	}
	return strings.Join(msgs, "; ")
}

// Unwrap returns the collected errors for errors.Is and errors.As.
func (e ConfigErrors) Unwrap() []error { return e }

// ErrorListener receives every error of the app: c is nil for errors during
// Initialize.
type ErrorListener func(c *Context, err error)
