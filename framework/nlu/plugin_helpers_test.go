package nlu_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/nlu"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// shopModels returns the models of the plugin tests: a pizza shop in
// English and German.
func shopModels() map[string]string {
	return map[string]string{
		"en-US": `{
  "intents": {
    "OrderIntent": {
      "phrases": ["i want {number} pizzas", "i would like a {pizza}", "order {number} {pizza} pizzas"],
      "entities": {"number": {"type": "NUMBER"}, "pizza": {"type": "PizzaType"}}
    },
    "YesIntent": {"phrases": ["yes", "yes please", "sure"]},
    "NoIntent": {"phrases": ["no", "no thanks"]},
    "HelpIntent": {"phrases": ["help", "what can you do"]},
    "StopIntent": {"phrases": ["stop", "goodbye"]},
    "OperatorIntent": {"phrases": ["talk to a person", "connect me to someone"]}
  },
  "entityTypes": {
    "PizzaType": {"values": [{"value": "margherita", "id": "m", "synonyms": ["margarita"]}, "salami"]}
  }
}`,
		"de-DE": `{
  "intents": {
    "OrderIntent": {
      "phrases": ["ich möchte {number} pizzen", "ich hätte gern eine {pizza}"],
      "entities": {"number": {"type": "NUMBER"}, "pizza": {"type": "PizzaType"}}
    },
    "YesIntent": {"phrases": ["ja", "ja bitte", "gerne"]},
    "NoIntent": {"phrases": ["nein", "nein danke"]},
    "HelpIntent": {"phrases": ["hilfe", "was können sie"]},
    "StopIntent": {"phrases": ["stopp", "auf wiederhören"]},
    "OperatorIntent": {"phrases": ["mit einem menschen sprechen"]}
  },
  "entityTypes": {
    "PizzaType": {"values": [{"value": "margherita", "id": "m"}, "salami"]}
  }
}`,
	}
}

// newShopEngine builds an Engine over shopModels.
func newShopEngine(t testing.TB, cfg nlu.Config) *nlu.Engine {
	t.Helper()
	for locale, src := range shopModels() {
		m, err := nlu.LoadModel(locale, strings.NewReader(src))
		require.NoError(t, err)
		cfg.Models = append(cfg.Models, m)
	}
	if cfg.Now == nil {
		cfg.Now = fixedNow
	}
	e, err := nlu.New(cfg)
	require.NoError(t, err)
	return e
}

// call is what a counting service was asked.
type call struct {
	ctx    context.Context
	locale string
	text   string
	opts   nlu.MatchOptions
}

// counting is a Service that records its calls and passes them on.
type counting struct {
	next nlu.Service

	mu    sync.Mutex
	calls []call
}

func (s *counting) Understand(ctx context.Context, locale, text string, opts nlu.MatchOptions) (nlu.Result, error) {
	s.mu.Lock()
	s.calls = append(s.calls, call{ctx: ctx, locale: locale, text: text, opts: opts})
	s.mu.Unlock()
	return s.next.Understand(ctx, locale, text, opts)
}

// count returns how many calls there were.
func (s *counting) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.calls)
}

// last returns the last call.
func (s *counting) last(t testing.TB) call {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	require.NotEmpty(t, s.calls, "the service was not called")
	return s.calls[len(s.calls)-1]
}

// comp is a component declared inline.
type comp func(d *framework.Def)

func (f comp) Define(d *framework.Def) { f(d) }

// special returns the dynamic value of the PizzaType tests.
func special() map[string]output.DynamicEntityType {
	return map[string]output.DynamicEntityType{
		"PizzaType": {Values: []output.EntityValue{{Value: "calzone", ID: "c", Synonyms: []string{"folded pizza"}}}},
	}
}

// listenWith returns a handler that sends an open listen with dynamic
// entities in mode (nil entities for mode "").
func listenWith(mode output.EntityMode, types map[string]output.DynamicEntityType) framework.HandlerFunc {
	return func(c *framework.Context) error {
		l := &output.Listen{Open: true}
		if mode != "" {
			l.Entities = &output.DynamicEntities{Mode: mode, Types: types}
		}
		return c.Send(output.Template{Message: output.Speech("listening " + string(mode)), Listen: l})
	}
}

// shop is the component tree of the plugin tests. Every handler says
// what it understood, so a test reads the route from the speech.
func shop() framework.Component {
	return comp(func(d *framework.Def) {
		d.Name("Shop").Global()
		d.Handle(framework.Launch, func(c *framework.Context) error { return c.Say("welcome") })
		d.Handle("OrderIntent", func(c *framework.Context) error {
			e := c.Entities()
			return c.Say(fmt.Sprintf("order number=%s pizza=%s", e["number"].Resolved, e["pizza"].Resolved))
		})
		for _, name := range []string{"YesIntent", "NoIntent", "OperatorIntent"} {
			d.Handle(name, func(c *framework.Context) error { return c.Say(name) })
		}
		d.Handle("HelpIntent", func(c *framework.Context) error {
			return c.Send(output.Ask{Question: output.Speech("Yes or no?"), Intents: []string{"YesIntent", "NoIntent"}})
		})
		d.Handle(framework.End, func(c *framework.Context) error { return c.Say("bye") })
		d.Handle(framework.Unhandled, func(c *framework.Context) error { return c.Say("unhandled") })

		d.Handle("SpecialsReplace", listenWith(output.EntityReplace, special()))
		d.Handle("SpecialsMerge", listenWith(output.EntityMerge, special()))
		d.Handle("SpecialsClear", listenWith(output.EntityClear, nil))
		d.Handle("Plain", listenWith("", nil))
		d.Handle("Close", func(c *framework.Context) error {
			return c.Send(output.Tell{Message: output.Speech("closing")})
		})
	})
}

// shopApp returns a fresh app over the shop tree with cfg's other fields.
func shopApp(cfg framework.Config) *framework.App {
	cfg.Components = append(cfg.Components, shop())
	return framework.New(cfg)
}

// spoken is the speech of a result's output, joined by " | ".
func spoken(t testing.TB, res *testsuite.Result) string {
	t.Helper()
	require.NoError(t, res.Err)
	parts := make([]string, 0, len(res.Output))
	for _, o := range res.Output {
		if o.Message != nil {
			parts = append(parts, o.Message.Speech)
		}
	}
	return strings.Join(parts, " | ")
}
