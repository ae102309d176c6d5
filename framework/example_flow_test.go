package framework_test

import (
	"fmt"

	"github.com/jovo-go/jovo/framework"
)

// Redirect leaves every component on the stack and enters another one.
func ExampleContext_Redirect() {
	talk(withComponents(
		comp(func(d *framework.Def) {
			d.Name("Launch")
			d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Menu") })
		}),
		comp(func(d *framework.Def) {
			d.Name("Menu")
			d.Handle(framework.Start, func(c *framework.Context) error {
				return c.Say(fmt.Sprintf("Menu. Stack: %v", components(c.State())))
			})
			d.Handle("Help", func(c *framework.Context) error { return c.Redirect("Menu", "Details") }, framework.Intents("HelpIntent"))
			d.Handle("Details", say("Say pizza or pasta."))
		}),
	), launchInput, intentInput("HelpIntent"))
	// Output:
	// LAUNCH: Menu. Stack: [Menu]
	// HelpIntent: Say pizza or pasta.
}

// Delegate hands the conversation to a child component; the child returns
// with Resolve, which runs the handler its parent named for the event.
func ExampleContext_Delegate() {
	yesNo := comp(func(d *framework.Def) {
		d.Name("YesNo")
		d.Handle(framework.Start, func(c *framework.Context) error {
			return c.Say(c.ComponentConfig()["question"].(string))
		})
		d.Handle("Yes", func(c *framework.Context) error { return c.Resolve("yes") }, framework.Intents("YesIntent"))
		d.Handle("No", func(c *framework.Context) error { return c.Resolve("no", "changed their mind") }, framework.Intents("NoIntent"))
	})
	talk(withComponents(comp(func(d *framework.Def) {
		d.Name("Order")
		d.Components(yesNo)
		d.Handle(framework.Launch, func(c *framework.Context) error {
			if err := c.Redirect("Order"); err != nil {
				return err
			}
			return c.Delegate("YesNo", framework.DelegateOptions{
				Resolve: map[string]string{"yes": "Confirmed", "no": "Cancelled"},
				Config:  map[string]any{"question": "Pizza again?"},
			})
		})
		d.Handle(framework.Start, noop)
		d.Handle("Confirmed", say("Ordered."))
		d.Handle("Cancelled", func(c *framework.Context) error {
			return c.Say(fmt.Sprintf("Cancelled: %v. Stack: %v", c.ResolveArgs()[0], components(c.State())))
		})
	})), launchInput, intentInput("NoIntent"))
	// Output:
	// LAUNCH: Pizza again?
	// NoIntent: Cancelled: changed their mind. Stack: [Order]
}
