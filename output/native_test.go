package output

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMergeNative(t *testing.T) {
	tests := []struct {
		name    string
		base    map[string]any
		overlay map[string]any
		want    map[string]any
	}{
		{"both nil", nil, nil, map[string]any{}},
		{"nil base", nil, map[string]any{"a": 1.0}, map[string]any{"a": 1.0}},
		{"nil overlay", map[string]any{"a": 1.0}, nil, map[string]any{"a": 1.0}},
		{"scalar replaces", map[string]any{"a": 1.0, "b": "x"}, map[string]any{"a": 2.0}, map[string]any{"a": 2.0, "b": "x"}},
		{"maps merged recursively",
			map[string]any{"tts": map[string]any{"provider": "azure", "voice": "a"}},
			map[string]any{"tts": map[string]any{"voice": "b"}},
			map[string]any{"tts": map[string]any{"provider": "azure", "voice": "b"}}},
		{"arrays concatenated", map[string]any{"l": []any{1.0}}, map[string]any{"l": []any{2.0, 3.0}}, map[string]any{"l": []any{1.0, 2.0, 3.0}}},
		{"array replaces non-array", map[string]any{"l": "x"}, map[string]any{"l": []any{1.0}}, map[string]any{"l": []any{1.0}}},
		{"map replaces non-map", map[string]any{"m": 1.0}, map[string]any{"m": map[string]any{"k": true}}, map[string]any{"m": map[string]any{"k": true}}},
		{"scalar replaces map", map[string]any{"m": map[string]any{"k": true}}, map[string]any{"m": false}, map[string]any{"m": false}},
		{"nil deletes", map[string]any{"a": 1.0, "b": 2.0}, map[string]any{"a": nil}, map[string]any{"b": 2.0}},
		{"nested nil deletes", map[string]any{"m": map[string]any{"a": 1.0, "b": 2.0}}, map[string]any{"m": map[string]any{"b": nil}}, map[string]any{"m": map[string]any{"a": 1.0}}},
		{"nil in a new subtree dropped", nil, map[string]any{"m": map[string]any{"a": nil, "b": 1.0}}, map[string]any{"m": map[string]any{"b": 1.0}}},
		{"other slice types replace", map[string]any{"s": []string{"a"}}, map[string]any{"s": []string{"b"}}, map[string]any{"s": []string{"b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, MergeNative(tt.base, tt.overlay))
		})
	}
}

func TestMergeNativeDoesNotModifyArguments(t *testing.T) {
	base := map[string]any{"m": map[string]any{"a": 1.0}, "l": []any{1.0}, "x": 1.0}
	over := map[string]any{"m": map[string]any{"a": nil, "b": 2.0}, "l": []any{2.0}, "x": nil}
	got := MergeNative(base, over)

	assert.Equal(t, map[string]any{"m": map[string]any{"b": 2.0}, "l": []any{1.0, 2.0}}, got)
	assert.Equal(t, map[string]any{"m": map[string]any{"a": 1.0}, "l": []any{1.0}, "x": 1.0}, base)
	assert.Equal(t, map[string]any{"m": map[string]any{"a": nil, "b": 2.0}, "l": []any{2.0}, "x": nil}, over)
}

func TestOverlayKeepsNilForThePlatform(t *testing.T) {
	merged := overlay(map[string]any{"a": 1.0, "b": 2.0}, map[string]any{"a": nil}, true)
	assert.Equal(t, map[string]any{"a": nil, "b": 2.0}, merged)
	assert.Equal(t, map[string]any{"b": 2.0, "c": 3.0}, MergeNative(map[string]any{"a": 0.0, "c": 3.0}, merged))

	same := map[string]any{"k": 1.0}
	assert.Equal(t, same, overlay(same, nil, true), "an empty overlay returns dst as is")
}
