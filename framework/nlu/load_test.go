package nlu_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/nlu"
)

func TestLoadModelErrors(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		wantErr error
		wantMsg string
	}{
		{"not json", `intents: {}`, nlu.ErrMalformedModel, "a JSON object"},
		{"syntax error with position", "{\n  \"intents\": {\n    \"A\": {\"phrases\": [\"a\",]}\n  }\n}", nlu.ErrMalformedModel, "line 3"},
		{"jovo v3 intents array", `{"intents": [{"name": "A", "phrases": ["a"]}]}`, nlu.ErrMalformedModel, "object keyed by name"},
		{"no intents", `{"version": "4.0", "intents": {}}`, nlu.ErrMalformedModel, "no intents"},
		{"empty intent name", `{"intents": {"": {"phrases": ["a"]}}}`, nlu.ErrMalformedModel, "empty name"},
		{"intent without phrases", `{"intents": {"HelpIntent": {}}}`, nlu.ErrNoPhrases, `intent "HelpIntent"`},
		{"undeclared slot", `{"intents": {"OrderIntent": {"phrases": ["i want {numbr} pizzas"], "entities": {"number": {"type": "NUMBER"}}}}}`,
			nlu.ErrUndeclaredEntity, `phrase "i want {numbr} pizzas": undeclared entity: {numbr}`},
		{"unknown type", `{"intents": {"A": {"phrases": ["{x}"], "entities": {"x": {"type": "PizzaType"}}}}}`,
			nlu.ErrUnknownEntityType, `entity "x": unknown entity type: PizzaType`},
		{"unknown type by service", `{"intents": {"A": {"phrases": ["{x}"], "entities": {"x": {"type": {"alexa": "AMAZON.US_CITY"}}}}}}`,
			nlu.ErrUnknownEntityType, "AMAZON.US_CITY"},
		{"type of wrong shape", `{"intents": {"A": {"phrases": ["{x}"], "entities": {"x": {"type": 42}}}}}`,
			nlu.ErrMalformedModel, "must be a string or an object"},
		{"unbalanced open brace", `{"intents": {"A": {"phrases": ["i want {number pizzas"]}}}`, nlu.ErrMalformedPhrase, "'{' without '}'"},
		{"unbalanced close brace", `{"intents": {"A": {"phrases": ["i want number} pizzas"]}}}`, nlu.ErrMalformedPhrase, "'}' without '{'"},
		{"nested braces", `{"intents": {"A": {"phrases": ["i want {{number}}"]}}}`, nlu.ErrMalformedPhrase, "'{' without '}'"},
		{"empty slot", `{"intents": {"A": {"phrases": ["i want {} pizzas"]}}}`, nlu.ErrMalformedPhrase, "empty {}"},
		{"phrase of fillers only", `{"intents": {"A": {"phrases": ["um, uh, please"]}}}`, nlu.ErrMalformedPhrase, "no words left"},
		{"empty entity value", `{"intents": {"A": {"phrases": ["a"]}}, "entityTypes": {"T": {"values": [""]}}}`,
			nlu.ErrInvalidEntityType, `entity "T": invalid entity type: value 1 is empty`},
		{"entity value of wrong shape", `{"intents": {"A": {"phrases": ["a"]}}, "entityTypes": {"T": {"values": [42]}}}`,
			nlu.ErrMalformedModel, "entity value must be a string or an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := nlu.LoadModel("en-US", strings.NewReader(tt.give))
			require.Error(t, err)
			assert.Nil(t, m)
			assert.ErrorIs(t, err, tt.wantErr)
			assert.Contains(t, err.Error(), tt.wantMsg)
			var me *nlu.ModelError
			require.True(t, errors.As(err, &me))
			assert.Equal(t, "en-US", me.Locale)
		})
	}
}

func TestLoadModelFormats(t *testing.T) {
	m, err := nlu.LoadModel("en-US", strings.NewReader(`{
		"invocation": {"alexa": "pizza shop"},
		"version": "4.0",
		"intents": {
			"OrderIntent": {
				"phrases": ["i want {number} {pizza} pizzas"],
				"samples": ["order {number} pizzas for {date}"],
				"entities": {
					"number": {"type": {"alexa": "AMAZON.NUMBER", "dialogflow": "@sys.number"}},
					"pizza": {"type": {"jovo": "PizzaType", "alexa": "PizzaSlotType"}},
					"date": {"type": "AMAZON.DATE"}
				}
			}
		},
		"entityTypes": {"PizzaType": {"values": ["salami", {"value": "margherita", "key": "m", "synonyms": ["margarita"]}]}},
		"alexa": {"interactionModel": {"languageModel": {"intents": []}}}
	}`))
	require.NoError(t, err)
	assert.Equal(t, "en-US", m.Locale())
	assert.Equal(t, []string{"OrderIntent"}, m.Intents())

	e, err := nlu.New(nlu.Config{Models: []*nlu.Model{m}, Now: fixedNow})
	require.NoError(t, err)
	r, err := e.Match("en-US", "I want four margaritas", nlu.MatchOptions{})
	require.NoError(t, err)
	assert.Equal(t, "OrderIntent", r.Intent)
	assert.Equal(t, nlu.Entity{Value: "four", Resolved: "4", ID: "4"}, r.Entities["number"])
	assert.Equal(t, nlu.Entity{Value: "margaritas", Resolved: "margherita", ID: "m"}, r.Entities["pizza"])

	r, err = e.Match("en-US", "order two pizzas for tomorrow", nlu.MatchOptions{})
	require.NoError(t, err)
	assert.Equal(t, "2026-03-03", r.Entities["date"].Resolved)
}

func TestLoadFileAndDir(t *testing.T) {
	m, err := nlu.LoadFile("testdata/models/de-DE.json")
	require.NoError(t, err)
	assert.Equal(t, "de-DE", m.Locale())
	assert.Len(t, m.Intents(), 14)

	_, err = nlu.LoadFile("testdata/models/xx-XX.json")
	assert.ErrorIs(t, err, os.ErrNotExist)

	models, err := nlu.LoadDir(os.DirFS("testdata"), "models")
	require.NoError(t, err)
	require.Len(t, models, 2)
	assert.Equal(t, "de-DE", models[0].Locale())
	assert.Equal(t, "en-US", models[1].Locale())

	fsys := fstest.MapFS{
		"models/en.json":    {Data: []byte(`{"intents": {"A": {"phrases": ["hello"]}}}`)},
		"models/README.md":  {Data: []byte("not a model")},
		"models/bad.json":   {Data: []byte(`{"intents": {"A": {"phrases": ["{x}"]}}}`)},
		"empty/notes.txt":   {Data: []byte("nothing")},
		"models/sub/x.json": {Data: []byte("{}")},
	}
	_, err = nlu.LoadDir(fsys, "models")
	assert.ErrorIs(t, err, nlu.ErrUndeclaredEntity)
	assert.Contains(t, err.Error(), "models/bad.json")

	_, err = nlu.LoadDir(fsys, "empty")
	assert.ErrorIs(t, err, nlu.ErrMalformedModel)
	_, err = nlu.LoadDir(fsys, "missing")
	assert.Error(t, err)
}
