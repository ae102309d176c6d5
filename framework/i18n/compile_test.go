package i18n_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/i18n"
)

// translation wraps keys in the {"translation": ...} object of a locale.
func translation(keys map[string]any) map[string]any { return map[string]any{"translation": keys} }

func TestNewMalformedResources(t *testing.T) {
	selfRef := map[string]any{}
	selfRef["loop"] = selfRef

	tests := []struct {
		name       string
		give       i18n.Resources
		wantLocale string
		wantPath   string
		wantMsg    string
	}{
		{
			name:       "translation is not an object",
			give:       i18n.Resources{"en": {"translation": "Hello"}},
			wantLocale: "en", wantPath: "translation",
			wantMsg: `"translation" must be an object of keys, got a string`,
		},
		{
			name:       "key outside translation",
			give:       i18n.Resources{"en": {"hello": "Hello"}},
			wantLocale: "en", wantPath: "hello",
			wantMsg: `top-level entry is a string; keys belong under "translation"`,
		},
		{
			name:       "nested keys outside translation",
			give:       i18n.Resources{"en": {"menu": map[string]any{"greeting": "Hi"}}},
			wantLocale: "en", wantPath: "menu.greeting",
			wantMsg: `platform block "menu" may only hold "translation" (or did you mean to put "menu" under "translation"?)`,
		},
		{
			name:       "platform translation not an object",
			give:       i18n.Resources{"en": {"aiflow": map[string]any{"translation": []any{"x"}}}},
			wantLocale: "en", wantPath: "aiflow.translation",
			wantMsg: "must be an object of keys, got an array",
		},
		{
			name:       "platform without translation",
			give:       i18n.Resources{"en": {"aiflow": map[string]any{}}},
			wantLocale: "en", wantPath: "aiflow.translation",
			wantMsg: "must be an object of keys, got null",
		},
		{
			name:       "empty platform name",
			give:       i18n.Resources{"en": {"": translation(nil)}},
			wantLocale: "en", wantPath: "",
			wantMsg: "empty platform name",
		},
		{
			name:       "number value",
			give:       i18n.Resources{"en": translation(map[string]any{"retries": 3})},
			wantLocale: "en", wantPath: "translation.retries",
			wantMsg: "value is a number; want a string, an array of strings or an object",
		},
		{
			name:       "boolean in a platform block",
			give:       i18n.Resources{"de": {"aiflow": translation(map[string]any{"a": map[string]any{"b": false}})}},
			wantLocale: "de", wantPath: "aiflow.translation.a.b",
			wantMsg: "value is a boolean",
		},
		{
			name:       "null value",
			give:       i18n.Resources{"en": translation(map[string]any{"x": nil})},
			wantLocale: "en", wantPath: "translation.x",
			wantMsg: "value is null",
		},
		{
			name:       "Go type",
			give:       i18n.Resources{"en": translation(map[string]any{"x": struct{}{}})},
			wantLocale: "en", wantPath: "translation.x",
			wantMsg: "value is a Go struct {}",
		},
		{
			name:       "empty array",
			give:       i18n.Resources{"en": translation(map[string]any{"bye": []any{}})},
			wantLocale: "en", wantPath: "translation.bye",
			wantMsg: "empty array; give at least one variant",
		},
		{
			name:       "empty []string",
			give:       i18n.Resources{"en": translation(map[string]any{"bye": []string{}})},
			wantLocale: "en", wantPath: "translation.bye",
			wantMsg: "empty array",
		},
		{
			name:       "array element not a string",
			give:       i18n.Resources{"en": translation(map[string]any{"bye": []any{"Bye", 2}})},
			wantLocale: "en", wantPath: "translation.bye[1]",
			wantMsg: "array element is a number; variants must be strings",
		},
		{
			name:       "unclosed braces",
			give:       i18n.Resources{"en": translation(map[string]any{"hi": "Hi {{name!"})},
			wantLocale: "en", wantPath: "translation.hi",
			wantMsg: `unclosed {{ at byte 3 of "Hi {{name!"`,
		},
		{
			name:       "unclosed braces in a variant",
			give:       i18n.Resources{"en": translation(map[string]any{"hi": []any{"ok {{a}}", "{{name"}})},
			wantLocale: "en", wantPath: "translation.hi[1]",
			wantMsg: "unclosed {{ at byte 0",
		},
		{
			name:       "empty variable",
			give:       i18n.Resources{"en": translation(map[string]any{"hi": "Hi {{ }}"})},
			wantLocale: "en", wantPath: "translation.hi",
			wantMsg: "empty variable name {{ }}",
		},
		{
			name:       "empty key",
			give:       i18n.Resources{"en": translation(map[string]any{"menu": map[string]any{"": "x"}})},
			wantLocale: "en", wantPath: "translation.menu",
			wantMsg: "empty key",
		},
		{
			name:       "same key nested and dotted",
			give:       i18n.Resources{"en": translation(map[string]any{"a.b": "x", "a": map[string]any{"b": "y"}})},
			wantLocale: "en", wantPath: "translation.a.b",
			wantMsg: `key "a.b" is defined twice`,
		},
		{
			name:       "_other and _plural",
			give:       i18n.Resources{"en": translation(map[string]any{"box_other": "x", "box_plural": "y"})},
			wantLocale: "en", wantPath: "translation.box_plural",
			wantMsg: `"box" has both box_other and box_plural`,
		},
		{
			name:       "ill-formed locale",
			give:       i18n.Resources{"en US": translation(nil)},
			wantLocale: "en US", wantPath: "",
			wantMsg: `locale "en us" is not a well-formed BCP 47 tag`,
		},
		{
			name:       "empty locale",
			give:       i18n.Resources{"": translation(nil)},
			wantLocale: "", wantPath: "",
			wantMsg: "empty locale",
		},
		{
			name:       "same locale twice",
			give:       i18n.Resources{"en-US": translation(nil), "en_us": translation(nil)},
			wantLocale: "en_us", wantPath: "",
			wantMsg: `same locale as "en-US"`,
		},
		{
			name:       "nil resource object",
			give:       i18n.Resources{"en": nil},
			wantLocale: "en", wantPath: "",
			wantMsg: "resource object is missing",
		},
		{
			name:       "map that contains itself",
			give:       i18n.Resources{"en": translation(selfRef)},
			wantLocale: "en", wantPath: "translation" + strings.Repeat(".loop", 64),
			wantMsg: "nested deeper than 64 levels",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := i18n.New(i18n.Options{Resources: tt.give})
			require.Error(t, err)
			assert.ErrorIs(t, err, i18n.ErrMalformed)
			var re *i18n.ResourceError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tt.wantLocale, re.Locale)
			assert.Equal(t, tt.wantPath, re.Path)
			assert.Contains(t, err.Error(), tt.wantMsg)
		})
	}
}

func TestNewAcceptsWellFormedUnknownLocale(t *testing.T) {
	tr, err := i18n.New(i18n.Options{Resources: i18n.Resources{
		"dev": translation(map[string]any{"x_one": "one", "x_other": "other"}),
	}})
	require.NoError(t, err)
	// Root-locale rules: every number is "other".
	assert.Equal(t, "other", tr.Translate("dev", "", "x", map[string]any{"count": 1}))
}

func TestNewAcceptsEmptyTranslation(t *testing.T) {
	tr, err := i18n.New(i18n.Options{Resources: i18n.Resources{
		"en": {"translation": map[string]any{}, "aiflow": translation(map[string]any{"hi": "Hi"})},
	}})
	require.NoError(t, err)
	assert.Equal(t, "Hi", tr.Translate("en", "aiflow", "hi", nil))
	assert.Equal(t, "hi", tr.Translate("en", "", "hi", nil))
}

func TestResourceErrorFormat(t *testing.T) {
	cause := errors.New("bad")
	tests := []struct {
		name string
		give *i18n.ResourceError
		want string
	}{
		{"everything", &i18n.ResourceError{Locale: "de", File: "locales/de.json", Path: "translation.x", Err: cause},
			`i18n: locale "de" (locales/de.json) at translation.x: bad`},
		{"no file", &i18n.ResourceError{Locale: "de", Path: "translation.x", Err: cause},
			`i18n: locale "de" at translation.x: bad`},
		{"no path", &i18n.ResourceError{Locale: "de", File: "de.json", Err: cause},
			`i18n: locale "de" (de.json): bad`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.give.Error())
			assert.ErrorIs(t, tt.give, cause)
			assert.ErrorIs(t, tt.give, i18n.ErrMalformed)
		})
	}
}
