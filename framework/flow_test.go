package framework_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
)

// flowApp is a tree for the state stack tests:
//
//	Menu            (LAUNCH, START, Order → delegate Pizza, OnOrdered, Shortcut → redirect Pizza.Size)
//	  Pizza         (START, Size, Done → resolve "ordered", SayConfig)
//	Help (global)   (HelpIntent → delegate Pizza, OnOrdered, Data)
//	Survey          (START only)
//	Locked          (available only when request data "open" is set)
func flowApp(t *testing.T) *framework.App {
	pizza := comp(func(d *framework.Def) {
		d.Name("Pizza")
		d.Config(map[string]any{"size": "medium", "crust": "thin"})
		d.Handle(framework.Start, func(c *framework.Context) error {
			c.ComponentData()["started"] = true
			return c.Say("Which size?")
		})
		d.Handle("Size", say("Size noted."), framework.Intents("SizeIntent"))
		d.Handle("Done", func(c *framework.Context) error { return c.Resolve("ordered", "large", 2) }, framework.Intents("DoneIntent"))
		d.Handle("Bad", func(c *framework.Context) error { return c.Resolve("unknown") }, framework.Intents("BadIntent"))
		d.Handle("SayConfig", func(c *framework.Context) error {
			cfg := c.ComponentConfig()
			cfg["mutated"] = true // the caller's own copy
			return c.Say(cfg["size"].(string) + "/" + cfg["crust"].(string))
		}, framework.Intents("ConfigIntent"))
	})
	return newApp(t, framework.Config{},
		comp(func(d *framework.Def) {
			d.Name("Menu")
			d.Components(pizza)
			d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Menu") })
			d.Handle(framework.Start, say("Menu."))
			d.Handle("Order", func(c *framework.Context) error {
				return c.Delegate("Pizza", framework.DelegateOptions{
					Resolve: map[string]string{"ordered": "OnOrdered"},
					Config:  map[string]any{"size": "large"},
				})
			}, framework.Intents("OrderIntent"))
			d.Handle("OnOrdered", func(c *framework.Context) error {
				args := c.ResolveArgs()
				return c.Say("Ordered " + args[0].(string) + ".")
			})
			d.Handle("Shortcut", func(c *framework.Context) error { return c.Redirect("Pizza", "Size") }, framework.Intents("ShortcutIntent"))
			d.Handle("Missing", func(c *framework.Context) error { return c.Redirect("Nope") }, framework.Intents("MissingIntent"))
			d.Handle("NoHandler", func(c *framework.Context) error { return c.Redirect("Pizza", "Nope") }, framework.Intents("NoHandlerIntent"))
			d.Handle("Closed", func(c *framework.Context) error { return c.Delegate("Locked", framework.DelegateOptions{}) }, framework.Intents("LockedIntent"))
			d.Handle("Resolve", func(c *framework.Context) error { return c.Resolve("x") }, framework.Intents("ResolveIntent"))
			d.Handle("Survey", func(c *framework.Context) error {
				return c.Delegate("Survey", framework.DelegateOptions{Resolve: map[string]string{"done": "Start"}})
			}, framework.Intents("SurveyIntent"))
			d.Handle("Sub", func(c *framework.Context) error {
				c.SetSubState("Confirm")
				return c.Say("Sure?")
			}, framework.Intents("SubIntent"))
			d.Handle("Confirmed", func(c *framework.Context) error { return c.Say("Confirmed in " + c.SubState()) },
				framework.Intents("YesIntent"), framework.SubState("Confirm"))
			d.Handle("Yes", say("Yes, but not confirming."), framework.Intents("YesIntent"))
			d.Handle(framework.Unhandled, say("Menu unhandled."))
		}),
		comp(func(d *framework.Def) {
			d.Name("Help")
			d.Global()
			d.Handle("Help", func(c *framework.Context) error {
				c.ComponentData()["scratch"] = 1
				return c.Delegate("Menu.Pizza", framework.DelegateOptions{Resolve: map[string]string{"ordered": "OnOrdered"}})
			}, framework.Intents("HelpIntent"), framework.PrioritizedOverUnhandled())
			d.Handle("OnOrdered", say("Help resumed."))
			d.Handle("Data", func(c *framework.Context) error {
				c.ComponentData()["x"] = 1
				_, leaked := c.Data()["x"]
				if leaked {
					return c.Say("leaked")
				}
				return c.Say("separate")
			}, framework.Intents("DataIntent"))
		}),
		comp(func(d *framework.Def) {
			d.Name("Survey")
			d.Handle(framework.Start, say("Rate us."))
		}),
		comp(func(d *framework.Def) {
			d.Name("Locked")
			d.Available(func(c *framework.Context) bool { return c.Data()["open"] == true })
			d.Handle(framework.Start, say("Unlocked."))
		}),
	)
}

func TestRedirect(t *testing.T) {
	app := flowApp(t)
	res := handle(t, app, turn{in: launch()})
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"Menu."}, spoken(res), "Redirect runs START by default")
	assert.Equal(t, stack("Menu"), res.Context.Session.State)

	handle(t, app, turn{in: intent("OrderIntent")})
	res = handle(t, app, turn{in: intent("ShortcutIntent")})
	require.NoError(t, res.Err, res.Context.Route.String())
	assert.Equal(t, []string{"Size noted."}, spoken(res), "a named handler")
	assert.Equal(t, stack("Menu.Pizza"), res.Context.Session.State, "Redirect clears the stack")
	assert.Equal(t, "Menu.Pizza", res.Context.ActiveComponent())
}

func TestDelegateAndResolve(t *testing.T) {
	app := flowApp(t)
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("OrderIntent")})
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"Which size?"}, spoken(res))
	assert.Equal(t, framework.State{
		{Component: "Menu"},
		{
			Component: "Menu.Pizza",
			Resolve:   map[string]string{"ordered": "OnOrdered"},
			Config:    map[string]any{"size": "large"},
			Data:      map[string]any{"started": true},
		},
	}, res.Context.Session.State, "Delegate pushes the child with its resolve map, config and data")

	res = handle(t, app, turn{in: intent("ConfigIntent")})
	assert.Equal(t, []string{"large/thin"}, spoken(res), "the delegate config laid over the default config")
	res = handle(t, app, turn{in: intent("ConfigIntent")})
	assert.Equal(t, []string{"large/thin"}, spoken(res), "mutating ComponentConfig changes neither")

	res = handle(t, app, turn{in: intent("DoneIntent")})
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"Ordered large."}, spoken(res), "Resolve runs the parent's handler with ResolveArgs")
	assert.Equal(t, stack("Menu"), res.Context.Session.State, "Resolve pops the child and its data")
	assert.Equal(t, "Menu", res.Context.ActiveComponent())
	assert.Equal(t, []any{"large", 2}, res.Context.ResolveArgs())
}

func TestDelegateFromGlobalComponent(t *testing.T) {
	app := flowApp(t)
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("HelpIntent")})
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"Menu", "Help", "Menu.Pizza"}, components(res.Context.Session.State),
		"a global active component is pushed first, so the child has something to return to")

	res = handle(t, app, turn{in: intent("DoneIntent")})
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"Help resumed."}, spoken(res))
	assert.Equal(t, stack("Menu"), res.Context.Session.State, "Resolve pops the global parent too")
}

func TestGlobalComponentsNeverEnterTheStack(t *testing.T) {
	app := flowApp(t)
	res := handle(t, app, turn{in: intent("DataIntent")})
	require.NoError(t, res.Err)
	assert.Empty(t, res.Context.Session.State)
	assert.Equal(t, []string{"separate"}, spoken(res), "a global component's data is not the request data")

	handle(t, app, turn{in: launch()})
	res = handle(t, app, turn{in: intent("DataIntent")})
	assert.Equal(t, stack("Menu"), res.Context.Session.State, "a global match leaves the stack alone")
}

func TestSubState(t *testing.T) {
	app := flowApp(t)
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("YesIntent")})
	assert.Equal(t, []string{"Yes, but not confirming."}, spoken(res))

	res = handle(t, app, turn{in: intent("SubIntent")})
	assert.Equal(t, "Confirm", res.Context.SubState())
	assert.Equal(t, framework.State{{Component: "Menu", SubState: "Confirm"}}, res.Context.Session.State)

	res = handle(t, app, turn{in: intent("YesIntent")})
	assert.Equal(t, []string{"Confirmed in Confirm"}, spoken(res))
}

func TestSubStateWithoutStack(t *testing.T) {
	app := newApp(t, framework.Config{}, comp(func(d *framework.Def) {
		d.Name("G")
		d.Global()
		d.Handle("X", func(c *framework.Context) error {
			c.SetSubState("ignored")
			return c.Say("[" + c.SubState() + "]")
		})
	}))
	res := handle(t, app, turn{in: intent("X")})
	assert.Equal(t, []string{"[]"}, spoken(res), "SetSubState on an empty stack does nothing")
}

func TestStackTruncation(t *testing.T) {
	app := flowApp(t)
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("SurveyIntent")})
	require.Equal(t, []string{"Menu", "Survey"}, components(res.Context.Session.State))
	res = handle(t, app, turn{in: intent("SubIntent")})
	require.NoError(t, res.Err)
	assert.Equal(t, "Menu.Sub@0", resolved(res.Context.Route))
	assert.Equal(t, framework.State{{Component: "Menu", SubState: "Confirm"}}, res.Context.Session.State,
		"a match from stack index 0 truncates the stack to that item; Jovo, for which index 0 is no index, "+
			"would replace the top item instead and leave [Menu, Menu]")

	handle(t, app, turn{in: intent("OrderIntent")})
	res = handle(t, app, turn{in: intent("SubIntent")})
	assert.Equal(t, "Menu.Sub@1", resolved(res.Context.Route), "found as the ancestor of Menu.Pizza")
	assert.Equal(t, []string{"Menu", "Menu"}, components(res.Context.Session.State),
		"as in Jovo, the top item is replaced by the resolved component")
}

func TestStackReplaceTop(t *testing.T) {
	app := newApp(t, framework.Config{},
		comp(func(d *framework.Def) {
			d.Name("A")
			d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("A") })
			d.Handle(framework.Start, noop)
		}),
		comp(func(d *framework.Def) { d.Name("B"); d.Handle("Jump", say("jumped"), framework.Global()) }),
	)
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("Jump")})
	require.NoError(t, res.Err)
	assert.Equal(t, stack("B"), res.Context.Session.State,
		"a global handler of a non-global component replaces the top item")
}

func TestFlowErrors(t *testing.T) {
	tests := []struct {
		name    string
		give    []framework.Input
		wantErr error
		want    string
	}{
		{name: "redirect to an unknown component", give: []framework.Input{launch(), intent("MissingIntent")},
			wantErr: framework.ErrComponentNotFound, want: "component not found: Nope"},
		{name: "redirect to an unknown handler", give: []framework.Input{launch(), intent("NoHandlerIntent")},
			wantErr: framework.ErrHandlerNotFound, want: "handler not found: Menu.Pizza.Nope"},
		{name: "delegate to an unavailable component", give: []framework.Input{launch(), intent("LockedIntent")},
			wantErr: framework.ErrComponentNotAvailable, want: "component not available: Locked"},
		{name: "resolve without Delegate", give: []framework.Input{launch(), intent("ResolveIntent")},
			wantErr: framework.ErrCannotResolve, want: `cannot resolve "x": component "Menu" was not entered with Delegate`},
		{name: "resolve with an event the resolve map lacks", give: []framework.Input{launch(), intent("OrderIntent"), intent("BadIntent")},
			wantErr: framework.ErrCannotResolve, want: `cannot resolve "unknown": the resolve map of "Menu.Pizza" has no such event`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := flowApp(t)
			var res *framework.Result
			for _, in := range tt.give {
				res = handle(t, app, turn{in: in})
			}
			assert.ErrorIs(t, res.Err, tt.wantErr)
			assert.ErrorContains(t, res.Err, tt.want)
			var he *framework.HandlerError
			assert.ErrorAs(t, res.Err, &he, "flow errors come back through the handler")
		})
	}
}

func TestComponentErrorMessages(t *testing.T) {
	assert.Equal(t, "component not found: A", (&framework.ComponentError{Component: "A", Err: framework.ErrComponentNotFound}).Error())
	assert.Equal(t, "handler not found: A.X", (&framework.ComponentError{Component: "A", Handler: "X", Err: framework.ErrHandlerNotFound}).Error())
}

func TestComponentDataOutsideHandlers(t *testing.T) {
	c := &framework.Context{}
	assert.Empty(t, c.ActiveComponent())
	assert.Nil(t, c.ComponentConfig())
	c.ComponentData()["x"] = 1
	assert.Equal(t, 1, c.ComponentData()["x"], "one scratch map per request")
	assert.Empty(t, c.Data())
}

func components(st framework.State) []string {
	out := make([]string, len(st))
	for i, it := range st {
		out[i] = it.Component
	}
	return out
}

// TestDelegateCopiesItsOptions: the maps passed with Delegate may be
// shared between turns (components build them once); the state item
// holds copies, so changing it never reaches them.
func TestDelegateCopiesItsOptions(t *testing.T) {
	resolve := map[string]string{"done": "OnDone"}
	config := map[string]any{"size": "large", "nested": map[string]any{"crust": "thin"}}
	child := comp(func(d *framework.Def) {
		d.Name("Child")
		d.Handle(framework.Start, func(c *framework.Context) error {
			it := c.Session.State.Top()
			it.Resolve["done"] = "Changed"
			it.Config["size"] = "small"
			it.Config["nested"].(map[string]any)["crust"] = "thick"
			return c.Say("Child.")
		})
	})
	app := newApp(t, framework.Config{}, comp(func(d *framework.Def) {
		d.Name("Parent")
		d.Components(child)
		d.Handle(framework.Launch, func(c *framework.Context) error {
			return c.Delegate("Child", framework.DelegateOptions{Resolve: resolve, Config: config})
		})
	}))
	for range 2 {
		res := handle(t, app, turn{in: launch()})
		require.NoError(t, res.Err)
		assert.Equal(t, []string{"Child."}, spoken(res))
	}
	assert.Equal(t, map[string]string{"done": "OnDone"}, resolve)
	assert.Equal(t, map[string]any{"size": "large", "nested": map[string]any{"crust": "thin"}}, config)
}
