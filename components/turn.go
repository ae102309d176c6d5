package components

import (
	"maps"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// turn is one handler run of a dialogue component: the request, the
// component's effective settings and its working data.
//
// A handler keeps its turn in a variable of its own, not on the heap:
// begin returns it by value.
type turn struct {
	c    *framework.Context
	ids  textIDs
	set  Settings
	data map[string]any
}

// begin resolves the active component's config over its defaults d.
func begin[T config[T]](c *framework.Context, d *defaults[T]) (turn, T, error) {
	cfg, err := d.resolve(c)
	if err != nil {
		return turn{}, cfg, err
	}
	return turn{c: c, ids: d.ids, set: cfg.settings(), data: c.ComponentData()}, cfg, nil
}

// text returns the component's text for key.
func (t *turn) text(key string, vars map[string]any) string {
	return text(t.c, t.ids, t.set.Texts, key, t.vars(vars))
}

// vars lays vars over the configured Vars. The texts only read them, so
// the configured Vars are passed as they are when there is nothing to
// lay over them.
func (t *turn) vars(vars map[string]any) map[string]any {
	if len(t.set.Vars) == 0 {
		return vars
	}
	if len(vars) == 0 {
		return t.set.Vars
	}
	out := maps.Clone(t.set.Vars)
	maps.Copy(out, vars)
	return out
}

// prompt returns the question asked last.
func (t *turn) prompt() string { s, _ := t.data[dataPrompt].(string); return s }

// ask says prefix and then prompt, remembering prompt for re-prompts.
func (t *turn) ask(prefix, prompt string) error {
	t.data[dataPrompt] = prompt
	return t.speak(prefix, prompt)
}

// speak says texts as one prompt that keeps listening and arms the input
// timer.
func (t *turn) speak(texts ...string) error { return speak(t.c, t.set, texts...) }

// heard notes that the caller said or pressed something: silences count
// in a row only.
func (t *turn) heard() { delete(t.data, dataSilences) }

// unclear counts an answer that could not be used and re-asks with reask,
// or resolves "cancel" once the retries are used up.
func (t *turn) unclear(reask func() error) error {
	if incr(t.data, dataTries) > t.set.retries() {
		return t.finish(EventCancel)
	}
	return reask()
}

// silence counts an input timeout and re-prompts with reprompt, or applies
// OnNoInput once the re-prompts are used up.
func (t *turn) silence(reprompt func() error) error {
	if incr(t.data, dataSilences) <= t.set.noInputRetries() {
		return reprompt()
	}
	if t.set.OnNoInput == Cancel {
		return t.finish(EventCancel)
	}
	return hangup(t.c, t.set, t.text("goodbye", nil))
}

// finish resolves event to the delegating component. A component that was
// not delegated to (a root the app redirected to) hangs up on "cancel"
// and "failed"; for other events the framework's error says why it
// cannot resolve.
func (t *turn) finish(event string, args ...any) error {
	st := t.c.Session.State
	if top := st.Top(); top != nil && len(st) > 1 && top.Resolve[event] != "" {
		return t.c.Resolve(event, args...)
	}
	if event == EventCancel || event == EventFailed {
		return hangup(t.c, t.set, t.text("goodbye", nil))
	}
	return t.c.Resolve(event, args...)
}

// bargeIn handles a USER_BARGE_IN while the component waits for an
// answer: noise gets no answer, "stop" a barge_in action. An
// acknowledgment is first offered to try (ok false: not an answer) and
// else re-asks the question. Anything more is the caller's answer.
func (t *turn) bargeIn(try func() (bool, error), answer func() error) error {
	switch aiflow.ClassifyBargeIn(t.c.Input.Text, t.c.LocaleOrDefault()) {
	case aiflow.BargeInNoise:
		return t.c.Send(aiflow.Empty{})
	case aiflow.BargeInStop:
		return t.c.Send(&aiflow.BargeIn{})
	case aiflow.BargeInAcknowledgment:
		if try != nil {
			if ok, err := try(); ok {
				return err
			}
		}
		return t.speak(t.text("ack", nil), t.prompt())
	}
	return answer()
}
