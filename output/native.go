package output

import (
	"maps"
	"slices"
)

// MergeNative deep-merges overlay into base and returns the result, the way
// a platform applies PlatformOutput.NativeResponse to the response it built:
// maps are merged key by key, arrays ([]any) are concatenated, a nil value
// deletes the key, and any other value replaces. Only map[string]any and
// []any are merged, the shapes encoding/json produces; other maps and
// slices are values like any other.
//
// Neither argument is modified. The result shares nested values that the
// overlay does not touch with base.
func MergeNative(base, overlay map[string]any) map[string]any {
	return overlayMap(base, overlay, false)
}

// overlay merges src into dst like MergeNative. With keepNil, a nil in src
// is kept as a nil in the result, so that the deletion still applies when
// the merged overlay is later applied to a platform's response.
func overlay(dst, src map[string]any, keepNil bool) map[string]any {
	if len(src) == 0 {
		return dst
	}
	return overlayMap(dst, src, keepNil)
}

func overlayMap(dst, src map[string]any, keepNil bool) map[string]any {
	out := make(map[string]any, len(dst)+len(src))
	maps.Copy(out, dst)
	for k, v := range src {
		switch sv := v.(type) {
		case nil:
			if keepNil {
				out[k] = nil
			} else {
				delete(out, k)
			}
		case map[string]any:
			dv, _ := out[k].(map[string]any)
			out[k] = overlayMap(dv, sv, keepNil)
		case []any:
			if dv, ok := out[k].([]any); ok {
				out[k] = append(slices.Clip(dv), sv...)
			} else {
				out[k] = sv
			}
		default:
			out[k] = v
		}
	}
	return out
}
