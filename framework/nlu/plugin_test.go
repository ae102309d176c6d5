package nlu_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/nlu"
	"github.com/jovo-go/jovo/testsuite"
)

// nluSuite runs the shop with an NLU plugin over svc on the test
// platform.
func nluSuite(t *testing.T, svc nlu.Service, opts ...testsuite.Option) *testsuite.Suite {
	t.Helper()
	app := shopApp(framework.Config{Plugins: []framework.Plugin{nlu.NewPlugin(svc, nlu.PluginOptions{})}})
	return testsuite.New(t, app, opts...)
}

func TestPluginSetsIntentEntitiesAndConfidence(t *testing.T) {
	tests := []struct {
		name       string
		locale     string
		give       string
		want       string
		wantIntent string
		wantEnt    framework.EntityMap
		conf       string // "exact", "match" (threshold ≤ c < 1) or "miss"
	}{
		{
			name: "number and custom entity", give: "Order two Margarita pizzas, please.",
			want: "order number=2 pizza=margherita", wantIntent: "OrderIntent", conf: "exact",
			wantEnt: framework.EntityMap{
				"number": {ID: "2", Value: "two", Resolved: "2"},
				"pizza":  {ID: "m", Value: "Margarita", Resolved: "margherita"},
			},
		},
		{
			name: "a paraphrase scores below 1", give: "i would love a salami",
			want: "order number= pizza=salami", wantIntent: "OrderIntent", conf: "match",
			wantEnt: framework.EntityMap{"pizza": {ID: "salami", Value: "salami", Resolved: "salami"}},
		},
		{name: "no entities", give: "hmm sure thing", want: "YesIntent", wantIntent: "YesIntent", conf: "match"},
		{
			name: "German by the request's locale", locale: "de-DE", give: "Äh, ich möchte zweiundvierzig Pizzen.",
			want: "order number=42 pizza=", wantIntent: "OrderIntent", conf: "exact",
			wantEnt: framework.EntityMap{"number": {ID: "42", Value: "zweiundvierzig", Resolved: "42"}},
		},
		{name: "out of domain", give: "what is the weather on mars", want: "unhandled", conf: "miss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := &counting{next: newShopEngine(t, nlu.Config{})}
			s := nluSuite(t, svc, testsuite.WithLocale(tt.locale))
			s.Run(testsuite.Launch())
			res := s.Run(testsuite.Text(tt.give))

			assert.Equal(t, tt.want, spoken(t, res))
			in := res.Context.Input
			assert.Equal(t, tt.wantIntent, in.Intent)
			assert.Equal(t, tt.wantIntent, in.NLU.Intent)
			assert.Equal(t, tt.wantEnt, in.NLU.Entities)
			assert.Equal(t, tt.wantEnt, res.Context.Entities())
			switch tt.conf {
			case "exact":
				assert.InDelta(t, 1.0, in.NLU.Confidence, 1e-9, "a phrase with its slots filled")
			case "match":
				assert.GreaterOrEqual(t, in.NLU.Confidence, nlu.DefaultThreshold)
				assert.Less(t, in.NLU.Confidence, 1.0)
			default:
				assert.Less(t, in.NLU.Confidence, nlu.DefaultThreshold)
			}
			native, ok := in.NLU.Native.(nlu.Result)
			require.True(t, ok, "Input.NLU.Native holds the engine's Result")
			assert.Equal(t, tt.wantIntent, native.Intent)

			c := svc.last(t)
			want := tt.locale
			if want == "" {
				want = "en-US"
			}
			assert.Equal(t, want, c.locale, "the effective locale")
			assert.Equal(t, tt.give, c.text)
		})
	}
}

func TestPluginThreshold(t *testing.T) {
	const text = "i would like two margarita pizzas today"
	probe, err := newShopEngine(t, nlu.Config{}).Match("en-US", text, nlu.MatchOptions{})
	require.NoError(t, err)
	conf := probe.Confidence
	require.Greater(t, conf, 0.1)
	require.Less(t, conf, 0.95, "the text must not be an exact phrase")

	tests := []struct {
		name      string
		threshold float64
		want      string
	}{
		{"threshold below the score", conf - 0.05, "order number=2 pizza=margherita"},
		{"threshold at the score", conf, "order number=2 pizza=margherita"},
		{"threshold above the score", conf + 0.05, "unhandled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := nluSuite(t, newShopEngine(t, nlu.Config{Threshold: tt.threshold}))
			res := s.Run(testsuite.Launch(), testsuite.Text(text))
			assert.Equal(t, tt.want, spoken(t, res))
			assert.InDelta(t, conf, res.Context.Input.NLU.Confidence, 1e-9, "the confidence is reported either way")
			if tt.want == "unhandled" {
				assert.Empty(t, res.Context.Input.Intent)
				assert.Empty(t, res.Context.Input.NLU.Intent)
				assert.Empty(t, res.Context.Entities())
			}
		})
	}
}

func TestPluginInputTypes(t *testing.T) {
	tests := []struct {
		name  string
		types []framework.InputType
		give  framework.Input
		calls int
		want  string
	}{
		{"TEXT by default", nil, framework.Input{Type: framework.InputText, Text: "yes"}, 1, "YesIntent"},
		{"TRANSCRIBED_SPEECH by default", nil, framework.Input{Type: framework.InputTranscribedSpeech, Text: "yes"}, 1, "YesIntent"},
		{"a type that is not configured", []framework.InputType{framework.InputTranscribedSpeech}, framework.Input{Type: framework.InputText, Text: "yes"}, 0, "unhandled"},
		{"a configured type", []framework.InputType{framework.InputTranscribedSpeech}, framework.Input{Type: framework.InputTranscribedSpeech, Text: "yes"}, 1, "YesIntent"},
		{"no text", nil, framework.Input{Type: framework.InputText}, 0, "unhandled"},
		{"an intent the platform set wins", nil, framework.Input{Type: framework.InputText, Text: "yes", Intent: "NoIntent"}, 0, "NoIntent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := &counting{next: newShopEngine(t, nlu.Config{})}
			app := shopApp(framework.Config{Plugins: []framework.Plugin{nlu.NewPlugin(svc, nlu.PluginOptions{InputTypes: tt.types})}})
			s := testsuite.New(t, app)
			res := s.Run(testsuite.Launch(), testsuite.Input(tt.give))
			assert.Equal(t, tt.want, spoken(t, res))
			assert.Equal(t, tt.calls, svc.count())
		})
	}
}

// ctxKey marks the suite's context.
type ctxKey struct{}

func TestPluginPassesTheRequestContext(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	ctx := context.WithValue(t.Context(), ctxKey{}, "request")
	s := nluSuite(t, svc, testsuite.WithContext(ctx))
	s.Run(testsuite.Launch(), testsuite.Text("yes"))
	assert.Equal(t, "request", svc.last(t).ctx.Value(ctxKey{}))
}

func TestPluginServiceError(t *testing.T) {
	failing := nlu.ServiceFunc(func(context.Context, string, string, nlu.MatchOptions) (nlu.Result, error) {
		return nlu.Result{}, errors.New("nlu service: 503 Service Unavailable")
	})
	core, logs := observer.New(zapcore.WarnLevel)
	var heard []error
	app := shopApp(framework.Config{Logger: zap.New(core), Plugins: []framework.Plugin{nlu.NewPlugin(failing, nlu.PluginOptions{})}})
	app.OnError(func(_ *framework.Context, err error) { heard = append(heard, err) })
	s := testsuite.New(t, app)

	res := s.Run(testsuite.Launch(), testsuite.Text("yes"))
	assert.Equal(t, "unhandled", spoken(t, res), "the request goes on without an intent")
	assert.NoError(t, res.Err)
	assert.Empty(t, heard, "no error listener hears of it")
	entries := logs.FilterMessageSnippet("nlu: the service failed").All()
	require.Len(t, entries, 1)
	assert.Contains(t, entries[0].ContextMap()["error"], "503 Service Unavailable")
	assert.Equal(t, "en-US", entries[0].ContextMap()["locale"])
}

func TestPluginCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	e := newShopEngine(t, nlu.Config{})
	cancel()
	_, err := e.Understand(ctx, "en-US", "yes", nlu.MatchOptions{})
	assert.ErrorIs(t, err, context.Canceled)
	r, err := e.Understand(t.Context(), "en-US", "yes", nlu.MatchOptions{})
	require.NoError(t, err)
	assert.Equal(t, "YesIntent", r.Intent)
}

func TestPluginNativeResult(t *testing.T) {
	type rasa struct{ Model string }
	svc := nlu.ServiceFunc(func(context.Context, string, string, nlu.MatchOptions) (nlu.Result, error) {
		return nlu.Result{Intent: "YesIntent", Confidence: 0.97, Native: rasa{Model: "v2"}}, nil
	})
	s := nluSuite(t, svc)
	res := s.Run(testsuite.Launch(), testsuite.Text("jep"))
	assert.Equal(t, "YesIntent", spoken(t, res))
	assert.Equal(t, rasa{Model: "v2"}, res.Context.Input.NLU.Native)
	assert.InDelta(t, 0.97, res.Context.Input.NLU.Confidence, 1e-9)
}

func TestPluginWithoutService(t *testing.T) {
	app := shopApp(framework.Config{Plugins: []framework.Plugin{testsuite.NewPlatform(), nlu.NewPlugin(nil, nlu.PluginOptions{Name: "broken"})}})
	err := app.Initialize(t.Context())
	require.ErrorIs(t, err, nlu.ErrInvalidConfig)
	assert.Contains(t, err.Error(), `plugin "broken" has no service`)
}

func TestPluginIntentMapAppliesAfterNLU(t *testing.T) {
	tests := []struct {
		name string
		app  map[string]string
		plat map[string]string
		want string
	}{
		{"no map", nil, nil, "unhandled"},
		{"app map", map[string]string{"StopIntent": "END"}, nil, "bye"},
		{"platform map", nil, map[string]string{"StopIntent": "END"}, "bye"},
		{"platform map wins", map[string]string{"StopIntent": "HelpIntent"}, map[string]string{"StopIntent": "END"}, "bye"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := shopApp(framework.Config{
				Routing: framework.RoutingConfig{IntentMap: tt.app},
				Plugins: []framework.Plugin{nlu.NewPlugin(newShopEngine(t, nlu.Config{}), nlu.PluginOptions{})},
			})
			s := testsuite.New(t, app, testsuite.WithPlatform(testsuite.NewPlatform().WithIntentMap(tt.plat)))
			res := s.Run(testsuite.Launch(), testsuite.Text("goodbye"))
			assert.Equal(t, tt.want, spoken(t, res))
			assert.Equal(t, "StopIntent", res.Context.Input.NLU.Intent, "Input.NLU keeps what the NLU recognized")
			if tt.want == "bye" {
				assert.Equal(t, "END", res.Context.Input.Intent)
				assert.Equal(t, "END", res.Route.Intent)
			}
		})
	}
}

func TestPluginOnlyForItsPlatform(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	other := testsuite.NewPlatform()
	// A platform named "other", with the NLU nested under it; the suite's
	// own test platform has no NLU.
	scoped := &namedPlatform{Platform: other, name: "other", plugins: []framework.Plugin{nlu.NewPlugin(svc, nlu.PluginOptions{})}}
	app := shopApp(framework.Config{Plugins: []framework.Plugin{scoped}})
	s := testsuite.New(t, app)

	res := s.Run(testsuite.Launch(), testsuite.Text("yes"))
	assert.Equal(t, "unhandled", spoken(t, res))
	assert.Equal(t, 0, svc.count(), "the NLU of another platform does not run")
	assert.Equal(t, testsuite.PlatformName, res.Context.Platform.Name())

	res = s.Run(otherStep{in: framework.Input{Type: framework.InputText, Text: "yes"}})
	assert.Equal(t, "YesIntent", spoken(t, res))
	assert.Equal(t, 1, svc.count(), "it runs for its own platform")
	assert.Equal(t, "other", res.Context.Platform.Name())
}

// otherStep is a request that namedPlatform claims.
type otherStep struct{ in framework.Input }

func (st otherStep) Request() (*framework.Request, error) {
	return &framework.Request{Value: &testsuite.Request{SessionID: "other-1", Input: st.in}, Transport: framework.TransportTest}, nil
}

// namedPlatform is the test platform under another name, with nested
// plugins; it claims only requests whose session id starts with "other".
type namedPlatform struct {
	*testsuite.Platform
	name    string
	plugins []framework.Plugin
}

func (p *namedPlatform) Name() string { return p.name }

func (p *namedPlatform) Install(r *framework.Registrar) error {
	if err := p.Platform.Install(r); err != nil {
		return err
	}
	return r.Use(p.plugins...)
}

func (p *namedPlatform) Detect(req *framework.Request) bool {
	r, ok := req.Value.(*testsuite.Request)
	return ok && len(r.SessionID) >= 5 && r.SessionID[:5] == "other"
}
