package framework

import (
	"context"
	"fmt"
	"maps"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/output"
)

// Context is the per-request scope, Jovo's `this.$…`: what came in, the
// session and user, the output so far, and the verbs a handler answers
// with. One Context is made per request; it is not safe for use by several
// goroutines at once.
type Context struct {
	// Platform is the platform that owns the request.
	Platform Platform
	// Request is the raw request.
	Request *Request
	// Input is what the user did, decoded by the platform and interpreted
	// by NLU plugins.
	Input Input
	// Session is the conversation so far; Session.State is the state stack.
	Session Session
	// User is the user with data that lives across sessions.
	User User
	// Output holds the templates sent so far in this request.
	Output []output.Template
	// Route is the router's result, set in dialogue.router.
	Route *Route
	// Response is the platform's response, set in response.output.
	Response Response
	// Locale is the request's locale as decoded by the platform; see
	// LocaleOrDefault for the effective one.
	Locale string

	ctx         context.Context
	app         *App
	data        map[string]any
	node        *Node
	resolveArgs []any
	stopped     bool
	failed      bool
	responded   bool
	values      []keyValue
	err         error
	intentMap   map[string]string
	scratch     map[string]any

	// route and result live in the Context's allocation: one per request.
	route  Route
	result Result
	// outBuf and valBuf back the first template of Output and the first
	// plugin value, which most requests have. With them the Context just
	// fills its allocation's size class (1280 bytes with the heap's 8-byte
	// header on 64-bit), so they cost no memory; a field added here costs
	// a size class.
	outBuf [1]output.Template
	valBuf [1]keyValue
}

// Context returns the request's context.Context: cancelled when the caller
// gives up (a deadline, a barge-in). Pass it to everything that blocks.
func (c *Context) Context() context.Context { return c.ctx }

// SetContext replaces the request's context.Context, to add a deadline or
// cancellation for the rest of the request.
func (c *Context) SetContext(ctx context.Context) { c.ctx = ctx }

// App returns the app handling the request.
func (c *Context) App() *App { return c.app }

// Logger returns the app's logger.
func (c *Context) Logger() *zap.Logger { return c.app.log }

// Data returns the request-scoped data map (Jovo's $data); it lives for
// this request only.
func (c *Context) Data() map[string]any {
	if c.data == nil {
		c.data = make(map[string]any)
	}
	return c.data
}

// Entities returns the input's entities.
func (c *Context) Entities() EntityMap { return c.Input.Entities }

// Err returns the error that made this request fall back, if any.
func (c *Context) Err() error { return c.err }

// Stop ends the middleware chain: no further hook or phase runs.
func (c *Context) Stop() { c.stopped = true }

// Send appends output to the response. Strings are not accepted directly:
// use output.Say. An output type whose options are invalid returns an error
// wrapping ErrOutputValidation, and nothing is appended.
func (c *Context) Send(outs ...output.Output) error {
	start := len(c.Output)
	for _, o := range outs {
		ts, err := o.Templates()
		if err != nil {
			c.Output = c.Output[:start]
			return fmt.Errorf("%w: %w", ErrOutputValidation, err)
		}
		c.appendOutput(ts...)
	}
	if c.app.hooks.has(EventSend) {
		return c.app.fire(c, EventSend, &SendEvent{Templates: c.Output[start:]})
	}
	return nil
}

// appendOutput appends to Output; the first template goes to outBuf.
func (c *Context) appendOutput(ts ...output.Template) {
	if c.Output == nil && len(ts) > 0 {
		c.Output = c.outBuf[:0]
	}
	c.Output = append(c.Output, ts...)
}

// Say sends a message spoken and displayed as text.
func (c *Context) Say(text string) error {
	c.appendOutput(output.Say(text))
	if c.app.hooks.has(EventSend) {
		return c.app.fire(c, EventSend, &SendEvent{Templates: c.Output[len(c.Output)-1:]})
	}
	return nil
}

// T translates key with the app's translator in the effective locale,
// trying the platform's own resources first.
func (c *Context) T(key string, vars map[string]any) string {
	if c.app.cfg.I18n == nil {
		return key
	}
	return c.app.cfg.I18n.Translate(c.LocaleOrDefault(), c.Platform.Name(), key, vars)
}

// LocaleOrDefault returns the effective locale: the session's, if
// SetLocale chose one, else the request's, else the app's default. The NLU
// and T use it.
func (c *Context) LocaleOrDefault() string {
	switch {
	case c.Session.Locale != "":
		return c.Session.Locale
	case c.Locale != "":
		return c.Locale
	}
	return c.app.cfg.Locale
}

// SetLocale changes the locale for the rest of the session, from this
// moment of the request on: it wins over the locale of later requests.
// SetLocale("") goes back to the request's locale or the app's default.
func (c *Context) SetLocale(locale string) { c.Session.Locale = locale }

// State returns the state stack.
func (c *Context) State() State { return c.Session.State }

// SubState returns the sub-state of the top stack item.
func (c *Context) SubState() string {
	if t := c.Session.State.Top(); t != nil {
		return t.SubState
	}
	return ""
}

// SetSubState sets the sub-state of the top stack item: on the next turn
// handlers registered with that SubState are tried first.
func (c *Context) SetSubState(s string) {
	if t := c.Session.State.Top(); t != nil {
		t.SubState = s
	}
}

// ActiveComponent returns the tree path of the component whose handler is
// running, or "".
func (c *Context) ActiveComponent() string {
	if c.node == nil {
		return ""
	}
	return c.node.Path
}

// ComponentData returns the working data of the active component, kept in
// its state stack item; it leaves with the item. A global component, which
// never enters the stack, gets a map that lives for this request only (Jovo's
// throwaway object); it is not the request data of Data.
func (c *Context) ComponentData() map[string]any {
	if t := c.activeItem(); t != nil {
		if t.Data == nil {
			t.Data = make(map[string]any)
		}
		return t.Data
	}
	if c.scratch == nil {
		c.scratch = make(map[string]any)
	}
	return c.scratch
}

// ComponentConfig returns the active component's config: its default
// config with the config passed by Delegate laid over it. The map is the
// caller's own: the default config, which all requests share, is copied.
func (c *Context) ComponentConfig() map[string]any {
	var base map[string]any
	if c.node != nil {
		base = c.node.config
	}
	t := c.activeItem()
	if t == nil || len(t.Config) == 0 {
		return maps.Clone(base)
	}
	if len(base) == 0 {
		return t.Config
	}
	out := maps.Clone(base)
	maps.Copy(out, t.Config)
	return out
}

// activeItem is the top stack item if it belongs to the active component.
func (c *Context) activeItem() *StateItem {
	t := c.Session.State.Top()
	if t == nil || c.node == nil || t.Component != c.node.Path {
		return nil
	}
	return t
}

// ResolveArgs returns the arguments passed with Resolve to the handler
// that is running now.
func (c *Context) ResolveArgs() []any { return c.resolveArgs }
