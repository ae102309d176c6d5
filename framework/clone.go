package framework

import (
	"encoding/json"
	"maps"
)

// cloneMap deep-copies JSON-like data so that stored records never share
// memory with a request. Maps, slices and scalars of the kinds encoding/json
// produces are copied directly; any other value goes through a JSON round
// trip, which is what a byte-oriented backend would do to it anyway. An
// empty map copies as nil, as it would through JSON with omitempty; readers
// of stored records treat the two alike.
func cloneMap(m map[string]any) map[string]any {
	if len(m) == 0 {
		return nil
	}
	return copyMap(m)
}

// copyMap deep-copies a nested map; unlike cloneMap it keeps an empty map
// an empty map, as JSON does for values.
//
// maps.Clone copies the map in bulk, without rehashing or growing; only
// the values that hold memory of their own (maps, slices, other types)
// are replaced by deep copies afterwards, which overwrites existing keys
// and so never grows the map either.
func copyMap(m map[string]any) map[string]any {
	out := maps.Clone(m)
	for k, v := range out {
		if !isScalar(v) {
			out[k] = cloneValue(v)
		}
	}
	return out
}

// isScalar reports whether v is a value that shares no memory: nil, a
// string, a bool, a number or a json.Number. The common kinds come first.
func isScalar(v any) bool {
	switch v.(type) {
	case nil, string, bool, float64, int, json.Number, float32, int8, int16, int32, int64,
		uint, uint8, uint16, uint32, uint64:
		return true
	}
	return false
}

func cloneValue(v any) any {
	switch t := v.(type) {
	case nil, string, bool, float64, float32, int, int8, int16, int32, int64,
		uint, uint8, uint16, uint32, uint64, json.Number:
		return t
	case map[string]any:
		if t == nil {
			return t
		}
		return copyMap(t)
	case []any:
		if t == nil {
			return t
		}
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = cloneValue(e)
		}
		return out
	case []string:
		return append([]string(nil), t...)
	case map[string]string:
		return cloneStrings(t)
	default:
		b, err := json.Marshal(t)
		if err != nil {
			return t
		}
		var out any
		if json.Unmarshal(b, &out) != nil {
			return t
		}
		return out
	}
}
