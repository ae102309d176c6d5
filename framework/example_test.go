package framework_test

import (
	"context"
	"fmt"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// Greeter is a component: Define declares its name and handlers once, at
// Initialize.
type Greeter struct{}

func (g *Greeter) Define(d *framework.Def) {
	d.Name("Greeter")
	d.Handle(framework.Launch, g.hello)
	d.Handle("Name", g.name, framework.Intents("MyNameIsIntent"))
}

func (g *Greeter) hello(c *framework.Context) error {
	return c.Send(output.Ask{Question: output.Speech("Hello! What is your name?")})
}

func (g *Greeter) name(c *framework.Context) error {
	return c.Say("Nice to meet you, " + c.Entities()["name"].Value + ".")
}

func ExampleApp() {
	app := framework.New(framework.Config{
		Plugins:    []framework.Plugin{testsuite.NewPlatform()},
		Components: []framework.Component{&Greeter{}},
	})
	if err := app.Initialize(context.Background()); err != nil {
		fmt.Println(err)
		return
	}
	for _, in := range []framework.Input{
		{Type: framework.InputLaunch},
		{Type: framework.InputIntent, Intent: "MyNameIsIntent", Entities: framework.EntityMap{"name": {Value: "Ada"}}},
	} {
		res, err := app.Handle(context.Background(), &framework.Request{
			Value: &testsuite.Request{SessionID: "session-1", Input: in},
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(res.Context.Output[0].Message.Speech)
	}
	// Output:
	// Hello! What is your name?
	// Nice to meet you, Ada.
}

func ExampleApp_Initialize() {
	app := framework.New(framework.Config{
		Plugins: []framework.Plugin{testsuite.NewPlatform()},
		Components: []framework.Component{
			comp(func(d *framework.Def) { d.Name("A"); d.Handle("Help", noop, framework.Global()) }),
			comp(func(d *framework.Def) { d.Name("B"); d.Handle("Help", noop, framework.Global()) }),
		},
	})
	err := app.Initialize(context.Background())
	fmt.Println(err)
	// Output:
	// duplicate global intents: "Help" is handled by A.Help, B.Help
}

func ExampleResolve() {
	tree, err := framework.BuildTree([]framework.Component{
		comp(func(d *framework.Def) {
			d.Name("Menu")
			d.Handle(framework.Unhandled, noop)
			d.Handle("Order", noop, framework.Intents("OrderIntent"))
		}),
		comp(func(d *framework.Def) {
			d.Name("Help")
			d.Global()
			d.Handle("Help", noop, framework.Intents("OrderIntent"), framework.PrioritizedOverUnhandled())
		}),
	}, map[framework.InputType]struct{}{framework.InputIntent: {}})
	if err != nil {
		fmt.Println(err)
		return
	}
	in := framework.Input{Type: framework.InputIntent, Intent: "OrderIntent"}
	route := framework.Resolve(tree, framework.State{{Component: "Menu"}}, &in, framework.RouteOptions{})
	fmt.Print(route)
	// Output:
	// => Menu.Order stack=0
	//    Menu.UNHANDLED stack=0 skipped: a handler prioritized over UNHANDLED ranks below
	//    Help.Help stack=-1
}
