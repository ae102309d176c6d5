package components

import (
	"maps"
	"strings"
)

// menuPrompt is the configured prompt, or one built from the options;
// names are theirs, or nil to name them here.
func menuPrompt(t *turn, cfg MenuConfig, names []optionNames) string {
	if s, ok := override(t.c, t.ids, t.set.Texts, "prompt", t.vars(nil)); ok {
		return s
	}
	lang := language(t.c)
	parts := make([]string, 1, len(cfg.Options)+1)
	parts[0] = t.text("intro", nil)
	// One map for all options, the configured Vars under the option's own:
	// the texts keep none of it.
	vars := make(map[string]any, len(t.set.Vars)+2)
	maps.Copy(vars, t.set.Vars)
	for i, o := range cfg.Options {
		if names != nil {
			vars["label"], vars["digit"] = names[i].label(lang), names[i].digit
		} else {
			vars["label"], vars["digit"] = o.label(lang), o.Digit
		}
		key := "optionSay"
		if o.Digit != "" {
			key = "option"
		}
		parts = append(parts, text(t.c, t.ids, t.set.Texts, key, vars))
	}
	return strings.Join(parts, " ")
}

// optionNames are an option's {{label}} in each language and its
// {{digit}}, as the prompt's vars hold them. The registered options' are
// made once: the prompt names every option each time it is built, and
// putting a string into a map[string]any allocates.
type optionNames struct {
	en, de, digit any
}

// namesOf returns the names of opts.
func namesOf(opts []MenuOption) []optionNames {
	out := make([]optionNames, len(opts))
	for i, o := range opts {
		out[i] = optionNames{en: o.label("en"), de: o.label("de"), digit: o.Digit}
	}
	return out
}

// label returns the label in lang, "en" or "de" as language returns it.
func (n optionNames) label(lang string) any {
	if lang == "de" {
		return n.de
	}
	return n.en
}

// namesFor returns the names of opts if they are the registered options
// (a Delegate config without options leaves them as they are), else nil.
func (m *menu) namesFor(opts []MenuOption) []optionNames {
	reg := m.cfg.cfg.Options
	if len(opts) == 0 || len(opts) != len(reg) || &opts[0] != &reg[0] {
		return nil
	}
	return m.names
}
