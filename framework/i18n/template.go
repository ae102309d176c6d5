package i18n

import (
	"fmt"
	"strings"
)

// template is a translation string split at load time into literal text
// and {{variable}} holes, so a lookup never parses.
type template struct {
	// raw is the string as written; returned as is when there are no holes.
	raw string
	// parts is nil when raw has no holes.
	parts []part
}

// part is literal text followed by an optional variable.
type part struct {
	lit string
	// name is the variable as written ("user.name"); empty for the last
	// literal.
	name string
	// path is name split at dots, for nested maps in vars; nil without dots.
	path []string
}

// compileTemplate splits s at {{ and }}. Inside the braces spaces are
// tolerated ("{{ name }}"), i18next's unescaped marker "{{- name}}" means
// the same as "{{name}}" (nothing is escaped here), and a format after a
// comma ("{{price, currency}}") is ignored. An unclosed "{{" or an empty
// name is an error: it is nearly always a typo that would be spoken aloud.
func compileTemplate(s string) (template, error) {
	t := template{raw: s}
	rest := s
	offset := 0
	for {
		open := strings.Index(rest, "{{")
		if open < 0 {
			break
		}
		end := strings.Index(rest[open+2:], "}}")
		if end < 0 {
			return template{}, fmt.Errorf("unclosed {{ at byte %d of %q", offset+open, s)
		}
		inner := rest[open+2 : open+2+end]
		name := variableName(inner)
		if name == "" {
			return template{}, fmt.Errorf("empty variable name {{%s}} at byte %d of %q", inner, offset+open, s)
		}
		p := part{lit: rest[:open], name: name}
		if strings.Contains(name, ".") {
			p.path = strings.Split(name, ".")
		}
		t.parts = append(t.parts, p)
		consumed := open + 2 + end + 2
		rest = rest[consumed:]
		offset += consumed
	}
	if t.parts != nil {
		t.parts = append(t.parts, part{lit: rest})
	}
	return t, nil
}

// variableName extracts the variable from the text between the braces.
func variableName(inner string) string {
	name := strings.TrimSpace(inner)
	name = strings.TrimSpace(strings.TrimPrefix(name, "-"))
	if before, _, found := strings.Cut(name, ","); found {
		name = strings.TrimSpace(before)
	}
	return name
}

// render fills the holes from vars. A variable that is absent (or nil)
// becomes the empty string, as in Jovo (i18next with skipOnVariables off):
// a caller should hear a gap rather than "curly curly name".
func (t *template) render(vars map[string]any) string {
	if t.parts == nil {
		return t.raw
	}
	var b strings.Builder
	b.Grow(len(t.raw) + 8*len(t.parts))
	for i := range t.parts {
		p := &t.parts[i]
		b.WriteString(p.lit)
		if p.name != "" {
			writeValue(&b, variable(vars, p))
		}
	}
	return b.String()
}

// variable looks the hole's name up in vars: first as a whole ("user.name"
// as one key), then as a path through nested map[string]any values.
func variable(vars map[string]any, p *part) any {
	if v, ok := vars[p.name]; ok || p.path == nil {
		return v
	}
	var v any = vars
	for _, seg := range p.path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[seg]
	}
	return v
}
