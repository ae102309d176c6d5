package components

import "strings"

// Answer is what a caller's words mean to a yes/no question.
type Answer int

// The answers ParseYesNo tells apart.
const (
	// Unclear: neither yes nor no, both, or a doubt ("not sure").
	Unclear Answer = iota
	// Yes: "yes", "correct", "ja", "genau", "stimmt", …
	Yes
	// No: "no", "wrong", "nein", "falsch", "stimmt nicht", "not correct", …
	No
)

// String returns "unclear", "yes" or "no".
func (a Answer) String() string {
	switch a {
	case Yes:
		return "yes"
	case No:
		return "no"
	}
	return "unclear"
}

// ParseYesNo reads a spoken answer to a yes/no question in English or
// German. A negation next to a yes word makes it a no ("not correct",
// "das stimmt nicht"); a doubt ("I'm not sure", "weiß nicht") or a mix of
// yes and no is Unclear.
func ParseYesNo(text string) Answer {
	var yes, no int
	var classes []yesNoClass
	ws := words(text)
	for i := 0; i < len(ws); {
		n, cl := 1, clsOther
		for m := min(3, len(ws)-i); m >= 1; m-- {
			if c := classify(strings.Join(ws[i:i+m], " ")); c != clsOther {
				n, cl = m, c
				break
			}
		}
		if cl == clsDoubt {
			return Unclear
		}
		classes = append(classes, cl)
		i += n
	}
	for i, cl := range classes {
		switch cl {
		case clsYes:
			if negated(classes, i) {
				no++
			} else {
				yes++
			}
		case clsNo:
			no++
		}
	}
	switch {
	case yes > 0 && no == 0:
		return Yes
	case no > 0 && yes == 0:
		return No
	}
	return Unclear
}

// negated reports whether a negation stands up to two words before the
// yes word at i ("not correct", "nicht ganz richtig") or right after it
// ("stimmt nicht").
func negated(classes []yesNoClass, i int) bool {
	for j := max(0, i-2); j <= min(len(classes)-1, i+1); j++ {
		if classes[j] == clsNeg {
			return true
		}
	}
	return false
}

// yesNoClass is the role of a word or phrase in a yes/no answer.
type yesNoClass int

const (
	clsOther yesNoClass = iota
	clsYes
	clsNo
	clsNeg
	clsDoubt
)

// classify looks a phrase up in the yes/no word lists (English and
// German, in the form words produces).
func classify(p string) yesNoClass {
	switch p {
	case "yes", "yeah", "yea", "yep", "yup", "ya", "sure", "correct", "right", "exactly", "affirmative",
		"ok", "okay", "absolutely", "definitely", "of course", "indeed", "uh huh", "no problem",
		"ja", "jawohl", "jo", "jep", "jup", "genau", "richtig", "korrekt", "stimmt", "gerne", "gern",
		"klar", "passt", "sicher", "natuerlich", "einverstanden", "in ordnung", "bestaetigt", "kein problem":
		return clsYes
	case "no", "nope", "nah", "wrong", "incorrect", "negative", "no way", "never",
		"nein", "nee", "ne", "noe", "falsch", "auf keinen fall", "keinesfalls", "niemals":
		return clsNo
	case "not", "isnt", "arent", "dont", "doesnt", "nicht", "kein", "keine":
		return clsNeg
	case "not sure", "dont know", "do not know", "no idea", "maybe", "perhaps", "i wonder",
		"nicht sicher", "weiss nicht", "weiss ich nicht", "keine ahnung", "vielleicht", "eventuell":
		return clsDoubt
	}
	return clsOther
}
