package framework

import (
	"errors"
	"fmt"
)

// ErrCannotResolve is returned by Resolve when the active component was not
// delegated to (Jovo silently does nothing in that case).
var ErrCannotResolve = errors.New("cannot resolve")

// DelegateOptions are passed with Delegate.
//
// Delegate copies Resolve and Config into the new state item, so a caller
// may pass maps it shares between turns and calls (built once, say) as
// long as it never changes them.
type DelegateOptions struct {
	// Resolve maps the events the child may resolve with to handler names
	// of the delegating component.
	Resolve map[string]string
	// Config is laid over the child's default config (ComponentConfig).
	Config map[string]any
}

// Redirect clears the state stack, enters the named component (found
// relative to the active one) and runs its handler: START unless a handler
// name is given.
func (c *Context) Redirect(component string, handler ...string) error {
	node, err := c.enter(component)
	if err != nil {
		return err
	}
	name := Start
	if len(handler) > 0 && handler[0] != "" {
		name = handler[0]
	}
	c.Session.State = c.Session.State[:0]
	if !node.global {
		c.Session.State = append(c.Session.State, StateItem{Component: node.Path})
	}
	c.node = node
	if c.app.hooks.has(EventRedirect) {
		if err := c.app.fire(c, EventRedirect, &RedirectEvent{Component: node.Path, Handler: name}); err != nil {
			return err
		}
	}
	return c.execute(node, name, nil)
}

// Delegate pushes the named component onto the state stack with a resolve
// map and config, and runs its START handler. The child answers later with
// Resolve, which returns to the handler the resolve map names.
func (c *Context) Delegate(component string, opts DelegateOptions) error {
	node, err := c.enter(component)
	if err != nil {
		return err
	}
	if c.node != nil && c.node.global {
		c.Session.State = append(c.Session.State, StateItem{Component: c.node.Path})
	}
	c.Session.State = append(c.Session.State, StateItem{
		Component: node.Path,
		Resolve:   cloneStrings(opts.Resolve),
		Config:    cloneMap(opts.Config),
	})
	c.node = node
	if c.app.hooks.has(EventDelegate) {
		if err := c.app.fire(c, EventDelegate, &DelegateEvent{Component: node.Path, Options: opts}); err != nil {
			return err
		}
	}
	return c.execute(node, Start, nil)
}

// Resolve leaves the active (delegated) component and runs the handler its
// parent named for event in the resolve map, with args available there as
// ResolveArgs.
func (c *Context) Resolve(event string, args ...any) error {
	st := c.Session.State
	top := st.Top()
	if top == nil || len(st) < 2 || top.Resolve == nil {
		return fmt.Errorf("%w %q: component %q was not entered with Delegate", ErrCannotResolve, event, c.ActiveComponent())
	}
	handler, ok := top.Resolve[event]
	if !ok {
		return fmt.Errorf("%w %q: the resolve map of %q has no such event", ErrCannotResolve, event, top.Component)
	}
	st = st[:len(st)-1]
	prev := c.app.tree.paths[st[len(st)-1].Component]
	if prev != nil && prev.global {
		st = st[:len(st)-1]
	}
	c.Session.State = st
	if prev == nil {
		return &ComponentError{Component: top.Component, Err: ErrComponentNotFound}
	}
	c.node = prev
	if c.app.hooks.has(EventResolve) {
		if err := c.app.fire(c, EventResolve, &ResolveEvent{Event: event, Handler: handler, Args: args}); err != nil {
			return err
		}
	}
	return c.execute(prev, handler, args)
}

func (c *Context) enter(name string) (*Node, error) {
	node := c.app.tree.Find(c.node, name)
	if node == nil {
		return nil, &ComponentError{Component: name, Err: ErrComponentNotFound}
	}
	if node.available != nil && !node.available(c) {
		return nil, &ComponentError{Component: node.Path, Err: ErrComponentNotAvailable}
	}
	return node, nil
}

// execute runs a handler of node by name.
func (c *Context) execute(node *Node, name string, args []any) error {
	fn, ok := node.byName[name]
	if !ok {
		return &ComponentError{Component: node.Path, Handler: name, Err: ErrHandlerNotFound}
	}
	if c.app.hooks.has(EventHandlerExecuted) {
		if err := c.app.fire(c, EventHandlerExecuted, &HandlerEvent{Component: node.Path, Handler: name}); err != nil {
			return err
		}
	}
	c.resolveArgs = args
	return fn(c)
}
