package framework

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCompareMatches is the comparator's table: the stack index rule with
// its prioritizedOverUnhandled exception, UNHANDLED last, then the score.
func TestCompareMatches(t *testing.T) {
	m := func(stack int, unhandled, prioritized bool, score float64) RouteMatch {
		return RouteMatch{StackIndex: stack, Unhandled: unhandled, PrioritizedOverUnhandled: prioritized, Score: score}
	}
	tests := []struct {
		name string
		a, b RouteMatch
		want int // <0: a first, >0: b first
	}{
		{name: "higher stack index first", a: m(1, false, false, 0), b: m(0, false, false, 2.5), want: -1},
		{name: "lower stack index after", a: m(0, false, false, 2.5), b: m(2, false, false, 0), want: 1},
		{name: "higher UNHANDLED before a lower plain match", a: m(1, true, false, 0), b: m(0, false, false, 0), want: -1},
		{name: "prioritized at a lower index before a higher UNHANDLED", a: m(0, false, true, 0), b: m(1, true, false, 0), want: -1},
		{name: "higher UNHANDLED after a lower prioritized", a: m(1, true, false, 0), b: m(0, false, true, 0), want: 1},
		{name: "stack index 0 is an index (Jovo: falls through to UNHANDLED last)", a: m(1, true, false, 0), b: m(0, false, false, 0), want: -1},
		{name: "same index: UNHANDLED last", a: m(0, true, false, 0), b: m(0, false, false, 0), want: 1},
		{name: "same index: not UNHANDLED first", a: m(0, false, false, 0), b: m(0, true, false, 2.5), want: -1},
		{name: "global: UNHANDLED last", a: m(-1, true, false, 0), b: m(-1, false, false, 0), want: 1},
		{name: "local and global: no stack rule", a: m(-1, false, false, 1.5), b: m(3, false, false, 0), want: -1},
		{name: "higher score first", a: m(-1, false, false, 1), b: m(-1, false, false, 1.5), want: 1},
		{name: "equal", a: m(0, false, false, 1), b: m(0, false, false, 1), want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, compareMatches(&tt.a, &tt.b))
			assert.Equal(t, -tt.want, compareMatches(&tt.b, &tt.a), "antisymmetric")
		})
	}
}
