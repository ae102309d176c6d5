package i18n

// Resources maps a locale ("en", "de-DE") to its resource object:
//
//	{"translation": {...keys...}, "<platform>": {"translation": {...}}}
//
// Values inside a translation object are strings, arrays of strings
// ([]string or []any) or nested objects (map[string]any or
// map[string]string). LoadFS builds Resources from JSON files; Go code can
// build them directly or add locales to a loaded set.
type Resources map[string]map[string]any

// Options configures New. The zero value is valid and translates nothing:
// every key comes back as itself.
type Options struct {
	// Resources holds the translations of every locale. New copies what it
	// needs, so the map may be changed or dropped afterwards.
	Resources Resources
	// FallbackLocale is searched (with its parents) after the requested
	// locale and its parents. Empty means no fallback. If set, it or one of
	// its parents must have resources.
	FallbackLocale string
	// Rand picks array variants. Nil means math/rand/v2. An injected source
	// is guarded by a mutex, so a *rand.Rand (not safe for concurrent use
	// on its own) is fine.
	Rand Rand
}
