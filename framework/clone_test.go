package framework

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCopyMapSharesNoMemory mutates every nested value of a copy and
// checks that the original kept its values, for each kind of value
// copyMap handles.
func TestCopyMapSharesNoMemory(t *testing.T) {
	type custom struct{ N []int }
	tests := []struct {
		name   string
		give   any
		mutate func(t *testing.T, v any) // changes v in place
		want   any                       // what the copy holds before mutate
	}{
		{name: "scalar", give: "text", mutate: func(*testing.T, any) {}, want: "text"},
		{name: "number", give: json.Number("42"), mutate: func(*testing.T, any) {}, want: json.Number("42")},
		{name: "nested map", give: map[string]any{"a": map[string]any{"b": 1.0}},
			mutate: func(t *testing.T, v any) {
				m, ok := v.(map[string]any)
				require.True(t, ok)
				m["a"].(map[string]any)["b"] = 2.0
				m["c"] = true
			},
			want: map[string]any{"a": map[string]any{"b": 1.0}}},
		{name: "slice", give: []any{"x", map[string]any{"y": 1.0}},
			mutate: func(t *testing.T, v any) {
				s, ok := v.([]any)
				require.True(t, ok)
				s[0] = "changed"
				s[1].(map[string]any)["y"] = 2.0
			},
			want: []any{"x", map[string]any{"y": 1.0}}},
		{name: "strings", give: []string{"a", "b"},
			mutate: func(t *testing.T, v any) {
				s, ok := v.([]string)
				require.True(t, ok)
				s[0] = "changed"
			},
			want: []string{"a", "b"}},
		{name: "string map", give: map[string]string{"k": "v"},
			mutate: func(t *testing.T, v any) {
				m, ok := v.(map[string]string)
				require.True(t, ok)
				m["k"] = "changed"
			},
			want: map[string]string{"k": "v"}},
		{name: "other type goes through JSON", give: custom{N: []int{1}},
			mutate: func(t *testing.T, v any) {
				m, ok := v.(map[string]any)
				require.True(t, ok)
				m["N"].([]any)[0] = 2.0
			},
			want: map[string]any{"N": []any{1.0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := map[string]any{"v": tt.give, "s": "kept"}
			got := copyMap(orig)
			assert.Equal(t, tt.want, got["v"])
			assert.Equal(t, "kept", got["s"])
			tt.mutate(t, got["v"])
			got["s"] = "changed"
			assert.Equal(t, tt.give, orig["v"])
			assert.Equal(t, "kept", orig["s"])
		})
	}
}

// TestCloneStringsKeepsNil checks that a nil resolve map stays nil and an
// empty one stays empty, and that a copy shares no memory.
func TestCloneStringsKeepsNil(t *testing.T) {
	assert.Nil(t, cloneStrings(nil))
	empty := cloneStrings(map[string]string{})
	assert.NotNil(t, empty)
	assert.Empty(t, empty)
	orig := map[string]string{"a": "A"}
	got := cloneStrings(orig)
	got["a"] = "changed"
	assert.Equal(t, map[string]string{"a": "A"}, orig)
}
