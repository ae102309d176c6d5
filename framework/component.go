package framework

// Built-in handler names with Jovo's meaning.
const (
	// Launch handlers are global and match LAUNCH inputs.
	Launch = "LAUNCH"
	// Start is the handler Redirect and Delegate run when no handler is
	// named. It is not routed on its own.
	Start = "START"
	// End handlers are global and match END inputs (and an END intent).
	End = "END"
	// Unhandled matches any input; it ranks below every other match of its
	// component.
	Unhandled = "UNHANDLED"
)

// HandlerFunc is a handler: it reads the request from c and answers with
// c.Send, c.Redirect, c.Delegate or c.Resolve. A returned error goes to the
// app's error listeners and the app's fallback output answers instead.
type HandlerFunc func(c *Context) error

// Component is implemented by every component struct. Define declares the
// component's name, options and handlers; it is called once, at
// App.Initialize, never per request.
type Component interface {
	Define(d *Def)
}

// Def collects the declaration of one component.
type Def struct {
	name      string
	global    bool
	config    map[string]any
	children  []Component
	available func(c *Context) bool
	handlers  []*Handler
}

// Name sets the component's name, its key in the component tree. Required.
func (d *Def) Name(name string) *Def { d.name = name; return d }

// Global makes every handler of the component global: it is routed without
// being on the state stack and never enters the stack itself. A handler can
// still opt out with Local.
func (d *Def) Global() *Def { d.global = true; return d }

// Config sets the component's default config, merged under the config a
// Delegate passes (c.ComponentConfig).
func (d *Def) Config(cfg map[string]any) *Def { d.config = cfg; return d }

// Components adds child components, found by name relative to this one.
func (d *Def) Components(children ...Component) *Def {
	d.children = append(d.children, children...)
	return d
}

// Available sets a check run at routing and at Redirect/Delegate time: an
// unavailable component is skipped by the router and cannot be entered.
func (d *Def) Available(fn func(c *Context) bool) *Def { d.available = fn; return d }

// Handle registers a handler with one set of predicates. The handler's name
// is always one of its intents, as in Jovo; LAUNCH and END are global and
// match their input types; UNHANDLED matches anything. Call Or on the
// result to add further predicate sets that route to the same handler.
func (d *Def) Handle(name string, fn HandlerFunc, opts ...HandleOption) *Handler {
	h := &Handler{name: name, fn: fn}
	h.Or(opts...)
	d.handlers = append(d.handlers, h)
	return h
}

// Handler is a registered handler with its predicate sets.
type Handler struct {
	name string
	fn   HandlerFunc
	sets []Predicates
}

// Or adds another predicate set: the handler matches when any set does.
func (h *Handler) Or(opts ...HandleOption) *Handler {
	var p Predicates
	for _, o := range opts {
		o(&p)
	}
	h.sets = append(h.sets, p)
	return h
}

// Predicates is one set of conditions under which a handler matches (Jovo's
// HandleOptions).
type Predicates struct {
	// Intents the handler matches, besides its own name.
	Intents []string
	// GlobalIntents match even when the component is not on the stack.
	GlobalIntents []string
	// Types are input types the handler matches.
	Types []InputType
	// Global, when set, overrides the component's global flag for this set.
	Global *bool
	// SubState restricts the set to a component whose stack item has it.
	SubState string
	// Platforms restricts the set to requests of these platforms.
	Platforms []string
	// If is a condition evaluated at routing time.
	If func(c *Context) bool
	// PrioritizedOverUnhandled lets the handler win over an UNHANDLED that
	// ranks above it.
	PrioritizedOverUnhandled bool
}

// HandleOption sets one predicate of a set.
type HandleOption func(*Predicates)

// Intents adds intents the handler matches while its component is active.
func Intents(names ...string) HandleOption {
	return func(p *Predicates) { p.Intents = append(p.Intents, names...) }
}

// GlobalIntents adds intents the handler matches from anywhere.
func GlobalIntents(names ...string) HandleOption {
	return func(p *Predicates) { p.GlobalIntents = append(p.GlobalIntents, names...) }
}

// Types adds input types the handler matches.
func Types(types ...InputType) HandleOption {
	return func(p *Predicates) { p.Types = append(p.Types, types...) }
}

// Global makes the set global: it matches without its component on the stack.
func Global() HandleOption {
	return func(p *Predicates) { t := true; p.Global = &t }
}

// Local makes the set local even inside a global component (this fixes
// Jovo's #1162, where @Global(false) could not undo a global component).
func Local() HandleOption {
	return func(p *Predicates) { f := false; p.Global = &f }
}

// SubState restricts the set to a stack item with this sub-state.
func SubState(name string) HandleOption {
	return func(p *Predicates) { p.SubState = name }
}

// Platforms restricts the set to requests of the named platforms.
func Platforms(names ...string) HandleOption {
	return func(p *Predicates) { p.Platforms = append(p.Platforms, names...) }
}

// If adds a condition. Several If options must all hold.
func If(fn func(c *Context) bool) HandleOption {
	return func(p *Predicates) {
		if prev := p.If; prev != nil {
			p.If = func(c *Context) bool { return prev(c) && fn(c) }
			return
		}
		p.If = fn
	}
}

// PrioritizedOverUnhandled lets the set win over an UNHANDLED ranked above it.
func PrioritizedOverUnhandled() HandleOption {
	return func(p *Predicates) { p.PrioritizedOverUnhandled = true }
}

// named wraps a component to register it under another name.
type named struct {
	Component
	name string
}

func (n named) Define(d *Def) {
	n.Component.Define(d)
	d.name = n.name
}

// Named registers c under name, so one component type can sit in the tree
// several times (Jovo's ComponentDeclaration).
func Named(name string, c Component) Component { return named{Component: c, name: name} }
