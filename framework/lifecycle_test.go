package framework_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/testsuite"
)

var events = []string{
	framework.EventSend, framework.EventRedirect, framework.EventDelegate,
	framework.EventResolve, framework.EventHandlerExecuted,
}

// everyHook lists every phase and event with its before. and after.
// variants.
func everyHook() []string {
	var out []string
	for _, p := range append(framework.Phases[:], events...) {
		out = append(out, framework.Before(p), p, framework.After(p))
	}
	return out
}

// phasesFrom lists the hook calls of phases[from:to] in order.
func phaseCalls(from, to string) []string {
	var out []string
	on := false
	for _, p := range framework.Phases {
		on = on || p == from
		if on {
			out = append(out, framework.Before(p), p, framework.After(p))
		}
		if p == to {
			break
		}
	}
	return out
}

func triple(name, detail string) []string {
	return []string{framework.Before(name) + " " + detail, name + " " + detail, framework.After(name) + " " + detail}
}

// flowComponents: LAUNCH redirects to Menu, whose START delegates to
// Menu.Ask, whose START resolves at once; Menu.OnDone answers.
func flowComponents() []framework.Component {
	return []framework.Component{
		comp(func(d *framework.Def) {
			d.Name("Entry")
			d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Menu") })
		}),
		comp(func(d *framework.Def) {
			d.Name("Menu")
			d.Handle(framework.Start, func(c *framework.Context) error {
				return c.Delegate("Ask", framework.DelegateOptions{Resolve: map[string]string{"done": "OnDone"}})
			})
			d.Handle("OnDone", func(c *framework.Context) error {
				return c.Say(fmt.Sprint(append([]any{"done "}, c.ResolveArgs()...)...))
			})
			d.Components(comp(func(d *framework.Def) {
				d.Name("Ask")
				d.Handle(framework.Start, func(c *framework.Context) error { return c.Resolve("done", 42) })
			}))
		}),
	}
}

func TestLifecycleOrder(t *testing.T) {
	rec := &recorder{name: "rec", hooks: everyHook()}
	app := newApp(t, framework.Config{Plugins: []framework.Plugin{rec}}, flowComponents()...)
	res := handle(t, app, turn{in: launch()})
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"done 42"}, spoken(res))

	want := []string{"mount"}
	want = append(want, phaseCalls(framework.PhaseRequestStart, framework.PhaseDialogueRouter)...)
	want = append(want, framework.Before(framework.PhaseDialogueLogic))
	// The built-in handler hook runs first in dialogue.logic; the events
	// fire from inside it, in the order the handlers call them.
	want = append(want, triple(framework.EventHandlerExecuted, "Entry.LAUNCH")...)
	want = append(want, triple(framework.EventRedirect, "Menu.START")...)
	want = append(want, triple(framework.EventHandlerExecuted, "Menu.START")...)
	want = append(want, triple(framework.EventDelegate, "Menu.Ask map[done:OnDone]")...)
	want = append(want, triple(framework.EventHandlerExecuted, "Menu.Ask.START")...)
	want = append(want, triple(framework.EventResolve, "done→OnDone [42]")...)
	want = append(want, triple(framework.EventHandlerExecuted, "Menu.OnDone")...)
	want = append(want, triple(framework.EventSend, `"done 42"`)...)
	want = append(want, framework.PhaseDialogueLogic, framework.After(framework.PhaseDialogueLogic))
	want = append(want, phaseCalls(framework.PhaseDialogueEnd, framework.PhaseResponseEnd)...)
	want = append(want, "dismount")
	assert.Equal(t, want, rec.calls)
	assert.Equal(t, framework.State{{Component: "Menu"}}, res.Context.Session.State, "Resolve popped Menu.Ask")
}

func TestLifecycleStop(t *testing.T) {
	rec := &recorder{name: "rec", hooks: everyHook()}
	var after []string
	stopper := &hookPlugin{name: "stopper", hooks: map[string]framework.HookFunc{
		framework.PhaseDialogueStart: func(c *framework.Context, _ any) error { c.Stop(); return nil },
	}}
	late := &hookPlugin{name: "late", hooks: map[string]framework.HookFunc{
		framework.PhaseDialogueStart: func(*framework.Context, any) error { after = append(after, "late"); return nil },
	}}
	app := newApp(t, framework.Config{Plugins: []framework.Plugin{stopper, rec, late}}, flowComponents()...)
	res := handle(t, app, turn{user: "u", in: launch()})
	require.NoError(t, res.Err)

	want := []string{"mount"}
	want = append(want, phaseCalls(framework.PhaseRequestStart, framework.PhaseInterpretationEnd)...)
	want = append(want, framework.Before(framework.PhaseDialogueStart))
	want = append(want, "dismount")
	assert.Equal(t, want, rec.calls, "nothing runs after the hook that stopped, but Dismount does")
	assert.Empty(t, after)
	assert.Nil(t, res.Context.Route, "the router never ran")
	assert.Nil(t, res.Response.Native, "no response was built")
	_, err := app.Store().LoadSession(context.Background(), "s1")
	assert.ErrorIs(t, err, framework.ErrNotFound, "nothing was saved")
}

func TestLifecycleHookError(t *testing.T) {
	boom := errors.New("tts down")
	var seen []error
	failing := &hookPlugin{name: "tts", hooks: map[string]framework.HookFunc{
		framework.PhaseResponseTTS: func(*framework.Context, any) error { return boom },
	}}
	app := newApp(t, framework.Config{
		Plugins:  []framework.Plugin{failing},
		Fallback: []outputTemplate{sayOutput("Sorry, something went wrong.")},
	}, flowComponents()...)
	app.OnError(func(c *framework.Context, err error) { seen = append(seen, err) })
	res := handle(t, app, turn{in: launch()})
	assert.ErrorIs(t, res.Err, boom)
	assert.Equal(t, "Sorry, something went wrong.", merged(t, res), "the response built before the error is replaced")
	require.Len(t, seen, 1)
	assert.ErrorIs(t, seen[0], boom)
}

func TestLifecycleHookPanic(t *testing.T) {
	var seen []error
	panicky := &hookPlugin{name: "p", hooks: map[string]framework.HookFunc{
		framework.PhaseInterpretationNLU: func(*framework.Context, any) error { panic("nlu exploded") },
	}}
	app := newApp(t, framework.Config{Plugins: []framework.Plugin{panicky}, Fallback: []outputTemplate{sayOutput("fallback")}}, flowComponents()...)
	app.OnError(func(c *framework.Context, err error) { seen = append(seen, err) })
	res := handle(t, app, turn{in: launch()})
	var he *framework.HandlerError
	require.ErrorAs(t, res.Err, &he)
	assert.ErrorIs(t, res.Err, framework.ErrHandlerPanic)
	assert.Equal(t, "nlu exploded", he.Panic)
	assert.EqualError(t, res.Err, "hook panicked: nlu exploded")
	assert.NotEmpty(t, he.Stack)
	assert.Equal(t, "fallback", merged(t, res))
	assert.Len(t, seen, 1)
}

func TestPlatformScopedPlugins(t *testing.T) {
	scoped := &recorder{name: "nlu", hooks: []string{framework.PhaseInterpretationNLU}}
	other := &miniPlatform{name: "other", children: []framework.Plugin{scoped}}
	global := &recorder{name: "global", hooks: []string{framework.PhaseInterpretationNLU}}
	app := newApp(t, framework.Config{Plugins: []framework.Plugin{other, global}}, comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Launch, say("hi"))
	}))
	assert.Equal(t, []string{testsuite.PlatformName, "other"}, platformNames(app.Platforms()))
	assert.Same(t, other, scoped.platform, "the Registrar of a plugin under a platform is scoped to it")
	assert.Nil(t, global.platform)

	handle(t, app, turn{in: launch()})
	assert.Equal(t, []string{"mount", framework.PhaseInterpretationNLU, "dismount"}, global.calls)
	assert.Empty(t, scoped.calls, "neither its hooks nor Mount run for another platform's request")

	res, err := app.Handle(context.Background(), &framework.Request{Value: &miniReq{platform: "other", session: "m1", in: launch()}})
	require.NoError(t, err)
	require.NoError(t, res.Err)
	assert.Same(t, other, res.Context.Platform)
	assert.Equal(t, []string{"mount", framework.PhaseInterpretationNLU, "dismount"}, scoped.calls)
	assert.Equal(t, 2, global.mounts)
	assert.Equal(t, 2, global.dismounts)
}

func platformNames(ps []framework.Platform) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name()
	}
	return out
}

func TestMountErrors(t *testing.T) {
	first := &recorder{name: "first"}
	failing := &recorder{name: "failing", mountErr: errors.New("no connection")}
	last := &recorder{name: "last"}
	app := newApp(t, framework.Config{
		Plugins:  []framework.Plugin{first, failing, last},
		Fallback: []outputTemplate{sayOutput("fallback")},
	}, flowComponents()...)
	res := handle(t, app, turn{in: launch()})
	assert.ErrorContains(t, res.Err, `mount plugin "failing": no connection`)
	assert.Equal(t, "fallback", merged(t, res))
	assert.Equal(t, []string{"mount", "dismount"}, first.calls, "what was mounted is dismounted")
	assert.Equal(t, []string{"mount"}, failing.calls, "a plugin whose Mount failed is not dismounted")
	assert.Empty(t, last.calls)
}

func TestRegistrar(t *testing.T) {
	const dtmf framework.InputType = "DTMF"
	var gotApp *framework.App
	p := &installFunc{name: "types", fn: func(r *framework.Registrar) error {
		gotApp = r.App()
		r.InputTypes(dtmf)
		return nil
	}}
	app := newApp(t, framework.Config{Plugins: []framework.Plugin{p}}, comp(func(d *framework.Def) {
		d.Name("A")
		d.Global()
		d.Handle("Key", say("key"), framework.Types(dtmf))
	}))
	assert.Same(t, app, gotApp)
	res := handle(t, app, turn{in: framework.Input{Type: dtmf}})
	assert.Equal(t, []string{"key"}, spoken(res))
}

func TestCustomEvent(t *testing.T) {
	rec := &recorder{name: "rec", hooks: []string{"before.my.event", "my.event", "after.my.event"}}
	app := newApp(t, framework.Config{Plugins: []framework.Plugin{rec}}, comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Launch, func(c *framework.Context) error {
			if err := c.Fire("unhooked.event", nil); err != nil {
				return err
			}
			return c.Fire("my.event", nil)
		})
	}))
	handle(t, app, turn{in: launch()})
	assert.Equal(t, []string{"mount", "before.my.event", "my.event", "after.my.event", "dismount"}, rec.calls)
}

func TestAppHook(t *testing.T) {
	var order []string
	app := framework.New(framework.Config{Plugins: []framework.Plugin{testsuite.NewPlatform()}})
	app.Register(comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Launch, func(c *framework.Context) error { order = append(order, "handler"); return nil })
	}))
	app.Hook(framework.Before(framework.PhaseDialogueLogic), func(*framework.Context, any) error {
		order = append(order, "before")
		return nil
	}).Hook(framework.After(framework.PhaseDialogueLogic), func(*framework.Context, any) error {
		order = append(order, "after")
		return nil
	})
	require.NoError(t, app.Initialize(context.Background()))
	handle(t, app, turn{in: launch()})
	assert.Equal(t, []string{"before", "handler", "after"}, order)
}

// hookPlugin registers hooks from a map.
type hookPlugin struct {
	name  string
	hooks map[string]framework.HookFunc
}

func (p *hookPlugin) Name() string { return p.name }

func (p *hookPlugin) Install(r *framework.Registrar) error {
	for name, fn := range p.hooks {
		r.Hook(name, fn)
	}
	return nil
}

// installFunc is a plugin whose Install is a function.
type installFunc struct {
	name string
	fn   func(r *framework.Registrar) error
}

func (p *installFunc) Name() string                         { return p.name }
func (p *installFunc) Install(r *framework.Registrar) error { return p.fn(r) }

// TestEventHookErrors: an event hook that fails makes the call that fired
// it fail, so the handler fails and the request falls back.
func TestEventHookErrors(t *testing.T) {
	for _, ev := range events {
		for _, name := range []string{framework.Before(ev), ev, framework.After(ev)} {
			t.Run(name, func(t *testing.T) {
				boom := errors.New("vetoed")
				p := &hookPlugin{name: "veto", hooks: map[string]framework.HookFunc{
					name: func(*framework.Context, any) error { return boom },
				}}
				app := newApp(t, framework.Config{Plugins: []framework.Plugin{p}, Fallback: []outputTemplate{sayOutput("fallback")}}, flowComponents()...)
				res := handle(t, app, turn{in: launch()})
				assert.ErrorIs(t, res.Err, boom)
				var he *framework.HandlerError
				assert.ErrorAs(t, res.Err, &he)
				assert.Equal(t, "fallback", merged(t, res))
			})
		}
	}
}
