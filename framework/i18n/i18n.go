package i18n

import (
	"fmt"
	"maps"
	"slices"
)

// I18n translates keys for one App. Build it with New; it never changes
// afterwards and is safe for concurrent use.
type I18n struct {
	bundles  map[string]*bundle // by normalized locale
	fallback []*bundle          // the fallback locale and its parents
	rand     Rand
	locales  []string
}

// New validates and compiles all resources. Every problem in them is
// reported here, with locale and path, never during a call.
func New(opts Options) (*I18n, error) {
	i := &I18n{bundles: make(map[string]*bundle, len(opts.Resources)), rand: globalRand{}}
	if opts.Rand != nil {
		i.rand = &lockedRand{r: opts.Rand}
	}
	given := make(map[string]string, len(opts.Resources)) // normalized → as given
	for _, locale := range slices.Sorted(maps.Keys(opts.Resources)) {
		norm := normalizeLocale(locale)
		if other, dup := given[norm]; dup {
			return nil, &ResourceError{Locale: locale, Err: fmt.Errorf("same locale as %q (case and _ versus - do not matter)", other)}
		}
		given[norm] = locale
		b, err := compileLocale(locale, "", opts.Resources[locale])
		if err != nil {
			return nil, err
		}
		i.bundles[norm] = b
		i.locales = append(i.locales, locale)
	}
	if opts.FallbackLocale != "" {
		loc := []byte(normalizeLocale(opts.FallbackLocale))
		for n := len(loc); n > 0; n = parentLen(loc[:n]) {
			if b := i.bundles[string(loc[:n])]; b != nil {
				i.fallback = append(i.fallback, b)
			}
		}
		if len(i.fallback) == 0 {
			return nil, fmt.Errorf("i18n: fallback locale %q: %w", opts.FallbackLocale, ErrUnknownLocale)
		}
	}
	return i, nil
}

// Locales lists the locales that have resources, as given, sorted. The
// framework uses it to check the app's default locale at startup.
func (i *I18n) Locales() []string {
	if i == nil {
		return nil
	}
	return slices.Clone(i.locales)
}

// Translate returns the text for key in locale on platform, with vars
// interpolated and "count" selecting the plural form. A key that is found
// nowhere comes back as itself, as in i18next, so a missing translation is
// heard, not silent. It implements framework.Translator; a nil *I18n
// returns every key as itself.
func (i *I18n) Translate(locale, platform, key string, vars map[string]any) string {
	if s, ok := i.Lookup(locale, platform, key, vars); ok {
		return s
	}
	return key
}

// Lookup is Translate that tells whether the key was found: on a miss it
// returns "" and false. Use it to detect missing translations, or to try
// several keys in turn (Jovo's $t(["a", "b"])).
//
// The search goes through the locale chain — locale, its parents ("de-AT",
// "de"), then the fallback locale and its parents — and in each locale
// tries the platform block before the plain keys. An empty platform skips
// platform blocks. A key that names an object rather than a text is not
// found.
func (i *I18n) Lookup(locale, platform, key string, vars map[string]any) (string, bool) {
	if i == nil {
		return "", false
	}
	c := countOf(vars)
	e := i.find(locale, platform, key, &c)
	if e == nil {
		return "", false
	}
	return e.variants[pick(i.rand, len(e.variants))].render(vars), true
}

// find walks the locale chain. The locale is normalized into a stack
// buffer and map lookups with string(bytes) keys do not allocate.
func (i *I18n) find(locale, platform, key string, c *count) *entry {
	var buf [localeBuf]byte
	loc := appendLocale(buf[:0], locale)
	for n := len(loc); n > 0; n = parentLen(loc[:n]) {
		if b := i.bundles[string(loc[:n])]; b != nil {
			if e := b.find(platform, key, c); e != nil {
				return e
			}
		}
	}
	for _, b := range i.fallback {
		if e := b.find(platform, key, c); e != nil {
			return e
		}
	}
	return nil
}
