package framework

import (
	"encoding/json"
	"maps"
	"math"
	"slices"
)

// equalMap reports whether a deep copy of a would be the same as b, which
// is itself such a copy. It errs towards false: a value of a kind the
// copies go through JSON for never compares equal, nor does a float that
// differs in its bits only (-0 and 0), so that what is reused is always
// exactly what copying would have made. A nil and an empty map are equal,
// as cloneMap makes nil of both.
func equalMap(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok || !equalValue(v, w) {
			return false
		}
	}
	return true
}

// equalValue is equalMap for one value; nil and empty differ here, as
// cloneValue keeps them apart.
func equalValue(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && math.Float64bits(x) == math.Float64bits(y)
	case float32:
		y, ok := b.(float32)
		return ok && math.Float32bits(x) == math.Float32bits(y)
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, json.Number:
		// Comparable kinds: == on the interfaces compares type and value.
		return a == b
	case map[string]any:
		y, ok := b.(map[string]any)
		return ok && (x == nil) == (y == nil) && equalMap(x, y)
	case []any:
		y, ok := b.([]any)
		if !ok || (x == nil) != (y == nil) || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalValue(x[i], y[i]) {
				return false
			}
		}
		return true
	case []string:
		y, ok := b.([]string)
		return ok && (x == nil) == (y == nil) && slices.Equal(x, y)
	case map[string]string:
		y, ok := b.(map[string]string)
		return ok && equalStrings(x, y)
	}
	return false
}

// equalStrings reports whether two string maps are equal, nil differing
// from empty: an empty resolve map still marks a delegated item.
func equalStrings(a, b map[string]string) bool {
	return (a == nil) == (b == nil) && maps.Equal(a, b)
}
