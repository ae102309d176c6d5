package components

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// words splits a transcript into the words the parsers match: lower case,
// umlauts folded (ä → ae, ß → ss), apostrophes dropped ("that's" →
// "thats"), everything but letters and digits a separator.
func words(text string) []string {
	var buf [128]byte
	b := buf[:0]
	for _, r := range text {
		var ok bool
		if b, ok = appendFolded(b, r); !ok {
			b = append(b, ' ')
		}
	}
	return strings.Fields(string(b))
}

// appendFolded appends r to b as words writes it; ok is false for a
// separator, which it does not append.
func appendFolded(b []byte, r rune) (_ []byte, ok bool) {
	switch r = unicode.ToLower(r); {
	case r == '\'' || r == '’':
	case r == 'ä':
		b = append(b, "ae"...)
	case r == 'ö':
		b = append(b, "oe"...)
	case r == 'ü':
		b = append(b, "ue"...)
	case r == 'ß':
		b = append(b, "ss"...)
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		b = utf8.AppendRune(b, r)
	default:
		return b, false
	}
	return b, true
}

// nextWord writes the first word of s, as words would split it, over
// buf and returns it and the rest of s; word is empty when s has no more
// words.
func nextWord(buf []byte, s string) (word []byte, rest string) {
	word = buf[:0]
	for i, r := range s {
		var ok bool
		if word, ok = appendFolded(word, r); !ok && len(word) > 0 {
			return word, s[i:]
		}
	}
	return word, ""
}

// phraseIn returns the length in words of the phrase p, split as words
// splits a transcript, if it occurs in ws, else 0. Unlike words it does
// not allocate.
func phraseIn(ws []string, p string) int {
	var buf [64]byte
	first, rest := nextWord(buf[:0], p)
	if len(first) == 0 {
		return 0
	}
	for i, w := range ws {
		if w == string(first) {
			if n := wordsStart(ws[i+1:], rest); n >= 0 {
				return n + 1
			}
		}
	}
	return 0
}

// wordsStart returns the number of words of p, split as words splits a
// transcript, if ws starts with them, else -1.
func wordsStart(ws []string, p string) int {
	var buf [64]byte
	for n := 0; ; n++ {
		w, rest := nextWord(buf[:0], p)
		switch {
		case len(w) == 0:
			return n
		case n >= len(ws) || ws[n] != string(w):
			return -1
		}
		p = rest
	}
}

// findPhrase returns the length in words of the longest phrase of list
// that occurs in ws, or 0.
func findPhrase(ws []string, list ...string) int {
	best := 0
	for _, p := range list {
		best = max(best, phraseIn(ws, p))
	}
	return best
}

// cancelPhrases end a dialogue on the caller's request, in English and
// German, in the form words produces.
func cancelPhrases() []string {
	return []string{
		"cancel", "abort", "never mind", "nevermind", "forget it", "quit",
		"abbrechen", "abbruch", "vergiss es", "vergessen sie es", "beenden",
	}
}

// restartPhrases ask to start an entry over.
func restartPhrases() []string {
	return []string{
		"start over", "start again", "restart", "from the beginning",
		"von vorne", "neu anfangen", "nochmal von vorne", "noch mal von vorne",
	}
}

// isRepeat reports whether the caller asked to hear the menu again:
// "menu", "repeat", "options", "again" ("say that again"), "Menü",
// "wiederholen", "noch einmal", "nochmal", "Optionen". It is asked on
// every miss, so it reads the words once rather than phrase by phrase.
func isRepeat(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "menu", "repeat", "options", "again",
			"menue", "wiederholen", "wiederholung", "nochmal", "optionen":
			return true
		case "noch":
			if i+1 < len(ws) && (ws[i+1] == "einmal" || ws[i+1] == "mal") {
				return true
			}
		}
	}
	return false
}

// isHelp reports whether the caller asked for help: "help", "Hilfe".
func isHelp(ws []string) bool {
	for _, w := range ws {
		if w == "help" || w == "hilfe" {
			return true
		}
	}
	return false
}

// isCancel reports whether the caller asked to cancel.
func isCancel(ws []string) bool { return findPhrase(ws, cancelPhrases()...) > 0 }
