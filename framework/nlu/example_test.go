package nlu_test

import (
	"fmt"
	"strings"
	"testing/fstest"
	"time"

	"github.com/jovo-go/jovo/framework/nlu"
)

// A Jovo v4 model, as in models/en-US.json.
const exampleModel = `{
  "invocation": "pizza shop",
  "version": "4.0",
  "intents": {
    "OrderIntent": {
      "phrases": ["i want {number} pizzas", "i would like a {pizza}"],
      "entities": {"number": {"type": "NUMBER"}, "pizza": {"type": "PizzaType"}}
    },
    "DeliveryIntent": {
      "phrases": ["deliver it {date}"],
      "entities": {"date": {"type": "DATE"}}
    },
    "YesIntent": {"phrases": ["yes", "sure"]},
    "NoIntent": {"phrases": ["no", "no thanks"]}
  },
  "entityTypes": {
    "PizzaType": {"values": [{"value": "margherita", "id": "m", "synonyms": ["margarita"]}, "salami"]}
  }
}`

func exampleEngine(cfg nlu.Config) *nlu.Engine {
	m, err := nlu.LoadModel("en-US", strings.NewReader(exampleModel))
	if err != nil {
		panic(err)
	}
	cfg.Models = []*nlu.Model{m}
	cfg.Now = func() time.Time { return time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC) }
	e, err := nlu.New(cfg)
	if err != nil {
		panic(err)
	}
	return e
}

func ExampleLoadModel() {
	m, err := nlu.LoadModel("en-US", strings.NewReader(exampleModel))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Locale(), m.Intents())

	_, err = nlu.LoadModel("en-US", strings.NewReader(`{"intents": {"OrderIntent": {"phrases": ["i want {count} pizzas"]}}}`))
	fmt.Println(err)
	// Output:
	// en-US [DeliveryIntent NoIntent OrderIntent YesIntent]
	// nlu: model en-US: intent "OrderIntent": phrase "i want {count} pizzas": undeclared entity: {count} (declare it in the intent's entities)
}

func ExampleLoadDir() {
	fsys := fstest.MapFS{
		"models/en-US.json": {Data: []byte(`{"intents": {"HelpIntent": {"phrases": ["help"]}}}`)},
		"models/de-DE.json": {Data: []byte(`{"intents": {"HelpIntent": {"phrases": ["hilfe"]}}}`)},
	}
	models, err := nlu.LoadDir(fsys, "models")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range models {
		fmt.Println(m.Locale())
	}
	// Output:
	// de-DE
	// en-US
}

func ExampleEngine_Match() {
	e := exampleEngine(nlu.Config{})
	for _, text := range []string{
		"Um, I want forty-two pizzas, please.",
		"I'd like a Margarita",
		"uh deliver it next monday",
		"what's the weather like",
	} {
		r, err := e.Match("en-US", text, nlu.MatchOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%q → %q %.2f %v\n", text, r.Intent, r.Confidence, r.Entities)
	}
	// Output:
	// "Um, I want forty-two pizzas, please." → "OrderIntent" 1.00 map[number:{forty-two 42 42}]
	// "I'd like a Margarita" → "OrderIntent" 1.00 map[pizza:{Margarita margherita m}]
	// "uh deliver it next monday" → "DeliveryIntent" 1.00 map[date:{next monday 2026-03-09 2026-03-09}]
	// "what's the weather like" → "" 0.33 map[]
}

func ExampleMatchOptions_scoping() {
	e := exampleEngine(nlu.Config{})
	// The bot asked a yes/no question and listens for these intents only
	// (Jovo's listen.intents).
	scope := nlu.MatchOptions{Intents: []string{"YesIntent", "NoIntent"}}
	for _, text := range []string{"sure", "i want two pizzas"} {
		r, _ := e.Match("en-US", text, scope)
		fmt.Printf("%q → %q\n", text, r.Intent)
	}
	// Output:
	// "sure" → "YesIntent"
	// "i want two pizzas" → ""
}

func ExampleDynamicEntities() {
	e := exampleEngine(nlu.Config{})
	// Today's special exists for this turn only (Jovo's listen.entities).
	special := &nlu.DynamicEntities{
		Mode: nlu.ModeMerge,
		Types: map[string]nlu.EntityType{
			"PizzaType": {Values: []nlu.EntityValue{{Value: "calzone", ID: "c", Synonyms: []string{"folded pizza"}}}},
		},
	}
	r, _ := e.Match("en-US", "i would like a folded pizza", nlu.MatchOptions{DynamicEntities: special})
	fmt.Println(r.Intent, r.Entities["pizza"])
	r, _ = e.Match("en-US", "i would like a salami", nlu.MatchOptions{DynamicEntities: special})
	fmt.Println(r.Intent, r.Entities["pizza"])
	// Output:
	// OrderIntent {folded pizza calzone c}
	// OrderIntent {salami salami salami}
}

func ExampleKeywordMap() {
	e := exampleEngine(nlu.Config{Keywords: nlu.KeywordMap{
		"en": {"operator": "TalkToPersonIntent"},
	}})
	r, _ := e.Match("en-US", "Operator, please!", nlu.MatchOptions{})
	fmt.Println(r.Intent, r.Confidence, r.Keyword)
	// Output:
	// TalkToPersonIntent 1 true
}
