package framework_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// comp is a component declared inline: tests build trees without a named
// type per component.
type comp func(d *framework.Def)

func (f comp) Define(d *framework.Def) { f(d) }

// say returns a handler that sends text.
func say(text string) framework.HandlerFunc {
	return func(c *framework.Context) error { return c.Say(text) }
}

// noop is a handler that does nothing.
func noop(*framework.Context) error { return nil }

// knownTypes is the set of input types BuildTree accepts in router tests.
func knownTypes(extra ...framework.InputType) map[framework.InputType]struct{} {
	m := map[framework.InputType]struct{}{}
	for _, t := range []framework.InputType{
		framework.InputLaunch, framework.InputEnd, framework.InputError, framework.InputIntent,
		framework.InputText, framework.InputTranscribedSpeech, framework.InputSpeech,
	} {
		m[t] = struct{}{}
	}
	for _, t := range extra {
		m[t] = struct{}{}
	}
	return m
}

// newApp builds an app with the test platform and initializes it.
func newApp(t testing.TB, cfg framework.Config, components ...framework.Component) *framework.App {
	t.Helper()
	cfg.Components = append(cfg.Components, components...)
	cfg.Plugins = append([]framework.Plugin{testsuite.NewPlatform()}, cfg.Plugins...)
	app := framework.New(cfg)
	require.NoError(t, app.Initialize(context.Background()))
	return app
}

// turn is one test platform request.
type turn struct {
	session string
	user    string
	locale  string
	in      framework.Input
}

// req builds the raw request of a turn.
func (tr turn) req() *framework.Request {
	s := tr.session
	if s == "" {
		s = "s1"
	}
	return &framework.Request{Value: &testsuite.Request{SessionID: s, UserID: tr.user, Locale: tr.locale, Input: tr.in}, Transport: framework.TransportTest}
}

// handle runs one turn and requires it to be answered.
func handle(t testing.TB, app *framework.App, tr turn) *framework.Result {
	t.Helper()
	res, err := app.Handle(context.Background(), tr.req())
	require.NoError(t, err)
	return res
}

func intent(name string) framework.Input {
	return framework.Input{Type: framework.InputIntent, Intent: name}
}

func launch() framework.Input { return framework.Input{Type: framework.InputLaunch} }

// spoken returns the speech of every template a request sent.
func spoken(res *framework.Result) []string {
	var out []string
	for _, t := range res.Context.Output {
		if t.Message != nil {
			out = append(out, t.Message.Speech)
		}
	}
	return out
}

// merged returns the test platform's merged speech of a result.
func merged(t testing.TB, res *framework.Result) string {
	t.Helper()
	r, ok := res.Response.Native.(*testsuite.Response)
	require.True(t, ok, "native response is %T", res.Response.Native)
	if r.Output.Message == nil {
		return ""
	}
	return r.Output.Message.Speech
}

// ranking renders the matches of a route as "Component.Handler@index",
// "@g" for global matches, with a "!" suffix for skipped ones.
func ranking(r *framework.Route) []string {
	out := make([]string, 0, len(r.Matches))
	for _, m := range r.Matches {
		out = append(out, matchLabel(m))
	}
	return out
}

func matchLabel(m framework.RouteMatch) string {
	s := m.Component + "." + m.Handler + "@"
	if m.Global {
		s += "g"
	} else {
		s += strconv.Itoa(m.StackIndex)
	}
	if m.Skip != "" {
		s += "!"
	}
	return s
}

func resolved(r *framework.Route) string {
	if r.Resolved == nil {
		return ""
	}
	return matchLabel(*r.Resolved)
}

// stack builds a state stack from component paths.
func stack(paths ...string) framework.State {
	st := make(framework.State, len(paths))
	for i, p := range paths {
		st[i] = framework.StateItem{Component: p}
	}
	return st
}

// sayOutput is a template that says text.
func sayOutput(text string) output.Template { return output.Say(text) }

// outputTemplate shortens output.Template in test tables.
type outputTemplate = output.Template

// newTestPlatform returns the generic test platform.
func newTestPlatform() *testsuite.Platform { return testsuite.NewPlatform() }
