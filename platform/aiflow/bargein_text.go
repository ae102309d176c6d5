package aiflow

import (
	"strings"
	"unicode"
)

// bargeInWords turns an STT transcript into the words the classifier
// matches: annotations in brackets dropped, lower case, umlauts and
// accents folded to ASCII (ä → ae, ß → ss, é → e), punctuation removed,
// letters repeated three or more times shortened to one ("okaaay" →
// "okay"), two-part backchannels joined ("uh huh" → "uhhuh") and fillers
// dropped.
func bargeInWords(text string) []string {
	var b strings.Builder
	b.Grow(len(text) + 8)
	closer := rune(0)
	prev := rune(0)
	runes := []rune(text)
	for i, r := range runes {
		if closer != 0 {
			if r == closer {
				closer = 0
			}
			continue
		}
		switch r {
		case '[':
			closer = ']'
			continue
		case '(':
			closer = ')'
			continue
		case '<':
			closer = '>'
			continue
		case '*':
			closer = '*'
			continue
		case '’', '\'':
			// Keep apostrophes inside words ("that's"), drop the others.
			if unicode.IsLetter(prev) && i+1 < len(runes) && unicode.IsLetter(runes[i+1]) {
				b.WriteByte('\'')
			} else {
				b.WriteByte(' ')
			}
			prev = r
			continue
		case '-':
			// "uh-huh", "e-mail": one word.
			if unicode.IsLetter(prev) && i+1 < len(runes) && unicode.IsLetter(runes[i+1]) {
				prev = r
				continue
			}
		}
		prev = r
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			b.WriteByte(' ')
			continue
		}
		b.WriteString(foldRune(unicode.ToLower(r)))
	}
	fields := strings.Fields(b.String())
	words := fields[:0]
	for i := 0; i < len(fields); i++ {
		w := squeeze(fields[i])
		if i+1 < len(fields) {
			if j := joinPair(w, squeeze(fields[i+1])); j != "" {
				w = j
				i++
			}
		}
		if !isFiller(w) {
			words = append(words, w)
		}
	}
	return words
}

// foldRune writes r in the ASCII spelling the word tables use.
func foldRune(r rune) string {
	switch r {
	case 'ä':
		return "ae"
	case 'ö':
		return "oe"
	case 'ü':
		return "ue"
	case 'ß':
		return "ss"
	case 'à', 'á', 'â', 'ã', 'å':
		return "a"
	case 'è', 'é', 'ê', 'ë':
		return "e"
	case 'ì', 'í', 'î', 'ï':
		return "i"
	case 'ò', 'ó', 'ô', 'õ':
		return "o"
	case 'ù', 'ú', 'û':
		return "u"
	case 'ç':
		return "c"
	case 'ñ':
		return "n"
	}
	return string(r)
}

// squeeze shortens runs of three or more equal letters to one: "hmmm" →
// "hm", "jaaa" → "ja", "stoooop" → "stop".
func squeeze(w string) string {
	if !hasTriple(w) {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); {
		j := i
		for j < len(w) && w[j] == w[i] {
			j++
		}
		if j-i >= 3 {
			b = append(b, w[i])
		} else {
			b = append(b, w[i:j]...)
		}
		i = j
	}
	return string(b)
}

func hasTriple(w string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] == w[i+1] && w[i] == w[i+2] {
			return true
		}
	}
	return false
}

// joinPair joins two-word backchannels that STT writes apart and whose
// first half would otherwise be dropped as a filler.
func joinPair(a, b string) string {
	switch a + " " + b {
	case "uh huh", "uh hu", "uh hum":
		return "uhhuh"
	case "mm hmm", "mm hm", "m hm", "hm hm":
		return "mmhmm"
	case "ach so":
		return "achso"
	case "na ja":
		return "naja"
	}
	return ""
}

// isFiller reports whether w is a hesitation sound that carries no meaning
// in either language.
func isFiller(w string) bool {
	switch w {
	case "um", "umm", "uhm", "uh", "uhh", "er", "erm", "ah", "ahh", "eh", "ehm", "em", "hm", "hmm",
		"aeh", "aehm", "aehh", "aehmm", "oeh", "oehm", "oh", "ach", "mm", "m":
		return true
	}
	return false
}
