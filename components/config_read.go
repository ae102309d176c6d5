package components

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/jovo-go/jovo/platform/aiflow"
)

// reader lays a config map (the config passed with Delegate) over a
// config, one key at a time: the config types' with methods ask it for
// each of their keys. A key found replaces the field, except that Texts
// and Vars merge key by key; a null value leaves the field as it is.
//
// It takes the values a state stack item holds without encoding/json:
// the kinds encoding/json produces, which is what a store gives back, and
// the Go types Map writes (ints, map[string]string, []string). Any other
// value goes through a JSON round trip into the field, so that an app's
// own string type still works. Keys are the JSON names, spelled exactly;
// a key nobody asked for is an error, as a wrong type is. The config may
// share maps and lists with m; neither is ever written to.
type reader struct {
	m     map[string]any
	found int             // keys of m asked for
	err   error           // the first bad value
	asked map[string]bool // the keys asked for, kept only to name an unknown one
}

// layer is implemented by the config types: with lays what r reads over
// a copy of the config and returns it, and r as it is after reading. The
// reader goes in and out by value: lay calls with through a type
// parameter, which would move a reader passed by pointer to the heap on
// every turn.
type layer[T any] interface {
	with(r reader) (T, reader)
}

// lay returns base with m laid over it; base itself is not changed.
func lay[T layer[T]](base T, m map[string]any) (T, error) {
	out, r := base.with(reader{m: m})
	if r.err == nil && r.found < len(m) {
		r.err = unknownKey(m, func(r reader) { base.with(r) })
	}
	if r.err != nil {
		return base, r.err
	}
	return out, nil
}

// unknownKey names the first key of m (in sorted order) that read does not
// ask for.
func unknownKey(m map[string]any, read func(r reader)) error {
	r := reader{m: m, asked: make(map[string]bool)}
	read(r) // fills r.asked, a map: the copy read gets shares it
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !r.asked[k] {
			return fmt.Errorf("unknown field %q", k)
		}
	}
	return nil
}

// next returns the value of key; ok is false when there is none, it is
// null, or a value was bad already.
func (r *reader) next(key string) (v any, ok bool) {
	switch {
	case r.asked != nil:
		r.asked[key] = true
	case r.found == len(r.m):
		// Each key is asked for once, so every key of m has been read:
		// the usual Delegate config sets a few keys of many.
		return nil, false
	}
	v, found := r.m[key]
	if !found {
		return nil, false
	}
	r.found++
	return v, v != nil && r.err == nil
}

// value reads key into *dst and reports whether it did.
func value[V any](r *reader, key string, dst *V) bool {
	v, ok := r.next(key)
	return ok && set(r, key, v, dst)
}

// set stores v in *dst: as it is when it is a V, else through JSON. It
// reports whether it did.
func set[V any](r *reader, key string, v any, dst *V) bool {
	if x, isV := v.(V); isV {
		*dst = x
		return true
	}
	b, err := json.Marshal(v)
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var x V
		if err = dec.Decode(&x); err == nil {
			*dst = x
			return true
		}
	}
	r.fail(key, err)
	return false
}

// fail records the first bad value.
func (r *reader) fail(key string, err error) {
	if r.err == nil {
		r.err = fmt.Errorf("%s: %w", key, err)
	}
}

func (r *reader) str(key string, dst *string) { value(r, key, dst) }

func (r *reader) boolean(key string, dst *bool) { value(r, key, dst) }

func (r *reader) integer(key string, dst *int) {
	v, ok := r.next(key)
	if !ok {
		return
	}
	if n, isFloat := v.(float64); isFloat {
		if n != math.Trunc(n) || n < math.MinInt || n >= -math.MinInt {
			r.fail(key, fmt.Errorf("want a whole number, got %v", n))
			return
		}
		v = int(n)
	}
	set(r, key, v, dst)
}

func (r *reader) number(key string, dst *float64) {
	v, ok := r.next(key)
	if !ok {
		return
	}
	switch n := v.(type) {
	case float64:
		if math.IsNaN(n) || math.IsInf(n, 0) {
			r.fail(key, fmt.Errorf("want a number, got %v", n))
			return
		}
	case int:
		v = float64(n)
	}
	set(r, key, v, dst)
}

// texts merges a map of strings into *dst, into a new map.
func (r *reader) texts(key string, dst *Texts) {
	var m map[string]string
	if r.strMap(key, &m) {
		*dst = merged(*dst, m)
	}
}

// labels replaces *dst with a map of strings.
func (r *reader) labels(key string, dst *map[string]string) { r.strMap(key, dst) }

// strMap reads a map of strings; a store gives it back as a map[string]any.
func (r *reader) strMap(key string, dst *map[string]string) bool {
	v, ok := r.next(key)
	if !ok {
		return false
	}
	if m, isMap := v.(map[string]any); isMap {
		out := make(map[string]string, len(m))
		for k, e := range m {
			s, isStr := e.(string)
			if !isStr {
				return set(r, key, v, dst)
			}
			out[k] = s
		}
		*dst = out
		return true
	}
	return set(r, key, v, dst)
}

// vars merges a map into *dst, into a new map. The values are taken as
// they are: they are only printed.
func (r *reader) vars(key string, dst *map[string]any) {
	var m map[string]any
	if value(r, key, &m) {
		*dst = merged(*dst, m)
	}
}

// object replaces *dst with a map, which Delegate copies when it is passed
// on.
func (r *reader) object(key string, dst *map[string]any) { value(r, key, dst) }

// strs replaces *dst with a list of strings; a store gives it back as a
// []any.
func (r *reader) strs(key string, dst *[]string) {
	v, ok := r.next(key)
	if !ok {
		return
	}
	if l, isList := v.([]any); isList {
		out := make([]string, len(l))
		for i, e := range l {
			s, isStr := e.(string)
			if !isStr {
				set(r, key, v, dst)
				return
			}
			out[i] = s
		}
		*dst = out
		return
	}
	set(r, key, v, dst)
}

// bargeIn replaces *dst with barge-in settings, a copy of the ones given.
func (r *reader) bargeIn(key string, dst **aiflow.BargeInConfig) {
	var b *aiflow.BargeInConfig
	if value(r, key, &b) && b != nil {
		cp := *b
		*dst = &cp
	}
}

// options replaces *dst with menu options; Map writes them, and a store
// gives them back, as a []any of maps.
func (r *reader) options(key string, dst *[]MenuOption) {
	v, ok := r.next(key)
	if !ok {
		return
	}
	l, isList := v.([]any)
	if !isList {
		set(r, key, v, dst)
		return
	}
	out := make([]MenuOption, len(l))
	for i, e := range l {
		m, isMap := e.(map[string]any)
		if !isMap {
			set(r, key, v, dst)
			return
		}
		o, err := lay(MenuOption{}, m)
		if err != nil {
			r.fail(fmt.Sprintf("%s[%d]", key, i), err)
			return
		}
		out[i] = o
	}
	*dst = out
}

// merged returns the entries of base and then of add: add itself when
// base is empty, else a new map.
func merged[V any](base, add map[string]V) map[string]V {
	if len(base) == 0 {
		return add
	}
	out := make(map[string]V, len(base)+len(add))
	maps.Copy(out, base)
	maps.Copy(out, add)
	return out
}
