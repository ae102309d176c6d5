package framework

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keepRecord is a stored session: top-level data and three stack items,
// the last two delegated.
func keepRecord() SessionRecord {
	return SessionRecord{
		ID:   "s",
		Data: map[string]any{"prompt": map[string]any{"text": "Hello", "silences": 0.0}},
		State: State{
			{Component: "Root"},
			{
				Component: "Root.Menu",
				Data:      map[string]any{"prompt": "Choose"},
				Resolve:   map[string]string{"selected": "Selected"},
				Config:    map[string]any{"texts": map[string]any{"intro": "menu.intro"}},
			},
			{
				Component: "Root.Digits",
				Data:      map[string]any{"digits": "4", "tries": []any{1.0}},
				Resolve:   map[string]string{"collected": "Collected", "cancel": "Cancel"},
				Config:    map[string]any{"length": 6.0, "keys": []string{"1", "2"}},
			},
		},
	}
}

// sharesMap reports whether a and b are the same map: a key written to
// one shows in the other.
func sharesMap[V any](a, b map[string]V) bool {
	if a == nil || b == nil {
		return false
	}
	const probe = "\x00probe"
	var zero V
	b[probe] = zero
	_, ok := a[probe]
	delete(b, probe)
	return ok
}

// where names the maps of a record, for the table below.
var where = map[string]func(r SessionRecord) any{
	"Data":             func(r SessionRecord) any { return r.Data },
	"State[1].Data":    func(r SessionRecord) any { return r.State[1].Data },
	"State[1].Resolve": func(r SessionRecord) any { return r.State[1].Resolve },
	"State[1].Config":  func(r SessionRecord) any { return r.State[1].Config },
	"State[2].Data":    func(r SessionRecord) any { return r.State[2].Data },
	"State[2].Resolve": func(r SessionRecord) any { return r.State[2].Resolve },
	"State[2].Config":  func(r SessionRecord) any { return r.State[2].Config },
}

func shares(a, b any) bool {
	switch x := a.(type) {
	case map[string]any:
		return sharesMap(x, b.(map[string]any))
	case map[string]string:
		return sharesMap(x, b.(map[string]string))
	}
	return false
}

// TestKeepSessionReusesWhatDidNotChange saves a turn's record over the
// stored one: the maps that did not change are the stored ones, the others
// are fresh copies, and the result equals a plain deep copy.
func TestKeepSessionReusesWhatDidNotChange(t *testing.T) {
	tests := []struct {
		name     string
		turn     func(r *SessionRecord)
		copied   []string // maps of the result that are not the stored ones
		sameList bool     // the stored stack is reused as a whole
	}{
		{name: "nothing changed", turn: func(*SessionRecord) {}, sameList: true},
		{name: "a digit", turn: func(r *SessionRecord) { r.State[2].Data["digits"] = "42" },
			copied: []string{"State[2].Data"}},
		{name: "a nested value of the session data",
			turn:   func(r *SessionRecord) { r.Data["prompt"].(map[string]any)["silences"] = 1.0 },
			copied: []string{"Data"}, sameList: true},
		{name: "a sub-state", turn: func(r *SessionRecord) { r.State[1].SubState = "Confirm" }},
		{name: "a resolve entry", turn: func(r *SessionRecord) { r.State[2].Resolve["no"] = "No" },
			copied: []string{"State[2].Resolve"}},
		{name: "a config value of another kind", turn: func(r *SessionRecord) { r.State[2].Config["length"] = 6 },
			copied: []string{"State[2].Config"}},
		{name: "a string list", turn: func(r *SessionRecord) { r.State[2].Config["keys"] = []string{"1"} },
			copied: []string{"State[2].Config"}},
		{name: "another component in the same place",
			turn: func(r *SessionRecord) { r.State[2].Component = "Root.YesNo" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stored := cloneSession(keepRecord())
			rec := cloneSession(stored) // what the turn loaded
			tt.turn(&rec)
			want := cloneSession(rec)

			got := keepSession(rec, &stored)
			assert.Equal(t, want, got)
			assert.Equal(t, tt.sameList, &got.State[0] == &stored.State[0], "stack reused")
			for name, at := range where {
				copied := false
				for _, c := range tt.copied {
					copied = copied || c == name
				}
				assert.Equal(t, !copied, shares(at(got), at(stored)), "%s is the stored map", name)
				assert.False(t, shares(at(got), at(rec)), "%s shares memory with the caller", name)
			}
		})
	}
}

// TestKeepSessionStack covers stacks that grew, shrank or were emptied
// between two saves: the result always equals a plain deep copy and never
// shares the caller's memory.
func TestKeepSessionStack(t *testing.T) {
	tests := []struct {
		name string
		turn func(r *SessionRecord)
	}{
		{name: "delegated", turn: func(r *SessionRecord) {
			r.State = append(r.State, StateItem{Component: "Root.YesNo", Resolve: map[string]string{"yes": "Yes"},
				Data: map[string]any{"n": 1.0}, Config: map[string]any{"a": "b"}})
		}},
		{name: "resolved", turn: func(r *SessionRecord) { r.State = r.State[:2] }},
		{name: "redirected", turn: func(r *SessionRecord) { r.State = State{{Component: "Other"}} }},
		{name: "emptied", turn: func(r *SessionRecord) { r.State = r.State[:0] }},
		{name: "no stack", turn: func(r *SessionRecord) { r.State = nil }},
		{name: "empty maps", turn: func(r *SessionRecord) {
			r.Data = map[string]any{}
			r.State[2].Data = map[string]any{}
			r.State[2].Resolve = map[string]string{}
			r.State[2].Config = nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stored := cloneSession(keepRecord())
			rec := cloneSession(stored)
			tt.turn(&rec)
			want := cloneSession(rec)

			got := keepSession(rec, &stored)
			require.Equal(t, want, got)
			assert.Equal(t, rec.State == nil, got.State == nil)
			for i := range got.State {
				if i < len(rec.State) {
					assert.False(t, sharesMap(got.State[i].Data, rec.State[i].Data), "State[%d].Data", i)
					assert.False(t, sharesMap(got.State[i].Resolve, rec.State[i].Resolve), "State[%d].Resolve", i)
					assert.False(t, sharesMap(got.State[i].Config, rec.State[i].Config), "State[%d].Config", i)
				}
			}
			if len(rec.State) > 0 && len(got.State) > 0 {
				assert.NotSame(t, &rec.State[0], &got.State[0])
			}
		})
	}
}

// TestKeepSessionWithoutOld is a first save: a plain deep copy.
func TestKeepSessionWithoutOld(t *testing.T) {
	rec := keepRecord()
	got := keepSession(rec, nil)
	assert.Equal(t, cloneSession(rec), got)
	assert.False(t, sharesMap(got.Data, rec.Data))
	assert.False(t, sharesMap(got.State[2].Resolve, rec.State[2].Resolve))
}
