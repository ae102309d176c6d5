package nlu

import (
	"strings"
	"time"
)

// language holds what normalization and the built-in entity parsers know
// about one language. It is built per model and never changed after.
type language struct {
	// code is the ISO 639-1 code: "en", "de", or another one, for which
	// only the language-independent rules apply.
	code string
	// digraphs folds ae/oe/ue to a/o/u (German).
	digraphs bool
	// compounds says numbers are written as one word ("zweiundvierzig").
	compounds bool
	// monthFirst reads "3/4" as March 4 (en-US) instead of 3 April.
	monthFirst bool
	// fillers are dropped from every text.
	fillers map[string]bool
	// contractions expand a word into several ("what's" → "what is").
	contractions map[string][]string
	// canon maps words to one form of the same meaning, such as the German
	// ways to say "you" (du, ihr, Sie) to "sie".
	canon map[string]string
	// negations are words that turn a statement around ("not", "nicht");
	// a phrase and a text that differ in negation do not mean the same.
	negations map[string]bool
	// function are closed-class words (pronouns, articles, prepositions,
	// conjunctions, auxiliary and modal verbs): they weigh little.
	function map[string]bool
	// suffixes are inflection endings; words that differ only by them are
	// matched as forms of one word.
	suffixes []string
	// numbers are the number words, or in German the parts of number words.
	numbers map[string]numWord
	// ordinals are ordinal words ("third") or German ordinal stems ("dritt").
	ordinals map[string]int
	// months and weekdays are the names of months and days.
	months   map[string]time.Month
	weekdays map[string]time.Weekday
	// yesNo maps yes and no expressions (tokens joined by a space) to
	// "yes" or "no".
	yesNo map[string]string
	// starts holds the first words of the multi-word entries of yesNo and
	// relDays, so a parser tries longer entries only where one can begin.
	starts map[string]bool
	// relDays maps day words ("tomorrow", "day after tomorrow") to an offset
	// in days from today.
	relDays map[string]int
	// notBeforeRel lists words after which a day word is no date ("guten
	// morgen" is a greeting).
	notBeforeRel map[string]bool
	// nextWords precede a weekday: "next monday", "nächsten montag".
	nextWords map[string]bool
	// dayPrefix precede a bare ordinal day: "the third", "am dritten".
	dayPrefix map[string]bool
	// inWord, dayUnits and weekUnits make "in three days".
	inWord    string
	dayUnits  map[string]bool
	weekUnits map[string]bool
	// oneWords stand for 1 after inWord ("in a week", "in einer woche").
	oneWords map[string]bool
	// ofWords join day and month ("the third of march").
	ofWords map[string]bool
	// theWords may stand between a month and its day ("march the third").
	theWords map[string]bool
}

// langCode returns the language code of a locale: "de" for "de-DE".
func langCode(locale string) string {
	code := strings.ToLower(locale)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	return code
}

// languageFor builds the language of a locale such as "en-US" or "de".
func languageFor(locale string) *language {
	code := langCode(locale)
	var l *language
	switch code {
	case "en":
		l = english().finish()
		l.monthFirst = strings.EqualFold(locale, "en-US") || strings.EqualFold(locale, "en_US")
	case "de":
		l = german().finish()
	default:
		l = &language{code: code}
	}
	return l
}

// finish computes what is derived from the lexicon.
func (l *language) finish() *language {
	l.starts = map[string]bool{}
	for _, m := range []map[string]string{l.yesNo} {
		for k := range m {
			if i := strings.IndexByte(k, ' '); i > 0 {
				l.starts[k[:i]] = true
			}
		}
	}
	for k := range l.relDays {
		if i := strings.IndexByte(k, ' '); i > 0 {
			l.starts[k[:i]] = true
		}
	}
	return l
}

// set folds words into a set.
func (l *language) set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[l.normalize(w)] = true
	}
	return m
}

// phraseMap folds the keys of a map of phrases.
func phraseMap[V any](l *language, in map[string]V) map[string]V {
	out := make(map[string]V, len(in))
	for k, v := range in {
		out[l.normalize(k)] = v
	}
	return out
}

// foldKeys folds the keys of a map of single words.
func foldKeys[V any](l *language, in map[string]V) map[string]V {
	out := make(map[string]V, len(in))
	for k, v := range in {
		out[l.fold(k)] = v
	}
	return out
}
