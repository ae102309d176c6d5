package i18n

import (
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// entry is what a key resolves to: one template, or several variants of
// which each lookup picks one at random.
type entry struct {
	variants []template
}

// numForms is the number of plural.Form values (Other … Many).
const numForms = int(plural.Many) + 1

// pluralSet holds the plural keys of one base key, indexed by plural.Form.
type pluralSet [numForms]*entry

// splitPlural reports whether key ends in an i18next v4 plural suffix
// (_zero, _one, _two, _few, _many, _other) and returns the base key and the
// CLDR form. "_plural", the i18next v3 spelling that Jovo's
// compatibilityJSON setting used, counts as "_other".
func splitPlural(key string) (string, plural.Form, bool) {
	i := strings.LastIndexByte(key, '_')
	if i <= 0 {
		return "", 0, false
	}
	var f plural.Form
	switch key[i+1:] {
	case "zero":
		f = plural.Zero
	case "one":
		f = plural.One
	case "two":
		f = plural.Two
	case "few":
		f = plural.Few
	case "many":
		f = plural.Many
	case "other", "plural":
		f = plural.Other
	default:
		return "", 0, false
	}
	return key[:i], f, true
}

// table is one translation object flattened: "menu.greeting" is one map
// key, so a lookup costs one map access instead of a walk.
type table struct {
	entries map[string]*entry
	plurals map[string]*pluralSet
}

func newTable() *table {
	return &table{entries: map[string]*entry{}, plurals: map[string]*pluralSet{}}
}

// find resolves key, with plural handling when c holds a count. The order
// is i18next's — key_zero (count 0 only), key_<CLDR form>, key — plus a
// last resort, key_other, so a missing form (say Polish _few) reads as the
// general plural instead of the bare key.
func (t *table) find(key string, c *count, tag language.Tag) *entry {
	if c.ok {
		if ps := t.plurals[key]; ps != nil {
			if c.zero && ps[plural.Zero] != nil {
				return ps[plural.Zero]
			}
			if e := ps[c.form(tag)]; e != nil {
				return e
			}
			if e := t.entries[key]; e != nil {
				return e
			}
			return ps[plural.Other]
		}
	}
	return t.entries[key]
}

// bundle is the compiled resources of one locale.
type bundle struct {
	// tag selects the CLDR plural rules.
	tag       language.Tag
	base      *table
	platforms map[string]*table
}

// find tries the platform block, then the plain translation.
func (b *bundle) find(platform, key string, c *count) *entry {
	if platform != "" {
		if t := b.platforms[platform]; t != nil {
			if e := t.find(key, c, b.tag); e != nil {
				return e
			}
		}
	}
	return b.base.find(key, c, b.tag)
}
