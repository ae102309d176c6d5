package framework_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/testsuite"
)

// benchMenu is a small realistic component: a menu with a delegated yes/no
// question.
func benchComponents() []framework.Component {
	yesNo := comp(func(d *framework.Def) {
		d.Name("YesNo")
		d.Handle(framework.Start, say("Yes or no?"))
		d.Handle("Yes", func(c *framework.Context) error { return c.Resolve("yes") }, framework.Intents("YesIntent"))
		d.Handle("No", func(c *framework.Context) error { return c.Resolve("no") }, framework.Intents("NoIntent"))
		d.Handle(framework.Unhandled, say("Please say yes or no."))
	})
	menu := comp(func(d *framework.Def) {
		d.Name("Menu")
		d.Components(yesNo)
		d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Menu") })
		d.Handle(framework.Start, say("What do you want?"))
		d.Handle("Order", say("Your order is on its way."), framework.Intents("OrderIntent"))
		d.Handle("Help", say("You can order."), framework.GlobalIntents("HelpIntent"))
		d.Handle(framework.Unhandled, say("Sorry?"))
	})
	return []framework.Component{menu}
}

// BenchmarkTurn is one in-process turn through the whole lifecycle: the test
// platform decodes, the memory store loads the session, the router resolves
// a local intent, the handler sends, the platform validates and merges the
// output, the store saves.
func BenchmarkTurn(b *testing.B) {
	app := newApp(b, framework.Config{}, benchComponents()...)
	ctx := context.Background()
	first := &framework.Request{Value: &testsuite.Request{SessionID: "s", UserID: "u", Input: launch()}}
	if _, err := app.Handle(ctx, first); err != nil {
		b.Fatal(err)
	}
	tr := &testsuite.Request{SessionID: "s", UserID: "u", Input: intent("OrderIntent")}
	req := &framework.Request{Value: tr}
	b.ReportAllocs()
	for b.Loop() {
		res, err := app.Handle(ctx, req)
		if err != nil || res.Err != nil {
			b.Fatal(err, res.Err)
		}
	}
}

// benchTree builds 50 components: 5 roots, each with 3 children, each with
// 2 grandchildren. Every component has 5 handlers (a few intents, one with
// a sub-state, one conditioned, UNHANDLED on the children); every root has
// a global handler.
func benchTree(b *testing.B) *framework.Tree {
	b.Helper()
	handlers := func(d *framework.Def, name string, unhandled bool) {
		d.Handle("Order", noop, framework.Intents(name+"OrderIntent", "BuyIntent"))
		d.Handle("Cancel", noop, framework.Intents("CancelIntent"))
		d.Handle("Confirm", noop, framework.Intents("YesIntent"), framework.SubState("Confirm"))
		d.Handle("Maybe", noop, framework.Intents("MaybeIntent"), framework.If(func(*framework.Context) bool { return true }))
		if unhandled {
			d.Handle(framework.Unhandled, noop)
		} else {
			d.Handle("Repeat", noop, framework.Intents("RepeatIntent"))
		}
	}
	var roots []framework.Component
	for r := range 5 {
		var children []framework.Component
		for c := range 3 {
			var grand []framework.Component
			for g := range 2 {
				name := fmt.Sprintf("G%d", g)
				grand = append(grand, comp(func(d *framework.Def) { d.Name(name); handlers(d, name, g == 0) }))
			}
			name := fmt.Sprintf("C%d", c)
			children = append(children, comp(func(d *framework.Def) {
				d.Name(name)
				handlers(d, name, true)
				d.Components(grand...)
			}))
		}
		name := fmt.Sprintf("R%d", r)
		roots = append(roots, comp(func(d *framework.Def) {
			d.Name(name)
			handlers(d, name, false)
			d.Handle("Help"+name, noop, framework.GlobalIntents(name+"HelpIntent", "StopIntent"), framework.If(func(*framework.Context) bool { return r%2 == 0 }))
			d.Components(children...)
		}))
	}
	tree, err := framework.BuildTree(roots, knownTypes())
	if err != nil {
		b.Fatal(err)
	}
	if n := len(tree.Nodes()); n != 50 {
		b.Fatalf("tree has %d nodes", n)
	}
	return tree
}

// BenchmarkRouter resolves inputs against the 50-component tree with a
// realistic stack: a root, a component delegated to from another root, and
// a grandchild in a sub-state on top.
func BenchmarkRouter(b *testing.B) {
	tree := benchTree(b)
	state := framework.State{
		{Component: "R0"},
		{Component: "R3.C1"},
		{Component: "R3.C1.G1", SubState: "Confirm"},
	}
	tests := []struct {
		name string
		give framework.Input
		opts framework.RouteOptions
	}{
		{name: "sub-state match", give: intent("YesIntent")},
		{name: "ancestor match", give: intent("C1OrderIntent")},
		{name: "UNHANDLED", give: intent("Unknown")},
		{name: "global past skipped UNHANDLED", give: intent("StopIntent"),
			opts: framework.RouteOptions{IntentsToSkipUnhandled: []string{"StopIntent"}}},
		{name: "many matches", give: intent("BuyIntent")},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				in := tt.give
				if r := framework.Resolve(tree, state, &in, tt.opts); r.Resolved == nil {
					b.Fatal("no route")
				}
			}
		})
	}
}
