package nlu_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/nlu"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// aiflowSuite runs the shop on AI Flow with an NLU over svc nested under
// the platform.
func aiflowSuite(t *testing.T, cfg framework.Config, pc aiflow.Config, svc nlu.Service, opts nlu.PluginOptions) *testsuite.Suite {
	t.Helper()
	return testsuite.New(t, shopApp(cfg), testsuite.WithPlatform(aiflow.New(pc, nlu.NewPlugin(svc, opts))))
}

func TestAIFlowUnderstandsWhatTheCallerSays(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	s := aiflowSuite(t, framework.Config{}, aiflow.Config{}, svc, nlu.PluginOptions{})
	call := aiflow.NewCall("call-1")

	assert.Equal(t, "welcome", spoken(t, s.Run(call.Start())))
	assert.Equal(t, 0, svc.count(), "session_start has no text")

	res := s.Run(call.Say("uh, I want twenty two pizzas"))
	assert.Equal(t, "order number=22 pizza=", spoken(t, res))
	in := res.Context.Input
	assert.Equal(t, framework.InputText, in.Type)
	assert.Equal(t, "OrderIntent", in.NLU.Intent)
	assert.Equal(t, framework.EntityMap{"number": {ID: "22", Value: "twenty two", Resolved: "22"}}, in.NLU.Entities)
	assert.GreaterOrEqual(t, in.NLU.Confidence, nlu.DefaultThreshold)
	assert.Equal(t, "en-US", svc.last(t).locale, "AI Flow events carry no locale: the app's default")

	assert.Equal(t, "unhandled", spoken(t, s.Run(call.Say("what is the weather on mars"))))
	assert.Equal(t, "unhandled", spoken(t, s.Run(call.Press("5"))))
	assert.Equal(t, 2, svc.count(), "a key press has no text for the NLU")
}

func TestAIFlowLocaleFromAppConfig(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	s := aiflowSuite(t, framework.Config{Locale: "de-DE"}, aiflow.Config{}, svc, nlu.PluginOptions{})
	call := aiflow.NewCall("call-1")
	res := s.Run(call.Start(), call.Say("Ich möchte drei Pizzen, bitte."))
	assert.Equal(t, "order number=3 pizza=", spoken(t, res))
	assert.Equal(t, "de-DE", svc.last(t).locale)
}

func TestAIFlowIntentScoping(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	s := aiflowSuite(t, framework.Config{}, aiflow.Config{}, svc, nlu.PluginOptions{})
	call := aiflow.NewCall("call-1")

	s.Run(call.Start())
	assert.Equal(t, "Yes or no?", spoken(t, s.Run(call.Say("help"))))
	assert.Equal(t, "unhandled", spoken(t, s.Run(call.Say("talk to a person"))), "scoped to yes and no")
	assert.Equal(t, []string{"YesIntent", "NoIntent"}, svc.last(t).opts.Intents)
	assert.Equal(t, "OperatorIntent", spoken(t, s.Run(call.Say("talk to a person"))), "the turn after is unscoped")
}

func TestAIFlowIntentMap(t *testing.T) {
	tests := []struct {
		name string
		app  map[string]string
		plat map[string]string
	}{
		{"app map", map[string]string{"StopIntent": "END"}, nil},
		{"platform map", nil, map[string]string{"StopIntent": "END"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := aiflowSuite(t, framework.Config{Routing: framework.RoutingConfig{IntentMap: tt.app}},
				aiflow.Config{IntentMap: tt.plat}, newShopEngine(t, nlu.Config{}), nlu.PluginOptions{})
			call := aiflow.NewCall("call-1")
			res := s.Run(call.Start(), call.Say("goodbye"))
			assert.Equal(t, "bye", spoken(t, res))
			assert.Equal(t, "END", res.Context.Input.Intent)
			assert.Equal(t, "StopIntent", res.Context.Input.NLU.Intent)
		})
	}
}

func TestAIFlowBargeInIsAnInputTypeToConfigure(t *testing.T) {
	tests := []struct {
		name  string
		types []framework.InputType
		calls int
	}{
		{"not by default", nil, 0},
		{"when configured", []framework.InputType{framework.InputText, aiflow.InputUserBargeIn}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := &counting{next: newShopEngine(t, nlu.Config{})}
			s := aiflowSuite(t, framework.Config{}, aiflow.Config{}, svc, nlu.PluginOptions{InputTypes: tt.types})
			call := aiflow.NewCall("call-1")
			res := s.Run(call.Start(), call.BargeIn("talk to a person"))
			assert.Equal(t, aiflow.InputUserBargeIn, res.Context.Input.Type)
			assert.Equal(t, tt.calls, svc.count())
			if tt.calls > 0 {
				assert.Equal(t, "OperatorIntent", res.Context.Input.NLU.Intent)
			}
		})
	}
}

func TestAIFlowNLUIsScopedToItsPlatform(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	// AI Flow with a nested NLU, and the suite's generic test platform
	// without one.
	app := shopApp(framework.Config{Plugins: []framework.Plugin{aiflow.New(aiflow.Config{}, nlu.NewPlugin(svc, nlu.PluginOptions{}))}})
	s := testsuite.New(t, app)

	res := s.Run(testsuite.Launch(), testsuite.Text("talk to a person"))
	assert.Equal(t, testsuite.PlatformName, res.Context.Platform.Name())
	assert.Equal(t, "unhandled", spoken(t, res))
	assert.Equal(t, 0, svc.count())

	call := aiflow.NewCall("call-1")
	res = s.Run(call.Start(), call.Say("talk to a person"))
	assert.Equal(t, "aiflow", res.Context.Platform.Name())
	assert.Equal(t, "OperatorIntent", spoken(t, res))
	assert.Equal(t, 1, svc.count())
}
