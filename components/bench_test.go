package components_test

import (
	"context"
	"testing"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/i18n"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// benchTurn measures one request of a dialogue that stays in its
// component: the re-prompt after an unclear answer.
func benchTurn(b *testing.B, root framework.Component, say string) {
	a := framework.New(framework.Config{Components: []framework.Component{root}})
	a.Use(aiflow.New(aiflow.Config{}))
	if err := a.Initialize(context.Background()); err != nil {
		b.Fatal(err)
	}
	call := aiflow.NewCall("bench")
	run := func(st aiflow.Step) {
		req, err := st.Request()
		if err != nil {
			b.Fatal(err)
		}
		res, err := a.Handle(context.Background(), req)
		if err != nil || res.Err != nil || res.Response.Body == nil {
			b.Fatalf("handle: %v %v", err, res)
		}
	}
	run(call.Start())
	b.ReportAllocs()
	for b.Loop() {
		run(call.Say(say))
	}
}

func BenchmarkYesNoReprompt(b *testing.B) {
	cfg := components.YesNoConfig{Settings: components.Settings{Retries: 1 << 30}}.Map()
	benchTurn(b, yesNoApp(cfg), "purple")
}

func BenchmarkMenuReprompt(b *testing.B) {
	cfg := components.MenuConfig{Settings: components.Settings{Retries: 1 << 30}, Options: menuOptions()}.Map()
	root := app{launch: delegateTo("Menu", cfg), children: []framework.Component{components.Menu{}}}
	benchTurn(b, root, "I would like to hear something about the weather tomorrow")
}

// BenchmarkMenuDigitsConfirm plays what the demo's load driver plays, in
// the Menu: 2 (an option that delegates to Digits), six digits, 1 (the
// nested YesNo confirms them); Menu resolves and is offered again. Texts
// come from a translator, as in an app; NoInputFallback and BargeIn
// record each turn's prompt. One op is eight events.
func BenchmarkMenuDigitsConfirm(b *testing.B) {
	tr, err := i18n.New(i18n.Options{Resources: i18n.Resources{"en": {"translation": map[string]any{
		"menu": map[string]any{"intro": "How can I help you?", "again": "Anything else?"},
		"components": map[string]any{
			"Menu":   map[string]any{"option": "For {{label}}, press or say {{digit}}.", "noMatch": "Sorry, that is not one of the options."},
			"Digits": map[string]any{"prompt": "Please enter your {{length}}-digit customer number.", "readBack": "I understood {{digits}}. Is that correct?"},
			"YesNo":  map[string]any{"hint": "Please say yes or no, or press {{yesKey}} for yes and {{noKey}} for no."},
		},
	}}}})
	if err != nil {
		b.Fatal(err)
	}
	opts := menuOptions()
	opts[1].Component = "Digits"
	opts[1].Config = components.DigitsConfig{Settings: components.Settings{Retries: 2}, Length: 6, Confirm: true}.Map()
	root := benchRoot{menu: components.MenuConfig{Settings: components.Settings{Retries: 2}, Options: opts}}
	a := framework.New(framework.Config{Locale: "en-US", I18n: tr, Components: []framework.Component{root}})
	a.Use(aiflow.New(aiflow.Config{}), components.NoInputFallback{}, components.BargeIn{})
	if err := a.Initialize(context.Background()); err != nil {
		b.Fatal(err)
	}
	call := aiflow.NewCall("bench")
	steps := []aiflow.Step{call.Press("2")}
	for _, d := range "421739" {
		steps = append(steps, call.Press(string(d)))
	}
	steps = append(steps, call.Press("1"))
	run := func(st aiflow.Step) {
		req, err := st.Request()
		if err != nil {
			b.Fatal(err)
		}
		res, err := a.Handle(context.Background(), req)
		if err != nil || res.Err != nil {
			b.Fatalf("handle: %v %v", err, res)
		}
	}
	run(call.Start())
	b.ReportAllocs()
	for b.Loop() {
		for _, st := range steps {
			run(st)
		}
	}
}

// benchRoot offers its Menu, with a translated intro, on LAUNCH and again
// after each choice, as the demo does.
type benchRoot struct{ menu components.MenuConfig }

func (r benchRoot) Define(d *framework.Def) {
	d.Name("Bench").Components(components.Menu{Config: r.menu}, components.Digits{})
	d.Handle(framework.Launch, func(c *framework.Context) error { return offer(c, "menu.intro") })
	d.Handle("Selected", func(c *framework.Context) error { return offer(c, "menu.again") })
}

func offer(c *framework.Context, intro string) error {
	return c.Delegate("Menu", framework.DelegateOptions{
		Resolve: map[string]string{components.EventSelected: "Selected"},
		Config:  components.MenuConfig{Settings: components.Settings{Texts: components.Texts{"intro": intro}}}.Map(),
	})
}
