package components

import (
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// BargeIn applies the barge-in classifier (aiflow.ClassifyBargeIn) to
// every barge-in the active component does not handle itself: noise gets
// no answer, "stop" a barge_in action that stops playback, and an
// acknowledgment ("mhm", "okay") the ack text and the last prompt again.
// Substantial input — a correction, a new request, a question — is handed
// back to normal routing: a hook before interpretation turns its input
// type into TEXT, so the NLU interprets it and the router sends it to the
// active component's handlers as if the caller had not interrupted.
// BargedIn still tells it was a barge-in.
//
// Changing the input type before routing is the cleanest way to re-route:
// the router runs once, unchanged, and app handlers need no extra
// predicates. The alternative, If(...) conditions on every handler that
// takes speech, would leak barge-in handling into every component.
//
// Install it as a plugin, app.Use(components.BargeIn{}): it registers the
// hook, a hook that records each turn's prompt (see SessionPromptKey) and
// itself as a global component whose handler is prioritized over
// UNHANDLED. Text keys (under BargeIn): ack.
type BargeIn struct {
	// Config sets texts, TimeoutSeconds and BargeIn of the follow-up.
	Config Settings
}

// Name implements framework.Plugin.
func (BargeIn) Name() string { return "components.BargeIn" }

// Install registers the hooks and the component.
func (b BargeIn) Install(r *framework.Registrar) error {
	r.Hook(framework.Before(framework.PhaseInterpretationStart), reroute)
	r.Hook(framework.After(framework.PhaseResponseOutput), capturePrompt)
	r.App().Register(b)
	return nil
}

// Define registers the global component "BargeIn".
func (b BargeIn) Define(d *framework.Def) {
	d.Name("BargeIn").Global()
	d.Handle(handlerBargeIn, b.handle, framework.Types(aiflow.InputUserBargeIn), framework.PrioritizedOverUnhandled())
}

// reroute turns a substantial barge-in into a TEXT input.
func reroute(c *framework.Context, _ any) error {
	if c.Input.Type == aiflow.InputUserBargeIn && aiflow.IsSubstantialInput(c.Input.Text, c.LocaleOrDefault()) {
		c.Input.Type = framework.InputText
	}
	return nil
}

func (b BargeIn) handle(c *framework.Context) error {
	switch aiflow.ClassifyBargeIn(c.Input.Text, c.LocaleOrDefault()) {
	case aiflow.BargeInNoise:
		return c.Send(aiflow.Empty{})
	case aiflow.BargeInStop:
		return c.Send(&aiflow.BargeIn{})
	}
	// An acknowledgment; substantial input only gets here when the
	// component was registered without installing the plugin.
	c.SetValue(keepPromptKey{}, true)
	t := turn{c: c, ids: textIDs{kind: "BargeIn"}, set: b.Config, data: c.ComponentData()}
	return t.speak(t.text("ack", nil), loadPrompt(c).say())
}

// BargedIn reports whether the caller interrupted the assistant in this
// turn, also after BargeIn handed the input on as TEXT.
func BargedIn(c *framework.Context) bool {
	ev := aiflow.EventOf(c)
	return ev != nil && aiflow.IsBargeIn(ev)
}
