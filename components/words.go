package components

import (
	"strings"
	"unicode"
)

// words splits a transcript into the words the parsers match: lower case,
// umlauts folded (ä → ae, ß → ss), apostrophes dropped ("that's" →
// "thats"), everything but letters and digits a separator.
func words(text string) []string {
	var b strings.Builder
	b.Grow(len(text) + 4)
	for _, r := range text {
		switch r = unicode.ToLower(r); {
		case r == '\'' || r == '’':
		case r == 'ä':
			b.WriteString("ae")
		case r == 'ö':
			b.WriteString("oe")
		case r == 'ü':
			b.WriteString("ue")
		case r == 'ß':
			b.WriteString("ss")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// phrase normalizes a phrase of a word list or an option to its words
// joined by single spaces.
func phrase(s string) string { return strings.Join(words(s), " ") }

// findPhrase returns the length in words of the longest phrase of list
// that occurs in ws, or 0.
func findPhrase(ws []string, list ...string) int {
	best := 0
	for _, p := range list {
		pw := strings.Fields(p)
		if len(pw) <= best || len(pw) > len(ws) {
			continue
		}
		for i := 0; i+len(pw) <= len(ws); i++ {
			if equalWords(ws[i:i+len(pw)], pw) {
				best = len(pw)
				break
			}
		}
	}
	return best
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
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

// isCancel reports whether the caller asked to cancel.
func isCancel(ws []string) bool { return findPhrase(ws, cancelPhrases()...) > 0 }
