package nlu_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/nlu"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// pizzaBot answers the intents of exampleModel.
type pizzaBot struct{}

func (pizzaBot) Define(d *framework.Def) {
	d.Name("PizzaBot").Global()
	d.Handle(framework.Launch, func(c *framework.Context) error {
		return c.Send(output.Ask{Question: output.Speech("How many pizzas?")})
	})
	d.Handle("OrderIntent", func(c *framework.Context) error {
		n := c.Entities()["number"].Resolved
		return c.Send(output.Ask{Question: output.Speech(n + " pizzas, right?"), Intents: []string{"YesIntent", "NoIntent"}})
	})
	d.Handle("YesIntent", func(c *framework.Context) error { return c.Say("Coming up.") })
	d.Handle(framework.Unhandled, func(c *framework.Context) error {
		return c.Say(fmt.Sprintf("Sorry? (confidence %.2f)", c.Input.NLU.Confidence))
	})
}

// run sends the steps of a call and prints what the bot said.
func run(app *framework.App, steps ...aiflow.Step) {
	for _, st := range steps {
		req, err := st.Request()
		if err != nil {
			fmt.Println(err)
			return
		}
		res, err := app.Handle(context.Background(), req)
		if err != nil {
			fmt.Println(err)
			return
		}
		var said []string
		for _, t := range res.Context.Output {
			said = append(said, t.Message.Speech)
		}
		fmt.Printf("%-24q → %s\n", st.Event.Text, strings.Join(said, " "))
	}
}

func ExampleNewPlugin() {
	engine := exampleEngine(nlu.Config{})
	app := framework.New(framework.Config{
		Components: []framework.Component{pizzaBot{}},
		// Nested under the platform, the NLU runs for AI Flow requests.
		Plugins: []framework.Plugin{aiflow.New(aiflow.Config{}, nlu.NewPlugin(engine, nlu.PluginOptions{}))},
	})
	if err := app.Initialize(context.Background()); err != nil {
		fmt.Println(err)
		return
	}
	call := aiflow.NewCall("call-1")
	run(app,
		call.Start(),
		call.Say("Um, I want two pizzas."),
		call.Say("i want three pizzas"), // scoped to yes and no by the Ask
		call.Say("sure"),
	)
	// Output:
	// ""                       → How many pizzas?
	// "Um, I want two pizzas." → 2 pizzas, right?
	// "i want three pizzas"    → Sorry? (confidence 0.00)
	// "sure"                   → Coming up.
}

func ExampleServiceFunc() {
	// Any NLU can be plugged in; here a stand-in for a client of an
	// external service. A KeywordPlugin answers the common words without
	// asking it.
	asked := 0
	remote := nlu.ServiceFunc(func(ctx context.Context, locale, text string, opts nlu.MatchOptions) (nlu.Result, error) {
		asked++
		if strings.Contains(text, "pizzas") {
			return nlu.Result{Intent: "OrderIntent", Confidence: 0.93, Entities: map[string]nlu.Entity{
				"number": {Value: "four", Resolved: "4", ID: "4"},
			}}, nil
		}
		return nlu.Result{Confidence: 0.2}, nil
	})
	keywords, err := nlu.NewKeywordPlugin(nlu.KeywordMap{"en": {"yes": "YesIntent", "sure": "YesIntent"}}, nlu.PluginOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	app := framework.New(framework.Config{
		Components: []framework.Component{pizzaBot{}},
		Plugins:    []framework.Plugin{aiflow.New(aiflow.Config{}, keywords, nlu.NewPlugin(remote, nlu.PluginOptions{}))},
	})
	if err := app.Initialize(context.Background()); err != nil {
		fmt.Println(err)
		return
	}
	call := aiflow.NewCall("call-1")
	run(app, call.Start(), call.Say("four pizzas please"), call.Say("Sure!"), call.Say("hm"))
	fmt.Println("service asked:", asked)
	// Output:
	// ""                       → How many pizzas?
	// "four pizzas please"     → 4 pizzas, right?
	// "Sure!"                  → Coming up.
	// "hm"                     → Sorry? (confidence 0.20)
	// service asked: 2
}
