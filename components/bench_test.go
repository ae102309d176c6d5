package components_test

import (
	"context"
	"testing"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
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
