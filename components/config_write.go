package components

import (
	"encoding/json"
	"maps"
	"slices"

	"github.com/jovo-go/jovo/platform/aiflow"
)

// writer builds the map the config types' Map methods return: the JSON
// keys of the non-zero fields (as encoding/json with omitempty would
// write them) with values the framework copies without encoding/json
// (strings, ints, float64s, bools, map[string]string, []string, []any,
// map[string]any). The reader takes them back as they are.
type writer map[string]any

func (w writer) str(key, v string) {
	if v != "" {
		w[key] = v
	}
}

func (w writer) boolean(key string, v bool) {
	if v {
		w[key] = v
	}
}

func (w writer) integer(key string, v int) {
	if v != 0 {
		w[key] = v
	}
}

func (w writer) number(key string, v float64) {
	if v != 0 {
		w[key] = v
	}
}

func (w writer) strMap(key string, v map[string]string) {
	if len(v) > 0 {
		w[key] = maps.Clone(v)
	}
}

func (w writer) anyMap(key string, v map[string]any) {
	if len(v) > 0 {
		w[key] = maps.Clone(v)
	}
}

func (w writer) strs(key string, v []string) {
	if len(v) > 0 {
		w[key] = slices.Clone(v)
	}
}

// bargeIn writes barge-in settings in their JSON form: they are rare, and
// their keys are aiflow's.
func (w writer) bargeIn(key string, v *aiflow.BargeInConfig) {
	if v == nil {
		return
	}
	if b, err := json.Marshal(v); err == nil {
		var m map[string]any
		if json.Unmarshal(b, &m) == nil {
			w[key] = m
		}
	}
}

func (w writer) options(key string, v []MenuOption) {
	if len(v) == 0 {
		return
	}
	l := make([]any, len(v))
	for i, o := range v {
		ow := make(writer)
		o.put(ow)
		l[i] = map[string]any(ow)
	}
	w[key] = l
}
