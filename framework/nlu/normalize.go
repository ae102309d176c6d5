package nlu

import (
	"strings"
	"unicode"
)

// token is one word of a normalized text.
type token struct {
	// norm is the folded form that matching compares.
	norm string
	// start and end are the byte offsets of the word in the original text,
	// so an entity can report what was said.
	start, end int
}

// foldRune maps a lower-case letter with a diacritic to its base letters.
func foldRune(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return "a"
	case 'æ':
		return "ae"
	case 'ç', 'č', 'ć':
		return "c"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ę':
		return "e"
	case 'ì', 'í', 'î', 'ï':
		return "i"
	case 'ñ', 'ń':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return "o"
	case 'œ':
		return "oe"
	case 'ù', 'ú', 'û', 'ü', 'ū':
		return "u"
	case 'ý', 'ÿ':
		return "y"
	case 'ß':
		return "ss"
	case 'š':
		return "s"
	case 'ž', 'ź', 'ż':
		return "z"
	case 'ł':
		return "l"
	case '’', '‘', '`', '´':
		return "'"
	}
	return ""
}

// fold lower-cases a word and folds diacritics, so "Grüße", "GRÜSSE",
// "Gruesse" and "grusse" all become "grusse" in German. Combining marks
// (decomposed umlauts) are dropped. In German, ae/oe/ue are folded to
// a/o/u too, because speech-to-text writes umlauts either way and callers'
// words lose them; both sides of every comparison are folded alike.
func (l *language) fold(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		r = unicode.ToLower(r)
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		if f := foldRune(r); f != "" {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	s := b.String()
	if l.digraphs && (strings.Contains(s, "ae") || strings.Contains(s, "oe") || strings.Contains(s, "ue")) {
		s = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u").Replace(s)
	}
	return s
}

// isWordRune tells whether r belongs to a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe tells whether r is an apostrophe inside a word ("what's").
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´'
}

// isDigitSep tells whether r may join two digit runs into one token, as in
// "2026-03-03", "3.3.2026", "10:30", "3/4" or "1,000".
func isDigitSep(r rune) bool {
	return r == '.' || r == '-' || r == '/' || r == ':' || r == ','
}

// words splits s into raw words with their byte offsets. A word is a run
// of letters and digits; apostrophes inside a word stay ("what's"); digits
// joined by . - / : , stay one word ("3.3.2026"), and a dot right after a
// digit stays with it ("3." is a German ordinal).
func words(s string, fn func(w string, start, end int)) {
	start := -1
	digits := true
	for i, r := range s {
		switch {
		case isWordRune(r):
			if start < 0 {
				start, digits = i, true
			}
			if !unicode.IsDigit(r) {
				digits = false
			}
			continue
		case start >= 0 && isApostrophe(r) && nextIsLetter(s, i+len(string(r))):
			digits = false
			continue
		case start >= 0 && digits && isDigitSep(r) && nextIsDigit(s, i+1):
			continue
		case start >= 0 && digits && r == '.':
			fn(s[start:i+1], start, i+1)
			start = -1
			continue
		}
		if start >= 0 {
			fn(s[start:i], start, i)
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:], start, len(s))
	}
}

func nextIsDigit(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

func nextIsLetter(s string, i int) bool {
	for _, r := range s[i:] {
		return unicode.IsLetter(r)
	}
	return false
}

// tokenize normalizes s into tokens: folded, contractions expanded
// ("what's" → "what is"), apostrophes dropped, filler words removed.
func (l *language) tokenize(s string) []token {
	var toks []token
	words(s, func(w string, start, end int) {
		f := l.fold(w)
		if strings.ContainsRune(f, '\'') {
			if exp, ok := l.contractions[f]; ok {
				for _, e := range exp {
					toks = append(toks, token{norm: e, start: start, end: end})
				}
				return
			}
			f = strings.ReplaceAll(f, "'", "")
		}
		if exp, ok := l.contractions[f]; ok {
			for _, e := range exp {
				toks = append(toks, token{norm: e, start: start, end: end})
			}
			return
		}
		if c, ok := l.canon[f]; ok {
			f = c
		}
		if f == "" || l.fillers[f] {
			return
		}
		toks = append(toks, token{norm: f, start: start, end: end})
	})
	return toks
}

// normalize returns the tokens of s joined by single spaces; keyword
// matching and the model checks compare texts in this form.
func (l *language) normalize(s string) string {
	toks := l.tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.norm
	}
	return strings.Join(parts, " ")
}
