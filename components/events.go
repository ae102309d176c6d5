package components

import (
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// The events the components resolve with: the keys of the resolve map an
// app passes with Delegate.
const (
	// EventYes is resolved by YesNo when the caller said yes.
	EventYes = "yes"
	// EventNo is resolved by YesNo when the caller said no.
	EventNo = "no"
	// EventCancel is resolved when the caller asked to cancel, or the
	// retries were used up.
	EventCancel = "cancel"
	// EventCollected is resolved by Digits with the digits as a string in
	// ResolveArgs()[0].
	EventCollected = "collected"
	// EventSelected is resolved by Menu with the choice; see Selection.
	EventSelected = "selected"
	// EventFailed is resolved by Transfer when the call came back
	// unanswered.
	EventFailed = "failed"
	// EventInput is resolved by NoInput when it heard the caller, with the
	// text (the key of a key press) in ResolveArgs()[0]; c.Input is the
	// caller's input.
	EventInput = "input"
)

// The handler names the dialogue components register besides START.
const (
	handlerTimeout = "USER_INPUT_TIMEOUT"
	handlerBargeIn = "USER_BARGE_IN"
)

// dialogue registers the handlers every dialogue component has: START,
// the answer handler (UNHANDLED, for speech and keys only, so that app
// handlers prioritized over UNHANDLED still win), and the handlers for
// input timeouts and barge-ins.
//
// The answer handler also takes the notices the service sends around each
// prompt (assistant_speak, assistant_speech_ended, user_speech_started)
// and answers them with nothing: otherwise an UNHANDLED of a component
// lower on the stack would take them and drop the dialogue from the stack.
func dialogue(d *framework.Def, start, answer, timeout, bargeIn framework.HandlerFunc) {
	d.Handle(framework.Start, start)
	d.Handle(framework.Unhandled, func(c *framework.Context) error {
		if isNotice(c) {
			return c.Send(aiflow.Empty{})
		}
		return answer(c)
	}, framework.If(func(c *framework.Context) bool { return isAnswer(c) || isNotice(c) }))
	d.Handle(handlerTimeout, timeout, framework.Types(aiflow.InputUserInputTimeout))
	d.Handle(handlerBargeIn, bargeIn, framework.Types(aiflow.InputUserBargeIn))
}
