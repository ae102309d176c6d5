package components

import (
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// NoInputFallback is the policy for user_input_timeout as a global
// handler: it re-prompts the last prompt of whatever component is active
// (kept under SessionPromptKey), re-arming the timer, up to
// NoInputRetries times in a row, then says goodbye and hangs up. The
// dialogue continues where it was: the state stack is not touched.
//
// Install it as a plugin, app.Use(components.NoInputFallback{}): it
// registers itself as a global component and a hook that records each
// turn's prompt. Its handler is prioritized over UNHANDLED, so it also
// wins over an app component's UNHANDLED; a component's own
// USER_INPUT_TIMEOUT handler (every dialogue component of this package
// has one) still wins over it. Text keys (under NoInput): noInput,
// goodbye.
type NoInputFallback struct {
	// Config sets texts, NoInputRetries, TimeoutSeconds and BargeIn.
	Config Settings
}

// Name implements framework.Plugin.
func (NoInputFallback) Name() string { return "components.NoInputFallback" }

// Install registers the prompt hook and the component.
func (f NoInputFallback) Install(r *framework.Registrar) error {
	r.Hook(framework.After(framework.PhaseResponseOutput), capturePrompt)
	r.App().Register(f)
	return nil
}

// Define registers the global component "NoInputFallback".
func (f NoInputFallback) Define(d *framework.Def) {
	d.Name("NoInputFallback").Global()
	d.Handle(handlerTimeout, f.timeout, framework.Types(aiflow.InputUserInputTimeout), framework.PrioritizedOverUnhandled())
}

func (f NoInputFallback) timeout(c *framework.Context) error {
	t := turn{c: c, ids: textIDs{kind: "NoInput"}, set: f.Config, data: c.ComponentData()}
	p := loadPrompt(c)
	p.Silences++
	if p.Silences > t.set.noInputRetries() {
		delete(c.Session.Data, SessionPromptKey)
		return hangup(c, t.set, t.text("goodbye", nil))
	}
	p.store(c)
	c.SetValue(keepPromptKey{}, true)
	return t.speak(t.text("noInput", nil), p.say())
}
