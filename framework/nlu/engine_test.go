package nlu_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/nlu"
)

func TestMatchEntities(t *testing.T) {
	e := newPizzaEngine(t, nlu.Config{})
	tests := []struct {
		name         string
		give         string
		wantIntent   string
		wantEntities map[string]nlu.Entity
	}{
		{"number as words", "I want forty-two pizzas.", "OrderIntent",
			map[string]nlu.Entity{"number": {Value: "forty-two", Resolved: "42", ID: "42"}}},
		{"number as digits", "i want 42 pizzas", "OrderIntent",
			map[string]nlu.Entity{"number": {Value: "42", Resolved: "42", ID: "42"}}},
		{"number digit by digit", "i want four two pizzas", "OrderIntent",
			map[string]nlu.Entity{"number": {Value: "four two", Resolved: "42", ID: "42"}}},
		{"synonym", "I'd like a Margarita, please", "OrderIntent",
			map[string]nlu.Entity{"pizza": {Value: "Margarita", Resolved: "margherita", ID: "m"}}},
		{"value misheard", "i would like a margerita", "OrderIntent",
			map[string]nlu.Entity{"pizza": {Value: "margerita", Resolved: "margherita", ID: "m"}}},
		{"value without id", "order three salami pizzas", "OrderIntent",
			map[string]nlu.Entity{
				"number": {Value: "three", Resolved: "3", ID: "3"},
				"pizza":  {Value: "salami", Resolved: "salami", ID: "salami"},
			}},
		{"date", "can you deliver on the 3rd of march", "DeliveryIntent",
			map[string]nlu.Entity{"date": {Value: "3rd of march", Resolved: "2026-03-03", ID: "2026-03-03"}}},
		{"word order changed", "tomorrow deliver it", "DeliveryIntent",
			map[string]nlu.Entity{"date": {Value: "tomorrow", Resolved: "2026-03-03", ID: "2026-03-03"}}},
		{"filler and missing word", "uh can you deliver monday", "DeliveryIntent",
			map[string]nlu.Entity{"date": {Value: "monday", Resolved: "2026-03-09", ID: "2026-03-09"}}},
		{"no entities", "Yes, please!", "YesIntent", nil},
		{"out of domain", "what's the weather in berlin", "", nil},
		{"empty", "", "", nil},
		{"fillers only", "ähm, uh", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.Match("en-US", tt.give, nlu.MatchOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.wantIntent, r.Intent, "confidence %.2f", r.Confidence)
			assert.Equal(t, tt.wantEntities, r.Entities)
			if tt.wantIntent != "" {
				assert.GreaterOrEqual(t, r.Confidence, e.Threshold())
				assert.LessOrEqual(t, r.Confidence, 1.0)
			}
		})
	}
}

func TestThreshold(t *testing.T) {
	tests := []struct {
		name       string
		threshold  float64
		give       string
		wantIntent string
	}{
		{"exact phrase passes any threshold", 1, "no thanks", "NoIntent"},
		{"paraphrase passes the default", 0, "no, thanks a lot", "NoIntent"},
		{"paraphrase fails a strict threshold", 0.95, "no, thanks a lot", ""},
		{"out of domain fails the default", 0, "tell me a joke", ""},
		{"out of domain passes a lax threshold", 0.01, "what can I order", "HelpIntent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newPizzaEngine(t, nlu.Config{Threshold: tt.threshold})
			r, err := e.Match("en-US", tt.give, nlu.MatchOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.wantIntent, r.Intent, "confidence %.2f", r.Confidence)
			if tt.wantIntent == "" {
				assert.Less(t, r.Confidence, e.Threshold(), "the best score is still reported")
			}
		})
	}
	assert.Equal(t, nlu.DefaultThreshold, newPizzaEngine(t, nlu.Config{}).Threshold())
}

func TestConfigErrors(t *testing.T) {
	m, err := nlu.LoadModel("en-US", strings.NewReader(pizzaModel))
	require.NoError(t, err)
	tests := []struct {
		name string
		give nlu.Config
		want string
	}{
		{"negative threshold", nlu.Config{Models: []*nlu.Model{m}, Threshold: -0.1}, "threshold -0.1"},
		{"threshold above one", nlu.Config{Models: []*nlu.Model{m}, Threshold: 1.5}, "threshold 1.5"},
		{"nil model", nlu.Config{Models: []*nlu.Model{nil}}, "model 0 is nil"},
		{"two models for a locale", nlu.Config{Models: []*nlu.Model{m, m}}, "two models for locale en-US"},
		{"empty keyword", nlu.Config{Keywords: nlu.KeywordMap{"en": {"uh": "HelpIntent"}}}, "empty after normalization"},
		{"keyword for two intents", nlu.Config{Keywords: nlu.KeywordMap{"en": {"Help!": "HelpIntent", "help": "OtherIntent"}}}, "maps to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := nlu.New(tt.give)
			require.ErrorIs(t, err, nlu.ErrInvalidConfig)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLocales(t *testing.T) {
	en, err := nlu.LoadFile("testdata/models/en-US.json")
	require.NoError(t, err)
	de, err := nlu.LoadFile("testdata/models/de-DE.json")
	require.NoError(t, err)
	e, err := nlu.New(nlu.Config{Models: []*nlu.Model{en, de}, Now: fixedNow})
	require.NoError(t, err)

	tests := []struct {
		locale, give, want string
	}{
		{"en-US", "what are your opening hours", "OpeningHoursIntent"},
		{"de-DE", "Wann haben Sie geöffnet?", "OpeningHoursIntent"},
		{"de-AT", "Wann haben Sie geöffnet?", "OpeningHoursIntent"},
		{"DE-de", "tschüss", "GoodbyeIntent"},
		{"en-GB", "bye bye", "GoodbyeIntent"},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			r, err := e.Match(tt.locale, tt.give, nlu.MatchOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Intent)
		})
	}
	_, err = e.Match("fr-FR", "bonjour", nlu.MatchOptions{})
	assert.ErrorIs(t, err, nlu.ErrUnknownLocale)
}

func TestScoping(t *testing.T) {
	e := newPizzaEngine(t, nlu.Config{Keywords: nlu.KeywordMap{"en": {"operator": "HelpIntent"}}})
	tests := []struct {
		name   string
		give   string
		scope  []string
		want   string
		wantKw bool
	}{
		{"no scope", "yes please", nil, "YesIntent", false},
		{"in scope", "yes please", []string{"YesIntent", "NoIntent"}, "YesIntent", false},
		{"out of scope", "yes please", []string{"NoIntent", "OrderIntent"}, "", false},
		{"scope picks among similar intents", "sure, no problem", []string{"NoIntent"}, "", false},
		{"scope of unknown intents only", "yes", []string{"NotInTheModel"}, "", false},
		{"entities within scope", "i want two pizzas", []string{"OrderIntent"}, "OrderIntent", false},
		{"keyword in scope", "Operator!", []string{"HelpIntent"}, "HelpIntent", true},
		{"keyword out of scope", "operator", []string{"YesIntent"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.Match("en-US", tt.give, nlu.MatchOptions{Intents: tt.scope})
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Intent)
			assert.Equal(t, tt.wantKw, r.Keyword)
		})
	}
}

func TestDynamicEntities(t *testing.T) {
	e := newPizzaEngine(t, nlu.Config{})
	calzone := map[string]nlu.EntityType{"PizzaType": {Values: []nlu.EntityValue{
		{Value: "calzone", ID: "c", Synonyms: []string{"folded pizza"}},
	}}}
	tests := []struct {
		name string
		dyn  *nlu.DynamicEntities
		give string
		want string // resolved pizza, "" for none
	}{
		{"static value without dynamic entities", nil, "i would like a salami", "salami"},
		{"replace adds the dynamic value", &nlu.DynamicEntities{Mode: nlu.ModeReplace, Types: calzone}, "i would like a calzone", "calzone"},
		{"replace removes the static values", &nlu.DynamicEntities{Mode: nlu.ModeReplace, Types: calzone}, "i would like a salami", ""},
		{"replace is the default mode", &nlu.DynamicEntities{Types: calzone}, "i would like a folded pizza", "calzone"},
		{"merge keeps the static values", &nlu.DynamicEntities{Mode: nlu.ModeMerge, Types: calzone}, "i would like a salami", "salami"},
		{"merge adds the dynamic value", &nlu.DynamicEntities{Mode: nlu.ModeMerge, Types: calzone}, "i would like a calzone", "calzone"},
		{"clear ignores the dynamic value", &nlu.DynamicEntities{Mode: nlu.ModeClear, Types: calzone}, "i would like a calzone", ""},
		{"clear keeps the static values", &nlu.DynamicEntities{Mode: nlu.ModeClear, Types: calzone}, "i would like a margherita", "margherita"},
		{"types the model does not use are ignored", &nlu.DynamicEntities{Types: map[string]nlu.EntityType{"Other": {}}}, "i would like a salami", "salami"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.Match("en-US", tt.give, nlu.MatchOptions{DynamicEntities: tt.dyn})
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Entities["pizza"].Resolved)
		})
	}

	_, err := e.Match("en-US", "a salami", nlu.MatchOptions{DynamicEntities: &nlu.DynamicEntities{Mode: "APPEND", Types: calzone}})
	assert.ErrorIs(t, err, nlu.ErrInvalidConfig)
	_, err = e.Match("en-US", "a salami", nlu.MatchOptions{DynamicEntities: &nlu.DynamicEntities{
		Types: map[string]nlu.EntityType{"PizzaType": {Values: []nlu.EntityValue{{Value: ""}}}},
	}})
	assert.ErrorIs(t, err, nlu.ErrInvalidEntityType)
}

func TestKeywords(t *testing.T) {
	kw := nlu.KeywordMap{
		"en":    {"operator": "TalkToPersonIntent", "Start over!": "RestartIntent"},
		"de":    {"Hilfe": "HelpIntent", "Grüße": "GreetIntent"},
		"en-GB": {"cheers": "GoodbyeIntent"},
	}
	e := newPizzaEngine(t, nlu.Config{Keywords: kw})
	tests := []struct {
		locale, give string
		want         string
		keyword      bool
	}{
		{"en-US", "Operator, please!", "TalkToPersonIntent", true},
		{"en-US", "um, start over", "RestartIntent", true},
		{"en-US", "OPERATOR", "TalkToPersonIntent", true},
		{"en-US", "operator now", "", false},
		{"en-US", "cheers", "", false},
		{"en-GB", "Cheers!", "GoodbyeIntent", true},
		{"en-GB", "operator", "TalkToPersonIntent", true},
		{"de-DE", "Äh, Hilfe bitte!", "HelpIntent", true},
		{"de-DE", "gruesse", "GreetIntent", true},
		{"en-US", "yes", "YesIntent", false},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			r, err := e.Match(tt.locale, tt.give, nlu.MatchOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Intent)
			assert.Equal(t, tt.keyword, r.Keyword)
			if tt.keyword {
				assert.Equal(t, 1.0, r.Confidence)
			}
		})
	}
}

func TestKeywordsWithoutModel(t *testing.T) {
	e, err := nlu.New(nlu.Config{Keywords: nlu.KeywordMap{"de": {"hilfe": "HelpIntent"}}})
	require.NoError(t, err)
	r, err := e.Match("de-DE", "Hilfe!", nlu.MatchOptions{})
	require.NoError(t, err)
	assert.Equal(t, nlu.Result{Intent: "HelpIntent", Confidence: 1, Keyword: true}, r)
	r, err = e.Match("de-DE", "etwas anderes", nlu.MatchOptions{})
	require.NoError(t, err)
	assert.Equal(t, nlu.Result{}, r)
	_, err = e.Match("en-US", "help", nlu.MatchOptions{})
	assert.ErrorIs(t, err, nlu.ErrUnknownLocale)
}

func TestMatchNowOverridesClock(t *testing.T) {
	e := newPizzaEngine(t, nlu.Config{})
	now := fixedNow().AddDate(0, 0, 10)
	r, err := e.Match("en-US", "deliver it tomorrow", nlu.MatchOptions{Now: now})
	require.NoError(t, err)
	assert.Equal(t, "2026-03-13", r.Entities["date"].Resolved)
}

func TestConcurrentMatches(t *testing.T) {
	e := newPizzaEngine(t, nlu.Config{})
	var wg sync.WaitGroup
	results := make([]nlu.Result, 16)
	for i := range results {
		wg.Go(func() {
			r, err := e.Match("en-US", "order two salami pizzas", nlu.MatchOptions{
				DynamicEntities: &nlu.DynamicEntities{Mode: nlu.ModeMerge, Types: map[string]nlu.EntityType{
					"PizzaType": {Values: []nlu.EntityValue{{Value: "calzone"}}},
				}},
			})
			assert.NoError(t, err)
			results[i] = r
		})
	}
	wg.Wait()
	for _, r := range results {
		assert.Equal(t, results[0], r)
	}
	assert.Equal(t, "OrderIntent", results[0].Intent)
}
