package components

import (
	"fmt"
	"strings"

	"github.com/jovo-go/jovo/framework"
)

// MenuConfig configures Menu. Text keys: prompt (replaces the prompt built
// from intro and one option or optionSay line per option, with {{label}}
// and {{digit}}), noMatch, noInput, ack, goodbye.
type MenuConfig struct {
	Settings
	// Options are the choices, in the order the prompt names them.
	Options []MenuOption `json:"options,omitempty"`
}

// Map returns the config as the map DelegateOptions.Config takes: the
// JSON keys of the fields that are set.
func (m MenuConfig) Map() map[string]any {
	w := make(writer)
	m.Settings.put(w)
	w.options("options", m.Options)
	return w
}

func (m MenuConfig) settings() Settings { return m.Settings }

func (m MenuConfig) with(r *reader) MenuConfig {
	m.Settings = m.Settings.with(r)
	r.options("options", &m.Options)
	return m
}

func (m MenuConfig) check() error {
	if len(m.Options) == 0 {
		return fmt.Errorf("no options")
	}
	keys, digits := make(map[string]bool), make(map[string]bool)
	for i, o := range m.Options {
		switch {
		case o.Key == "":
			return fmt.Errorf("option %d has no key", i+1)
		case keys[o.Key]:
			return fmt.Errorf("option key %q is used twice", o.Key)
		case o.Digit != "" && (len(o.Digit) != 1 || o.Digit[0] < '0' || o.Digit[0] > '9'):
			return fmt.Errorf("option %q: digit %q: want one of 0–9", o.Key, o.Digit)
		case o.Digit != "" && digits[o.Digit]:
			return fmt.Errorf("option %q: digit %q is used twice", o.Key, o.Digit)
		}
		keys[o.Key], digits[o.Digit] = true, o.Digit != ""
	}
	return nil
}

// menuChildEvents are the events a component behind an option may resolve
// with; Menu passes them on.
func menuChildEvents() []string {
	return []string{EventYes, EventNo, EventCancel, EventCollected, EventSelected, EventFailed, EventInput}
}

// Menu is an IVR menu: the caller chooses an option by key, or by saying
// its key, label, digit or a synonym, or by its intent. No match is
// answered with the menu again; after Retries Menu resolves EventCancel.
// A choice resolves EventSelected with the option's key; an option with a
// Component first delegates to it and resolves EventSelected with the
// key, the component's event and its args (see Selection). KeyRestart
// repeats the menu.
type Menu struct {
	// Config is the default config, under the config passed with Delegate.
	Config MenuConfig
	// Components are child components the options may delegate to.
	Components []framework.Component
}

// Define registers Menu as "Menu".
func (m Menu) Define(d *framework.Def) {
	d.Name("Menu").Components(m.Components...)
	r := &menu{cfg: newDefaults("Menu", m.Config)}
	dialogue(d, r.start, r.answer, r.timeout, r.bargeIn)
	for _, ev := range menuChildEvents() {
		d.Handle("Resolved:"+ev, func(c *framework.Context) error { return r.resolved(c, ev) })
	}
}

// menu runs the handlers of a defined Menu.
type menu struct {
	cfg *defaults[MenuConfig]
}

func (m *menu) begin(c *framework.Context) (*turn, MenuConfig, error) {
	return begin(c, m.cfg)
}

func (m *menu) start(c *framework.Context) error {
	t, cfg, err := m.begin(c)
	if err != nil {
		return err
	}
	return t.ask("", menuPrompt(t, cfg))
}

// menuPrompt is the configured prompt, or one built from the options.
func menuPrompt(t *turn, cfg MenuConfig) string {
	if s, ok := override(t.c, t.kind, t.set.Texts, "prompt", t.vars(nil)); ok {
		return s
	}
	lang := language(t.c)
	parts := make([]string, 1, len(cfg.Options)+1)
	parts[0] = t.text("intro", nil)
	vars := make(map[string]any, 2) // one for all options: the texts keep none
	for _, o := range cfg.Options {
		vars["label"], vars["digit"] = o.label(lang), o.Digit
		if o.Digit != "" {
			parts = append(parts, t.text("option", vars))
		} else {
			parts = append(parts, t.text("optionSay", vars))
		}
	}
	return strings.Join(parts, " ")
}

func (m *menu) answer(c *framework.Context) error {
	t, cfg, err := m.begin(c)
	if err != nil {
		return err
	}
	t.heard()
	var opt *MenuOption
	if isKey(c) {
		k := pressed(c)
		if k == KeyRestart {
			return t.speak(t.prompt())
		}
		opt = byDigit(cfg.Options, k)
	} else {
		opt = byIntent(cfg.Options, c.Input.IntentName())
		if opt == nil {
			opt = bySpeech(cfg.Options, words(c.Input.Text))
		}
		if opt == nil && isCancel(words(c.Input.Text)) {
			return t.finish(EventCancel)
		}
	}
	if opt == nil {
		return t.unclear(func() error { return t.speak(t.text("noMatch", nil), t.prompt()) })
	}
	return m.choose(t, *opt)
}

// choose resolves with an option, or delegates to its component.
func (m *menu) choose(t *turn, o MenuOption) error {
	if o.Component == "" {
		return t.finish(EventSelected, o.Key)
	}
	t.data[dataSelected] = o.Key
	resolve := make(map[string]string)
	for _, ev := range menuChildEvents() {
		resolve[ev] = "Resolved:" + ev
	}
	return t.c.Delegate(o.Component, framework.DelegateOptions{Resolve: resolve, Config: o.Config})
}

// resolved passes on what an option's component resolved with.
func (m *menu) resolved(c *framework.Context, event string) error {
	t, _, err := m.begin(c)
	if err != nil {
		return err
	}
	key, _ := t.data[dataSelected].(string)
	delete(t.data, dataSelected)
	return t.finish(EventSelected, append([]any{key, event}, c.ResolveArgs()...)...)
}

func (m *menu) timeout(c *framework.Context) error {
	t, _, err := m.begin(c)
	if err != nil {
		return err
	}
	return t.silence(func() error { return t.speak(t.text("noInput", nil), t.prompt()) })
}

func (m *menu) bargeIn(c *framework.Context) error {
	t, _, err := m.begin(c)
	if err != nil {
		return err
	}
	return t.bargeIn(nil, func() error { return m.answer(c) })
}
