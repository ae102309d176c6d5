package components

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTextIDsAppKey(t *testing.T) {
	ids := newTextIDs("Menu", "prompt", "option")
	tests := []struct{ key, want string }{
		{"prompt", "components.Menu.prompt"},
		{"option", "components.Menu.option"},
		{"unlisted", "components.Menu.unlisted"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ids.appKey(tt.key), tt.key)
	}
	assert.Equal(t, "components.BargeIn.ack", textIDs{kind: "BargeIn"}.appKey("ack"), "no keys listed")
}

func TestInterpolate(t *testing.T) {
	type named string
	tests := []struct {
		name, give string
		vars       map[string]any
		want       string
	}{
		{"string", "I have {{digits}} so far.", map[string]any{"digits": "4 2"}, "I have 4 2 so far."},
		{"int", "your {{ length }}-digit number", map[string]any{"length": 6}, "your 6-digit number"},
		{"negative int", "{{n}}", map[string]any{"n": -12}, "-12"},
		{"other types as fmt prints them", "{{a}} {{b}} {{c}} {{d}}",
			map[string]any{"a": int64(7), "b": 1.5, "c": named("x"), "d": true}, "7 1.5 x true"},
		{"unknown name kept", "{{x}} and {{y}}", map[string]any{"x": "1"}, "1 and {{y}}"},
		{"unclosed", "{{x", map[string]any{"x": "1"}, "{{x"},
		{"no vars", "{{x}}", nil, "{{x}}"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, interpolate(tt.give, tt.vars), tt.name)
	}
}

func TestSpacedKey(t *testing.T) {
	tests := []struct{ give, want string }{
		{"sales", "sales"},
		{"opening_hours", "opening hours"},
		{"talk-to_a-person", "talk to a person"},
		{"_x-", " x "},
		{"bad\xffkey_1", "bad\xffkey 1"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, spacedKey(tt.give), tt.give)
	}
}
