package components

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
)

// fullSettings sets every field of Settings.
func fullSettings() Settings {
	return Settings{
		Texts:          Texts{"prompt": "Sure?", "hint": "Say yes."},
		Vars:           map[string]any{"name": "Ada"},
		Retries:        3,
		NoInputRetries: None,
		TimeoutSeconds: 7.5,
		BargeIn:        &aiflow.BargeInConfig{Strategy: aiflow.StrategyMinimumCharacters, MinimumCharacters: 5},
		OnNoInput:      Cancel,
	}
}

// fullOption sets every field of MenuOption.
func fullOption() MenuOption {
	return MenuOption{
		Key: "sales", Digit: "1", Labels: map[string]string{"en": "sales", "de": "Vertrieb"},
		Synonyms: []string{"buy", "kaufen"}, Intent: "SalesIntent", Component: "Digits",
		Config: map[string]any{"length": float64(4)},
	}
}

// testConfig is a config with lay and encoding/json for its type.
type testConfig struct {
	cfg any
	// lay lays m over base, a config of the type.
	lay func(base any, m map[string]any) (any, error)
	// strict decodes JSON into the zero config, refusing unknown keys.
	strict func(b []byte) (any, error)
	// mapOf is the config's Map.
	mapOf func() map[string]any
}

func newTestConfig[T interface {
	config[T]
	Map() map[string]any
}](cfg T) testConfig {
	return testConfig{
		cfg: cfg,
		lay: func(base any, m map[string]any) (any, error) { return lay(base.(T), m) },
		strict: func(b []byte) (any, error) {
			var v T
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			return v, dec.Decode(&v)
		},
		mapOf: cfg.Map,
	}
}

// zero is the zero config of the type.
func (tc testConfig) zero() any {
	z, err := tc.strict([]byte("{}"))
	if err != nil {
		panic(err)
	}
	return z
}

// configs are a config of each type with every field set, and the zero
// configs.
func configs() []testConfig {
	return []testConfig{
		newTestConfig(YesNoConfig{Settings: fullSettings(), YesKey: "9", NoKey: "0"}),
		newTestConfig(DigitsConfig{Settings: fullSettings(), Length: 4, MinLength: 2, MaxLength: 8, Confirm: true, Validator: "luhn"}),
		newTestConfig(MenuConfig{Settings: fullSettings(), Options: []MenuOption{fullOption(), {Key: "support"}}}),
		newTestConfig(NoInputConfig{Settings: fullSettings()}),
		newTestConfig(TransferConfig{Texts: Texts{"announce": "One moment."}, Target: "+4930123", CallerIDName: "Shop",
			FallbackCallerIDName: "Shop hotline", CallerIDNumber: "+4930999", RingSeconds: 20}),
		newTestConfig(YesNoConfig{}), newTestConfig(DigitsConfig{}), newTestConfig(MenuConfig{}),
		newTestConfig(NoInputConfig{}), newTestConfig(TransferConfig{}),
	}
}

// jsonOf is the JSON of v, which must encode.
func jsonOf(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestMapIsTheJSONForm(t *testing.T) {
	for _, tc := range configs() {
		t.Run(jsonOf(t, tc.cfg), func(t *testing.T) {
			assert.JSONEq(t, jsonOf(t, tc.cfg), jsonOf(t, tc.mapOf()))
		})
	}
}

func TestLayReadsMapBack(t *testing.T) {
	for _, tc := range configs() {
		t.Run(jsonOf(t, tc.cfg), func(t *testing.T) {
			got, err := tc.lay(tc.zero(), tc.mapOf())
			require.NoError(t, err)
			assert.Equal(t, tc.cfg, got, "from Map")

			var m map[string]any
			require.NoError(t, json.Unmarshal([]byte(jsonOf(t, tc.cfg)), &m))
			got, err = tc.lay(tc.zero(), m)
			require.NoError(t, err)
			assert.Equal(t, jsonOf(t, tc.cfg), jsonOf(t, got), "from a JSON store")
		})
	}
}

// customText is a string type of an app: the reader takes it through
// JSON.
type customText string

func TestLay(t *testing.T) {
	base := YesNoConfig{Settings: Settings{
		Texts: Texts{"prompt": "Sure?", "hint": "Say yes."}, Retries: 3,
		BargeIn: &aiflow.BargeInConfig{Strategy: aiflow.StrategyNone},
	}, YesKey: "9"}
	tests := []struct {
		name string
		give map[string]any
		want YesNoConfig
	}{
		{"nothing", map[string]any{}, base},
		{"texts merge key by key", map[string]any{"texts": map[string]any{"prompt": "Really?", "unclear": "Pardon?"}},
			YesNoConfig{Settings: Settings{
				Texts:   Texts{"prompt": "Really?", "hint": "Say yes.", "unclear": "Pardon?"},
				Retries: 3, BargeIn: base.BargeIn,
			}, YesKey: "9"}},
		{"typed texts", map[string]any{"texts": Texts{"hint": "Press 9."}},
			YesNoConfig{Settings: Settings{
				Texts: Texts{"prompt": "Sure?", "hint": "Press 9."}, Retries: 3, BargeIn: base.BargeIn,
			}, YesKey: "9"}},
		{"scalars replace", map[string]any{"retries": float64(1), "yesKey": "1", "timeoutSeconds": 2},
			YesNoConfig{Settings: Settings{Texts: base.Texts, Retries: 1, TimeoutSeconds: 2, BargeIn: base.BargeIn}, YesKey: "1"}},
		{"zero replaces", map[string]any{"retries": 0, "yesKey": ""},
			YesNoConfig{Settings: Settings{Texts: base.Texts, BargeIn: base.BargeIn}}},
		{"null leaves the default", map[string]any{"retries": nil, "texts": nil, "bargeIn": nil}, base},
		{"barge-in replaces", map[string]any{"bargeIn": map[string]any{"strategy": "immediate"}},
			YesNoConfig{Settings: Settings{
				Texts: base.Texts, Retries: 3, BargeIn: &aiflow.BargeInConfig{Strategy: aiflow.StrategyImmediate},
			}, YesKey: "9"}},
		{"an app's string type", map[string]any{"noKey": customText("0")},
			YesNoConfig{Settings: base.Settings, YesKey: "9", NoKey: "0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := jsonOf(t, base)
			got, err := lay(base, tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, before, jsonOf(t, base), "base is not changed")
		})
	}
}

func TestLayReplacesOptions(t *testing.T) {
	base := MenuConfig{Options: []MenuOption{fullOption(), {Key: "support", Digit: "2"}}}
	got, err := lay(base, map[string]any{"options": []any{map[string]any{"key": "hours"}}})
	require.NoError(t, err)
	assert.Equal(t, []MenuOption{{Key: "hours"}}, got.Options, "options are replaced, not merged one by one")
	assert.Equal(t, fullOption(), base.Options[0], "base is not changed")

	got, err = lay(base, map[string]any{"options": []MenuOption{{Key: "x", Digit: "5"}}})
	require.NoError(t, err)
	assert.Equal(t, []MenuOption{{Key: "x", Digit: "5"}}, got.Options)
}

func TestLayErrors(t *testing.T) {
	tests := []struct {
		name string
		give map[string]any
		want string
	}{
		{"unknown key", map[string]any{"retrys": 2, "retries": 1}, `unknown field "retrys"`},
		{"keys are case-sensitive", map[string]any{"Retries": 2}, `unknown field "Retries"`},
		{"string for a number", map[string]any{"retries": "two"}, "retries: json: cannot unmarshal string"},
		{"fraction for a count", map[string]any{"retries": 1.5}, "retries: want a whole number, got 1.5"},
		{"too large a count", map[string]any{"retries": 1e19}, "retries: want a whole number"},
		{"number for a string", map[string]any{"onNoInput": 1}, "onNoInput: json: cannot unmarshal number"},
		{"not a number", map[string]any{"timeoutSeconds": "soon"}, "timeoutSeconds: json: cannot unmarshal string"},
		{"texts not strings", map[string]any{"texts": map[string]any{"prompt": 1}}, "texts: json: cannot unmarshal number"},
		{"bad option", map[string]any{"options": []any{map[string]any{"key": "a"}, map[string]any{"digit": 1}}},
			"options[1]: digit: json: cannot unmarshal number"},
		{"unknown option key", map[string]any{"options": []any{map[string]any{"key": "a", "label": "A"}}},
			`options[0]: unknown field "label"`},
		{"options not a list", map[string]any{"options": "a, b"}, "options: json: cannot unmarshal string"},
		{"unknown barge-in key", map[string]any{"bargeIn": map[string]any{"strategy": "none", "after": 1}},
			`bargeIn: json: unknown field "after"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lay(MenuConfig{}, tt.give)
			if _, isMenu := tt.give["options"]; !isMenu {
				_, err = lay(YesNoConfig{}, tt.give)
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

// FuzzLay checks lay against encoding/json, which the components used
// before: a config map from a JSON store that lay takes decodes the same
// with encoding/json; one that encoding/json refuses, lay refuses too.
// lay is stricter in one way only: keys must match exactly, where
// encoding/json ignores case. A config laid over another never changes it.
func FuzzLay(f *testing.F) {
	for _, tc := range configs() {
		b, err := json.Marshal(tc.cfg)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`{"retries":1.5}`, `{"texts":{"a":null}}`, `{"options":[{"key":"a","labels":{"en":1}}]}`,
		`{"vars":{"a":[1,{"b":null}]}}`, `{"bargeIn":{"strategy":"none"},"Retries":2}`, `{"length":-0}`, `{"options":[null]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var m map[string]any
		if json.Unmarshal(b, &m) != nil || m == nil {
			return
		}
		for _, tc := range configs()[:5] {
			got, err := tc.lay(tc.zero(), m)
			want, jerr := tc.strict([]byte(jsonOf(t, m)))
			switch {
			case err == nil && jerr != nil:
				t.Fatalf("%T: lay took %s, encoding/json: %v", tc.cfg, b, jerr)
			case err == nil && jsonOf(t, got) != jsonOf(t, want):
				t.Fatalf("%T: %s: lay %s, encoding/json %s", tc.cfg, b, jsonOf(t, got), jsonOf(t, want))
			case err != nil && jerr == nil && !strings.Contains(err.Error(), "unknown field"):
				t.Fatalf("%T: lay refused %s: %v", tc.cfg, b, err)
			}
			before := jsonOf(t, tc.cfg)
			_, _ = tc.lay(tc.cfg, m)
			if after := jsonOf(t, tc.cfg); after != before {
				t.Fatalf("%T: laying %s changed the base: %s", tc.cfg, b, after)
			}
		}
	})
}

// BenchmarkLay lays a Delegate config, as a JSON store gives it back,
// over a registered Menu config: what a Menu turn pays for its config.
func BenchmarkLay(b *testing.B) {
	var m map[string]any
	over := MenuConfig{Settings: Settings{Texts: Texts{"intro": "menu.again"}, Retries: 1},
		Options: []MenuOption{fullOption(), {Key: "support", Digit: "2", Synonyms: []string{"help"}}}}
	if err := json.Unmarshal([]byte(jsonOf(b, over)), &m); err != nil {
		b.Fatal(err)
	}
	base := MenuConfig{Settings: fullSettings()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lay(base, m); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMap writes a Menu config as a Delegate config.
func BenchmarkMap(b *testing.B) {
	cfg := MenuConfig{Settings: Settings{Texts: Texts{"intro": "menu.again"}, Retries: 1},
		Options: []MenuOption{fullOption(), {Key: "support", Digit: "2", Synonyms: []string{"help"}}}}
	b.ReportAllocs()
	for b.Loop() {
		cfg.Map()
	}
}
