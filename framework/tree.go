package framework

import (
	"fmt"
	"slices"
	"strings"
)

// Tree is the built component tree: the registered components with their
// children, each with its compiled handlers. It is immutable after
// Initialize and shared by all requests.
type Tree struct {
	roots   []*Node
	nodes   []*Node // depth-first, registration order
	globals []*Node // the nodes with global candidates, in the same order
	paths   map[string]*Node
}

// Node is one component in the tree.
type Node struct {
	// Name is the component's name; Path joins the names from the root
	// with dots.
	Name string
	Path string

	parent    *Node
	children  []*Node
	component Component
	global    bool
	config    map[string]any
	available func(c *Context) bool
	handlers  []*handlerSet
	globals   []*handlerSet // the handlers the global pass considers
	byName    map[string]HandlerFunc
}

// Parent returns the parent node, or nil for a root.
func (n *Node) Parent() *Node { return n.parent }

// Component returns the registered component value.
func (n *Node) Component() Component { return n.component }

// handlerSet is one predicate set of one handler, compiled for routing.
type handlerSet struct {
	node          *Node
	name          string
	intents       []string // the name first, then Intents and GlobalIntents
	globalIntents []string // intents that match from anywhere
	types         []InputType
	global        bool
	subState      string
	platforms     []string
	cond          func(c *Context) bool
	prioritized   bool
	unhandled     bool
	score         float64
}

// BuildTree builds and checks a component tree. Every mistake (a missing or
// repeated name, a nil handler, an unknown input type) is collected into the
// returned error.
func BuildTree(components []Component, knownTypes map[InputType]struct{}) (*Tree, error) {
	t := &Tree{paths: make(map[string]*Node)}
	var errs ConfigErrors
	t.roots = t.build(components, nil, knownTypes, &errs)
	if len(errs) > 0 {
		return nil, errs
	}
	return t, nil
}

func (t *Tree) build(cs []Component, parent *Node, known map[InputType]struct{}, errs *ConfigErrors) []*Node {
	var out []*Node
	seen := make(map[string]bool)
	for i, c := range cs {
		if c == nil {
			*errs = append(*errs, fmt.Errorf("%w: component #%d under %q is nil", ErrInvalidComponentTree, i, pathOf(parent)))
			continue
		}
		var d Def
		c.Define(&d)
		if d.name == "" {
			*errs = append(*errs, fmt.Errorf("%w: component %T under %q has no name (call d.Name in Define)", ErrInvalidComponentTree, c, pathOf(parent)))
			continue
		}
		if strings.Contains(d.name, ".") {
			*errs = append(*errs, fmt.Errorf("%w: component name %q must not contain a dot", ErrInvalidComponentTree, d.name))
			continue
		}
		if seen[d.name] {
			*errs = append(*errs, fmt.Errorf("%w: duplicate component name %q under %q", ErrInvalidComponentTree, d.name, pathOf(parent)))
			continue
		}
		seen[d.name] = true
		for nm, ok := c.(named); ok; nm, ok = c.(named) {
			c = nm.Component // Component() returns the user's value, not the wrapper
		}
		n := &Node{
			Name: d.name, parent: parent, component: c, global: d.global,
			config: d.config, available: d.available, byName: make(map[string]HandlerFunc),
		}
		n.Path = d.name
		if parent != nil {
			n.Path = parent.Path + "." + d.name
		}
		t.paths[n.Path] = n
		t.nodes = append(t.nodes, n)
		for _, h := range d.handlers {
			t.compile(n, h, known, errs)
		}
		for _, s := range n.handlers {
			if s.global || len(s.globalIntents) > 0 {
				n.globals = append(n.globals, s)
			}
		}
		if len(n.globals) > 0 {
			t.globals = append(t.globals, n)
		}
		n.children = t.build(d.children, n, known, errs)
		out = append(out, n)
	}
	return out
}

func (t *Tree) compile(n *Node, h *Handler, known map[InputType]struct{}, errs *ConfigErrors) {
	if h.name == "" || h.fn == nil {
		*errs = append(*errs, fmt.Errorf("%w: component %q has a handler without a name or function", ErrInvalidComponentTree, n.Path))
		return
	}
	if _, dup := n.byName[h.name]; dup {
		*errs = append(*errs, fmt.Errorf("%w: component %q registers handler %q twice (use Or for more predicate sets)", ErrInvalidComponentTree, n.Path, h.name))
		return
	}
	n.byName[h.name] = h.fn
	for _, p := range h.sets {
		s := &handlerSet{
			node: n, name: h.name, subState: p.SubState, platforms: p.Platforms,
			cond: p.If, prioritized: p.PrioritizedOverUnhandled,
		}
		s.intents = append(append([]string{h.name}, p.Intents...), p.GlobalIntents...)
		s.types = p.Types
		s.global = n.global
		switch h.name {
		case Launch:
			s.global = true
			s.types = append([]InputType{InputLaunch}, s.types...)
		case End:
			s.global = true
			s.types = append([]InputType{InputEnd}, s.types...)
		}
		if p.Global != nil {
			s.global = *p.Global
		}
		if s.global {
			s.globalIntents = s.intents
		} else {
			s.globalIntents = p.GlobalIntents
		}
		for _, in := range s.intents {
			if in == Unhandled {
				s.unhandled = true
			}
		}
		for _, ty := range s.types {
			if _, ok := known[ty]; !ok {
				*errs = append(*errs, fmt.Errorf("%w: handler %s.%s matches unknown input type %q (register it with Config.InputTypes or a platform)", ErrInvalidComponentTree, n.Path, h.name, ty))
			}
		}
		if s.cond != nil {
			s.score += 1.5
		}
		if len(s.platforms) > 0 {
			s.score++
		}
		n.handlers = append(n.handlers, s)
	}
}

func pathOf(n *Node) string {
	if n == nil {
		return "<root>"
	}
	return n.Path
}

// Node returns the node at a tree path ("Menu.YesNo"), or nil.
func (t *Tree) Node(path string) *Node { return t.paths[path] }

// Nodes returns every node, depth-first in registration order.
func (t *Tree) Nodes() []*Node { return t.nodes }

// Find finds a component by name relative to from: a child of from
// first, then a sibling path from the root (a full dotted path works too).
func (t *Tree) Find(from *Node, name string) *Node {
	if from != nil {
		for _, c := range from.children {
			if c.Name == name {
				return c
			}
		}
		for p := from.parent; p != nil; p = p.parent {
			for _, c := range p.children {
				if c.Name == name {
					return c
				}
			}
		}
	}
	return t.paths[name]
}

// checkDuplicateGlobals reports global intents claimed by more than one
// unconditional handler, after the intent map. As in Jovo 4.6.2 a handler is
// counted once per intent (PR #1629). START and UNHANDLED are never global
// intents, and END handlers may sit in many components: the router picks
// the active one first (this fixes the false positives of Jovo #1284).
func (t *Tree) checkDuplicateGlobals(intentMap map[string]string) error {
	owners := make(map[string][]string)
	var order []string
	for _, n := range t.nodes {
		for _, s := range n.handlers {
			if s.cond != nil || len(s.platforms) > 0 {
				continue
			}
			id := n.Path + "." + s.name
			for _, in := range s.globalIntents {
				if m, ok := intentMap[in]; ok {
					in = m
				}
				if in == Unhandled || in == Start || in == End {
					continue
				}
				if slices.Contains(owners[in], id) {
					continue
				}
				if len(owners[in]) == 0 {
					order = append(order, in)
				}
				owners[in] = append(owners[in], id)
			}
		}
	}
	var errs ConfigErrors
	for _, in := range order {
		if o := owners[in]; len(o) > 1 {
			errs = append(errs, fmt.Errorf("%w: %q is handled by %s", ErrDuplicateGlobalIntents, in, strings.Join(o, ", ")))
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// HandlesType reports whether any handler declares input type ty with
// Types (LAUNCH and END handlers declare their own types).
func (t *Tree) HandlesType(ty InputType) bool {
	for _, n := range t.nodes {
		for _, s := range n.handlers {
			if slices.Contains(s.types, ty) {
				return true
			}
		}
	}
	return false
}
