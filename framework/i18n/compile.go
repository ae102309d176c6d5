package i18n

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"golang.org/x/text/language"
)

// translationKey names the object that holds a locale's (or a platform
// block's) keys.
const translationKey = "translation"

// maxDepth bounds nesting, which also stops a Go map that contains itself.
const maxDepth = 64

// compiler validates and flattens the resources of one locale, keeping
// what it needs to say where a problem is.
type compiler struct {
	locale, file string
}

// fail builds the ResourceError for a problem at path.
func (c *compiler) fail(path string, format string, args ...any) error {
	return &ResourceError{Locale: c.locale, File: c.file, Path: path, Err: fmt.Errorf(format, args...)}
}

// compileLocale checks the locale name and compiles its resource object.
func compileLocale(locale, file string, obj map[string]any) (*bundle, error) {
	c := &compiler{locale: locale, file: file}
	tag, err := parseLocale(normalizeLocale(locale))
	if err != nil {
		return nil, &ResourceError{Locale: locale, File: file, Err: err}
	}
	return c.bundle(tag, obj)
}

// bundle compiles {"translation": {...}, "<platform>": {"translation": {...}}}.
func (c *compiler) bundle(tag language.Tag, obj map[string]any) (*bundle, error) {
	if obj == nil {
		return nil, c.fail("", "resource object is missing (nil)")
	}
	b := &bundle{tag: tag, base: newTable(), platforms: map[string]*table{}}
	for _, name := range slices.Sorted(maps.Keys(obj)) {
		v := obj[name]
		if name == translationKey {
			m, ok := asObject(v)
			if !ok {
				return nil, c.fail(name, "%q must be an object of keys, got %s", translationKey, describe(v))
			}
			if err := c.object(b.base, name, "", m, 0); err != nil {
				return nil, err
			}
			continue
		}
		t, err := c.platform(name, v)
		if err != nil {
			return nil, err
		}
		b.platforms[name] = t
	}
	return b, nil
}

// platform compiles a platform block, which holds exactly one
// "translation" object. Anything else at the top level is most likely a
// key that belongs under "translation", and the error says so.
func (c *compiler) platform(name string, v any) (*table, error) {
	if name == "" {
		return nil, c.fail("", "empty platform name")
	}
	m, ok := asObject(v)
	if !ok {
		return nil, c.fail(name, "top-level entry is %s; keys belong under %q, and a platform block looks like {%q: {...}}",
			describe(v), translationKey, translationKey)
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if k != translationKey {
			return nil, c.fail(name+"."+k, "platform block %q may only hold %q (or did you mean to put %q under %q?)",
				name, translationKey, name, translationKey)
		}
	}
	tm, ok := asObject(m[translationKey])
	if !ok {
		return nil, c.fail(name+"."+translationKey, "must be an object of keys, got %s", describe(m[translationKey]))
	}
	t := newTable()
	if err := c.object(t, name+"."+translationKey, "", tm, 0); err != nil {
		return nil, err
	}
	return t, nil
}

// object flattens a translation object into t. path locates it for errors,
// prefix is the dotted key of the object itself ("" at the top).
func (c *compiler) object(t *table, path, prefix string, m map[string]any, depth int) error {
	if depth >= maxDepth {
		return c.fail(path, "nested deeper than %d levels", maxDepth)
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if k == "" {
			return c.fail(path, "empty key")
		}
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		p := path + "." + k
		v := m[k]
		if sub, ok := asObject(v); ok {
			if err := c.object(t, p, key, sub, depth+1); err != nil {
				return err
			}
			continue
		}
		e, err := c.value(p, v)
		if err != nil {
			return err
		}
		if err := c.put(t, p, key, e); err != nil {
			return err
		}
	}
	return nil
}

// value compiles a leaf: a string or a non-empty array of strings.
func (c *compiler) value(path string, v any) (*entry, error) {
	var list []any
	switch x := v.(type) {
	case string:
		tm, err := compileTemplate(x)
		if err != nil {
			return nil, c.fail(path, "%w", err)
		}
		return &entry{variants: []template{tm}}, nil
	case []string:
		list = make([]any, len(x))
		for i, s := range x {
			list[i] = s
		}
	case []any:
		list = x
	default:
		return nil, c.fail(path, "value is %s; want a string, an array of strings or an object", describe(v))
	}
	if len(list) == 0 {
		return nil, c.fail(path, "empty array; give at least one variant")
	}
	e := &entry{variants: make([]template, len(list))}
	for i, item := range list {
		ip := path + "[" + strconv.Itoa(i) + "]"
		s, ok := item.(string)
		if !ok {
			return nil, c.fail(ip, "array element is %s; variants must be strings", describe(item))
		}
		tm, err := compileTemplate(s)
		if err != nil {
			return nil, c.fail(ip, "%w", err)
		}
		e.variants[i] = tm
	}
	return e, nil
}

// put stores a flattened key and, for plural keys, its plural form.
func (c *compiler) put(t *table, path, key string, e *entry) error {
	if _, dup := t.entries[key]; dup {
		return c.fail(path, "key %q is defined twice (once nested, once with a dot in its name)", key)
	}
	t.entries[key] = e
	base, form, ok := splitPlural(key)
	if !ok {
		return nil
	}
	ps := t.plurals[base]
	if ps == nil {
		ps = new(pluralSet)
		t.plurals[base] = ps
	}
	if ps[form] != nil {
		// Keys are unique, so only _other and _plural can meet here.
		return c.fail(path, "%q has both %s_other and %s_plural; they are the same form, keep one", base, base, base)
	}
	ps[form] = e
	return nil
}

// asObject accepts the object shapes JSON decoding and Go literals give.
func asObject(v any) (map[string]any, bool) {
	switch m := v.(type) {
	case map[string]any:
		return m, true
	case map[string]string:
		out := make(map[string]any, len(m))
		for k, s := range m {
			out[k] = s
		}
		return out, true
	}
	return nil, false
}

// describe names the JSON kind of a value for error messages.
func describe(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number, float64, float32, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return "a number"
	case string:
		return "a string"
	case []any, []string:
		return "an array"
	case map[string]any, map[string]string:
		return "an object"
	}
	return fmt.Sprintf("a Go %T", v)
}
