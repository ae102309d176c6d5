package nlu

import (
	"fmt"
	"strings"
)

// KeywordMap maps exact phrases to intents, per locale ("en-US") or
// language ("en"), like Jovo's KeywordNluPlugin keywordMap:
//
//	KeywordMap{"en": {"operator": "TalkToPersonIntent"}, "de": {"hilfe": "HelpIntent"}}
//
// Phrases and texts are compared normalized (case, punctuation, umlauts,
// filler words), so "Operator, please!" hits "operator". A hit skips the
// models and has confidence 1.
type KeywordMap map[string]map[string]string

// keywords are the keywords of one KeywordMap key, normalized in its
// language.
type keywords struct {
	lang   *language
	intent map[string]string
}

// compileKeywords normalizes the keywords of a locale or language key.
func compileKeywords(key string, in map[string]string) (keywords, error) {
	l := languageFor(key)
	out := make(map[string]string, len(in))
	for phrase, intent := range in {
		n := l.normalize(phrase)
		if n == "" || intent == "" {
			return keywords{}, fmt.Errorf("nlu: %w: keyword %q → %q for %s: empty after normalization", ErrInvalidConfig, phrase, intent, key)
		}
		if prev, ok := out[n]; ok && prev != intent {
			return keywords{}, fmt.Errorf("nlu: %w: keyword %q for %s maps to %q and %q", ErrInvalidConfig, n, key, prev, intent)
		}
		out[n] = intent
	}
	return keywords{lang: l, intent: out}, nil
}

// keyword looks text up in the keywords of the locale, then of its
// language.
func (e *Engine) keyword(locale, text string) (string, bool) {
	if len(e.keywords) == 0 {
		return "", false
	}
	for _, key := range [...]string{strings.ToLower(locale), langCode(locale)} {
		kw, ok := e.keywords[key]
		if !ok {
			continue
		}
		if intent, ok := kw.intent[kw.lang.normalize(text)]; ok {
			return intent, true
		}
	}
	return "", false
}
