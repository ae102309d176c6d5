package framework

import "github.com/jovo-go/jovo/output"

// The fifteen lifecycle phases of Jovo v4, in the order they run. Each also
// has a "before." and an "after." variant (Before, After).
const (
	PhaseRequestStart        = "request.start"
	PhaseRequest             = "request"
	PhaseRequestEnd          = "request.end"
	PhaseInterpretationStart = "interpretation.start"
	PhaseInterpretationASR   = "interpretation.asr"
	PhaseInterpretationNLU   = "interpretation.nlu"
	PhaseInterpretationEnd   = "interpretation.end"
	PhaseDialogueStart       = "dialogue.start"
	PhaseDialogueRouter      = "dialogue.router"
	PhaseDialogueLogic       = "dialogue.logic"
	PhaseDialogueEnd         = "dialogue.end"
	PhaseResponseStart       = "response.start"
	PhaseResponseOutput      = "response.output"
	PhaseResponseTTS         = "response.tts"
	PhaseResponseEnd         = "response.end"
)

// Phases lists the lifecycle phases in order.
var Phases = [...]string{
	PhaseRequestStart, PhaseRequest, PhaseRequestEnd,
	PhaseInterpretationStart, PhaseInterpretationASR, PhaseInterpretationNLU, PhaseInterpretationEnd,
	PhaseDialogueStart, PhaseDialogueRouter, PhaseDialogueLogic, PhaseDialogueEnd,
	PhaseResponseStart, PhaseResponseOutput, PhaseResponseTTS, PhaseResponseEnd,
}

// The event hooks, fired from code rather than in the phase order. Their
// payloads are SendEvent, RedirectEvent, DelegateEvent, ResolveEvent and
// HandlerEvent.
const (
	EventSend            = "event.$send"
	EventRedirect        = "event.$redirect"
	EventDelegate        = "event.$delegate"
	EventResolve         = "event.$resolve"
	EventHandlerExecuted = "event.ComponentTreeNode.executeHandler"
)

// Before returns the name of the hook that runs before name.
func Before(name string) string { return "before." + name }

// After returns the name of the hook that runs after name.
func After(name string) string { return "after." + name }

// HookFunc is a middleware function for a phase or an event. payload is nil
// for phases and one of the *Event types for events. Returning an error
// aborts the request; calling c.Stop ends the chain without an error.
type HookFunc func(c *Context, payload any) error

// SendEvent is the payload of EventSend: the templates just added.
type SendEvent struct {
	Templates []output.Template
}

// RedirectEvent is the payload of EventRedirect.
type RedirectEvent struct {
	Component string
	Handler   string
}

// DelegateEvent is the payload of EventDelegate.
type DelegateEvent struct {
	Component string
	Options   DelegateOptions
}

// ResolveEvent is the payload of EventResolve.
type ResolveEvent struct {
	Event   string
	Handler string
	Args    []any
}

// HandlerEvent is the payload of EventHandlerExecuted.
type HandlerEvent struct {
	Component string
	Handler   string
}
