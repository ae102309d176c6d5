package nlu

import (
	"strconv"
	"strings"
)

// ordinalAt reads an ordinal number at token i: "3rd", "third", "twenty
// first", and in German "3." or "dritten". It returns the value and the
// end of the tokens read.
func (l *language) ordinalAt(toks []token, i int) (val, end int, ok bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	w := toks[i].norm
	if v, ok := writtenOrdinal(w, l.code == "de"); ok {
		return v, i + 1, true
	}
	if l.code == "de" {
		if v, ok := l.germanOrdinal(w); ok {
			return v, i + 1, true
		}
		return 0, 0, false
	}
	if v, ok := l.ordinals[w]; ok {
		return v, i + 1, true
	}
	if n, ok := l.numbers[w]; ok && n.kind == numTens && i+1 < len(toks) {
		if v, ok := l.ordinals[toks[i+1].norm]; ok && v < 10 {
			return int(n.val) + v, i + 2, true
		}
	}
	return 0, 0, false
}

// writtenOrdinal reads "3rd", "21st", "4th" and, in German, "3.".
func writtenOrdinal(w string, german bool) (int, bool) {
	var digits string
	switch {
	case german && strings.HasSuffix(w, "."):
		digits = w[:len(w)-1]
	case !german && len(w) > 2:
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th":
			digits = w[:len(w)-2]
		}
	}
	if digits == "" || len(digits) > 3 {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	v, err := strconv.Atoi(digits)
	return v, err == nil
}

// germanOrdinal reads an inflected German ordinal: "ersten", "dritte",
// "einundzwanzigsten", "neunzehnter".
func (l *language) germanOrdinal(w string) (int, bool) {
	var stem string
	for _, suf := range [...]string{"en", "er", "em", "es", "e"} {
		if strings.HasSuffix(w, suf) {
			stem = w[:len(w)-len(suf)]
			break
		}
	}
	if stem == "" {
		return 0, false
	}
	if v, ok := l.ordinals[stem]; ok {
		return v, true
	}
	if base, ok := strings.CutSuffix(stem, "st"); ok {
		if v, ok := l.cardinal(base); ok && v >= 20 {
			return int(v), true
		}
	}
	if base, ok := strings.CutSuffix(stem, "t"); ok {
		if v, ok := l.cardinal(base); ok && v >= 13 && v <= 19 {
			return int(v), true
		}
	}
	return 0, false
}

// cardinal reads one word as a number ("zweiundvierzig" → 42).
func (l *language) cardinal(w string) (int64, bool) {
	toks := []token{{norm: w}}
	words := [][]numWord{l.numberWords(w)}
	n, ok := l.numberAt(toks, words, 0)
	if !ok || n.groups != 1 || len(n.digits) > 9 {
		return 0, false
	}
	v, err := strconv.ParseInt(n.digits, 10, 64)
	return v, err == nil
}
