package components

import "strings"

// ParseDigits reads the digits a caller spoke, in English or German:
// digit words ("four two one", "vier zwei eins", "zwo", "oh" for zero),
// numerals ("421", "4-2-1"), "double"/"triple" ("double four" → "44",
// "doppel vier"), and two-digit numbers ("forty two", "zweiundvierzig",
// "twelve", "zwölf"). Other words are skipped, so "my number is four two
// one" gives "421". ok is false when there is no digit, or when the text
// holds an amount ("four hundred", "tausend") that cannot be read digit by
// digit.
//
// The words speech-to-text writes for a digit ("for", "to", "too",
// "won", "ate", "ein", "eine") count inside a sequence of digits only:
// "four to one" gives "421", "vier zwei ein sieben" "4217", but "I want
// to say four two" "42".
func ParseDigits(text string) (digits string, ok bool) {
	var b strings.Builder
	ws := words(text)
	repeat := 1
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if d, ok := homophone(w); ok {
			if !inSequence(ws, i) {
				repeat = 1
				continue
			}
			w = d
		}
		if isNumeral(w) {
			b.WriteString(strings.Repeat(w, repeat))
			repeat = 1
			continue
		}
		if n, ok := multiplier(w); ok {
			repeat = n
			continue
		}
		if isAmount(w) {
			return "", false
		}
		d, ok := spokenNumber(w)
		if !ok {
			repeat = 1
			continue
		}
		if tens, ok := tensWord(w); ok && i+1 < len(ws) {
			next := ws[i+1]
			if h, ok := homophone(next); ok && inSequence(ws, i+1) {
				next = h // "forty for"
			}
			if u, ok := unitWord(next); ok && u != "0" {
				d = tens + u
				i++
			}
		}
		b.WriteString(strings.Repeat(d, repeat))
		repeat = 1
	}
	if b.Len() == 0 {
		return "", false
	}
	return b.String(), true
}

// homophone returns the digit word of a word that speech-to-text writes
// for a digit but that is a word of its own too.
func homophone(w string) (string, bool) {
	switch w {
	case "won":
		return "one", true
	case "to", "too":
		return "two", true
	case "for", "fore":
		return "four", true
	case "ate":
		return "eight", true
	case "ein", "eine":
		return "eins", true
	}
	return "", false
}

// inSequence reports whether the homophone ws[i] stands in a sequence of
// digits: the nearest words either side that are no homophones are digits
// (or "double") or the ends of the text, and on one side at least a
// digit. "to" before digits in a sentence ("change it to four two") is
// the word, not a digit.
func inSequence(ws []string, i int) bool {
	l := i - 1
	for l >= 0 && isHomophone(ws[l]) {
		l--
	}
	r := i + 1
	for r < len(ws) && isHomophone(ws[r]) {
		r++
	}
	left, right := l >= 0 && isDigitWord(ws[l]), r < len(ws) && isDigitWord(ws[r])
	return (left || l < 0) && (right || r == len(ws)) && (left || right)
}

func isHomophone(w string) bool { _, ok := homophone(w); return ok }

// isDigitWord reports whether ParseDigits reads w as digits, or as
// "double" or "triple" before them.
func isDigitWord(w string) bool {
	if isNumeral(w) {
		return true
	}
	if _, ok := multiplier(w); ok {
		return true
	}
	_, ok := spokenNumber(w)
	return ok
}

// isNumeral reports whether w consists of ASCII digits only.
func isNumeral(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// spokenNumber reads one number word: a digit, a teen, a ten, or a German
// compound ("zweiundvierzig").
func spokenNumber(w string) (string, bool) {
	if d, ok := unitWord(w); ok {
		return d, true
	}
	if d, ok := teenWord(w); ok {
		return d, true
	}
	if t, ok := tensWord(w); ok {
		return t + "0", true
	}
	if u, t, ok := strings.Cut(w, "und"); ok && u != "" {
		if u == "ein" {
			u = "eins"
		}
		ud, uok := unitWord(u)
		td, tok := tensWord(t)
		if uok && tok && ud != "0" {
			return td + ud, true
		}
	}
	return "", false
}

// unitWord reads a digit word.
func unitWord(w string) (string, bool) {
	switch w {
	case "zero", "oh", "o", "null":
		return "0", true
	case "one", "eins":
		return "1", true
	case "two", "zwei", "zwo":
		return "2", true
	case "three", "drei":
		return "3", true
	case "four", "vier":
		return "4", true
	case "five", "fuenf", "funf":
		return "5", true
	case "six", "sechs":
		return "6", true
	case "seven", "sieben":
		return "7", true
	case "eight", "acht":
		return "8", true
	case "nine", "neun":
		return "9", true
	}
	return "", false
}

// teenWord reads 10 to 19.
func teenWord(w string) (string, bool) {
	switch w {
	case "ten", "zehn":
		return "10", true
	case "eleven", "elf":
		return "11", true
	case "twelve", "zwoelf", "zwolf":
		return "12", true
	case "thirteen", "dreizehn":
		return "13", true
	case "fourteen", "vierzehn":
		return "14", true
	case "fifteen", "fuenfzehn", "funfzehn":
		return "15", true
	case "sixteen", "sechzehn":
		return "16", true
	case "seventeen", "siebzehn":
		return "17", true
	case "eighteen", "achtzehn":
		return "18", true
	case "nineteen", "neunzehn":
		return "19", true
	}
	return "", false
}

// tensWord reads 20 to 90 and returns the tens digit.
func tensWord(w string) (string, bool) {
	switch w {
	case "twenty", "zwanzig":
		return "2", true
	case "thirty", "dreissig", "dreizig":
		return "3", true
	case "forty", "vierzig":
		return "4", true
	case "fifty", "fuenfzig", "funfzig":
		return "5", true
	case "sixty", "sechzig":
		return "6", true
	case "seventy", "siebzig":
		return "7", true
	case "eighty", "achtzig":
		return "8", true
	case "ninety", "neunzig":
		return "9", true
	}
	return "", false
}

// multiplier reads "double" and "triple".
func multiplier(w string) (int, bool) {
	switch w {
	case "double", "doppel", "doppelt", "doppelte":
		return 2, true
	case "triple", "dreifach":
		return 3, true
	}
	return 0, false
}

// isAmount reports words that make a number an amount rather than a
// sequence of digits.
func isAmount(w string) bool {
	switch w {
	case "hundred", "thousand", "million", "billion", "hundert", "tausend", "millionen", "milliarde":
		return true
	}
	return strings.Contains(w, "hundert") || strings.Contains(w, "tausend") || strings.HasPrefix(w, "million")
}
