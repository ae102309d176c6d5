package components

import (
	"strings"

	"github.com/jovo-go/jovo/framework"
)

// MenuOption is one choice of a Menu.
type MenuOption struct {
	// Key identifies the option; Menu resolves with it. It is also a
	// phrase the caller may say ("sales", "opening_hours").
	Key string `json:"key"`
	// Digit is the key that chooses the option ("1"); empty for none. The
	// digit spoken ("one", "eins") chooses it too.
	Digit string `json:"digit,omitempty"`
	// Labels name the option in the prompt, by language ("en", "de"),
	// and may be said to choose it.
	Labels map[string]string `json:"labels,omitempty"`
	// Synonyms are more phrases, in any language, that choose the option.
	Synonyms []string `json:"synonyms,omitempty"`
	// Intent chooses the option when an NLU recognizes it.
	Intent string `json:"intent,omitempty"`
	// Component, if set, is delegated to when the option is chosen (a
	// sub-menu, Digits, …); Menu resolves once it resolves. It is found
	// relative to the Menu: its Components first, then its siblings.
	Component string `json:"component,omitempty"`
	// Config is passed to Component with Delegate.
	Config map[string]any `json:"config,omitempty"`
}

func (o MenuOption) with(r reader) (MenuOption, reader) {
	r.str("key", &o.Key)
	r.str("digit", &o.Digit)
	r.labels("labels", &o.Labels)
	r.strs("synonyms", &o.Synonyms)
	r.str("intent", &o.Intent)
	r.str("component", &o.Component)
	r.object("config", &o.Config)
	return o, r
}

// put writes the option's keys to w; key always, as encoding/json does.
func (o MenuOption) put(w writer) {
	w["key"] = o.Key
	w.str("digit", o.Digit)
	w.strMap("labels", o.Labels)
	w.strs("synonyms", o.Synonyms)
	w.str("intent", o.Intent)
	w.str("component", o.Component)
	w.anyMap("config", o.Config)
}

// label returns the option's name in lang, else in English, else its key.
func (o MenuOption) label(lang string) string {
	if l := o.Labels[lang]; l != "" {
		return l
	}
	if l := o.Labels["en"]; l != "" {
		return l
	}
	return spacedKey(o.Key)
}

// spacedKey writes the underscores and hyphens of a key as spaces
// ("opening_hours" → "opening hours"), byte by byte.
func spacedKey(key string) string {
	i := strings.IndexAny(key, "_-")
	if i < 0 {
		return key
	}
	b := []byte(key)
	for ; i < len(b); i++ {
		if b[i] == '_' || b[i] == '-' {
			b[i] = ' '
		}
	}
	return string(b)
}

// MenuSelection is what Menu resolved EventSelected with.
type MenuSelection struct {
	// Key is the chosen option's key.
	Key string
	// Event is what the option's component resolved with; empty for an
	// option without a component.
	Event string
	// Args are that component's resolve args.
	Args []any
}

// Selection reads the resolve args of EventSelected in the handler the
// Menu resolved to.
func Selection(c *framework.Context) MenuSelection {
	args := c.ResolveArgs()
	var s MenuSelection
	if len(args) > 0 {
		s.Key, _ = args[0].(string)
	}
	if len(args) > 1 {
		s.Event, _ = args[1].(string)
		s.Args = args[2:]
	}
	return s
}
