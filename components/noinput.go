package components

import "github.com/jovo-go/jovo/framework"

// NoInputConfig configures NoInput. Text keys: prompt, noInput, goodbye.
type NoInputConfig struct {
	Settings
}

// Map returns the config as the map DelegateOptions.Config takes: the
// JSON keys of the fields that are set.
func (n NoInputConfig) Map() map[string]any {
	w := make(writer)
	n.Settings.put(w)
	return w
}

func (n NoInputConfig) settings() Settings { return n.Settings }

func (n NoInputConfig) check() error { return nil }

func (n NoInputConfig) with(r reader) (NoInputConfig, reader) {
	n.Settings = n.Settings.with(&r)
	return n, r
}

// NoInput asks an open question and waits for the caller, applying the
// policy for user_input_timeout: each timeout is answered with the noInput
// text and the question again, which re-arms the timer, up to
// NoInputRetries times; then it says goodbye and hangs up (OnNoInput
// HangUp) or resolves EventCancel (OnNoInput Cancel). Whatever the caller
// says or presses resolves EventInput with the text (see EventInput).
//
// For the same policy as a global fallback under the app's own
// components, use NoInputFallback.
type NoInput struct {
	// Config is the default config, under the config passed with Delegate.
	Config NoInputConfig
}

// Define registers NoInput as "NoInput".
func (n NoInput) Define(d *framework.Def) {
	d.Name("NoInput")
	r := &noInput{cfg: newDefaults("NoInput", n.Config, "prompt", "noInput", "goodbye")}
	dialogue(d, r.start, r.answer, r.timeout, r.bargeIn)
}

// noInput runs the handlers of a defined NoInput.
type noInput struct {
	cfg *defaults[NoInputConfig]
}

func (n *noInput) begin(c *framework.Context) (turn, error) {
	t, _, err := begin(c, n.cfg)
	return t, err
}

func (n *noInput) start(c *framework.Context) error {
	t, err := n.begin(c)
	if err != nil {
		return err
	}
	return t.ask("", t.text("prompt", nil))
}

func (n *noInput) answer(c *framework.Context) error {
	t, err := n.begin(c)
	if err != nil {
		return err
	}
	text := c.Input.Text
	if isKey(c) {
		text = pressed(c)
	}
	return t.finish(EventInput, text)
}

func (n *noInput) timeout(c *framework.Context) error {
	t, err := n.begin(c)
	if err != nil {
		return err
	}
	return t.silence(func() error { return t.speak(t.text("noInput", nil), t.prompt()) })
}

// bargeIn takes everything but noise and "stop" as the answer: to an open
// question "yes" and "okay" are answers, not backchannel.
func (n *noInput) bargeIn(c *framework.Context) error {
	t, err := n.begin(c)
	if err != nil {
		return err
	}
	answer := func() error { return n.answer(c) }
	return t.bargeIn(func() (bool, error) { return true, answer() }, answer)
}
