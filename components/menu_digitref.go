package components

// byDigitRef returns the option whose digit the caller named after a word
// that says it is one ("number one", "option 3", "press nine", "Nummer
// zwei", "Taste 0"); named reports whether the caller named a digit so.
// Such a reference wins over a label that shares a word with it: in
// "number one", "number" may also be part of an option's name ("customer
// number"), but the caller means 1; and a digit no option has, or two
// different options named, is no match rather than a guess. A digit
// followed by more digits is a number, not a choice ("customer number one
// two three…").
func byDigitRef(opts []MenuOption, ws []string) (opt *MenuOption, named bool) {
	var found *MenuOption
	for i := 0; i+1 < len(ws); i++ {
		if !isDigitRefWord(ws[i]) {
			continue
		}
		d, ok := menuDigit(ws[i+1])
		if !ok {
			continue
		}
		if i+2 < len(ws) {
			if _, more := unitWord(ws[i+2]); more || isDigit(ws[i+2]) {
				continue
			}
		}
		o := byDigit(opts, d)
		if o == nil || (found != nil && found != o) {
			return nil, true
		}
		found = o
	}
	return found, found != nil
}

// isDigit reports whether w is one digit.
func isDigit(w string) bool { return len(w) == 1 && w[0] >= '0' && w[0] <= '9' }

// isDigitRefWord reports whether w, before a digit, says the digit names
// an option, in the form words produces.
func isDigitRefWord(w string) bool {
	switch w {
	case "number", "option", "press", "key", "choice",
		"nummer", "taste", "druecke", "druecken", "waehle", "waehlen", "wahl":
		return true
	}
	return false
}

// menuDigit reads a digit the caller said to choose an option: a digit or
// a digit word. "Oh" and "o" are zero only inside a run of digits (see
// ParseDigits): alone, they are what a caller says before speaking.
func menuDigit(w string) (string, bool) {
	if isDigit(w) {
		return w, true
	}
	if w == "oh" || w == "o" {
		return "", false
	}
	return unitWord(w)
}
