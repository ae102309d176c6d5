package components

import (
	"fmt"

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

func (m MenuConfig) with(r reader) (MenuConfig, reader) {
	m.Settings = m.Settings.with(&r)
	r.options("options", &m.Options)
	return m, r
}

func (m MenuConfig) check() error {
	if len(m.Options) == 0 {
		return fmt.Errorf("no options")
	}
	// A config with Delegate's laid over it is checked on every turn: a
	// menu has a handful of options, so the keys are compared pairwise
	// rather than hashed.
	var digits [10]bool
	for i, o := range m.Options {
		switch {
		case o.Key == "":
			return fmt.Errorf("option %d has no key", i+1)
		case keyUsed(m.Options[:i], o.Key):
			return fmt.Errorf("option key %q is used twice", o.Key)
		case o.Digit != "" && (len(o.Digit) != 1 || o.Digit[0] < '0' || o.Digit[0] > '9'):
			return fmt.Errorf("option %q: digit %q: want one of 0–9", o.Key, o.Digit)
		case o.Digit != "" && digits[o.Digit[0]-'0']:
			return fmt.Errorf("option %q: digit %q is used twice", o.Key, o.Digit)
		}
		if o.Digit != "" {
			digits[o.Digit[0]-'0'] = true
		}
	}
	return nil
}

// keyUsed reports whether one of opts has key.
func keyUsed(opts []MenuOption, key string) bool {
	for i := range opts {
		if opts[i].Key == key {
			return true
		}
	}
	return false
}

// menuChildEvents are the events a component behind an option may resolve
// with; Menu passes them on.
func menuChildEvents() []string {
	return []string{EventYes, EventNo, EventCancel, EventCollected, EventSelected, EventFailed, EventInput}
}

// Menu is an IVR menu: the caller chooses an option by key, or by saying
// its key, label, digit or a synonym, or its place in the prompt ("the
// second one", "die letzte"), or by its intent. No match is answered with
// the menu again; after Retries Menu resolves EventCancel. A choice
// resolves EventSelected with the option's key; an option with a
// Component first delegates to it and resolves EventSelected with the
// key, the component's event and its args (see Selection). KeyRestart,
// and asking for it ("repeat", "menu", "noch einmal") when no option
// matches, repeats the menu without counting a retry.
type Menu struct {
	// Config is the default config, under the config passed with Delegate.
	Config MenuConfig
	// Components are child components the options may delegate to.
	Components []framework.Component
}

// Define registers Menu as "Menu".
func (m Menu) Define(d *framework.Def) {
	d.Name("Menu").Components(m.Components...)
	r := &menu{
		cfg:     newDefaults("Menu", m.Config, "prompt", "intro", "option", "optionSay", "noMatch", "noInput", "ack", "goodbye"),
		resolve: make(map[string]string),
		names:   namesOf(m.Config.Options),
	}
	dialogue(d, r.start, r.answer, r.timeout, r.bargeIn)
	for _, ev := range menuChildEvents() {
		handler := "Resolved:" + ev
		r.resolve[ev] = handler
		event := any(ev) // boxed once: it is passed on with every resolve
		d.Handle(handler, func(c *framework.Context) error { return r.resolved(c, event) })
	}
}

// menu runs the handlers of a defined Menu.
type menu struct {
	cfg *defaults[MenuConfig]
	// resolve maps the events of an option's component to the handlers
	// that pass them on. It is built once and never written to: Delegate
	// copies it into the state stack.
	resolve map[string]string
	// names are the registered options' names for the prompt.
	names []optionNames
}

func (m *menu) begin(c *framework.Context) (turn, MenuConfig, error) {
	return begin(c, m.cfg)
}

func (m *menu) start(c *framework.Context) error {
	t, cfg, err := m.begin(c)
	if err != nil {
		return err
	}
	return t.ask("", menuPrompt(&t, cfg, m.namesFor(cfg.Options)))
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
		ws := words(c.Input.Text)
		var named bool
		opt, named = byDigitRef(cfg.Options, ws)
		if !named {
			opt = byIntent(cfg.Options, c.Input.IntentName())
		}
		if opt == nil && !named {
			opt = bySpeech(cfg.Options, ws)
		}
		if opt == nil && !named {
			opt = byOrdinal(cfg.Options, ws)
		}
		switch {
		case opt != nil:
		case isCancel(ws):
			return t.finish(EventCancel)
		case isRepeat(ws):
			// Asked for, like KeyRestart: not a miss.
			return t.speak(t.prompt())
		}
	}
	if opt == nil {
		return t.unclear(func() error { return t.speak(t.text("noMatch", nil), t.prompt()) })
	}
	return m.choose(&t, opt)
}

// choose resolves with an option, or delegates to its component.
func (m *menu) choose(t *turn, o *MenuOption) error {
	if o.Component == "" {
		return t.finish(EventSelected, o.Key)
	}
	t.data[dataSelected] = o.Key
	return t.c.Delegate(o.Component, framework.DelegateOptions{Resolve: m.resolve, Config: o.Config})
}

// resolved passes on what an option's component resolved with: the
// option's key, event (a string) and the component's args.
func (m *menu) resolved(c *framework.Context, event any) error {
	t, _, err := m.begin(c)
	if err != nil {
		return err
	}
	key := t.data[dataSelected]
	if _, ok := key.(string); !ok {
		key = ""
	}
	delete(t.data, dataSelected)
	from := c.ResolveArgs()
	args := make([]any, 0, 2+len(from))
	return t.finish(EventSelected, append(append(args, key, event), from...)...)
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
