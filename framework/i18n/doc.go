// Package i18n translates keys into localized text for Context.T: the Go
// counterpart of Jovo's $t, which wraps i18next.
//
// Resources follow the i18next layout Jovo uses. Per locale there is a
// "translation" object with the keys, and optional platform blocks
// ("aiflow": {"translation": {...}}) whose keys override the plain ones on
// that platform. Values are strings, arrays of strings (one is picked at
// random per call) or nested objects reached with dotted keys
// ("menu.greeting"). Strings may hold {{variables}}; keys with the i18next
// v4 plural suffixes (_zero, _one, _two, _few, _many, _other) are chosen by
// the "count" variable with the CLDR plural rules of the locale.
//
// A lookup walks the locale chain — the requested locale, its parents
// (de-AT, then de), then the fallback locale and its parents — and in every
// locale tries the platform block before the plain keys.
//
// An I18n is built once with New, validated completely at that point and
// never changed afterwards, so it is safe for concurrent use. Unlike
// i18next in Jovo it is a value owned by one App, not a process global.
package i18n
