package framework_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
)

// dictionary is a Translator for tests.
type dictionary map[string]string

func (d dictionary) Translate(locale, platform, key string, vars map[string]any) string {
	if v, ok := d[locale+"/"+platform+"/"+key]; ok {
		return v
	}
	return key
}

type ctxKey struct{ name string }

func TestContextValues(t *testing.T) {
	app := newApp(t, framework.Config{
		I18n: dictionary{"de-DE/test/hello": "Hallo", "en-US/test/hello": "Hello"},
		Data: map[string]any{"greeting": "hi"},
	}, comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Launch, func(c *framework.Context) error {
			a, b := ctxKey{"a"}, ctxKey{"b"}
			assert.Nil(t, c.Value(a))
			c.SetValue(a, 1)
			c.SetValue(b, 2)
			c.SetValue(a, 3)
			assert.Equal(t, 3, c.Value(a))
			assert.Equal(t, 2, c.Value(b))

			c.Data()["x"] = 1
			assert.Equal(t, 1, c.Data()["x"])
			assert.Equal(t, framework.EntityMap{"city": {Value: "Berlin"}}, c.Entities())
			assert.Same(t, c.App(), c.App())
			assert.NotNil(t, c.Logger())
			v, ok := c.App().Data().Load("greeting")
			assert.True(t, ok)
			assert.Equal(t, "hi", v)

			assert.Equal(t, "Hallo", c.T("hello", nil), "the request's locale")
			c.Locale = ""
			assert.Equal(t, "Hello", c.T("hello", nil), "the app's default locale")
			assert.Equal(t, "missing", c.T("missing", nil))

			type deadlineKey struct{}
			ctx := context.WithValue(c.Context(), deadlineKey{}, "v")
			c.SetContext(ctx)
			assert.Equal(t, "v", c.Context().Value(deadlineKey{}))
			assert.NoError(t, c.Err())
			return c.Send(output.Say("one"), output.Say("two"))
		})
	}))
	res := handle(t, app, turn{locale: "de-DE", in: framework.Input{Type: framework.InputLaunch, Entities: framework.EntityMap{"city": {Value: "Berlin"}}}})
	require.NoError(t, res.Err)
	assert.Equal(t, res.Context.Output, res.Context.Templates())
	assert.Len(t, res.Context.Templates(), 2)
	assert.NotNil(t, res.Context.Request.Value, "the raw request stays on the context")
}

func TestContextWithoutTranslator(t *testing.T) {
	app := newApp(t, framework.Config{}, comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Launch, func(c *framework.Context) error { return c.Say(c.T("key", nil)) })
	}))
	assert.Equal(t, []string{"key"}, spoken(handle(t, app, turn{in: launch()})))
}

func TestAppAccessors(t *testing.T) {
	clock := func() time.Time { return time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC) }
	logger := zap.NewExample()
	app := newApp(t, framework.Config{Clock: clock, Logger: logger}, counter())
	assert.Equal(t, clock(), app.Now())
	assert.Same(t, logger, app.Logger())
	assert.Equal(t, "en-US", app.Config().Locale)
	assert.NotNil(t, app.Tree().Node("Counter"))
	assert.Len(t, app.Platforms(), 1)
	assert.True(t, app.Initialized())
	assert.IsType(t, &framework.MemoryStore{}, app.Store())

	defaults := framework.New(framework.Config{})
	assert.NotNil(t, defaults.Logger())
	assert.WithinDuration(t, time.Now(), defaults.Now(), time.Minute)
	assert.Nil(t, defaults.Store(), "the store is made at Initialize")
	assert.Nil(t, defaults.Tree())
}

func TestRouteDebugLog(t *testing.T) {
	core, logs := observer.New(zapcore.DebugLevel)
	app := newApp(t, framework.Config{Logger: zap.New(core)}, counter())
	handle(t, app, turn{in: launch()})
	entries := logs.FilterMessage("route").All()
	require.Len(t, entries, 1)
	fields := entries[0].ContextMap()
	assert.Equal(t, "s1", fields["session"])
	assert.Equal(t, "LAUNCH", fields["input_type"])
	assert.Equal(t, "Counter.LAUNCH", fields["resolved"])
	assert.Equal(t, int64(1), fields["matches"])
	assert.Contains(t, fields["route"], "=> Counter.LAUNCH stack=-1")

	logs.TakeAll()
	handle(t, app, turn{in: intent("Nothing")})
	fields = logs.FilterMessage("route").All()[0].ContextMap()
	assert.NotContains(t, fields, "resolved")
}

func TestIntentMapApp(t *testing.T) {
	tests := []struct {
		name        string
		appMap      map[string]string
		platformMap map[string]string
		give        framework.Input
		want        string
		wantNLU     string
	}{
		{name: "app map", appMap: map[string]string{"Hilfe": "Help"}, give: intent("Hilfe"), want: "Help", wantNLU: "Hilfe"},
		{name: "platform map", platformMap: map[string]string{"Hilfe": "Help"}, give: intent("Hilfe"), want: "Help", wantNLU: "Hilfe"},
		{
			name: "platform wins", appMap: map[string]string{"Stop": "Help", "Hilfe": "Help"},
			platformMap: map[string]string{"Stop": "END"}, give: intent("Stop"), want: "END", wantNLU: "Stop",
		},
		{
			name: "app entries the platform lacks stay", appMap: map[string]string{"Hilfe": "Help"},
			platformMap: map[string]string{"Stop": "END"}, give: intent("Hilfe"), want: "Help", wantNLU: "Hilfe",
		},
		{
			name: "NLU intent is mapped and kept", appMap: map[string]string{"Hilfe": "Help"},
			give: framework.Input{Type: framework.InputText, NLU: framework.NLU{Intent: "Hilfe"}}, want: "Help", wantNLU: "Hilfe",
		},
		{name: "unmapped", appMap: map[string]string{"Hilfe": "Help"}, give: intent("Help"), want: "Help"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := framework.New(framework.Config{
				Routing: framework.RoutingConfig{IntentMap: tt.appMap},
				Plugins: []framework.Plugin{newTestPlatform().WithIntentMap(tt.platformMap)},
				Components: []framework.Component{comp(func(d *framework.Def) {
					d.Name("A")
					d.Global()
					d.Handle("Help", noop)
					d.Handle(framework.End, noop)
				})},
			})
			require.NoError(t, app.Initialize(context.Background()))
			res := handle(t, app, turn{in: tt.give})
			require.NoError(t, res.Err)
			assert.Equal(t, tt.want, res.Context.Input.Intent)
			assert.Equal(t, tt.wantNLU, res.Context.Input.NLU.Intent, "the original intent stays in NLU")
			assert.Equal(t, tt.want, res.Context.Route.Intent)
		})
	}
}

// TestOutputAcrossSends checks Output and the EventSend payloads over
// sends of one and several templates, a rejected send and no send at
// all: the first template lives in the Context, the rest wherever append
// puts them, and neither may lose or reorder one.
func TestOutputAcrossSends(t *testing.T) {
	tests := []struct {
		name     string
		handler  framework.HandlerFunc
		want     []string
		wantSent [][]string // the templates of each EventSend payload
	}{
		{name: "nothing", handler: noop},
		{name: "a rejected send first", handler: func(c *framework.Context) error {
			assert.ErrorIs(t, c.Send(output.Ask{}), framework.ErrOutputValidation)
			return nil
		}},
		{name: "one", handler: say("one"), want: []string{"one"}, wantSent: [][]string{{"one"}}},
		{name: "several", handler: func(c *framework.Context) error {
			require.NoError(t, c.Say("one"))
			require.NoError(t, c.Send(output.Say("two"), output.Say("three")))
			assert.ErrorIs(t, c.Send(output.Say("dropped"), output.Ask{}), framework.ErrOutputValidation)
			return c.Say("four")
		}, want: []string{"one", "two", "three", "four"}, wantSent: [][]string{{"one"}, {"two", "three"}, {"four"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sent [][]string
			rec := &hookPlugin{name: "rec", hooks: map[string]framework.HookFunc{
				framework.EventSend: func(_ *framework.Context, p any) error {
					var speech []string
					for _, tp := range p.(*framework.SendEvent).Templates {
						speech = append(speech, tp.Message.Speech)
					}
					sent = append(sent, speech)
					return nil
				},
			}}
			app := newApp(t, framework.Config{Plugins: []framework.Plugin{rec}}, comp(func(d *framework.Def) {
				d.Name("A")
				d.Handle(framework.Launch, tt.handler)
			}))
			res := handle(t, app, turn{in: launch()})
			require.NoError(t, res.Err)
			assert.Equal(t, tt.want, spoken(res))
			assert.Equal(t, tt.wantSent, sent)
			if tt.want == nil {
				assert.Nil(t, res.Context.Output, "no output stays nil")
			}
		})
	}
}
