package framework

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/output"
)

type smokePlatform struct{}

func (smokePlatform) Name() string               { return "smoke" }
func (smokePlatform) Detect(req *Request) bool   { _, ok := req.Value.(*Input); return ok }
func (smokePlatform) Decode(c *Context) error    { c.Input = *c.Request.Value.(*Input); c.Session.ID = "s1"; return nil }
func (smokePlatform) Respond(c *Context) (Response, error) { return Response{Native: c.Output}, nil }

type smokeMenu struct{}

func (m smokeMenu) Define(d *Def) {
	d.Name("Menu")
	d.Handle(Launch, func(c *Context) error { return c.Redirect("Menu") })
	d.Handle(Start, func(c *Context) error { return c.Say("menu") })
	d.Handle("YesIntent", func(c *Context) error { return c.Delegate("YesNo", DelegateOptions{Resolve: map[string]string{"yes": "OnYes"}}) })
	d.Handle("OnYes", func(c *Context) error { return c.Say("you said yes") })
	d.Handle(Unhandled, func(c *Context) error { return c.Say("menu unhandled") })
	d.Components(smokeYesNo{})
}

type smokeYesNo struct{}

func (smokeYesNo) Define(d *Def) {
	d.Name("YesNo")
	d.Handle(Start, func(c *Context) error { return c.Send(output.Say("yes or no?")) })
	d.Handle("Yes", func(c *Context) error { return c.Resolve("yes") }, Intents("YesIntent"))
}

func TestSmoke(t *testing.T) {
	app := New(Config{Components: []Component{smokeMenu{}}, Plugins: []Plugin{smokePlatform{}}})
	require.NoError(t, app.Initialize(context.Background()))
	run := func(in Input) *Result {
		r, err := app.Handle(context.Background(), &Request{Value: &in})
		require.NoError(t, err)
		return r
	}
	r := run(Input{Type: InputLaunch})
	require.NoError(t, r.Err)
	require.Equal(t, "menu", r.Context.Output[0].Message.Speech)
	r = run(Input{Type: InputIntent, Intent: "YesIntent"})
	require.Equal(t, "yes or no?", r.Context.Output[0].Message.Speech)
	require.Len(t, r.Context.Session.State, 2)
	r = run(Input{Type: InputIntent, Intent: "YesIntent"})
	require.Equal(t, "you said yes", r.Context.Output[0].Message.Speech, r.Context.Route.String())
	require.Len(t, r.Context.Session.State, 1)
	r = run(Input{Type: InputIntent, Intent: "Foo"})
	require.Equal(t, "menu unhandled", r.Context.Output[0].Message.Speech)
}
