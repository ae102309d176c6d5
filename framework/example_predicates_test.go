package framework_test

import (
	"context"
	"fmt"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/testsuite"
)

// talk runs inputs through an app of components, one session, and prints
// each input with the handler that answered and what it said.
func talk(cfg framework.Config, inputs ...framework.Input) {
	cfg.Plugins = append(cfg.Plugins, testsuite.NewPlatform())
	app := framework.New(cfg)
	if err := app.Initialize(context.Background()); err != nil {
		fmt.Println(err)
		return
	}
	for _, in := range inputs {
		res, err := app.Handle(context.Background(), &framework.Request{
			Value: &testsuite.Request{SessionID: "s", Input: in},
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		label := string(in.Type)
		if in.Intent != "" {
			label = in.Intent
		}
		answer := "(no route)"
		if len(res.Context.Output) > 0 {
			answer = res.Context.Output[0].Message.Speech
		}
		fmt.Printf("%s: %s\n", label, answer)
	}
}

func withComponents(cs ...framework.Component) framework.Config {
	return framework.Config{Components: cs}
}

var launchInput = framework.Input{Type: framework.InputLaunch}

func intentInput(name string) framework.Input {
	return framework.Input{Type: framework.InputIntent, Intent: name}
}

// A handler matches its own name as an intent, plus those given with
// Intents, while its component is on the state stack.
func ExampleIntents() {
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Pizza")
		d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Pizza") })
		d.Handle(framework.Start, say("What would you like?"))
		d.Handle("Order", say("One pizza."), framework.Intents("OrderIntent", "BuyIntent"))
	})), launchInput, intentInput("BuyIntent"), intentInput("Order"))
	// Output:
	// LAUNCH: What would you like?
	// BuyIntent: One pizza.
	// Order: One pizza.
}

// GlobalIntents match from anywhere; the handler's other intents stay local
// until a global match puts the component on the stack.
func ExampleGlobalIntents() {
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Help")
		d.Handle("Help", say("I can help."), framework.GlobalIntents("HelpIntent"), framework.Intents("MoreHelpIntent"))
	})), intentInput("MoreHelpIntent"), intentInput("HelpIntent"), intentInput("MoreHelpIntent"))
	// Output:
	// MoreHelpIntent: (no route)
	// HelpIntent: I can help.
	// MoreHelpIntent: I can help.
}

// Types matches input types; custom types are declared in the config (or by
// a platform).
func ExampleTypes() {
	const dtmf framework.InputType = "DTMF"
	cfg := withComponents(comp(func(d *framework.Def) {
		d.Name("Keypad")
		d.Handle("Key", say("You pressed a key."), framework.Types(dtmf), framework.Global())
	}))
	cfg.InputTypes = []framework.InputType{dtmf}
	talk(cfg, framework.Input{Type: dtmf})
	// Output:
	// DTMF: You pressed a key.
}

// Global makes one handler reachable without its component on the stack;
// once it ran, its component is on the stack and the local handlers match.
func ExampleGlobal() {
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Account")
		d.Handle("Balance", say("You have 3 coins."), framework.Global())
		d.Handle("Close", say("Closed."))
	})), intentInput("Close"), intentInput("Balance"), intentInput("Close"))
	// Output:
	// Close: (no route)
	// Balance: You have 3 coins.
	// Close: Closed.
}

// Local keeps one handler of a global component local: it matches only
// while the component is on the stack (Jovo #1162).
func ExampleLocal() {
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Help")
		d.Global()
		d.Handle("Help", say("I can help."))
		d.Handle("Internal", say("Internal."), framework.Local())
	})), intentInput("Help"), intentInput("Internal"))
	// Output:
	// Help: I can help.
	// Internal: (no route)
}

// SubState narrows routing while the top stack item is in that sub-state.
func ExampleSubState() {
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Order")
		d.Handle(framework.Launch, func(c *framework.Context) error {
			if err := c.Redirect("Order"); err != nil {
				return err
			}
			c.SetSubState("Confirm")
			return c.Say("One pizza, right?")
		})
		d.Handle("Confirmed", func(c *framework.Context) error {
			c.SetSubState("")
			return c.Say("Ordered.")
		}, framework.Intents("YesIntent"), framework.SubState("Confirm"))
		d.Handle("Yes", say("Yes to what?"), framework.Intents("YesIntent"))
		d.Handle(framework.Start, noop)
	})), launchInput, intentInput("YesIntent"), intentInput("YesIntent"))
	// Output:
	// LAUNCH: One pizza, right?
	// YesIntent: Ordered.
	// YesIntent: Yes to what?
}

// Platforms restricts a handler to requests of the named platforms; it
// ranks above plain handlers.
func ExamplePlatforms() {
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Hello")
		d.Global()
		d.Handle("Phone", say("Hello caller."), framework.Intents("HelloIntent"), framework.Platforms("aiflow"))
		d.Handle("Test", say("Hello tester."), framework.Intents("HelloIntent"), framework.Platforms(testsuite.PlatformName))
	})), intentInput("HelloIntent"))
	// Output:
	// HelloIntent: Hello tester.
}

// If adds a condition evaluated at routing time; a conditioned handler
// ranks above plain ones.
func ExampleIf() {
	isNew := func(c *framework.Context) bool { return c.User.IsNew }
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Welcome")
		d.Handle(framework.Launch, say("Welcome back."))
		d.Handle("FirstTime", say("Welcome! Let me explain."), framework.Types(framework.InputLaunch), framework.If(isNew), framework.Global())
	})), launchInput)
	// Output:
	// LAUNCH: Welcome! Let me explain.
}

// PrioritizedOverUnhandled lets a handler ranked below an UNHANDLED win: a
// global "stop" beats the active component's catch-all.
func ExamplePrioritizedOverUnhandled() {
	talk(withComponents(
		comp(func(d *framework.Def) {
			d.Name("Quiz")
			d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Quiz") })
			d.Handle(framework.Start, say("First question?"))
			d.Handle(framework.Unhandled, say("That is not an answer."))
		}),
		comp(func(d *framework.Def) {
			d.Name("Control")
			d.Global()
			d.Handle("Stop", say("Bye."), framework.PrioritizedOverUnhandled())
			d.Handle("Pause", say("Paused."))
		}),
	), launchInput, intentInput("Pause"), intentInput("Stop"))
	// Output:
	// LAUNCH: First question?
	// Pause: That is not an answer.
	// Stop: Bye.
}

// Or gives a handler a second predicate set.
func ExampleHandler_Or() {
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Exit")
		d.Handle("Exit", say("Goodbye."), framework.GlobalIntents("StopIntent")).
			Or(framework.Types(framework.InputEnd), framework.Global())
	})), intentInput("StopIntent"), framework.Input{Type: framework.InputEnd})
	// Output:
	// StopIntent: Goodbye.
	// END: Goodbye.
}

// Named registers one component type twice under different names.
func ExampleNamed() {
	counter := comp(func(d *framework.Def) { d.Name("Counter"); d.Handle(framework.Start, noop) })
	tree, err := framework.BuildTree([]framework.Component{
		framework.Named("Apples", counter), framework.Named("Pears", counter),
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range tree.Nodes() {
		fmt.Println(n.Path)
	}
	// Output:
	// Apples
	// Pears
}
