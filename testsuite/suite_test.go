package testsuite_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// shop counts visits in user data and items in session data, and shows
// what was seeded.
func shop() *framework.App {
	return framework.New(framework.Config{Components: []framework.Component{comp(func(d *framework.Def) {
		d.Name("Shop")
		d.Handle(framework.Launch, func(c *framework.Context) error {
			v, _ := c.User.Data["visits"].(int)
			c.User.Data["visits"] = v + 1
			return c.Redirect("Shop")
		})
		d.Handle(framework.Start, say("Welcome."))
		d.Handle("Add", func(c *framework.Context) error {
			items, _ := c.Session.Data["items"].(int)
			c.Session.Data["items"] = items + 1
			return c.Say(fmt.Sprintf("%d items.", items+1))
		}, framework.Intents("AddIntent"))
		d.Handle("Show", func(c *framework.Context) error {
			app, _ := c.App().Data().Load("app")
			return c.Say(fmt.Sprintf("session=%v user=%v request=%v app=%v state=%v locale=%s",
				c.Session.Data["seed"], c.User.Data["seed"], c.Data()["seed"], app, len(c.State()), c.LocaleOrDefault()))
		}, framework.Global())
		d.Handle("Bye", func(c *framework.Context) error {
			return c.Send(output.Tell{Message: output.Speech("Bye.")})
		}, framework.Global())
		d.Handle("Fail", func(*framework.Context) error { return errors.New("broken") }, framework.Global())
	})}})
}

func speech(r *testsuite.Result) string {
	return r.Response.(*testsuite.Response).Output.Message.Speech
}

func TestRun(t *testing.T) {
	s := testsuite.New(t, shop())
	res := s.Run(testsuite.Launch())
	require.NoError(t, res.Err)
	assert.Equal(t, "Welcome.", res.Output[0].Message.Speech)
	assert.Equal(t, "Welcome.", speech(res))
	assert.Nil(t, res.Body, "the test platform encodes nothing")
	assert.Equal(t, "Shop.LAUNCH", res.Route.Resolved.Component+"."+res.Route.Resolved.Handler)
	assert.Same(t, s.App(), res.Context.App())
	assert.Equal(t, testsuite.PlatformName, res.Context.Platform.Name())
}

func TestRunSequence(t *testing.T) {
	s := testsuite.New(t, shop())
	res := s.Run(testsuite.Launch(), testsuite.Intent("AddIntent"), testsuite.Intent("AddIntent"))
	assert.Equal(t, "2 items.", speech(res), "Run returns the result of the last step")
}

func TestCarryOver(t *testing.T) {
	s := testsuite.New(t, shop())
	s.Run(testsuite.Launch(), testsuite.Intent("AddIntent"))
	first := s.Session().ID
	assert.Equal(t, 1, s.Session().Data["items"])
	assert.Equal(t, 1, s.User().Data["visits"])

	res := s.Run(testsuite.Intent("AddIntent"))
	assert.Equal(t, "2 items.", speech(res), "session data carries over")
	assert.Equal(t, first, s.Session().ID)

	s.Run(testsuite.Launch())
	assert.NotEqual(t, first, s.Session().ID, "LAUNCH starts a new session")
	assert.Nil(t, s.Session().Data["items"])
	assert.Equal(t, 2, s.User().Data["visits"], "user data carries over across sessions")
	res = s.Run(testsuite.Intent("AddIntent"))
	assert.Equal(t, "1 items.", speech(res))
}

func TestSeeding(t *testing.T) {
	s := testsuite.New(t, shop(), testsuite.WithLocale("de-DE"))
	s.SetSessionData("seed", "s")
	s.SetUserData("seed", "u")
	s.SetRequestData("seed", "r")
	s.SetAppData("app", "a")
	s.SetState(framework.State{{Component: "Shop"}, {Component: "Shop"}})
	res := s.Run(testsuite.Intent("Show"))
	assert.Equal(t, "session=s user=u request=r app=a state=2 locale=de-DE", speech(res))

	res = s.Run(testsuite.Intent("Show"))
	assert.Equal(t, "session=s user=u request=<nil> app=a state=2 locale=de-DE", speech(res),
		"seeds apply to one run: request data is gone; session and user data and the state were saved like any")
}

func TestSeedsSurviveStorage(t *testing.T) {
	s := testsuite.New(t, shop())
	s.SetUserData("visits", 41)
	s.Run(testsuite.Launch())
	assert.Equal(t, 42, s.User().Data["visits"], "seeds are applied after the stored user is loaded")
}

func TestFreshStoragePerSuite(t *testing.T) {
	a := testsuite.New(t, shop())
	a.Run(testsuite.Launch(), testsuite.Launch())
	assert.Equal(t, 2, a.User().Data["visits"])
	b := testsuite.New(t, shop())
	b.Run(testsuite.Launch())
	assert.Equal(t, 1, b.User().Data["visits"], "the same user id in another suite starts from nothing")
}

func TestParallelSuites(t *testing.T) {
	for i := range 8 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			s := testsuite.New(t, shop(), testsuite.WithUserID(fmt.Sprint("user-", i)))
			s.Run(testsuite.Launch())
			for range i {
				s.Run(testsuite.Intent("AddIntent"))
			}
			assert.Equal(t, 1, s.User().Data["visits"])
			if i > 0 {
				assert.Equal(t, i, s.Session().Data["items"])
			}
		})
	}
}

func TestFallbackIsReported(t *testing.T) {
	s := testsuite.New(t, shop())
	res := s.Run(testsuite.Intent("Fail"))
	assert.EqualError(t, res.Err, "handler Shop.Fail: broken")
	assert.Empty(t, res.Output)
}

func TestSessionEnd(t *testing.T) {
	s := testsuite.New(t, shop())
	res := s.Run(testsuite.Launch(), testsuite.Intent("Bye"))
	assert.True(t, res.Response.(*testsuite.Response).SessionEnd)
	res = s.Run(testsuite.Launch())
	assert.False(t, res.Response.(*testsuite.Response).SessionEnd)
}

func TestBeforeAnyRun(t *testing.T) {
	s := testsuite.New(t, shop())
	assert.Zero(t, s.Session().ID)
	assert.Zero(t, s.User().ID)
}

func TestWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := testsuite.New(t, shop(), testsuite.WithContext(ctx))
	res := s.Run(testsuite.Launch())
	assert.ErrorIs(t, res.Err, context.Canceled, "the suite's context reaches the store")
}

type failingStep struct{}

func (failingStep) Request() (*framework.Request, error) { return nil, errors.New("no fixture") }

type rawStep struct{ req *framework.Request }

func (s rawStep) Request() (*framework.Request, error) { return s.req, nil }

func TestRunE(t *testing.T) {
	s := testsuite.New(t, shop())
	_, err := s.RunE(failingStep{})
	assert.EqualError(t, err, "build request: no fixture")
	_, err = s.RunE(rawStep{&framework.Request{Value: 42}})
	assert.ErrorIs(t, err, framework.ErrNoMatchingPlatform)
	res, err := s.RunE(testsuite.Launch())
	require.NoError(t, err)
	assert.Equal(t, "Welcome.", speech(res))
}

func TestRunFailsTheTest(t *testing.T) {
	msg := fatalOf(func(tb testing.TB) {
		s := testsuite.New(tb, shop())
		s.Run(testsuite.Launch(), failingStep{})
	})
	assert.Equal(t, "testsuite: step 2: build request: no fixture", msg)
}

func TestNewFailsTheTest(t *testing.T) {
	t.Run("initialized app", func(t *testing.T) {
		app := shop().Use(testsuite.NewPlatform())
		require.NoError(t, app.Initialize(context.Background()))
		msg := fatalOf(func(tb testing.TB) { testsuite.New(tb, app) })
		assert.Equal(t, "testsuite: the app is already initialized; build a fresh app per suite", msg)
	})
	t.Run("configuration error", func(t *testing.T) {
		app := framework.New(framework.Config{Components: []framework.Component{comp(func(*framework.Def) {})}})
		msg := fatalOf(func(tb testing.TB) { testsuite.New(tb, app) })
		assert.Contains(t, msg, "testsuite: initialize app: invalid component tree")
	})
}

func TestSteps(t *testing.T) {
	const dtmf framework.InputType = "DTMF"
	var got []framework.Input
	app := framework.New(framework.Config{Components: []framework.Component{comp(func(d *framework.Def) {
		d.Name("Echo")
		d.Global()
		d.Handle(framework.Unhandled, func(c *framework.Context) error {
			got = append(got, c.Input)
			return nil
		})
	})}})
	s := testsuite.New(t, app, testsuite.WithPlatform(testsuite.NewPlatform(dtmf)))
	entities := framework.EntityMap{"size": {Value: "large"}}
	s.Run(
		testsuite.Launch(),
		testsuite.Intent("OrderIntent", entities),
		testsuite.Intent("Plain"),
		testsuite.Text("a pizza"),
		testsuite.Type(dtmf),
		testsuite.End(),
		testsuite.Input(framework.Input{Intent: "NoType"}),
	)
	assert.Equal(t, []framework.Input{
		{Type: framework.InputLaunch},
		{Type: framework.InputIntent, Intent: "OrderIntent", Entities: entities},
		{Type: framework.InputIntent, Intent: "Plain"},
		{Type: framework.InputText, Text: "a pizza"},
		{Type: dtmf},
		{Type: framework.InputEnd},
		{Type: framework.InputIntent, Intent: "NoType"},
	}, got)
}
