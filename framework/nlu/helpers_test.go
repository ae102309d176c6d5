package nlu_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/nlu"
)

// fixedNow is Monday, 2 March 2026, 10:00 in Berlin.
func fixedNow() time.Time { return time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("CET", 3600)) }

// pizzaModel is a small English model for the API tests.
const pizzaModel = `{
  "invocation": "pizza shop",
  "version": "4.0",
  "intents": {
    "OrderIntent": {
      "phrases": ["i want {number} pizzas", "i would like a {pizza}", "order {number} {pizza} pizzas"],
      "entities": {"number": {"type": "NUMBER"}, "pizza": {"type": "PizzaType"}}
    },
    "DeliveryIntent": {
      "phrases": ["deliver it {date}", "can you deliver on {date}"],
      "entities": {"date": {"type": "DATE"}}
    },
    "YesIntent": {"phrases": ["yes", "yes please", "sure"]},
    "NoIntent": {"phrases": ["no", "no thanks"]},
    "HelpIntent": {"phrases": ["help", "what can you do"]}
  },
  "entityTypes": {
    "PizzaType": {"values": [{"value": "margherita", "id": "m", "synonyms": ["margarita"]}, "salami"]}
  }
}`

// newPizzaEngine builds an Engine over pizzaModel.
func newPizzaEngine(t testing.TB, cfg nlu.Config) *nlu.Engine {
	t.Helper()
	m, err := nlu.LoadModel("en-US", strings.NewReader(pizzaModel))
	require.NoError(t, err)
	cfg.Models = append(cfg.Models, m)
	if cfg.Now == nil {
		cfg.Now = fixedNow
	}
	e, err := nlu.New(cfg)
	require.NoError(t, err)
	return e
}
