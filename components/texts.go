package components

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jovo-go/jovo/framework"
)

// lookuper is implemented by translators that tell a missing key from a
// text (framework/i18n does).
type lookuper interface {
	Lookup(locale, platform, key string, vars map[string]any) (string, bool)
}

// translate asks the app's translator for key; ok is false when the app
// has none or it does not know the key.
func translate(c *framework.Context, key string, vars map[string]any) (string, bool) {
	tr := c.App().Config().I18n
	if tr == nil {
		return "", false
	}
	locale, platform := c.LocaleOrDefault(), c.Platform.Name()
	if l, ok := tr.(lookuper); ok {
		return l.Lookup(locale, platform, key, vars)
	}
	s := tr.Translate(locale, platform, key, vars)
	return s, s != key
}

// textIDs name the texts of a component kind: the kind, and for each of
// its text keys the translator key "components.<kind>.<key>", built once
// when the component is defined so that looking a text up builds no
// string. All requests share them; they are never written to.
type textIDs struct {
	kind string
	app  map[string]string // text key → translator key
}

// newTextIDs returns the names of the texts of kind, whose keys are keys.
func newTextIDs(kind string, keys ...string) textIDs {
	app := make(map[string]string, len(keys))
	for _, k := range keys {
		app[k] = "components." + kind + "." + k
	}
	return textIDs{kind: kind, app: app}
}

// appKey returns the translator key of the text key.
func (ids textIDs) appKey(key string) string {
	if s, ok := ids.app[key]; ok {
		return s
	}
	return "components." + ids.kind + "." + key
}

// text returns the text for key of a component: the config's Texts (an
// app translation key or a literal), then the app's translator under
// "components.<kind>.<key>", then the built-in defaults.
func text(c *framework.Context, ids textIDs, texts Texts, key string, vars map[string]any) string {
	if s, ok := override(c, ids, texts, key, vars); ok {
		return s
	}
	return interpolate(defaultText(language(c), ids.kind, key), vars)
}

// override is text without the built-in defaults.
func override(c *framework.Context, ids textIDs, texts Texts, key string, vars map[string]any) (string, bool) {
	if v := texts[key]; v != "" {
		if s, ok := translate(c, v, vars); ok {
			return s, true
		}
		return interpolate(v, vars), true
	}
	return translate(c, ids.appKey(key), vars)
}

// defaultText returns the built-in text in lang, falling back to English.
func defaultText(lang, kind, key string) string {
	id := kind + "." + key
	if lang == "de" {
		if s := textDE(id); s != "" {
			return s
		}
	}
	return textEN(id)
}

// language returns "de" or "en" for the request's effective locale.
func language(c *framework.Context) string {
	if l := c.LocaleOrDefault(); len(l) >= 2 && strings.EqualFold(l[:2], "de") {
		return "de"
	}
	return "en"
}

// interpolate fills {{name}} and {{ name }} placeholders from vars.
func interpolate(s string, vars map[string]any) string {
	if len(vars) == 0 || !strings.Contains(s, "{{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			break
		}
		name := strings.TrimSpace(s[i+2 : i+j])
		b.WriteString(s[:i])
		if v, ok := vars[name]; ok {
			switch v := v.(type) {
			case string:
				b.WriteString(v)
			case int:
				b.WriteString(strconv.Itoa(v))
			default:
				b.WriteString(fmt.Sprint(v)) // not Fprint(&b): b would move to the heap
			}
		} else {
			b.WriteString(s[i : i+j+2])
		}
		s = s[i+j+2:]
	}
	b.WriteString(s)
	return b.String()
}
