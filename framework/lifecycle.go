package framework

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/jovo-go/jovo/output"
)

// Result is the outcome of one request.
type Result struct {
	// Context is the request's context object, for inspection after the
	// fact (tests, logs).
	Context *Context
	// Response is what the platform made of the output; Body nil means
	// nothing to send.
	Response Response
	// Err is set when the request fell back: a handler failed or panicked
	// (a *HandlerError), no route matched (a *NoRouteError), the output was
	// invalid, or a hook or the store failed. Response then carries the
	// app's fallback output.
	Err error
}

// Handle runs one request through the lifecycle. It returns an error, and
// no Result, only when the request cannot be answered at all: the app is
// not initialized, no platform claims it, or the platform rejects it as
// malformed (ErrBadRequest: the error says what is wrong). Every other
// failure is reported to the error listeners and answered with the app's
// fallback output; see Result.Err.
func (a *App) Handle(ctx context.Context, req *Request) (*Result, error) {
	if !a.ready.Load() {
		return nil, ErrNotInitialized
	}
	pi := -1
	for i, p := range a.platforms {
		if p.Detect(req) {
			pi = i
			break
		}
	}
	if pi < 0 {
		a.notify(nil, ErrNoMatchingPlatform)
		return nil, ErrNoMatchingPlatform
	}
	platform := a.platforms[pi]
	c := &Context{ctx: ctx, app: a, Platform: platform, Request: req, intentMap: a.intentMaps[pi]}
	if err := platform.Decode(c); err != nil {
		err = fmt.Errorf("%w: %w", ErrBadRequest, err)
		a.notify(c, err)
		return nil, err
	}
	mounted, err := a.mount(c)
	defer a.dismount(c, mounted)
	if err != nil {
		a.fail(c, err)
		return a.finish(c), nil
	}
	if err := a.lifecycle(c); err != nil {
		a.fail(c, err)
	}
	return a.finish(c), nil
}

// lifecycle runs the phases in order, turning a panic anywhere into an
// error.
func (a *App) lifecycle(c *Context) (err error) {
	defer func() {
		if v := recover(); v != nil {
			// Handler panics are caught in logic; this is a hook's.
			err = &HandlerError{Panic: v, Stack: debug.Stack(), Err: ErrHandlerPanic}
		}
	}()
	for i := range a.hooks.phases {
		for _, entries := range a.hooks.phases[i] {
			if err := runEntries(c, entries, nil); err != nil {
				return err
			}
		}
		if c.stopped {
			return nil
		}
	}
	return nil
}

// fail records err, tells the listeners and replaces the output with the
// app's fallback; the session is not saved, so it stays as it was before
// this request.
func (a *App) fail(c *Context, err error) {
	if c.err == nil {
		c.err = err
	}
	c.failed = true
	a.notify(c, err)
	c.Output = append(c.Output[:0], a.cfg.Fallback...)
	c.Response = Response{}
	c.responded = false
}

// finish makes sure a failed request carries the fallback response.
func (a *App) finish(c *Context) *Result {
	if c.failed && !c.responded && !c.stopped {
		resp, err := c.Platform.Respond(c)
		if err != nil {
			a.notify(c, fmt.Errorf("%w: fallback output: %w", ErrOutputValidation, err))
			resp = Response{}
		}
		c.Response = resp
		c.responded = true
	}
	c.result = Result{Context: c, Response: c.Response, Err: c.err}
	return &c.result
}

// mount mounts the plugins of the request's scope in order; it returns how
// many of a.order it got through, so that dismount undoes exactly those
// (a plugin whose Mount failed is not dismounted).
func (a *App) mount(c *Context) (int, error) {
	for i, sp := range a.order {
		if sp.platform != nil && sp.platform != c.Platform {
			continue
		}
		if m, ok := sp.plugin.(Mounter); ok {
			if err := m.Mount(c); err != nil {
				return i, fmt.Errorf("mount plugin %q: %w", sp.plugin.Name(), err)
			}
		}
	}
	return len(a.order), nil
}

func (a *App) dismount(c *Context, mounted int) {
	for _, sp := range a.order[:mounted] {
		if sp.platform != nil && sp.platform != c.Platform {
			continue
		}
		if d, ok := sp.plugin.(Dismounter); ok {
			d.Dismount(c)
		}
	}
}

// installBuiltins registers the framework's own hooks first in their phases,
// as Jovo's DbPlugin, RouterPlugin, HandlerPlugin and OutputPlugin do.
func (a *App) installBuiltins() {
	a.hooks.add(PhaseRequestEnd, hookEntry{fn: a.load, owner: "storage"})
	a.hooks.add(PhaseDialogueRouter, hookEntry{fn: a.route, owner: "router"})
	a.hooks.add(PhaseDialogueLogic, hookEntry{fn: a.logic, owner: "handler"})
	a.hooks.add(PhaseResponseOutput, hookEntry{fn: a.output, owner: "output"})
	a.hooks.add(PhaseResponseEnd, hookEntry{fn: a.save, owner: "storage"})
}

// route runs the router (dialogue.router) and writes the mapped intent back
// into the input.
func (a *App) route(c *Context, _ any) error {
	if c.Input.Type == InputError {
		// As in Jovo, an ERROR input is not routed; the listeners hear of it.
		a.notify(c, fmt.Errorf("%w: the platform reported an error input", ErrInputError))
		return nil
	}
	r := &c.route
	resolveInto(r, a.tree, c.Session.State, &c.Input, RouteOptions{
		Platform:               c.Platform.Name(),
		IntentMap:              c.intentMap,
		IntentsToSkipUnhandled: a.cfg.Routing.IntentsToSkipUnhandled,
		Context:                c,
	})
	if r.Intent != c.Input.IntentName() {
		if c.Input.NLU.Intent == "" {
			c.Input.NLU.Intent = c.Input.Intent
		}
		c.Input.Intent = r.Intent
	}
	c.Route = r
	if ce := a.log.Check(debugLevel, "route"); ce != nil {
		ce.Write(routeFields(c, r)...)
	}
	return nil
}

// logic runs the resolved handler (dialogue.logic) after updating the state
// stack as Jovo's HandlerPlugin does. A handler error or panic makes the
// request fall back but lets the lifecycle go on, so the fallback is
// answered through the platform.
func (a *App) logic(c *Context, _ any) (err error) {
	if c.Route == nil {
		return nil
	}
	m := c.Route.Resolved
	if m == nil {
		nr := &NoRouteError{Input: &c.Input, State: c.Session.State, Route: c.Route}
		c.err = nr
		a.notify(c, nr)
		c.Output = append(c.Output[:0], a.cfg.NoRoute...)
		return nil
	}
	node := m.set.node
	if !node.global {
		st := c.Session.State
		if m.StackIndex >= 0 && m.StackIndex < len(st) {
			st = st[:m.StackIndex+1]
		}
		if len(st) == 0 {
			st = append(st, StateItem{Component: node.Path})
		} else if st[len(st)-1].Component != node.Path {
			st[len(st)-1] = StateItem{Component: node.Path}
		}
		c.Session.State = st
	}
	c.node = node
	defer func() {
		if v := recover(); v != nil {
			err = nil
			a.fail(c, &HandlerError{Component: m.Component, Handler: m.Handler, Panic: v, Stack: debug.Stack(), Err: ErrHandlerPanic})
		}
	}()
	if herr := c.execute(node, m.Handler, nil); herr != nil {
		a.fail(c, &HandlerError{Component: m.Component, Handler: m.Handler, Err: herr})
	}
	return nil
}

// output has the platform turn the output into its response
// (response.output). An invalid output falls back.
func (a *App) output(c *Context, _ any) error {
	resp, err := c.Platform.Respond(c)
	if err != nil && !c.failed {
		a.fail(c, fmt.Errorf("%w: %w", ErrOutputValidation, err))
		resp, err = c.Platform.Respond(c)
	}
	if err != nil {
		// c.failed: the output already is the fallback.
		a.notify(c, fmt.Errorf("%w: fallback output: %w", ErrOutputValidation, err))
		resp = Response{}
	}
	c.Response = resp
	c.responded = true
	return nil
}

// mergeIntentMap lays the platform's intent map, if it has one, over the
// app's; it runs once per platform at Initialize.
func (a *App) mergeIntentMap(p Platform) map[string]string {
	if pm, ok := p.(interface{ IntentMap() map[string]string }); ok {
		if m := pm.IntentMap(); len(m) > 0 {
			merged := make(map[string]string, len(a.cfg.Routing.IntentMap)+len(m))
			for k, v := range a.cfg.Routing.IntentMap {
				merged[k] = v
			}
			for k, v := range m {
				merged[k] = v
			}
			return merged
		}
	}
	return a.cfg.Routing.IntentMap
}

// Templates returns the output sent so far as plain templates, for
// platforms that convert them.
func (c *Context) Templates() []output.Template { return c.Output }
