package framework

import (
	"fmt"
	"slices"
	"strings"
)

// RouteMatch is one handler that matched the input.
type RouteMatch struct {
	// Component is the tree path of the handler's component.
	Component string `json:"component"`
	// Handler is the handler's name.
	Handler string `json:"handler"`
	// StackIndex is the state stack item the match came from, or -1 for a
	// global match.
	StackIndex int `json:"stackIndex"`
	// Global is true for matches found by the global pass.
	Global bool `json:"global,omitempty"`
	// SubState is the handler's sub-state, if it has one.
	SubState string `json:"subState,omitempty"`
	// Unhandled is true for UNHANDLED handlers.
	Unhandled bool `json:"unhandled,omitempty"`
	// PrioritizedOverUnhandled mirrors the handler's option.
	PrioritizedOverUnhandled bool `json:"prioritizedOverUnhandled,omitempty"`
	// Score ranks conditioned handlers first: 1.5 for If, 1 for Platforms.
	Score float64 `json:"score,omitempty"`
	// Skip says why the match was skipped; empty if it was eligible.
	Skip string `json:"skip,omitempty"`

	set   *handlerSet
	group int // local matches: discovery rank of the component
}

// Skip reasons of RouteMatch.Skip.
const (
	SkipIntentsToSkipUnhandled = "intent is in intentsToSkipUnhandled"
	SkipPrioritized            = "a handler prioritized over UNHANDLED ranks below"
	SkipCondition              = "condition is false"
	SkipPlatform               = "platform not supported"
)

// Route is the router's result: every match in rank order, the rejected
// candidates, and the resolved match (nil when none is eligible).
type Route struct {
	// Intent is the intent the router matched against, after the intent map.
	Intent   string       `json:"intent,omitempty"`
	Resolved *RouteMatch  `json:"resolved,omitempty"`
	Matches  []RouteMatch `json:"matches"`
	// Rejected holds handlers that matched the input but whose If or
	// Platforms condition failed, with the reason in Skip.
	Rejected []RouteMatch `json:"rejected,omitempty"`

	buf [4]RouteMatch // backs Matches for the usual few matches
}

// String renders the route for debug logs: one match per line.
func (r *Route) String() string {
	var b strings.Builder
	for i, m := range append(slices.Clone(r.Matches), r.Rejected...) {
		mark := "  "
		if r.Resolved != nil && i < len(r.Matches) && &r.Matches[i] == r.Resolved {
			mark = "=>"
		}
		fmt.Fprintf(&b, "%s %s.%s stack=%d", mark, m.Component, m.Handler, m.StackIndex)
		if m.Skip != "" {
			fmt.Fprintf(&b, " skipped: %s", m.Skip)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// RouteOptions are the inputs of the router besides tree, state and input.
type RouteOptions struct {
	// Platform is the name of the request's platform, for Platforms().
	Platform string
	// IntentMap maps intent names before matching (app and platform maps
	// merged, the platform's entries winning).
	IntentMap map[string]string
	// IntentsToSkipUnhandled lists intents for which UNHANDLED never wins.
	IntentsToSkipUnhandled []string
	// Context is passed to If conditions and availability checks.
	Context *Context
}

// Resolve routes an input the way Jovo 4.6.2 does (docs/routing.md): the
// stack top's component first, then its ancestors, then lower stack items
// and their ancestors, then global matches; within a component conditioned
// handlers before plain ones before UNHANDLED. Then intentsToSkipUnhandled
// and prioritizedOverUnhandled mark skips, and the first unskipped match is
// resolved. Unlike Jovo, a match from stack index 0 keeps its index in the
// ranking (Jovo treats index 0 as "no index").
//
// Resolve is a pure function of its arguments: it changes nothing. With no
// eligible match, Route.Resolved is nil.
func Resolve(t *Tree, state State, in *Input, opts RouteOptions) *Route {
	r := new(Route)
	resolveInto(r, t, state, in, opts)
	return r
}

// resolveInto is Resolve writing into r, so that the lifecycle can keep
// the route inside the request's Context.
func resolveInto(r *Route, t *Tree, state State, in *Input, opts RouteOptions) {
	intent := in.IntentName()
	if m, ok := opts.IntentMap[intent]; ok && intent != "" {
		intent = m
	}
	*r = Route{Intent: intent}
	r.Matches = r.buf[:0]
	rt := router{tree: t, in: in, intent: intent, opts: opts, route: r}
	rt.local(state)
	rt.global()
	rt.markSkips()
	for i := range r.Matches {
		if r.Matches[i].Skip == "" {
			r.Resolved = &r.Matches[i]
			break
		}
	}
}

type router struct {
	tree   *Tree
	in     *Input
	intent string
	opts   RouteOptions
	route  *Route
}

func (rt *router) matches(s *handlerSet, names []string) bool {
	if slices.Contains(s.types, rt.in.Type) {
		return true
	}
	if rt.intent != "" && slices.Contains(names, rt.intent) {
		return true
	}
	return slices.Contains(names, Unhandled)
}

// admit checks the conditions of a matching set; failures are recorded as
// rejected with the reason.
func (rt *router) admit(m RouteMatch) bool {
	s := m.set
	if len(s.platforms) > 0 && !slices.Contains(s.platforms, rt.opts.Platform) {
		m.Skip = SkipPlatform
		rt.route.Rejected = append(rt.route.Rejected, m)
		return false
	}
	if s.cond != nil && !s.cond(rt.opts.Context) {
		m.Skip = SkipCondition
		rt.route.Rejected = append(rt.route.Rejected, m)
		return false
	}
	return true
}

func (rt *router) available(n *Node) bool {
	return n.available == nil || n.available(rt.opts.Context)
}

func newMatch(s *handlerSet, stackIndex int) RouteMatch {
	return RouteMatch{
		Component: s.node.Path, Handler: s.name, StackIndex: stackIndex, Global: stackIndex < 0,
		SubState: s.subState, Unhandled: s.unhandled, PrioritizedOverUnhandled: s.prioritized,
		Score: s.score, set: s,
	}
}

// local appends the matches of the components on the stack: from the top
// item down, each item's component and then its ancestors.
func (rt *router) local(state State) {
	start := len(rt.route.Matches)
	for i := len(state) - 1; i >= 0; i-- {
		node := rt.tree.paths[state[i].Component]
		subState := state[i].SubState
		for node != nil {
			if rt.available(node) {
				for _, s := range node.handlers {
					if s.subState != subState || !rt.matches(s, s.intents) {
						continue
					}
					if m := newMatch(s, i); rt.admit(m) {
						rt.route.Matches = append(rt.route.Matches, m)
					}
				}
			}
			if subState != "" {
				subState = ""
			} else {
				node = node.parent
			}
		}
	}
	// Jovo sorts only matches of the same component against each other;
	// between components the discovery order stands. group is the rank of
	// the component's first match.
	out := rt.route.Matches[start:]
	if len(out) < 2 {
		return
	}
	for i := range out {
		out[i].group = i
		for j := range i {
			if out[j].Component == out[i].Component {
				out[i].group = out[j].group
				break
			}
		}
	}
	slices.SortStableFunc(out, func(a, b RouteMatch) int {
		if a.group != b.group {
			return a.group - b.group
		}
		return compareMatches(&a, &b)
	})
}

// global appends the matches of global handlers anywhere in the tree.
func (rt *router) global() {
	start := len(rt.route.Matches)
	for _, node := range rt.tree.globals {
		if !rt.available(node) {
			continue
		}
		for _, s := range node.globals {
			if !rt.matches(s, s.globalIntents) {
				continue
			}
			if m := newMatch(s, -1); rt.admit(m) {
				rt.route.Matches = append(rt.route.Matches, m)
			}
		}
	}
	if out := rt.route.Matches[start:]; len(out) > 1 {
		slices.SortStableFunc(out, func(a, b RouteMatch) int { return compareMatches(&a, &b) })
	}
}

// compareMatches is Jovo's compareRouteMatchRanking with the stack-index-0
// quirk fixed: any two local matches compare by stack index first.
func compareMatches(a, b *RouteMatch) int {
	if a.StackIndex >= 0 && b.StackIndex >= 0 {
		switch {
		case a.StackIndex < b.StackIndex:
			if b.Unhandled && a.PrioritizedOverUnhandled {
				return -1
			}
			return 1
		case a.StackIndex > b.StackIndex:
			if a.Unhandled && b.PrioritizedOverUnhandled {
				return 1
			}
			return -1
		}
	}
	switch {
	case a.Unhandled && !b.Unhandled:
		return 1
	case !a.Unhandled && b.Unhandled:
		return -1
	case a.Score > b.Score:
		return -1
	case a.Score < b.Score:
		return 1
	}
	return 0
}

func (rt *router) markSkips() {
	ms := rt.route.Matches
	if rt.intent != "" && slices.Contains(rt.opts.IntentsToSkipUnhandled, rt.intent) {
		for i := range ms {
			if ms[i].Unhandled {
				ms[i].Skip = SkipIntentsToSkipUnhandled
			}
		}
	}
	u, p := -1, -1
	for i := range ms {
		if u < 0 && ms[i].Unhandled {
			u = i
		}
		if ms[i].PrioritizedOverUnhandled {
			p = i
		}
	}
	if u < 0 || p < 0 || p < u {
		return
	}
	for i := u; i < p; i++ {
		if (ms[i].Unhandled || !ms[i].PrioritizedOverUnhandled) && ms[i].Skip == "" {
			ms[i].Skip = SkipPrioritized
		}
	}
}
