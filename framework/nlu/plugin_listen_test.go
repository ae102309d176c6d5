package nlu_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/nlu"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

func TestPluginIntentScoping(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	s := nluSuite(t, svc)

	s.Run(testsuite.Launch())
	res := s.Run(testsuite.Text("help"))
	assert.Equal(t, "Yes or no?", spoken(t, res))
	assert.Equal(t, []string{"YesIntent", "NoIntent"}, s.Session().Data[nlu.ListenIntentsKey], "stored for the next turn")

	res = s.Run(testsuite.Text("i want two pizzas"))
	assert.Equal(t, "unhandled", spoken(t, res), "the next turn can only be yes or no")
	assert.Equal(t, []string{"YesIntent", "NoIntent"}, svc.last(t).opts.Intents)
	assert.NotContains(t, s.Session().Data, nlu.ListenIntentsKey, "a response without intents clears the scope")

	res = s.Run(testsuite.Text("i want two pizzas"))
	assert.Equal(t, "order number=2 pizza=", spoken(t, res), "the turn after is unscoped")
	assert.Empty(t, svc.last(t).opts.Intents)
}

func TestPluginScopedTurnMatchesInScope(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{"yes please", "YesIntent"},
		{"no thanks", "NoIntent"},
		{"talk to a person", "unhandled"},
		{"help", "unhandled"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			s := nluSuite(t, newShopEngine(t, nlu.Config{}))
			s.Run(testsuite.Launch(), testsuite.Text("help"))
			assert.Equal(t, tt.want, spoken(t, s.Run(testsuite.Text(tt.give))))
		})
	}
}

func TestPluginDynamicEntities(t *testing.T) {
	tests := []struct {
		name  string
		steps []string // intents sent before the text
		give  string
		want  string // resolved pizza
	}{
		{"model values without dynamic entities", nil, "i would like a salami", "salami"},
		{"REPLACE adds the dynamic value", []string{"SpecialsReplace"}, "i would like a calzone", "calzone"},
		{"REPLACE synonyms work", []string{"SpecialsReplace"}, "i would like a folded pizza", "calzone"},
		{"REPLACE hides the model's values", []string{"SpecialsReplace"}, "i would like a salami", ""},
		{"MERGE adds the dynamic value", []string{"SpecialsMerge"}, "i would like a calzone", "calzone"},
		{"MERGE keeps the model's values", []string{"SpecialsMerge"}, "i would like a salami", "salami"},
		{"they last for the session", []string{"SpecialsReplace", "Plain", "HelpIntent", "YesIntent"}, "i would like a calzone", "calzone"},
		{"a later MERGE replaces a REPLACE", []string{"SpecialsReplace", "SpecialsMerge"}, "i would like a salami", "salami"},
		{"CLEAR removes them", []string{"SpecialsMerge", "SpecialsClear"}, "i would like a calzone", ""},
		{"after CLEAR the model's values apply", []string{"SpecialsReplace", "SpecialsClear"}, "i would like a salami", "salami"},
		{"a closed listen removes them", []string{"SpecialsMerge", "Close"}, "i would like a calzone", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := &counting{next: newShopEngine(t, nlu.Config{})}
			s := nluSuite(t, svc)
			s.Run(testsuite.Launch())
			for _, name := range tt.steps {
				s.Run(testsuite.Intent(name))
			}
			res := s.Run(testsuite.Text(tt.give))
			assert.Equal(t, tt.want, res.Context.Entities()["pizza"].Resolved, "spoken: %s", spoken(t, res))
		})
	}
}

func TestPluginDynamicEntitiesEndWithTheSession(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	s := nluSuite(t, svc)
	s.Run(testsuite.Launch(), testsuite.Intent("SpecialsReplace"))
	stored := s.Session().Data[nlu.ListenEntitiesKey]
	require.NotNil(t, stored)
	assert.Equal(t, map[string]any{"mode": "REPLACE", "types": map[string]any{"PizzaType": map[string]any{
		"values": []any{map[string]any{"value": "calzone", "id": "c", "synonyms": []any{"folded pizza"}}},
	}}}, stored, "kept as plain JSON values")

	res := s.Run(testsuite.Text("i would like a calzone"))
	assert.Equal(t, "calzone", res.Context.Entities()["pizza"].Resolved)
	dyn := svc.last(t).opts.DynamicEntities
	require.NotNil(t, dyn)
	assert.Equal(t, nlu.ModeReplace, dyn.Mode)

	res = s.Run(testsuite.Launch(), testsuite.Text("i would like a calzone"))
	assert.Empty(t, res.Context.Entities()["pizza"].Resolved, "a new session starts without them")
	assert.Nil(t, svc.last(t).opts.DynamicEntities)
}

func TestPluginListenAcrossTemplates(t *testing.T) {
	tests := []struct {
		name         string
		send         []output.Template
		wantIntents  any
		wantEntities bool
	}{
		{
			name: "intents of all templates add up",
			send: []output.Template{
				{Listen: &output.Listen{Open: true, Intents: []string{"YesIntent"}}},
				output.Say("and"),
				{Listen: &output.Listen{Open: true, Intents: []string{"NoIntent", "YesIntent"}}},
			},
			wantIntents: []string{"YesIntent", "NoIntent"},
		},
		{
			name: "the platform's override is read first",
			send: []output.Template{{
				Listen: &output.Listen{Open: true, Intents: []string{"YesIntent"}},
				Platforms: map[string]*output.PlatformOutput{
					testsuite.PlatformName: {Template: output.Template{Listen: &output.Listen{Open: true, Intents: []string{"NoIntent"}}}},
					"other":                {Template: output.Template{Listen: &output.Listen{Open: true, Intents: []string{"HelpIntent"}}}},
				},
			}},
			wantIntents: []string{"NoIntent"},
		},
		{
			name: "the platform removes the listen",
			send: []output.Template{{
				Message: output.Speech("hi"),
				Listen:  &output.Listen{Open: true, Intents: []string{"YesIntent"}},
				Platforms: map[string]*output.PlatformOutput{
					testsuite.PlatformName: {Remove: []output.Key{output.KeyListen}},
				},
			}},
		},
		{
			name: "a close drops what came before",
			send: []output.Template{
				{Listen: &output.Listen{Open: true, Intents: []string{"YesIntent"}, Entities: &output.DynamicEntities{Types: special()}}},
				{Message: output.Speech("bye"), Listen: &output.Listen{Open: false}},
			},
		},
		{
			name: "entities come from any template",
			send: []output.Template{
				{Listen: &output.Listen{Open: true, Entities: &output.DynamicEntities{Mode: output.EntityMerge, Types: special()}}},
				{Message: output.Speech("which pizza?"), Listen: &output.Listen{Open: true, Intents: []string{"OrderIntent"}}},
			},
			wantIntents:  []string{"OrderIntent"},
			wantEntities: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := comp(func(d *framework.Def) {
				d.Name("Root")
				d.Handle(framework.Launch, func(c *framework.Context) error {
					for _, o := range tt.send {
						if err := c.Send(o); err != nil {
							return err
						}
					}
					return nil
				})
			})
			app := framework.New(framework.Config{
				Components: []framework.Component{root},
				Plugins:    []framework.Plugin{nlu.NewPlugin(newShopEngine(t, nlu.Config{}), nlu.PluginOptions{})},
			})
			s := testsuite.New(t, app)
			s.SetSessionData(nlu.ListenIntentsKey, []string{"StaleIntent"})
			res := s.Run(testsuite.Launch())
			require.NoError(t, res.Err)
			data := s.Session().Data
			if tt.wantIntents == nil {
				assert.NotContains(t, data, nlu.ListenIntentsKey)
			} else {
				assert.Equal(t, tt.wantIntents, data[nlu.ListenIntentsKey])
			}
			_, hasEntities := data[nlu.ListenEntitiesKey]
			assert.Equal(t, tt.wantEntities, hasEntities)
		})
	}
}

func TestPluginIgnoresBrokenStoredEntities(t *testing.T) {
	svc := &counting{next: newShopEngine(t, nlu.Config{})}
	s := nluSuite(t, svc)
	s.Run(testsuite.Launch())
	s.SetSessionData(nlu.ListenEntitiesKey, "not an object")
	res := s.Run(testsuite.Text("i would like a salami"))
	assert.Equal(t, "order number= pizza=salami", spoken(t, res))
	assert.Nil(t, svc.last(t).opts.DynamicEntities)
}

func TestKeywordPlugin(t *testing.T) {
	keywords := nlu.KeywordMap{
		"en":    {"operator": "OperatorIntent", "yes": "YesIntent"},
		"de-DE": {"mensch": "OperatorIntent"},
	}
	tests := []struct {
		name    string
		locale  string
		steps   []testsuite.Step
		give    string
		want    string
		calls   int
		keyword bool
	}{
		{name: "a hit skips the NLU", give: "Operator, please!", want: "OperatorIntent", calls: 0, keyword: true},
		{name: "by language", locale: "en-GB", give: "operator", want: "OperatorIntent", calls: 0, keyword: true},
		{name: "by locale", locale: "de-DE", give: "Mensch!", want: "OperatorIntent", calls: 0, keyword: true},
		{name: "no keyword for the locale", locale: "de-DE", give: "operator", want: "unhandled", calls: 1},
		{name: "a miss asks the NLU", give: "talk to a person", want: "OperatorIntent", calls: 1},
		{name: "only exact phrases", give: "the operator", want: "unhandled", calls: 1},
		{name: "a hit in scope", steps: []testsuite.Step{testsuite.Text("help")}, give: "yes", want: "YesIntent", calls: 1, keyword: true},
		{name: "a hit out of scope is ignored", steps: []testsuite.Step{testsuite.Text("help")}, give: "operator", want: "unhandled", calls: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := &counting{next: newShopEngine(t, nlu.Config{})}
			kw, err := nlu.NewKeywordPlugin(keywords, nlu.PluginOptions{})
			require.NoError(t, err)
			assert.Equal(t, "keyword-nlu", kw.Name())
			// The keyword plugin hooks before.interpretation.nlu, so it
			// runs first even when installed after the NLU.
			app := shopApp(framework.Config{Plugins: []framework.Plugin{nlu.NewPlugin(svc, nlu.PluginOptions{}), kw}})
			s := testsuite.New(t, app, testsuite.WithLocale(tt.locale))
			s.Run(testsuite.Launch())
			for _, st := range tt.steps {
				s.Run(st)
			}
			res := s.Run(testsuite.Text(tt.give))
			assert.Equal(t, tt.want, spoken(t, res))
			assert.Equal(t, tt.calls, svc.count(), "calls of the NLU service")
			if tt.keyword {
				assert.InDelta(t, 1.0, res.Context.Input.NLU.Confidence, 1e-9)
				assert.Equal(t, nlu.Result{Intent: tt.want, Confidence: 1, Keyword: true}, res.Context.Input.NLU.Native)
			}
		})
	}
}

func TestKeywordPluginOptions(t *testing.T) {
	_, err := nlu.NewKeywordPlugin(nlu.KeywordMap{"en": {"?!": "HelpIntent"}}, nlu.PluginOptions{})
	require.ErrorIs(t, err, nlu.ErrInvalidConfig)

	kw, err := nlu.NewKeywordPlugin(nlu.KeywordMap{"en": {"yes": "YesIntent"}},
		nlu.PluginOptions{Name: "shortcuts", InputTypes: []framework.InputType{framework.InputTranscribedSpeech}})
	require.NoError(t, err)
	assert.Equal(t, "shortcuts", kw.Name())
	s := testsuite.New(t, shopApp(framework.Config{Plugins: []framework.Plugin{kw}}))
	s.Run(testsuite.Launch())
	assert.Equal(t, "unhandled", spoken(t, s.Run(testsuite.Text("yes"))), "TEXT is not configured")
	assert.Equal(t, "YesIntent", spoken(t, s.Run(testsuite.Input(framework.Input{Type: framework.InputTranscribedSpeech, Text: "yes"}))))
}
