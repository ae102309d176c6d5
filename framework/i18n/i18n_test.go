package i18n_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/i18n"
)

// translator is the framework.Translator method set; the framework will
// declare it, this package must not import the framework.
type translator interface {
	Translate(locale, platform, key string, vars map[string]any) string
}

var _ translator = (*i18n.I18n)(nil)

// fixedRand always answers n: variant tests pick deterministically.
type fixedRand int

func (f fixedRand) IntN(int) int { return int(f) }

func testResources() i18n.Resources {
	return i18n.Resources{
		"en": {
			"translation": map[string]any{
				"hello":       "Hello!",
				"welcome":     "Welcome, {{name}}!",
				"spaced":      "Hi {{ name }} and {{   other   }}.",
				"formatted":   "Total {{price, currency}} for {{- name}}.",
				"nestedVar":   "{{user.name}} is {{user.age}}.",
				"dottedVar":   "{{a.b}}",
				"onlyEnglish": "English only",
				"menu": map[string]any{
					"greeting": "Main menu",
					"options":  map[string]string{"first": "Press one"},
				},
				"apple_zero":  "No apples",
				"apple_one":   "{{count}} apple",
				"apple_other": "{{count}} apples",
				"item_one":    "{{count}} item",
				"item_other":  "{{count}} items",
				"box":         "One box",
				"box_plural":  "{{count}} boxes",
				"bye":         []any{"Bye!", "See you, {{name}}!", "Goodbye!"},
			},
			"aiflow": map[string]any{
				"translation": map[string]any{
					"hello":    "Hello, caller!",
					"item_one": "{{count}} item on the line",
				},
			},
		},
		"de": {
			"translation": map[string]any{
				"hello":       "Hallo!",
				"welcome":     "Willkommen, {{name}}!",
				"apple_one":   "{{count}} Apfel",
				"apple_other": "{{count}} Äpfel",
				"bye":         []string{"Tschüss!", "Bis bald!"},
			},
			"aiflow": map[string]any{
				"translation": map[string]any{
					"welcome": "Grüß Gott am Telefon, {{name}}!",
				},
			},
		},
		"de-AT": {
			"translation": map[string]any{"hello": "Servus!"},
		},
		"pl": {
			"translation": map[string]any{
				"file_one":   "{{count}} plik",
				"file_few":   "{{count}} pliki",
				"file_many":  "{{count}} plików",
				"file_other": "{{count}} pliku",
				"cat_one":    "{{count}} kot",
				"cat_other":  "{{count}} kotów (other)",
			},
		},
	}
}

func newTest(t *testing.T, r i18n.Rand) *i18n.I18n {
	t.Helper()
	tr, err := i18n.New(i18n.Options{Resources: testResources(), FallbackLocale: "en", Rand: r})
	require.NoError(t, err)
	return tr
}

type call struct {
	locale, platform, key string
	vars                  map[string]any
}

// translateCase is one row of a Translate table test.
type translateCase struct {
	name string
	give call
	want string
}

func runCalls(t *testing.T, tr *i18n.I18n, tests []translateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tr.Translate(tt.give.locale, tt.give.platform, tt.give.key, tt.give.vars)
			assert.Equal(t, tt.want, got)
		})
	}
}

type stringerName struct{}

func (stringerName) String() string { return "Stringer" }

func TestTranslateInterpolation(t *testing.T) {
	tr := newTest(t, fixedRand(0))
	runCalls(t, tr, []translateCase{
		{"no variables", call{"en", "", "hello", nil}, "Hello!"},
		{"string", call{"en", "", "welcome", map[string]any{"name": "Ada"}}, "Welcome, Ada!"},
		{"int", call{"en", "", "welcome", map[string]any{"name": 42}}, "Welcome, 42!"},
		{"negative int64", call{"en", "", "welcome", map[string]any{"name": int64(-7)}}, "Welcome, -7!"},
		{"uint8", call{"en", "", "welcome", map[string]any{"name": uint8(200)}}, "Welcome, 200!"},
		{"float like JavaScript", call{"en", "", "welcome", map[string]any{"name": 2.50}}, "Welcome, 2.5!"},
		{"whole float", call{"en", "", "welcome", map[string]any{"name": 3.0}}, "Welcome, 3!"},
		{"huge float", call{"en", "", "welcome", map[string]any{"name": 1e21}}, "Welcome, 1e+21!"},
		{"float32", call{"en", "", "welcome", map[string]any{"name": float32(0.1)}}, "Welcome, 0.1!"},
		{"bool", call{"en", "", "welcome", map[string]any{"name": true}}, "Welcome, true!"},
		{"json.Number", call{"en", "", "welcome", map[string]any{"name": json.Number("12.50")}}, "Welcome, 12.50!"},
		{"Stringer", call{"en", "", "welcome", map[string]any{"name": stringerName{}}}, "Welcome, Stringer!"},
		{"error", call{"en", "", "welcome", map[string]any{"name": errors.New("oops")}}, "Welcome, oops!"},
		{"other type via fmt", call{"en", "", "welcome", map[string]any{"name": []int{1, 2}}}, "Welcome, [1 2]!"},
		{"missing variable is empty", call{"en", "", "welcome", nil}, "Welcome, !"},
		{"nil variable is empty", call{"en", "", "welcome", map[string]any{"name": nil}}, "Welcome, !"},
		{"extra variables ignored", call{"en", "", "welcome", map[string]any{"name": "Ada", "x": 1}}, "Welcome, Ada!"},
		{"spaces inside braces", call{"en", "", "spaced", map[string]any{"name": "A", "other": "B"}}, "Hi A and B."},
		{"format and unescape marker", call{"en", "", "formatted", map[string]any{"price": 5, "name": "Ada"}}, "Total 5 for Ada."},
		{"nested map path", call{"en", "", "nestedVar", map[string]any{"user": map[string]any{"name": "Ada", "age": 36}}}, "Ada is 36."},
		{"nested path through non-map", call{"en", "", "nestedVar", map[string]any{"user": "Ada"}}, " is ."},
		{"dotted name as one key wins", call{"en", "", "dottedVar", map[string]any{"a.b": "flat", "a": map[string]any{"b": "deep"}}}, "flat"},
		{"dotted name through map", call{"en", "", "dottedVar", map[string]any{"a": map[string]any{"b": "deep"}}}, "deep"},
		{"nested key", call{"en", "", "menu.greeting", nil}, "Main menu"},
		{"deeply nested key from map[string]string", call{"en", "", "menu.options.first", nil}, "Press one"},
	})
}

func TestTranslatePlurals(t *testing.T) {
	tr := newTest(t, fixedRand(0))
	runCalls(t, tr, []translateCase{
		{"en 0 uses _zero first", call{"en", "", "apple", map[string]any{"count": 0}}, "No apples"},
		{"en 1", call{"en", "", "apple", map[string]any{"count": 1}}, "1 apple"},
		{"en 2", call{"en", "", "apple", map[string]any{"count": 2}}, "2 apples"},
		{"en 0 without _zero is other", call{"en", "", "item", map[string]any{"count": 0}}, "0 items"},
		{"en 1 without _zero", call{"en", "", "item", map[string]any{"count": 1}}, "1 item"},
		{"en 2 without _zero", call{"en", "", "item", map[string]any{"count": 2}}, "2 items"},
		{"en -1 is one (absolute value)", call{"en", "", "item", map[string]any{"count": -1}}, "-1 item"},
		{"en 1.5 is other", call{"en", "", "item", map[string]any{"count": 1.5}}, "1.5 items"},
		{"en 1.0 float is one", call{"en", "", "item", map[string]any{"count": 1.0}}, "1 item"},
		{"en uint64", call{"en", "", "item", map[string]any{"count": uint64(1)}}, "1 item"},
		{"en json.Number", call{"en", "", "item", map[string]any{"count": json.Number("2")}}, "2 items"},
		{"de 0", call{"de", "", "apple", map[string]any{"count": 0}}, "0 Äpfel"},
		{"de 1", call{"de", "", "apple", map[string]any{"count": 1}}, "1 Apfel"},
		{"de 2", call{"de", "", "apple", map[string]any{"count": 2}}, "2 Äpfel"},
		{"de-AT uses de rules and de keys", call{"de-AT", "", "apple", map[string]any{"count": 1}}, "1 Apfel"},
		{"pl 1 one", call{"pl", "", "file", map[string]any{"count": 1}}, "1 plik"},
		{"pl 2 few", call{"pl", "", "file", map[string]any{"count": 2}}, "2 pliki"},
		{"pl 5 many", call{"pl", "", "file", map[string]any{"count": 5}}, "5 plików"},
		{"pl 22 few", call{"pl", "", "file", map[string]any{"count": 22}}, "22 pliki"},
		{"pl 1.5 other", call{"pl", "", "file", map[string]any{"count": 1.5}}, "1.5 pliku"},
		{"pl missing form falls back to _other", call{"pl", "", "cat", map[string]any{"count": 5}}, "5 kotów (other)"},
		{"v3 singular is the plain key", call{"en", "", "box", map[string]any{"count": 1}}, "One box"},
		{"v3 _plural is other", call{"en", "", "box", map[string]any{"count": 3}}, "3 boxes"},
		{"no count uses the plain key", call{"en", "", "box", nil}, "One box"},
		{"plural key reachable directly", call{"en", "", "apple_other", map[string]any{"count": 7}}, "7 apples"},
		{"string count is no count", call{"en", "", "apple", map[string]any{"count": "2"}}, "apple"},
		{"NaN count is no count", call{"en", "", "box", map[string]any{"count": nan()}}, "One box"},
		{"platform plural form", call{"en", "aiflow", "item", map[string]any{"count": 1}}, "1 item on the line"},
		{"platform lacks form, plain has it", call{"en", "aiflow", "item", map[string]any{"count": 2}}, "2 items"},
	})
}

func nan() float64 { z := 0.0; return z / z }

func TestTranslateVariants(t *testing.T) {
	tests := []struct {
		name   string
		give   fixedRand
		locale string
		want   string
	}{
		{"first", 0, "en", "Bye!"},
		{"second with interpolation", 1, "en", "See you, Ada!"},
		{"third", 2, "en", "Goodbye!"},
		{"out of range from source is first", 7, "en", "Bye!"},
		{"negative from source is first", -1, "en", "Bye!"},
		{"[]string variants", 1, "de", "Bis bald!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTest(t, tt.give)
			assert.Equal(t, tt.want, tr.Translate(tt.locale, "", "bye", map[string]any{"name": "Ada"}))
		})
	}
}

func TestTranslateVariantsDefaultRandom(t *testing.T) {
	tr := newTest(t, nil)
	seen := map[string]bool{}
	for range 200 {
		seen[tr.Translate("en", "", "bye", map[string]any{"name": "Ada"})] = true
	}
	assert.Equal(t, map[string]bool{"Bye!": true, "See you, Ada!": true, "Goodbye!": true}, seen)
}

func TestTranslatePlatformOverrides(t *testing.T) {
	tr := newTest(t, fixedRand(0))
	runCalls(t, tr, []translateCase{
		{"override on its platform", call{"en", "aiflow", "hello", nil}, "Hello, caller!"},
		{"no platform", call{"en", "", "hello", nil}, "Hello!"},
		{"other platform", call{"en", "alexa", "hello", nil}, "Hello!"},
		{"key only in plain translation", call{"en", "aiflow", "welcome", map[string]any{"name": "Ada"}}, "Welcome, Ada!"},
		{"override in parent locale", call{"de-AT", "aiflow", "welcome", map[string]any{"name": "Ada"}}, "Grüß Gott am Telefon, Ada!"},
		{"plain text of a nearer locale beats parent override", call{"de-AT", "aiflow", "hello", nil}, "Servus!"},
		{"language beats fallback override", call{"de", "aiflow", "hello", nil}, "Hallo!"},
		{"fallback override when language lacks key", call{"fr", "aiflow", "hello", nil}, "Hello, caller!"},
	})
}

func TestTranslateFallback(t *testing.T) {
	tr := newTest(t, fixedRand(0))
	runCalls(t, tr, []translateCase{
		{"region itself", call{"de-AT", "", "hello", nil}, "Servus!"},
		{"region to language", call{"de-AT", "", "welcome", map[string]any{"name": "Ada"}}, "Willkommen, Ada!"},
		{"region to language to fallback", call{"de-AT", "", "onlyEnglish", nil}, "English only"},
		{"unknown region of known language", call{"de-CH", "", "hello", nil}, "Hallo!"},
		{"underscore and case", call{"DE_at", "", "hello", nil}, "Servus!"},
		{"unknown language", call{"fr-FR", "", "hello", nil}, "Hello!"},
		{"script and region", call{"zh-Hant-TW", "", "hello", nil}, "Hello!"},
		{"empty locale uses fallback", call{"", "", "hello", nil}, "Hello!"},
		{"garbage locale uses fallback", call{"--!!--", "", "hello", nil}, "Hello!"},
		{"locale longer than the stack buffer", call{"de-AT-x-a-very-long-private-use-tag-indeed", "", "hello", nil}, "Servus!"},
		{"missing everywhere is the key", call{"de-AT", "", "nope.nothing", nil}, "nope.nothing"},
		{"object key is not a text", call{"en", "", "menu", nil}, "menu"},
		{"partial key is not found", call{"en", "", "menu.options", nil}, "menu.options"},
	})
}

func TestTranslateFallbackLocaleParents(t *testing.T) {
	tr, err := i18n.New(i18n.Options{Resources: testResources(), FallbackLocale: "en-US"})
	require.NoError(t, err)
	assert.Equal(t, "English only", tr.Translate("de", "", "onlyEnglish", nil))
}

func TestTranslateWithoutFallback(t *testing.T) {
	tr, err := i18n.New(i18n.Options{Resources: testResources()})
	require.NoError(t, err)
	assert.Equal(t, "onlyEnglish", tr.Translate("de", "", "onlyEnglish", nil))
	assert.Equal(t, "Servus!", tr.Translate("de-AT-x-foo", "", "hello", nil))
}

func TestLookup(t *testing.T) {
	tr := newTest(t, fixedRand(0))
	tests := []struct {
		name   string
		give   call
		want   string
		wantOK bool
	}{
		{"found", call{"de", "", "hello", nil}, "Hallo!", true},
		{"found through fallback", call{"de", "", "onlyEnglish", nil}, "English only", true},
		{"missing", call{"de", "", "nope", nil}, "", false},
		{"object", call{"en", "", "menu", nil}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tr.Lookup(tt.give.locale, tt.give.platform, tt.give.key, tt.give.vars)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestZeroAndNil(t *testing.T) {
	empty, err := i18n.New(i18n.Options{})
	require.NoError(t, err)
	assert.Equal(t, "hello", empty.Translate("en", "", "hello", nil))
	assert.Empty(t, empty.Locales())

	var none *i18n.I18n
	assert.Equal(t, "hello", none.Translate("en", "", "hello", nil))
	_, ok := none.Lookup("en", "", "hello", nil)
	assert.False(t, ok)
	assert.Nil(t, none.Locales())
}

func TestLocales(t *testing.T) {
	tr := newTest(t, nil)
	got := tr.Locales()
	assert.Equal(t, []string{"de", "de-AT", "en", "pl"}, got)
	got[0] = "changed"
	assert.Equal(t, "de", tr.Locales()[0], "Locales returns a copy")
}

func TestNewCopiesResources(t *testing.T) {
	res := testResources()
	tr, err := i18n.New(i18n.Options{Resources: res})
	require.NoError(t, err)
	res["en"]["translation"].(map[string]any)["hello"] = "changed"
	delete(res, "de")
	assert.Equal(t, "Hello!", tr.Translate("en", "", "hello", nil))
	assert.Equal(t, "Hallo!", tr.Translate("de", "", "hello", nil))
}

func TestUnknownFallbackLocale(t *testing.T) {
	_, err := i18n.New(i18n.Options{Resources: testResources(), FallbackLocale: "fr"})
	require.ErrorIs(t, err, i18n.ErrUnknownLocale)
	assert.Contains(t, err.Error(), `"fr"`)
}

// TestConcurrentUse runs under -race: an injected *rand.Rand is not safe
// for concurrent use on its own, the I18n must guard it.
func TestConcurrentUse(t *testing.T) {
	tr := newTest(t, rand.New(rand.NewPCG(1, 2)))
	want := map[string]bool{"Bye!": true, "See you, Ada!": true, "Goodbye!": true}
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for g := range results {
		wg.Go(func() {
			for range 100 {
				results[g] = append(results[g],
					tr.Translate("en", "aiflow", "bye", map[string]any{"name": "Ada"}),
					tr.Translate("de-AT", "aiflow", "apple", map[string]any{"count": g}))
			}
		})
	}
	wg.Wait()
	for g, rs := range results {
		require.Len(t, rs, 200)
		for i := 0; i < len(rs); i += 2 {
			assert.True(t, want[rs[i]], rs[i])
			assert.NotEqual(t, "apple", rs[i+1], "goroutine %d", g)
		}
	}
}
