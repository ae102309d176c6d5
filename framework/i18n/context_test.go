package i18n_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/i18n"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// These tests run Context.T end to end: an app with a translator, the
// generic test platform or AI Flow, and handlers that say c.T(…).

var _ framework.Translator = (*i18n.I18n)(nil)

// botResources are the translations of the bot of these tests.
func botResources() i18n.Resources {
	return i18n.Resources{
		"en": {
			"translation": map[string]any{
				"greeting":     "How can I help?",
				"welcome":      "Welcome, {{name}}!",
				"orders_zero":  "You have no open orders.",
				"orders_one":   "You have one open order.",
				"orders_other": "You have {{count}} open orders.",
				"bye":          []any{"Bye!", "See you, {{name}}!"},
				"english":      "Only in English.",
			},
			"aiflow": map[string]any{"translation": map[string]any{
				"greeting": "How can I help? You can also press a key.",
			}},
		},
		"de": {
			"translation": map[string]any{
				"greeting":     "Wie kann ich helfen?",
				"welcome":      "Willkommen, {{name}}!",
				"orders_one":   "Sie haben eine offene Bestellung.",
				"orders_other": "Sie haben {{count}} offene Bestellungen.",
			},
			"aiflow": map[string]any{"translation": map[string]any{
				"greeting": "Wie kann ich helfen? Sie können auch eine Taste drücken.",
			}},
		},
		"de-AT": {"translation": map[string]any{"greeting": "Grüß Gott, wie kann ich helfen?"}},
	}
}

// comp is a component declared inline.
type comp func(d *framework.Def)

func (f comp) Define(d *framework.Def) { f(d) }

// bot says the translation of the input's "key" entity with the other
// entities as variables ("count" as a number). SetLocale switches the
// session's locale to the "locale" entity.
func bot() framework.Component {
	return comp(func(d *framework.Def) {
		d.Name("Bot").Global()
		d.Handle(framework.Launch, func(c *framework.Context) error { return c.Say(c.T("greeting", nil)) })
		d.Handle("T", func(c *framework.Context) error {
			vars := map[string]any{}
			for name, e := range c.Entities() {
				if name == "count" {
					n, err := strconv.Atoi(e.Value)
					if err != nil {
						return err
					}
					vars[name] = n
					continue
				}
				vars[name] = e.Value
			}
			return c.Say(c.T(c.Entities()["key"].Value, vars))
		})
		d.Handle("SetLocale", func(c *framework.Context) error {
			c.SetLocale(c.Entities()["locale"].Value)
			return c.Say(c.T("greeting", nil))
		})
		// On AI Flow, a key press chooses the language.
		d.Handle("Language", func(c *framework.Context) error {
			if c.Input.Text == "2" {
				c.SetLocale("de-DE")
			}
			return c.Say(c.T("greeting", nil))
		}, framework.Types(aiflow.InputDTMFReceived))
		d.Handle(framework.Unhandled, func(c *framework.Context) error { return c.Say(c.T("greeting", nil)) })
	})
}

// newBot returns a fresh app with the bot and a translator.
func newBot(t *testing.T, cfg framework.Config, opts i18n.Options) *framework.App {
	t.Helper()
	if opts.Resources == nil {
		opts.Resources = botResources()
	}
	tr, err := i18n.New(opts)
	require.NoError(t, err)
	cfg.I18n = tr
	return newApp(cfg)
}

// newApp returns a fresh app with the bot; the AI Flow key press type is
// declared, so it also runs on the generic test platform.
func newApp(cfg framework.Config) *framework.App {
	cfg.Components = []framework.Component{bot()}
	cfg.InputTypes = append(cfg.InputTypes, aiflow.InputDTMFReceived)
	return framework.New(cfg)
}

// key is a step that says the translation of key with vars.
func key(k string, vars map[string]string) testsuite.Step {
	em := framework.EntityMap{"key": {Value: k}}
	for name, v := range vars {
		em[name] = framework.Entity{Value: v}
	}
	return testsuite.Intent("T", em)
}

// said returns the speech of the result's first template.
func said(t *testing.T, res *testsuite.Result) string {
	t.Helper()
	require.NoError(t, res.Err)
	require.NotEmpty(t, res.Output)
	return res.Output[0].Message.Speech
}

func TestContextTInterpolationAndPlurals(t *testing.T) {
	tests := []struct {
		name   string
		locale string
		key    string
		vars   map[string]string
		want   string
	}{
		{"interpolation", "en-US", "welcome", map[string]string{"name": "Ada"}, "Welcome, Ada!"},
		{"interpolation in German", "de-DE", "welcome", map[string]string{"name": "Ada"}, "Willkommen, Ada!"},
		{"plural zero", "en-US", "orders", map[string]string{"count": "0"}, "You have no open orders."},
		{"plural one", "en-US", "orders", map[string]string{"count": "1"}, "You have one open order."},
		{"plural other", "en-US", "orders", map[string]string{"count": "3"}, "You have 3 open orders."},
		{"German has no zero form", "de-DE", "orders", map[string]string{"count": "0"}, "Sie haben 0 offene Bestellungen."},
		{"German one", "de-DE", "orders", map[string]string{"count": "1"}, "Sie haben eine offene Bestellung."},
		{"fallback locale", "de-DE", "english", nil, "Only in English."},
		{"unknown locale falls back", "fr-FR", "welcome", map[string]string{"name": "Ada"}, "Welcome, Ada!"},
		{"region to language", "de-AT", "welcome", map[string]string{"name": "Ada"}, "Willkommen, Ada!"},
		{"region first", "de-AT", "greeting", nil, "Grüß Gott, wie kann ich helfen?"},
		{"missing key", "en-US", "nope", nil, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testsuite.New(t, newBot(t, framework.Config{}, i18n.Options{FallbackLocale: "en"}), testsuite.WithLocale(tt.locale))
			assert.Equal(t, tt.want, said(t, s.Run(key(tt.key, tt.vars))))
		})
	}
}

func TestContextTVariants(t *testing.T) {
	for i, want := range []string{"Bye!", "See you, Ada!"} {
		s := testsuite.New(t, newBot(t, framework.Config{}, i18n.Options{Rand: fixedRand(i)}))
		assert.Equal(t, want, said(t, s.Run(key("bye", map[string]string{"name": "Ada"}))))
	}
}

func TestContextTLocale(t *testing.T) {
	tests := []struct {
		name      string
		appLocale string
		reqLocale string
		steps     []testsuite.Step
		final     testsuite.Step // nil: an unknown intent, which UNHANDLED answers
		want      string
		wantLoc   string
	}{
		{name: "the app's default when empty", want: "How can I help?", wantLoc: "en-US"},
		{name: "the app's configured default", appLocale: "de-DE", want: "Wie kann ich helfen?", wantLoc: "de-DE"},
		{name: "the request's locale wins over the default", appLocale: "de-DE", reqLocale: "en-GB", want: "How can I help?", wantLoc: "en-GB"},
		{
			name:  "SetLocale takes effect at once",
			steps: []testsuite.Step{testsuite.Launch()}, final: setLocale("de-DE"),
			want: "Wie kann ich helfen?", wantLoc: "de-DE",
		},
		{
			name:  "SetLocale lasts for the session, over the request's locale",
			steps: []testsuite.Step{testsuite.Launch(), setLocale("de-DE")}, reqLocale: "en-US",
			want: "Wie kann ich helfen?", wantLoc: "de-DE",
		},
		{
			name:  "SetLocale(\"\") goes back to the request's locale",
			steps: []testsuite.Step{testsuite.Launch(), setLocale("de-DE"), setLocale("")}, reqLocale: "en-US",
			want: "How can I help?", wantLoc: "en-US",
		},
		{
			name:  "a new session starts over",
			steps: []testsuite.Step{testsuite.Launch(), setLocale("de-DE"), testsuite.Launch()},
			want:  "How can I help?", wantLoc: "en-US",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testsuite.New(t, newBot(t, framework.Config{Locale: tt.appLocale}, i18n.Options{}), testsuite.WithLocale(tt.reqLocale))
			if len(tt.steps) > 0 {
				s.Run(tt.steps...)
			}
			final := tt.final
			if final == nil {
				final = testsuite.Intent("Unknown")
			}
			res := s.Run(final)
			assert.Equal(t, tt.want, said(t, res))
			assert.Equal(t, tt.wantLoc, res.Context.LocaleOrDefault())
		})
	}
}

// setLocale is a step whose handler calls SetLocale(locale).
func setLocale(locale string) testsuite.Step {
	return testsuite.Intent("SetLocale", framework.EntityMap{"locale": {Value: locale}})
}

func TestContextTOnAIFlow(t *testing.T) {
	app := newBot(t, framework.Config{}, i18n.Options{FallbackLocale: "en"})
	s := testsuite.New(t, app, testsuite.WithPlatform(aiflow.New(aiflow.Config{})))
	call := aiflow.NewCall("call-1")

	res := s.Run(call.Start())
	assert.Equal(t, "How can I help? You can also press a key.", said(t, res), "the platform's key first")
	assert.Empty(t, res.Context.Locale, "AI Flow events carry no locale")
	assert.Equal(t, "en-US", res.Context.LocaleOrDefault(), "so the app's default applies")

	assert.Equal(t, "Wie kann ich helfen? Sie können auch eine Taste drücken.", said(t, s.Run(call.Press("2"))))
	res = s.Run(call.Say("hallo"))
	assert.Equal(t, "Wie kann ich helfen? Sie können auch eine Taste drücken.", said(t, res), "SetLocale lasts for the call")
	assert.Equal(t, "de-DE", s.Session().Locale)

	res = s.Run(aiflow.NewCall("call-2").Start())
	assert.Equal(t, "How can I help? You can also press a key.", said(t, res), "another call has its own locale")
}

func TestContextTPlatformKeyOnlyForItsPlatform(t *testing.T) {
	s := testsuite.New(t, newBot(t, framework.Config{}, i18n.Options{}))
	assert.Equal(t, "How can I help?", said(t, s.Run(testsuite.Launch())), "the test platform has no block")
}

func TestContextTWithoutTranslator(t *testing.T) {
	s := testsuite.New(t, newApp(framework.Config{}))
	assert.Equal(t, "greeting", said(t, s.Run(testsuite.Launch())), "keys come back unchanged")
}

func TestContextTPerApp(t *testing.T) {
	// Two apps, two translators: nothing is shared (Jovo's i18next was a
	// process global).
	en := testsuite.New(t, newBot(t, framework.Config{}, i18n.Options{}))
	other := testsuite.New(t, newBot(t, framework.Config{}, i18n.Options{Resources: i18n.Resources{
		"en": {"translation": map[string]any{"greeting": "Hi there."}},
	}}))
	assert.Equal(t, "How can I help?", said(t, en.Run(testsuite.Launch())))
	assert.Equal(t, "Hi there.", said(t, other.Run(testsuite.Launch())))
}
