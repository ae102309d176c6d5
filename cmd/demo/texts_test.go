package main

import (
	"encoding/json"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/i18n"
)

// texts renders the demo's texts of one locale for the expectations of
// the tests, without a fallback locale: a text missing in German fails
// the test instead of passing in English.
type texts struct {
	t      *testing.T
	tr     *i18n.I18n
	locale string
}

func newTexts(t *testing.T, locale string) *texts {
	t.Helper()
	res, err := i18n.LoadFS(assets, "locales")
	require.NoError(t, err)
	tr, err := i18n.New(i18n.Options{Resources: res})
	require.NoError(t, err)
	return &texts{t: t, tr: tr, locale: locale}
}

// get is the text of key with vars given as name, value pairs.
func (x *texts) get(key string, kv ...any) string {
	x.t.Helper()
	vars := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		vars[kv[i].(string)] = kv[i+1]
	}
	s, ok := x.tr.Lookup(x.locale, "", key, vars)
	require.True(x.t, ok, "%s has no text %q", x.locale, key)
	return s
}

// menu is the menu prompt introduced by the text of introKey, built from
// the option lines as the Menu builds it.
func (x *texts) menu(introKey string) string {
	x.t.Helper()
	parts := []string{x.get(introKey)}
	for _, o := range menuConfig(x.tr, defaultTransferTo).Options {
		label := x.get("menu.label." + o.Key)
		if o.Digit == "" {
			parts = append(parts, x.get("components.Menu.optionSay", "label", label))
			continue
		}
		parts = append(parts, x.get("components.Menu.option", "label", label, "digit", o.Digit))
	}
	return strings.Join(parts, " ")
}

// join joins texts as the platform merges speaks.
func join(parts ...string) string { return strings.Join(parts, " ") }

// TestLocalesHaveTheSameTexts checks that every text exists in both
// languages, and that the German texts are not the English ones.
func TestLocalesHaveTheSameTexts(t *testing.T) {
	en, de := flatKeys(t, "locales/en-US.json"), flatKeys(t, "locales/de-DE.json")
	assert.Equal(t, slices.Sorted(maps.Keys(en)), slices.Sorted(maps.Keys(de)))
	for k, v := range en {
		if d, ok := de[k]; ok && len(v) > 12 {
			assert.NotEqual(t, v, d, "%s is not translated", k)
		}
	}
	for _, key := range []string{"greeting", "hours", "registered", "smsText", "smsSent", "smsNoNumber", "help",
		"menuCancelled", "goodbye", "error", "tooSlow", "menu.intro", "menu.again",
		"components.Menu.noMatch", "components.Digits.prompt", "components.Digits.readBack",
		"components.Transfer.announce", "components.Transfer.failed", "components.NoInput.noInput"} {
		assert.Contains(t, en, key)
	}
}

// flatKeys reads a resource file into dotted keys and their texts.
func flatKeys(t *testing.T, name string) map[string]string {
	t.Helper()
	b, err := fs.ReadFile(assets, name)
	require.NoError(t, err)
	var doc struct {
		Translation map[string]any `json:"translation"`
	}
	require.NoError(t, json.Unmarshal(b, &doc))
	out := map[string]string{}
	var walk func(prefix string, m map[string]any)
	walk = func(prefix string, m map[string]any) {
		for k, v := range m {
			switch v := v.(type) {
			case map[string]any:
				walk(prefix+k+".", v)
			case string:
				out[prefix+k] = v
			default:
				t.Fatalf("%s: %s%s is a %T", name, prefix, k, v)
			}
		}
	}
	walk("", doc.Translation)
	return out
}
