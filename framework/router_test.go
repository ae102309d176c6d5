package framework_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
)

const playbackStopped framework.InputType = "AudioPlayer.PlaybackStopped"

var (
	yes   = func(*framework.Context) bool { return true }
	no    = func(*framework.Context) bool { return false }
	never = func(*framework.Context) bool { return false }
)

// routeCase is one row of the router table: a tree, a state stack and an
// input, with the resolved match and the full ranking expected.
type routeCase struct {
	name  string
	tree  []framework.Component
	state framework.State
	give  framework.Input
	opts  framework.RouteOptions
	// want is the resolved match ("" for none); wantRanking every match in
	// rank order ("!" marks a skipped one); wantRejected the rejected ones.
	want         string
	wantRanking  []string
	wantRejected []string
}

func runRouteCases(t *testing.T, tests []routeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := framework.BuildTree(tt.tree, knownTypes(playbackStopped))
			require.NoError(t, err)
			in := tt.give
			r := framework.Resolve(tree, tt.state, &in, tt.opts)
			assert.Equal(t, tt.want, resolved(r), "route:\n%s", r)
			if tt.wantRanking != nil {
				assert.Equal(t, tt.wantRanking, ranking(r), "route:\n%s", r)
			}
			var rejected []string
			for _, m := range r.Rejected {
				reason := m.Skip
				m.Skip = ""
				rejected = append(rejected, matchLabel(m)+" "+reason)
			}
			assert.Equal(t, tt.wantRejected, rejected)
		})
	}
}

// TestResolveMatching covers how one handler matches an input (REFERENCE
// §2.4 steps 3 and 4: type, intent, UNHANDLED).
func TestResolveMatching(t *testing.T) {
	a := comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle("Stopped", noop, framework.Types(playbackStopped))
		d.Handle("Order", noop, framework.Intents("OrderIntent", "BuyIntent"))
	})
	withUnhandled := comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle("Order", noop, framework.Intents("OrderIntent"))
		d.Handle(framework.Unhandled, noop)
	})
	runRouteCases(t, []routeCase{
		{
			name: "type match", tree: []framework.Component{a}, state: stack("A"),
			give: framework.Input{Type: playbackStopped},
			want: "A.Stopped@0", wantRanking: []string{"A.Stopped@0"},
		},
		{
			name: "intent match by Intents", tree: []framework.Component{a}, state: stack("A"),
			give: intent("BuyIntent"), want: "A.Order@0",
		},
		{
			name: "intent match by the handler's name", tree: []framework.Component{a}, state: stack("A"),
			give: intent("Order"), want: "A.Order@0",
		},
		{
			name: "intent match from NLU when Intent is empty", tree: []framework.Component{a}, state: stack("A"),
			give: framework.Input{Type: framework.InputText, Text: "buy", NLU: framework.NLU{Intent: "BuyIntent"}},
			want: "A.Order@0",
		},
		{
			name: "no intent matches nothing but types", tree: []framework.Component{a}, state: stack("A"),
			give: framework.Input{Type: framework.InputText}, want: "", wantRanking: []string{},
		},
		{
			name: "UNHANDLED wildcard takes an unknown intent", tree: []framework.Component{withUnhandled}, state: stack("A"),
			give: intent("Whatever"), want: "A.UNHANDLED@0",
		},
		{
			name: "UNHANDLED wildcard takes any input type", tree: []framework.Component{withUnhandled}, state: stack("A"),
			give: framework.Input{Type: playbackStopped}, want: "A.UNHANDLED@0",
		},
		{
			name: "UNHANDLED ranks below a match of its component",
			tree: []framework.Component{withUnhandled}, state: stack("A"),
			give: intent("OrderIntent"), want: "A.Order@0",
			wantRanking: []string{"A.Order@0", "A.UNHANDLED@0"},
		},
		{
			name: "local handler does not match without its component on the stack",
			tree: []framework.Component{a}, give: intent("OrderIntent"), want: "", wantRanking: []string{},
		},
		{
			name: "stale stack item of an unknown component is ignored",
			tree: []framework.Component{a}, state: stack("Gone", "A"), give: intent("OrderIntent"), want: "A.Order@1",
		},
	})
}

// TestResolveGlobal covers the global candidates (REFERENCE §2.4 step 3)
// and Local, the fix for Jovo #1162.
func TestResolveGlobal(t *testing.T) {
	handlerGlobal := comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle("Help", noop, framework.Global())
		d.Handle("Order", noop)
	})
	componentGlobal := comp(func(d *framework.Def) {
		d.Name("G")
		d.Global()
		d.Handle("Help", noop, framework.Intents("HelpIntent"))
		d.Handle("Secret", noop, framework.Local())
		d.Handle("Confirm", noop, framework.SubState("Confirming"))
	})
	perIntent := comp(func(d *framework.Def) {
		d.Name("P")
		d.Handle("Help", noop, framework.GlobalIntents("HelpIntent"), framework.Intents("Hilfe"))
	})
	nested := comp(func(d *framework.Def) {
		d.Name("Root")
		d.Components(comp(func(d *framework.Def) {
			d.Name("Child")
			d.Handle("Help", noop, framework.Global())
		}))
	})
	builtins := comp(func(d *framework.Def) {
		d.Name("B")
		d.Handle(framework.Launch, noop)
		d.Handle(framework.End, noop)
		d.Handle("Quiet", noop, framework.Local(), framework.Intents("QuietIntent"))
	})
	localLaunch := comp(func(d *framework.Def) {
		d.Name("L")
		d.Handle(framework.Launch, noop, framework.Local())
	})
	runRouteCases(t, []routeCase{
		{name: "handler Global", tree: []framework.Component{handlerGlobal}, give: intent("Help"), want: "A.Help@g"},
		{name: "other handlers of the component stay local", tree: []framework.Component{handlerGlobal}, give: intent("Order"), want: ""},
		{name: "component Global", tree: []framework.Component{componentGlobal}, give: intent("HelpIntent"), want: "G.Help@g"},
		{name: "component Global matches the handler's name", tree: []framework.Component{componentGlobal}, give: intent("Help"), want: "G.Help@g"},
		{name: "per-intent GlobalIntents", tree: []framework.Component{perIntent}, give: intent("HelpIntent"), want: "P.Help@g"},
		{name: "per-intent: the other intents stay local", tree: []framework.Component{perIntent}, give: intent("Hilfe"), want: ""},
		{name: "per-intent: the other intents match on the stack", tree: []framework.Component{perIntent}, state: stack("P"), give: intent("Hilfe"), want: "P.Help@0"},
		{
			name: "Local overrides a global component (#1162)", tree: []framework.Component{componentGlobal},
			give: intent("Secret"), want: "", wantRanking: []string{},
		},
		{
			name: "Local handler of a global component matches on the stack", tree: []framework.Component{componentGlobal},
			state: stack("G"), give: intent("Secret"), want: "G.Secret@0",
		},
		{
			name: "subState is ignored for global matches", tree: []framework.Component{componentGlobal},
			give: intent("Confirm"), want: "G.Confirm@g",
		},
		{name: "global handler of a nested component", tree: []framework.Component{nested}, give: intent("Help"), want: "Root.Child.Help@g"},
		{name: "LAUNCH is global and matches the LAUNCH type", tree: []framework.Component{builtins}, give: launch(), want: "B.LAUNCH@g"},
		{name: "END is global and matches the END type", tree: []framework.Component{builtins}, give: framework.Input{Type: framework.InputEnd}, want: "B.END@g"},
		{name: "END is global and matches the END intent", tree: []framework.Component{builtins}, give: intent("END"), want: "B.END@g"},
		{name: "Local handler of a plain component", tree: []framework.Component{builtins}, give: intent("QuietIntent"), want: ""},
		{name: "Local LAUNCH is not global", tree: []framework.Component{localLaunch}, give: launch(), want: ""},
		{
			name: "a global handler on the stack matches locally and globally",
			tree: []framework.Component{handlerGlobal}, state: stack("A"), give: intent("Help"),
			want: "A.Help@0", wantRanking: []string{"A.Help@0", "A.Help@g"},
		},
	})
}

// TestResolveStack covers the local candidates (REFERENCE §2.4 step 4):
// sub-states, the ancestor walk and lower stack items, and global after
// local.
func TestResolveStack(t *testing.T) {
	tree := []framework.Component{
		comp(func(d *framework.Def) {
			d.Name("A")
			d.Handle("Yes", noop, framework.Intents("YesIntent"))
			d.Handle("ConfirmYes", noop, framework.Intents("YesIntent"), framework.SubState("Confirm"))
			d.Handle("Help", noop)
			d.Components(comp(func(d *framework.Def) {
				d.Name("B")
				d.Handle("ConfirmYes", noop, framework.Intents("YesIntent"), framework.SubState("Confirm"))
				d.Handle("Yes", noop, framework.Intents("YesIntent"))
				d.Components(comp(func(d *framework.Def) {
					d.Name("C")
					d.Handle("Other", noop)
				}))
			}))
		}),
		comp(func(d *framework.Def) {
			d.Name("X")
			d.Handle("Help", noop)
			d.Handle(framework.Unhandled, noop)
		}),
		comp(func(d *framework.Def) {
			d.Name("G")
			d.Global()
			d.Handle("Help", noop)
		}),
	}
	withSub := func(path, sub string) framework.State {
		return framework.State{{Component: path, SubState: sub}}
	}
	runRouteCases(t, []routeCase{
		{
			name: "subState: the first node's sub-state handlers come first, then its plain ones",
			tree: tree, state: withSub("A.B", "Confirm"), give: intent("YesIntent"),
			want: "A.B.ConfirmYes@0", wantRanking: []string{"A.B.ConfirmYes@0", "A.B.Yes@0", "A.Yes@0"},
		},
		{
			name: "subState: handlers with a sub-state do not match without it",
			tree: tree, state: stack("A.B"), give: intent("YesIntent"),
			want: "A.B.Yes@0", wantRanking: []string{"A.B.Yes@0", "A.Yes@0"},
		},
		{
			name: "subState: ancestors only consider handlers without a sub-state",
			tree: tree, state: withSub("A.B.C", "Confirm"), give: intent("YesIntent"),
			want: "A.B.Yes@0", wantRanking: []string{"A.B.Yes@0", "A.Yes@0"},
		},
		{
			name: "subState: another sub-state matches only plain handlers",
			tree: tree, state: withSub("A", "Other"), give: intent("YesIntent"),
			want: "A.Yes@0", wantRanking: []string{"A.Yes@0"},
		},
		{
			name: "ancestors walk: the top item's component, then its parents to the root",
			tree: tree, state: stack("A.B.C"), give: intent("Help"),
			want: "A.Help@0", wantRanking: []string{"A.Help@0", "G.Help@g"},
		},
		{
			name: "lower stack items: after the top item and its ancestors",
			tree: tree, state: stack("X", "A.B"), give: intent("Help"),
			want: "A.Help@1", wantRanking: []string{"A.Help@1", "X.Help@0", "X.UNHANDLED@0", "G.Help@g"},
		},
		{
			name: "lower stack items: the top item's UNHANDLED still ranks first",
			tree: tree, state: stack("A.B", "X"), give: intent("YesIntent"),
			want: "X.UNHANDLED@1", wantRanking: []string{"X.UNHANDLED@1", "A.B.Yes@0", "A.Yes@0"},
		},
		{
			name: "global after local: even a local UNHANDLED ranks above a global match",
			tree: tree, state: stack("X"), give: intent("Help"),
			want: "X.Help@0", wantRanking: []string{"X.Help@0", "X.UNHANDLED@0", "G.Help@g"},
		},
		{
			name: "global after local: UNHANDLED of the active component wins over a global handler (Jovo #1273)",
			tree: tree[1:], state: stack("X"), give: intent("Other"),
			want: "X.UNHANDLED@0", wantRanking: []string{"X.UNHANDLED@0"},
		},
		{
			name: "no state: only global matches",
			tree: tree, give: intent("Help"), want: "G.Help@g", wantRanking: []string{"G.Help@g"},
		},
	})
}

// TestResolveRanking covers the comparator (REFERENCE §2.4 step 5):
// conditions, the stack index rule with its prioritizedOverUnhandled
// exception, and the stack-index-0 fix.
func TestResolveRanking(t *testing.T) {
	conditioned := comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Unhandled, noop)
		d.Handle("Plain", noop, framework.Intents("X"))
		d.Handle("Plat", noop, framework.Intents("X"), framework.Platforms("test"))
		d.Handle("Cond", noop, framework.Intents("X"), framework.If(yes))
		d.Handle("Both", noop, framework.Intents("X"), framework.If(yes), framework.Platforms("test"))
	})
	globals := []framework.Component{
		comp(func(d *framework.Def) { d.Name("G1"); d.Global(); d.Handle("Help", noop) }),
		comp(func(d *framework.Def) { d.Name("G2"); d.Global(); d.Handle("Help", noop, framework.If(yes)) }),
		comp(func(d *framework.Def) { d.Name("G3"); d.Global(); d.Handle(framework.Unhandled, noop) }),
	}
	// A in sub-state S delegated to its child A.B: A appears as B's
	// ancestor (stack index 1 or 2) and as its own item below.
	stacked := func(prioritized bool) []framework.Component {
		return []framework.Component{comp(func(d *framework.Def) {
			d.Name("A")
			d.Handle(framework.Unhandled, noop)
			opts := []framework.HandleOption{framework.Intents("Foo"), framework.SubState("S")}
			if prioritized {
				opts = append(opts, framework.PrioritizedOverUnhandled())
			}
			d.Handle("FooS", noop, opts...)
			d.Components(comp(func(d *framework.Def) { d.Name("B") }))
		})}
	}
	subS := func(lower ...string) framework.State {
		var st framework.State
		for _, p := range lower {
			st = append(st, framework.StateItem{Component: p})
		}
		return append(st, framework.StateItem{Component: "A", SubState: "S"}, framework.StateItem{Component: "A.B"})
	}
	runRouteCases(t, []routeCase{
		{
			name: "conditioned (If 1.5) before platforms (1) before plain before UNHANDLED",
			tree: []framework.Component{conditioned}, state: stack("A"), give: intent("X"),
			opts: framework.RouteOptions{Platform: "test"},
			want: "A.Both@0", wantRanking: []string{"A.Both@0", "A.Cond@0", "A.Plat@0", "A.Plain@0", "A.UNHANDLED@0"},
		},
		{
			name: "conditions rank global matches too",
			tree: globals, give: intent("Help"),
			want: "G2.Help@g", wantRanking: []string{"G2.Help@g", "G1.Help@g", "G3.UNHANDLED@g"},
		},
		{
			// Both indexes are at least 1, so Jovo ranks this the same way.
			name: "stack index rule: a higher stack index ranks first, even an UNHANDLED",
			tree: stacked(false), state: subS("A"), give: intent("Foo"),
			want: "A.UNHANDLED@2", wantRanking: []string{"A.UNHANDLED@2", "A.FooS@1", "A.UNHANDLED@1", "A.UNHANDLED@0"},
		},
		{
			name: "stack index rule: prioritizedOverUnhandled at a lower index ranks above UNHANDLED",
			tree: stacked(true), state: subS("A"), give: intent("Foo"),
			want: "A.FooS@1", wantRanking: []string{"A.FooS@1", "A.UNHANDLED@2", "A.UNHANDLED@1", "A.UNHANDLED@0"},
		},
		{
			// Jovo treats stack index 0 as "no index" and falls through to
			// "non-UNHANDLED first": it ranks [A.FooS@0, A.UNHANDLED@1,
			// A.UNHANDLED@0] and resolves A.FooS, a handler of the lower
			// stack item, over the top item's UNHANDLED. We compare index 0
			// like any other, as in the row above with one more item below.
			name: "stack index 0 fix: index 0 is an index (Jovo would resolve A.FooS@0)",
			tree: stacked(false), state: subS(), give: intent("Foo"),
			want: "A.UNHANDLED@1", wantRanking: []string{"A.UNHANDLED@1", "A.FooS@0", "A.UNHANDLED@0"},
		},
		{
			name: "stack index 0 fix: prioritizedOverUnhandled still lifts index 0",
			tree: stacked(true), state: subS(), give: intent("Foo"),
			want: "A.FooS@0", wantRanking: []string{"A.FooS@0", "A.UNHANDLED@1", "A.UNHANDLED@0"},
		},
	})
}

// TestResolveSkips covers skip marking and resolution (REFERENCE §2.4 steps
// 6 to 8).
func TestResolveSkips(t *testing.T) {
	local := comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Unhandled, noop)
		d.Components(comp(func(d *framework.Def) {
			d.Name("B")
			d.Handle(framework.Unhandled, noop)
		}))
		d.Handle("Foo", noop, framework.PrioritizedOverUnhandled())
	})
	global := func(name string, prioritized bool) framework.Component {
		return comp(func(d *framework.Def) {
			d.Name(name)
			d.Global()
			if prioritized {
				d.Handle("Stop", noop, framework.PrioritizedOverUnhandled())
				return
			}
			d.Handle("Stop", noop)
		})
	}
	tree := []framework.Component{local, global("G1", false), global("G2", true), global("G3", false)}
	onlyUnhandled := comp(func(d *framework.Def) {
		d.Name("U")
		d.Handle(framework.Unhandled, noop)
	})
	runRouteCases(t, []routeCase{
		{
			name: "intentsToSkipUnhandled skips every UNHANDLED",
			tree: []framework.Component{local, global("G1", false)}, state: stack("A.B"), give: intent("Stop"),
			opts:        framework.RouteOptions{IntentsToSkipUnhandled: []string{"Stop"}},
			want:        "G1.Stop@g",
			wantRanking: []string{"A.B.UNHANDLED@0!", "A.UNHANDLED@0!", "G1.Stop@g"},
		},
		{
			name: "intentsToSkipUnhandled applies after the intent map",
			tree: []framework.Component{local, global("G1", false)}, state: stack("A"), give: intent("AMAZON.StopIntent"),
			opts: framework.RouteOptions{IntentsToSkipUnhandled: []string{"Stop"}, IntentMap: map[string]string{"AMAZON.StopIntent": "Stop"}},
			want: "G1.Stop@g",
		},
		{
			name: "without intentsToSkipUnhandled the local UNHANDLED wins",
			tree: []framework.Component{local, global("G1", false)}, state: stack("A"), give: intent("Stop"),
			want: "A.UNHANDLED@0",
		},
		{
			name: "prioritizedOverUnhandled skip window: [u, p) is skipped, the prioritized match wins",
			tree: tree, state: stack("A"), give: intent("Stop"),
			want:        "G2.Stop@g",
			wantRanking: []string{"A.UNHANDLED@0!", "G1.Stop@g!", "G2.Stop@g", "G3.Stop@g"},
		},
		{
			name: "prioritizedOverUnhandled on a local handler of an ancestor (Jovo #1380)",
			tree: tree, state: stack("A.B"), give: intent("Foo"),
			want:        "A.Foo@0",
			wantRanking: []string{"A.B.UNHANDLED@0!", "A.Foo@0", "A.UNHANDLED@0"},
		},
		{
			name: "prioritizedOverUnhandled above the first UNHANDLED skips nothing",
			tree: tree, state: stack("A"), give: intent("Foo"),
			want: "A.Foo@0", wantRanking: []string{"A.Foo@0", "A.UNHANDLED@0"},
		},
		{
			name: "no matches: Resolved is nil",
			tree: tree, give: intent("Nothing"), want: "", wantRanking: []string{},
		},
		{
			name: "all skipped: Resolved is nil",
			tree: []framework.Component{onlyUnhandled}, state: stack("U"), give: intent("Stop"),
			opts: framework.RouteOptions{IntentsToSkipUnhandled: []string{"Stop"}},
			want: "", wantRanking: []string{"U.UNHANDLED@0!"},
		},
	})
}

// TestResolveConditions covers the intent map, component availability, the
// Platforms predicate and If, with the rejected matches and their reasons.
func TestResolveConditions(t *testing.T) {
	tree := []framework.Component{
		comp(func(d *framework.Def) {
			d.Name("A")
			d.Handle(framework.End, noop)
			d.Handle("Alexa", noop, framework.Intents("X"), framework.Platforms("alexa"))
			d.Handle("Closed", noop, framework.Intents("X"), framework.If(no))
			d.Handle("Open", noop, framework.Intents("X"), framework.If(yes), framework.If(yes))
			d.Handle("AndNot", noop, framework.Intents("X"), framework.If(yes), framework.If(never))
			d.Handle("Plain", noop, framework.Intents("X"))
		}),
		comp(func(d *framework.Def) {
			d.Name("Off")
			d.Available(func(*framework.Context) bool { return false })
			d.Handle("Help", noop, framework.Global(), framework.Intents("X"))
			d.Handle(framework.Unhandled, noop)
		}),
		comp(func(d *framework.Def) {
			d.Name("Multi")
			d.Handle("Pick", noop, framework.Intents("PickIntent"), framework.Platforms("alexa")).
				Or(framework.Intents("PickIntent"), framework.If(yes))
		}),
	}
	runRouteCases(t, []routeCase{
		{
			name: "intent map renames the intent before matching",
			tree: tree, give: intent("AMAZON.StopIntent"),
			opts: framework.RouteOptions{IntentMap: map[string]string{"AMAZON.StopIntent": "END"}},
			want: "A.END@g",
		},
		{
			name: "platforms predicate: other platforms are rejected",
			tree: tree, state: stack("A"), give: intent("X"), opts: framework.RouteOptions{Platform: "test"},
			want:        "A.Open@0",
			wantRanking: []string{"A.Open@0", "A.Plain@0"},
			wantRejected: []string{
				"A.Alexa@0 " + framework.SkipPlatform,
				"A.Closed@0 " + framework.SkipCondition,
				"A.AndNot@0 " + framework.SkipCondition,
			},
		},
		{
			name: "platforms predicate: its own platform matches (If ranks above Platforms)",
			tree: tree, state: stack("A"), give: intent("X"), opts: framework.RouteOptions{Platform: "alexa"},
			want:         "A.Open@0",
			wantRanking:  []string{"A.Open@0", "A.Alexa@0", "A.Plain@0"},
			wantRejected: []string{"A.Closed@0 " + framework.SkipCondition, "A.AndNot@0 " + framework.SkipCondition},
		},
		{
			name: "component availability: an unavailable component is skipped, on the stack and globally",
			tree: tree, state: stack("Off"), give: intent("Help"), want: "", wantRanking: []string{},
		},
		{
			name: "predicate sets (Or): a rejected set leaves the other",
			tree: tree, state: stack("Multi"), give: intent("PickIntent"), opts: framework.RouteOptions{Platform: "test"},
			want: "Multi.Pick@0", wantRanking: []string{"Multi.Pick@0"},
			wantRejected: []string{"Multi.Pick@0 " + framework.SkipPlatform},
		},
	})
}

func TestResolveIntentMapWritesBack(t *testing.T) {
	tree, err := framework.BuildTree([]framework.Component{comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.End, noop)
	})}, knownTypes())
	require.NoError(t, err)
	in := intent("AMAZON.StopIntent")
	r := framework.Resolve(tree, nil, &in, framework.RouteOptions{IntentMap: map[string]string{"AMAZON.StopIntent": "END"}})
	assert.Equal(t, "END", r.Intent)
	assert.Equal(t, "AMAZON.StopIntent", in.Intent, "Resolve is pure: the lifecycle writes the mapped intent back")
}

func TestResolvePassesContextToConditions(t *testing.T) {
	var got []*framework.Context
	probe := func(c *framework.Context) bool { got = append(got, c); return true }
	tree, err := framework.BuildTree([]framework.Component{comp(func(d *framework.Def) {
		d.Name("A")
		d.Available(probe)
		d.Handle("X", noop, framework.If(probe))
	})}, knownTypes())
	require.NoError(t, err)
	c := &framework.Context{}
	in := intent("X")
	r := framework.Resolve(tree, stack("A"), &in, framework.RouteOptions{Context: c})
	assert.Equal(t, "A.X@0", resolved(r))
	require.NotEmpty(t, got, "the availability check and the If condition ran")
	for _, g := range got {
		assert.Same(t, c, g)
	}
}

func TestRouteString(t *testing.T) {
	tree, err := framework.BuildTree([]framework.Component{comp(func(d *framework.Def) {
		d.Name("A")
		d.Handle(framework.Unhandled, noop)
		d.Handle("X", noop, framework.If(no))
		d.Handle("Y", noop, framework.PrioritizedOverUnhandled(), framework.Global())
	})}, knownTypes())
	require.NoError(t, err)
	in := intent("Y")
	r := framework.Resolve(tree, stack("A"), &in, framework.RouteOptions{})
	assert.Equal(t, "A.Y@0", resolved(r))
	in = intent("X")
	r = framework.Resolve(tree, stack("A"), &in, framework.RouteOptions{})
	assert.Equal(t,
		"=> A.UNHANDLED stack=0\n"+
			"   A.X stack=0 skipped: "+framework.SkipCondition+"\n", r.String())
	in = intent("Y")
	r = framework.Resolve(tree, nil, &in, framework.RouteOptions{IntentsToSkipUnhandled: []string{"Y"}})
	assert.Equal(t, "=> A.Y stack=-1\n", r.String())
}

// TestRoutingDocExample keeps the worked example of docs/routing.md true.
func TestRoutingDocExample(t *testing.T) {
	tree := []framework.Component{
		comp(func(d *framework.Def) {
			d.Name("Menu")
			d.Handle(framework.Launch, noop)
			d.Handle(framework.Start, noop)
			d.Handle("Order", noop, framework.Intents("OrderIntent"))
			d.Handle(framework.Unhandled, noop)
			d.Components(comp(func(d *framework.Def) {
				d.Name("Pizza")
				d.Handle(framework.Start, noop)
				d.Handle("Size", noop, framework.Intents("SizeIntent"))
				d.Handle("Confirm", noop, framework.Intents("YesIntent"), framework.SubState("Confirm"))
			}))
		}),
		comp(func(d *framework.Def) {
			d.Name("Control")
			d.Global()
			d.Handle("Stop", noop, framework.PrioritizedOverUnhandled())
			d.Handle("Help", noop)
		}),
	}
	state := framework.State{{Component: "Menu"}, {Component: "Menu.Pizza", SubState: "Confirm"}}
	runRouteCases(t, []routeCase{
		{
			name: "YesIntent", tree: tree, state: state, give: intent("YesIntent"), want: "Menu.Pizza.Confirm@1",
			wantRanking: []string{"Menu.Pizza.Confirm@1", "Menu.UNHANDLED@1", "Menu.UNHANDLED@0"},
		},
		{
			name: "OrderIntent", tree: tree, state: state, give: intent("OrderIntent"), want: "Menu.Order@1",
			wantRanking: []string{"Menu.Order@1", "Menu.UNHANDLED@1", "Menu.Order@0", "Menu.UNHANDLED@0"},
		},
		{
			name: "Help", tree: tree, state: state, give: intent("Help"), want: "Menu.UNHANDLED@1",
			wantRanking: []string{"Menu.UNHANDLED@1", "Menu.UNHANDLED@0", "Control.Help@g"},
		},
		{
			name: "Stop", tree: tree, state: state, give: intent("Stop"), want: "Control.Stop@g",
			wantRanking: []string{"Menu.UNHANDLED@1!", "Menu.UNHANDLED@0!", "Control.Stop@g"},
		},
		{
			name: "Help with IntentsToSkipUnhandled", tree: tree, state: state, give: intent("Help"),
			opts: framework.RouteOptions{IntentsToSkipUnhandled: []string{"Help"}}, want: "Control.Help@g",
		},
	})
	require.NoError(t, initErr(t, framework.Config{Components: tree}), "the example tree passes Initialize")
}
