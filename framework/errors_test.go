package framework_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// errorsApp has a component whose handlers change the session and then fail
// in various ways.
func errorsApp(t *testing.T, cfg framework.Config) (*framework.App, *[]listened) {
	var seen []listened
	cfg.Fallback = []output.Template{output.Say("Sorry, that went wrong.")}
	cfg.NoRoute = []output.Template{output.Say("I did not get that.")}
	app := newApp(t, cfg, comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Launch, func(c *framework.Context) error {
			c.Session.Data["turn"] = "launch"
			return c.Redirect("A")
		})
		d.Handle(framework.Start, say("Hello."))
		d.Handle("Fail", func(c *framework.Context) error {
			c.Session.Data["turn"] = "fail"
			c.Session.State = append(c.Session.State, framework.StateItem{Component: "B"})
			_ = c.Say("half an answer")
			return errors.New("database down")
		})
		d.Handle("Panic", func(c *framework.Context) error {
			c.Session.Data["turn"] = "panic"
			_ = c.Say("half an answer")
			panic("out of coffee")
		})
		d.Handle("Invalid", func(c *framework.Context) error {
			return c.Send(output.Template{Card: &output.Card{}})
		})
		d.Handle("BadOutputType", func(c *framework.Context) error {
			_ = c.Say("kept")
			err := c.Send(output.Say("dropped"), output.Ask{})
			assert.ErrorIs(t, err, framework.ErrOutputValidation)
			return c.Say("after")
		})
	}))
	app.OnError(func(c *framework.Context, err error) { seen = append(seen, listened{c, err}) })
	return app, &seen
}

type listened struct {
	c   *framework.Context
	err error
}

func TestHandlerErrorFallsBack(t *testing.T) {
	app, seen := errorsApp(t, framework.Config{})
	handle(t, app, turn{user: "u", in: launch()})
	res := handle(t, app, turn{user: "u", in: intent("Fail")})

	var he *framework.HandlerError
	require.ErrorAs(t, res.Err, &he)
	assert.Equal(t, "A", he.Component)
	assert.Equal(t, "Fail", he.Handler)
	assert.EqualError(t, res.Err, "handler A.Fail: database down")
	assert.Equal(t, "Sorry, that went wrong.", merged(t, res), "the fallback, not a half-built answer (Jovo #11.6)")
	assert.Equal(t, []string{"Sorry, that went wrong."}, spoken(res))

	require.Len(t, *seen, 1)
	assert.Same(t, res.Context, (*seen)[0].c, "the listener gets the request's context")
	assert.ErrorIs(t, (*seen)[0].err, he)

	rec, err := app.Store().LoadSession(context.Background(), "s1")
	require.NoError(t, err)
	assert.Equal(t, "launch", rec.Data["turn"], "the failed request saved nothing")
	assert.Equal(t, stack("A"), rec.State)
	_, err = app.Store().LoadUser(context.Background(), "u")
	assert.NoError(t, err, "the user of the first request was saved")
}

func TestHandlerPanicFallsBack(t *testing.T) {
	app, seen := errorsApp(t, framework.Config{})
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("Panic")})

	var he *framework.HandlerError
	require.ErrorAs(t, res.Err, &he)
	assert.ErrorIs(t, res.Err, framework.ErrHandlerPanic)
	assert.Equal(t, "A", he.Component)
	assert.Equal(t, "Panic", he.Handler)
	assert.NotNil(t, he.Panic)
	assert.Contains(t, string(he.Stack), "errors_test.go", "the stack points at the panic")
	assert.Contains(t, res.Err.Error(), "handler A.Panic panicked: out of coffee")
	assert.Equal(t, "Sorry, that went wrong.", merged(t, res))
	require.Len(t, *seen, 1)
	assert.Same(t, res.Context, (*seen)[0].c)

	rec, err := app.Store().LoadSession(context.Background(), "s1")
	require.NoError(t, err)
	assert.Equal(t, "launch", rec.Data["turn"])
}

func TestInvalidOutputFallsBack(t *testing.T) {
	app, seen := errorsApp(t, framework.Config{})
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("Invalid")})
	assert.ErrorIs(t, res.Err, framework.ErrOutputValidation)
	assert.Equal(t, "Sorry, that went wrong.", merged(t, res))
	assert.Len(t, *seen, 1)

	res = handle(t, app, turn{in: intent("BadOutputType")})
	require.NoError(t, res.Err, "the handler handled the Send error")
	assert.Equal(t, []string{"kept", "after"}, spoken(res), "a failed Send appends nothing")
}

func TestInvalidFallback(t *testing.T) {
	var seen []error
	app := newApp(t, framework.Config{Fallback: []output.Template{{Card: &output.Card{}}}}, comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Launch, func(*framework.Context) error { return errors.New("x") })
		d.Handle("Invalid", func(c *framework.Context) error { return c.Send(output.Template{Card: &output.Card{}}) }, framework.Global())
	}))
	app.OnError(func(_ *framework.Context, err error) { seen = append(seen, err) })

	res := handle(t, app, turn{in: launch()})
	assert.EqualError(t, res.Err, "handler A.LAUNCH: x")
	assert.Nil(t, res.Response.Body)
	assert.Nil(t, res.Response.Native, "an invalid fallback answers nothing")
	require.Len(t, seen, 2)
	assert.ErrorIs(t, seen[1], framework.ErrOutputValidation)
	assert.ErrorContains(t, seen[1], "fallback output")

	seen = nil
	res = handle(t, app, turn{in: intent("Invalid")})
	assert.ErrorIs(t, res.Err, framework.ErrOutputValidation)
	assert.Nil(t, res.Response.Native)
	assert.Len(t, seen, 2)
}

func TestFailureBeforeTheResponsePhase(t *testing.T) {
	p := &miniPlatform{name: "other", respErr: errors.New("cannot encode")}
	mount := &recorder{name: "m", mountErr: errors.New("mount failed")}
	app := framework.New(framework.Config{Plugins: []framework.Plugin{p, mount}})
	require.NoError(t, app.Initialize(context.Background()))
	var seen []error
	app.OnError(func(_ *framework.Context, err error) { seen = append(seen, err) })
	res, err := app.Handle(context.Background(), &framework.Request{Value: &miniReq{platform: "other", session: "s", in: launch()}})
	require.NoError(t, err)
	assert.ErrorContains(t, res.Err, "mount failed")
	assert.Equal(t, framework.Response{}, res.Response)
	require.Len(t, seen, 2, "the failure and the failed fallback")
	assert.ErrorContains(t, seen[1], "fallback output: cannot encode")
}

func TestNoRoute(t *testing.T) {
	app, seen := errorsApp(t, framework.Config{})
	handle(t, app, turn{in: launch()})
	res := handle(t, app, turn{in: intent("Nothing")})

	var nr *framework.NoRouteError
	require.ErrorAs(t, res.Err, &nr)
	assert.ErrorIs(t, res.Err, framework.ErrNoMatchingRoute)
	assert.Equal(t, `no matching route for input type "INTENT" intent "Nothing" (state top "A", 0 matches all skipped)`, nr.Error())
	assert.Equal(t, "I did not get that.", merged(t, res), "Config.NoRoute answers")
	require.Len(t, *seen, 1)
	assert.Same(t, res.Context, (*seen)[0].c)

	rec, err := app.Store().LoadSession(context.Background(), "s1")
	require.NoError(t, err)
	assert.Equal(t, stack("A"), rec.State, "the session goes on unchanged")
}

func TestNoRouteWithoutState(t *testing.T) {
	err := &framework.NoRouteError{Input: &framework.Input{Type: framework.InputText}, Route: &framework.Route{}}
	assert.Equal(t, `no matching route for input type "TEXT" intent "" (state top "", 0 matches all skipped)`, err.Error())
}

func TestErrorInput(t *testing.T) {
	app, seen := errorsApp(t, framework.Config{})
	res := handle(t, app, turn{in: framework.Input{Type: framework.InputError}})
	assert.NoError(t, res.Err)
	assert.Nil(t, res.Context.Route, "ERROR inputs are not routed (Jovo: the router hands them to the error listeners)")
	assert.Empty(t, res.Context.Output)
	require.Len(t, *seen, 1, "the listeners hear of the ERROR input")
	assert.ErrorIs(t, (*seen)[0].err, framework.ErrInputError)
}

func TestHookAfterInitializePanics(t *testing.T) {
	app, _ := errorsApp(t, framework.Config{})
	assert.PanicsWithValue(t, "framework: App.Hook(request.start) called after Initialize", func() {
		app.Hook(framework.PhaseRequestStart, func(*framework.Context, any) error { return nil })
	})
}

func TestHandleErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("not initialized", func(t *testing.T) {
		app := framework.New(framework.Config{Plugins: []framework.Plugin{testsuite.NewPlatform()}})
		_, err := app.Handle(ctx, turn{in: launch()}.req())
		assert.ErrorIs(t, err, framework.ErrNotInitialized)
	})
	t.Run("no matching platform", func(t *testing.T) {
		app, seen := errorsApp(t, framework.Config{})
		res, err := app.Handle(ctx, &framework.Request{Value: 42})
		assert.Nil(t, res)
		assert.ErrorIs(t, err, framework.ErrNoMatchingPlatform)
		require.Len(t, *seen, 1)
		assert.Nil(t, (*seen)[0].c)
	})
	t.Run("bad request", func(t *testing.T) {
		app, seen := errorsApp(t, framework.Config{})
		res, err := app.Handle(ctx, &framework.Request{Value: &testsuite.Request{Input: launch()}})
		assert.Nil(t, res)
		assert.ErrorIs(t, err, framework.ErrBadRequest)
		assert.ErrorIs(t, err, testsuite.ErrNoSession)
		assert.EqualError(t, err, "bad request: test request has no session id")
		require.Len(t, *seen, 1)
		assert.NotNil(t, (*seen)[0].c)
	})
}

func TestHandlerErrorMessages(t *testing.T) {
	assert.EqualError(t, &framework.HandlerError{Component: "A", Handler: "X", Err: errors.New("e")}, "handler A.X: e")
	assert.EqualError(t, &framework.HandlerError{Err: errors.New("e")}, "hook: e")
}

func TestConfigErrors(t *testing.T) {
	a, b := errors.New("a"), errors.New("b")
	err := framework.ConfigErrors{a, b}
	assert.EqualError(t, err, "a; b")
	assert.ErrorIs(t, err, b)
}
