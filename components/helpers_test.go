package components_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// allEvents are the events the test app maps in every resolve map.
var allEvents = []string{
	components.EventYes, components.EventNo, components.EventCancel, components.EventCollected,
	components.EventSelected, components.EventFailed, components.EventInput,
}

// resolveAll maps every event to the test app's handler "On<event>".
func resolveAll() map[string]string {
	m := make(map[string]string, len(allEvents))
	for _, ev := range allEvents {
		m[ev] = "On" + ev
	}
	return m
}

// app is the test app's root component: LAUNCH runs launch; every
// resolved event is answered with "resolved <event> <args>".
type app struct {
	launch   framework.HandlerFunc
	children []framework.Component
}

func (a app) Define(d *framework.Def) {
	d.Name("App").Components(a.children...)
	d.Handle(framework.Launch, a.launch)
	d.Handle(framework.End, func(c *framework.Context) error { return nil })
	for _, ev := range allEvents {
		d.Handle("On"+ev, func(c *framework.Context) error {
			return c.Send(&aiflow.Speak{Text: resolvedText(ev, c.ResolveArgs())})
		})
	}
}

func resolvedText(ev string, args []any) string {
	s := "resolved " + ev
	for _, a := range args {
		s += fmt.Sprintf(" %v", a)
	}
	return s
}

// delegateTo returns a LAUNCH handler that delegates to component.
func delegateTo(component string, cfg map[string]any) framework.HandlerFunc {
	return func(c *framework.Context) error {
		return c.Delegate(component, framework.DelegateOptions{Resolve: resolveAll(), Config: cfg})
	}
}

// newSuite builds an app in locale with root and extra components and
// plugins on AI Flow.
func newSuite(t *testing.T, locale string, root framework.Component, plugins ...framework.Plugin) *testsuite.Suite {
	t.Helper()
	a := framework.New(framework.Config{Locale: locale, Components: []framework.Component{root}})
	a.Use(plugins...)
	a.OnError(func(c *framework.Context, err error) { t.Logf("app error: %v", err) })
	return testsuite.New(t, a, testsuite.WithPlatform(aiflow.New(aiflow.Config{})))
}

// actions returns the actions of a result.
func actions(t *testing.T, res *testsuite.Result) []aiflow.Action {
	t.Helper()
	require.NoError(t, res.Err)
	if res.Response == nil {
		return nil
	}
	acts, ok := res.Response.([]aiflow.Action)
	require.True(t, ok, "response is %T", res.Response)
	return acts
}

// said returns the texts of the speak actions of a result, joined.
func said(t *testing.T, res *testsuite.Result) string {
	t.Helper()
	var out []string
	for _, a := range actions(t, res) {
		if s, ok := a.(*aiflow.Speak); ok {
			out = append(out, s.Text+s.SSML)
		}
	}
	return strings.Join(out, " | ")
}

// kinds returns the action types of a result.
func kinds(t *testing.T, res *testsuite.Result) []string {
	t.Helper()
	var out []string
	for _, a := range actions(t, res) {
		out = append(out, string(a.Type()))
	}
	return out
}

// stack returns the component paths of the state stack.
func stack(s *testsuite.Suite) []string {
	var out []string
	for _, it := range s.Session().State {
		out = append(out, it.Component)
	}
	return out
}

// top returns the data of the top stack item.
func top(s *testsuite.Suite) map[string]any {
	if t := s.Session().State.Top(); t != nil {
		return t.Data
	}
	return nil
}

// speakOf returns the only speak of a result.
func speakOf(t *testing.T, res *testsuite.Result) *aiflow.Speak {
	t.Helper()
	var found *aiflow.Speak
	for _, a := range actions(t, res) {
		if s, ok := a.(*aiflow.Speak); ok {
			require.Nil(t, found, "more than one speak")
			found = s
		}
	}
	require.NotNil(t, found, "no speak")
	return found
}

// appData returns the session data without the platform's own keys
// ("aiflow.…", the barge-in counter): what the app and the components
// wrote.
func appData(s *testsuite.Suite) map[string]any {
	out := make(map[string]any)
	for k, v := range s.Session().Data {
		if !strings.HasPrefix(k, "aiflow.") {
			out[k] = v
		}
	}
	return out
}
