package framework

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEqualValue checks equalValue against a stored copy of each kind of
// value: equal only where copying would make exactly the stored value.
func TestEqualValue(t *testing.T) {
	type custom struct{ N int }
	tests := []struct {
		name string
		a, b any
		want bool
	}{
		{name: "nil", a: nil, b: nil, want: true},
		{name: "nil and a value", a: nil, b: "x"},
		{name: "string", a: "x", b: "x", want: true},
		{name: "other string", a: "x", b: "y"},
		{name: "bool", a: true, b: true, want: true},
		{name: "float", a: 1.5, b: 1.5, want: true},
		{name: "float and int", a: 1.0, b: 1},
		{name: "negative zero", a: math.Copysign(0, -1), b: 0.0},
		{name: "NaN with the same bits", a: math.NaN(), b: math.NaN(), want: true},
		{name: "float32", a: float32(2), b: float32(2), want: true},
		{name: "int", a: 3, b: 3, want: true},
		{name: "int and int64", a: 3, b: int64(3)},
		{name: "uint8", a: uint8(3), b: uint8(3), want: true},
		{name: "json number", a: json.Number("42"), b: json.Number("42"), want: true},
		{name: "json number and string", a: json.Number("42"), b: "42"},
		{name: "int and a map", a: 3, b: map[string]any{}},
		{name: "nested map", a: map[string]any{"a": []any{1.0, "x"}}, b: map[string]any{"a": []any{1.0, "x"}}, want: true},
		{name: "nested map differs deep down", a: map[string]any{"a": []any{1.0, "x"}}, b: map[string]any{"a": []any{1.0, "y"}}},
		{name: "nested map with another key", a: map[string]any{"a": 1.0}, b: map[string]any{"b": 1.0}},
		{name: "nested map and nil map", a: map[string]any{}, b: map[string]any(nil)},
		{name: "slice and nil slice", a: []any{}, b: []any(nil)},
		{name: "slices of other lengths", a: []any{1.0}, b: []any{1.0, 2.0}},
		{name: "strings", a: []string{"a"}, b: []string{"a"}, want: true},
		{name: "strings differ", a: []string{"a"}, b: []string{"b"}},
		{name: "empty strings and nil", a: []string{}, b: []string(nil)},
		{name: "string map", a: map[string]string{"k": "v"}, b: map[string]string{"k": "v"}, want: true},
		{name: "string map differs", a: map[string]string{"k": "v"}, b: map[string]string{"k": "w"}},
		{name: "string map and nil", a: map[string]string{}, b: map[string]string(nil)},
		{name: "a struct never equals its JSON copy", a: custom{N: 1}, b: map[string]any{"N": 1.0}},
		{name: "a struct never equals itself", a: custom{N: 1}, b: custom{N: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, equalValue(tt.a, tt.b))
		})
	}
}

// TestEqualMapTopLevel checks that at the top level nil and empty maps
// are equal, as cloneMap turns both into nil.
func TestEqualMapTopLevel(t *testing.T) {
	assert.True(t, equalMap(nil, nil))
	assert.True(t, equalMap(map[string]any{}, nil))
	assert.False(t, equalMap(map[string]any{"a": 1.0}, nil))
	assert.False(t, equalMap(map[string]any{"a": 1.0}, map[string]any{"a": 2.0}))
	assert.True(t, equalMap(map[string]any{"a": 1.0}, map[string]any{"a": 1.0}))
}
