package framework_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/testsuite"
)

// initErr initializes an app with the test platform and returns the error.
func initErr(t *testing.T, cfg framework.Config) error {
	t.Helper()
	cfg.Plugins = append([]framework.Plugin{testsuite.NewPlatform()}, cfg.Plugins...)
	return framework.New(cfg).Initialize(context.Background())
}

func TestInitializeReportsConfigErrors(t *testing.T) {
	named := func(name string, def func(d *framework.Def)) framework.Component {
		return comp(func(d *framework.Def) {
			d.Name(name)
			if def != nil {
				def(d)
			}
		})
	}
	tests := []struct {
		name string
		give []framework.Component
		want []string // substrings of the error
	}{
		{name: "unnamed component", give: []framework.Component{comp(func(*framework.Def) {})}, want: []string{"has no name"}},
		{name: "nil component", give: []framework.Component{nil}, want: []string{"component #0 under \"<root>\" is nil"}},
		{name: "dotted name", give: []framework.Component{named("A.B", nil)}, want: []string{`"A.B" must not contain a dot`}},
		{
			name: "duplicate component names",
			give: []framework.Component{named("A", nil), named("A", nil)},
			want: []string{`duplicate component name "A" under "<root>"`},
		},
		{
			name: "duplicate child names",
			give: []framework.Component{named("A", func(d *framework.Def) { d.Components(named("B", nil), named("B", nil)) })},
			want: []string{`duplicate component name "B" under "A"`},
		},
		{
			name: "unknown input type",
			give: []framework.Component{named("A", func(d *framework.Def) { d.Handle("X", noop, framework.Types("DTMF")) })},
			want: []string{`handler A.X matches unknown input type "DTMF"`},
		},
		{
			name: "nil handler",
			give: []framework.Component{named("A", func(d *framework.Def) { d.Handle("X", nil) })},
			want: []string{`component "A" has a handler without a name or function`},
		},
		{
			name: "unnamed handler",
			give: []framework.Component{named("A", func(d *framework.Def) { d.Handle("", noop) })},
			want: []string{`component "A" has a handler without a name or function`},
		},
		{
			name: "duplicate handler name",
			give: []framework.Component{named("A", func(d *framework.Def) { d.Handle("X", noop); d.Handle("X", noop) })},
			want: []string{`component "A" registers handler "X" twice`},
		},
		{
			name: "every mistake at once",
			give: []framework.Component{
				comp(func(*framework.Def) {}),
				named("A", func(d *framework.Def) { d.Handle("X", nil); d.Components(named("C", nil), named("C", nil)) }),
			},
			want: []string{"has no name", "without a name or function", `duplicate component name "C"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := initErr(t, framework.Config{Components: tt.give})
			require.Error(t, err)
			assert.ErrorIs(t, err, framework.ErrInvalidComponentTree)
			var ce framework.ConfigErrors
			require.ErrorAs(t, err, &ce)
			assert.Len(t, ce, 1, "the tree's errors are joined into one entry")
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestInitializePluginErrors(t *testing.T) {
	t.Run("no platform", func(t *testing.T) {
		err := framework.New(framework.Config{}).Initialize(context.Background())
		assert.ErrorIs(t, err, framework.ErrInvalidConfig)
		assert.ErrorContains(t, err, "no platform installed")
	})
	t.Run("nil plugin", func(t *testing.T) {
		err := initErr(t, framework.Config{Plugins: []framework.Plugin{nil}})
		assert.ErrorIs(t, err, framework.ErrInvalidConfig)
		assert.ErrorContains(t, err, "nil plugin")
	})
	t.Run("empty plugin name", func(t *testing.T) {
		err := initErr(t, framework.Config{Plugins: []framework.Plugin{&recorder{}}})
		assert.ErrorIs(t, err, framework.ErrInvalidConfig)
		assert.ErrorContains(t, err, "has an empty name")
	})
	t.Run("two instances of one type with their own names do not collide (Jovo keys plugins by class)", func(t *testing.T) {
		a, b := &recorder{name: "a"}, &recorder{name: "b"}
		app := newApp(t, framework.Config{Plugins: []framework.Plugin{a, b}}, comp(func(d *framework.Def) {
			d.Name("A")
			d.Handle(framework.Launch, say("hi"))
		}))
		handle(t, app, turn{in: launch()})
		assert.Contains(t, a.calls, framework.PhaseRequestStart)
		assert.Contains(t, b.calls, framework.PhaseRequestStart)
	})
	t.Run("a repeated name is an error", func(t *testing.T) {
		err := initErr(t, framework.Config{Plugins: []framework.Plugin{&recorder{name: "x"}, &recorder{name: "x"}}})
		assert.ErrorIs(t, err, framework.ErrInvalidConfig)
		assert.ErrorContains(t, err, `two plugins named "x"`)
	})
	t.Run("a repeated name under one parent is an error", func(t *testing.T) {
		parent := &recorder{name: "p", children: []framework.Plugin{&recorder{name: "x"}, &recorder{name: "x"}}}
		err := initErr(t, framework.Config{Plugins: []framework.Plugin{parent}})
		assert.ErrorContains(t, err, `install plugin "p": invalid app configuration: two plugins named "p/x"`)
	})
	t.Run("one name under two parents is fine", func(t *testing.T) {
		p1 := &recorder{name: "p1", children: []framework.Plugin{&recorder{name: "x"}}}
		p2 := &recorder{name: "p2", children: []framework.Plugin{&recorder{name: "x"}}}
		assert.NoError(t, initErr(t, framework.Config{Plugins: []framework.Plugin{p1, p2}}))
	})
	t.Run("Install error", func(t *testing.T) {
		err := initErr(t, framework.Config{Plugins: []framework.Plugin{&recorder{name: "bad", installErr: errors.New("boom")}}})
		assert.ErrorContains(t, err, `install plugin "bad": boom`)
	})
	t.Run("Initializer error", func(t *testing.T) {
		boom := errors.New("no database")
		var seen []error
		app := framework.New(framework.Config{Plugins: []framework.Plugin{
			testsuite.NewPlatform(), &recorder{name: "db", initErr: boom},
		}}).OnError(func(c *framework.Context, err error) {
			assert.Nil(t, c, "errors at Initialize have no request")
			seen = append(seen, err)
		})
		err := app.Initialize(context.Background())
		assert.ErrorIs(t, err, boom)
		assert.ErrorContains(t, err, `initialize plugin "db": no database`)
		require.Len(t, seen, 1)
		assert.ErrorIs(t, seen[0], boom)
		assert.False(t, app.Initialized())
	})
	t.Run("Initializers do not run when the config is wrong", func(t *testing.T) {
		r := &recorder{name: "db"}
		err := initErr(t, framework.Config{Plugins: []framework.Plugin{r}, Components: []framework.Component{nil}})
		assert.Error(t, err)
		assert.Zero(t, r.initialized)
	})
	t.Run("Initialize twice", func(t *testing.T) {
		app := newApp(t, framework.Config{})
		err := app.Initialize(context.Background())
		assert.ErrorIs(t, err, framework.ErrInvalidConfig)
		assert.ErrorContains(t, err, "Initialize called twice")
	})
	t.Run("Initialize after a failed Initialize", func(t *testing.T) {
		app := framework.New(framework.Config{})
		require.Error(t, app.Initialize(context.Background()))
		app.Use(testsuite.NewPlatform())
		err := app.Initialize(context.Background())
		assert.ErrorIs(t, err, framework.ErrInvalidConfig)
		assert.ErrorContains(t, err, "already failed")
	})
}

// TestDuplicateGlobalIntents covers the Initialize-time check (REFERENCE
// §2.4 step 9) and its false positives in Jovo (#1284, PR #1629).
func TestDuplicateGlobalIntents(t *testing.T) {
	globalComp := func(name string, def func(d *framework.Def)) framework.Component {
		return comp(func(d *framework.Def) { d.Name(name); d.Global(); def(d) })
	}
	plain := func(name string, def func(d *framework.Def)) framework.Component {
		return comp(func(d *framework.Def) { d.Name(name); def(d) })
	}
	tests := []struct {
		name      string
		give      []framework.Component
		intentMap map[string]string
		want      string // "" for no error, else a substring
	}{
		{
			name: "two global handlers for one intent",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) { d.Handle("Help", noop) }),
				globalComp("B", func(d *framework.Def) { d.Handle("Help", noop) }),
			},
			want: `"Help" is handled by A.Help, B.Help`,
		},
		{
			name: "a global intent and a global handler name",
			give: []framework.Component{
				plain("A", func(d *framework.Def) { d.Handle("Assist", noop, framework.GlobalIntents("Help")) }),
				plain("B", func(d *framework.Def) { d.Handle("Help", noop, framework.Global()) }),
			},
			want: `"Help" is handled by A.Assist, B.Help`,
		},
		{
			name: "two LAUNCH handlers",
			give: []framework.Component{
				plain("A", func(d *framework.Def) { d.Handle(framework.Launch, noop) }),
				plain("B", func(d *framework.Def) { d.Handle(framework.Launch, noop) }),
			},
			want: `"LAUNCH" is handled by A.LAUNCH, B.LAUNCH`,
		},
		{
			name: "START in global components is no duplicate (Jovo #1284)",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) { d.Handle(framework.Start, noop) }),
				globalComp("B", func(d *framework.Def) { d.Handle(framework.Start, noop) }),
			},
		},
		{
			name: "END in many components is no duplicate: the active one is routed first",
			give: []framework.Component{
				plain("A", func(d *framework.Def) { d.Handle(framework.End, noop) }),
				plain("B", func(d *framework.Def) { d.Handle(framework.End, noop) }),
				globalComp("C", func(d *framework.Def) { d.Handle(framework.End, noop) }),
			},
		},
		{
			name: "UNHANDLED in global components is no duplicate",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) { d.Handle(framework.Unhandled, noop) }),
				globalComp("B", func(d *framework.Def) { d.Handle(framework.Unhandled, noop) }),
			},
		},
		{
			name: "the same handler is counted once (PR #1629): two predicate sets",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) {
					d.Handle("Help", noop, framework.Intents("HelpIntent")).Or(framework.Intents("HelpIntent"), framework.Types(framework.InputText))
				}),
			},
		},
		{
			name: "the same handler is counted once (PR #1629): two intents mapped to one",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) {
					d.Handle("Stop", noop, framework.Intents("AMAZON.StopIntent", "AMAZON.CancelIntent"))
				}),
			},
			intentMap: map[string]string{"AMAZON.StopIntent": "Stop", "AMAZON.CancelIntent": "Stop"},
		},
		{
			name: "intents mapped to END are no duplicate",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) { d.Handle("Quit", noop, framework.Intents("AMAZON.StopIntent")) }),
				globalComp("B", func(d *framework.Def) { d.Handle("Bye", noop, framework.Intents("AMAZON.StopIntent")) }),
			},
			intentMap: map[string]string{"AMAZON.StopIntent": framework.End},
		},
		{
			name: "the intent map can make a real duplicate",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) { d.Handle("Stop", noop) }),
				globalComp("B", func(d *framework.Def) { d.Handle("Quit", noop, framework.Intents("AMAZON.StopIntent")) }),
			},
			intentMap: map[string]string{"AMAZON.StopIntent": "Stop"},
			want:      `"Stop" is handled by A.Stop, B.Quit`,
		},
		{
			name: "conditioned handlers are exempt",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) { d.Handle("Help", noop, framework.If(yes)) }),
				globalComp("B", func(d *framework.Def) { d.Handle("Help", noop, framework.Platforms("test")) }),
				globalComp("C", func(d *framework.Def) { d.Handle("Help", noop) }),
			},
		},
		{
			name: "Local handlers of global components are exempt",
			give: []framework.Component{
				globalComp("A", func(d *framework.Def) { d.Handle("Help", noop, framework.Local()) }),
				globalComp("B", func(d *framework.Def) { d.Handle("Help", noop) }),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := initErr(t, framework.Config{Components: tt.give, Routing: framework.RoutingConfig{IntentMap: tt.intentMap}})
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, framework.ErrDuplicateGlobalIntents)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestTreeAccessors(t *testing.T) {
	child := comp(func(d *framework.Def) {
		d.Name("Child")
		d.Handle("Stopped", noop, framework.Types(playbackStopped))
	})
	other := &structComp{name: "Other"}
	root := comp(func(d *framework.Def) {
		d.Name("Root")
		d.Components(child, comp(func(d *framework.Def) {
			d.Name("Sibling")
			d.Components(comp(func(d *framework.Def) { d.Name("Deep") }))
		}))
	})
	tree, err := framework.BuildTree([]framework.Component{root, framework.Named("Renamed", other), other}, knownTypes(playbackStopped))
	require.NoError(t, err)

	var paths []string
	for _, n := range tree.Nodes() {
		paths = append(paths, n.Path)
	}
	assert.Equal(t, []string{"Root", "Root.Child", "Root.Sibling", "Root.Sibling.Deep", "Renamed", "Other"}, paths, "depth-first, registration order")

	deep := tree.Node("Root.Sibling.Deep")
	require.NotNil(t, deep)
	assert.Equal(t, "Deep", deep.Name)
	assert.Equal(t, "Root.Sibling", deep.Parent().Path)
	assert.Nil(t, tree.Node("Root").Parent())
	assert.Equal(t, other, tree.Node("Renamed").Component(), "Named registers the same component under another name")

	find := func(from, name string) string {
		n := tree.Find(tree.Node(from), name)
		if n == nil {
			return ""
		}
		return n.Path
	}
	assert.Equal(t, "Root.Sibling", find("Root", "Sibling"), "a child first")
	assert.Equal(t, "Root.Child", find("Root.Sibling.Deep", "Child"), "then relatives up the tree")
	assert.Equal(t, "Other", find("Root.Child", "Other"), "then a root")
	assert.Equal(t, "Root.Sibling.Deep", find("Other", "Root.Sibling.Deep"), "a full path works")
	assert.Equal(t, "Root", tree.Find(nil, "Root").Path)
	assert.Empty(t, find("Root", "Nope"))

	assert.True(t, tree.HandlesType(playbackStopped))
	assert.False(t, tree.HandlesType(framework.InputText))
}

// structComp is a component with a comparable value.
type structComp struct{ name string }

func (s *structComp) Define(d *framework.Def) { d.Name(s.name) }
