package components

// ordinalLast is what ordinal returns for "last", "letzte": the last
// option, however many there are.
const ordinalLast = -1

// byOrdinal returns the option the caller named by its place in the
// prompt ("the second one", "die dritte Option", "the last one"), or nil.
// Two different places named are no match, as a tie in bySpeech is.
func byOrdinal(opts []MenuOption, ws []string) *MenuOption {
	n := 0
	for i := range ws {
		k, ok := ordinalAt(ws, i)
		switch {
		case !ok:
		case n != 0 && k != n:
			return nil
		default:
			n = k
		}
	}
	if n == ordinalLast {
		n = len(opts)
	}
	if n <= 0 || n > len(opts) {
		return nil
	}
	return &opts[n-1]
}

// ordinalAt reads the ordinal at ws[i] if the words around it make it a
// choice: after an article ("the second", "die zweite"), before "one",
// "option" or "please", or as the last word ("second"). Callers use
// ordinals in other senses too, and a wrong choice is worse than asking
// again: after "a", "one" or "at" it is an idiom ("a second", "one
// second", "at last"), before a word of time it is a date ("the first
// time", "das erste Mal", "last week"), and in the middle of a sentence
// without an article it is taken for another word.
func ordinalAt(ws []string, i int) (int, bool) {
	n, ok := ordinal(ws[i])
	if !ok {
		return 0, false
	}
	prev, next := "", ""
	if i > 0 {
		prev = ws[i-1]
	}
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	switch prev {
	case "a", "an", "one", "at":
		return 0, false
	}
	switch next {
	case "time", "times", "mal", "day", "tag", "night", "nacht", "week", "woche", "month", "monat",
		"year", "jahr", "minute", "name":
		return 0, false
	}
	if !isArticle(prev) && !endsChoice(next) {
		return 0, false
	}
	return n, true
}

// isArticle reports whether w is a definite article ("the", "die").
func isArticle(w string) bool {
	switch w {
	case "the", "die", "der", "das", "den", "dem":
		return true
	}
	return false
}

// endsChoice reports whether w, after an ordinal, makes it a choice:
// the end of the text, "one", "option", "please".
func endsChoice(w string) bool {
	switch w {
	case "", "one", "option", "choice", "please", "bitte", "moeglichkeit", "wahl":
		return true
	}
	return false
}

// ordinal reads an ordinal word, in the form words produces: "first" to
// "ninth", "1st" to "9th", "last", and the German ones with their
// endings ("erste", "zweiten", "letztes").
func ordinal(w string) (int, bool) {
	switch w {
	case "first", "1st":
		return 1, true
	case "second", "2nd":
		return 2, true
	case "third", "3rd":
		return 3, true
	case "fourth", "4th":
		return 4, true
	case "fifth", "5th":
		return 5, true
	case "sixth", "6th":
		return 6, true
	case "seventh", "7th":
		return 7, true
	case "eighth", "8th":
		return 8, true
	case "ninth", "9th":
		return 9, true
	case "last":
		return ordinalLast, true
	}
	return germanOrdinal(w)
}

// germanOrdinal reads a German ordinal with its ending: the stem and one
// of e, er, en, es, em.
func germanOrdinal(w string) (int, bool) {
	var stem string
	for _, end := range [...]string{"er", "en", "es", "em", "e"} {
		if len(w) > len(end) && w[len(w)-len(end):] == end {
			stem = w[:len(w)-len(end)]
			break
		}
	}
	switch stem {
	case "erst":
		return 1, true
	case "zweit":
		return 2, true
	case "dritt":
		return 3, true
	case "viert":
		return 4, true
	case "fuenft", "funft":
		return 5, true
	case "sechst":
		return 6, true
	case "siebt", "siebent":
		return 7, true
	case "acht":
		return 8, true
	case "neunt":
		return 9, true
	case "letzt":
		return ordinalLast, true
	}
	return 0, false
}

// afterOrdinal reports whether ws[i] is a "one" that names no digit:
// after an ordinal ("the second one") or after "the", "that" or "this"
// ("the one with the hours", "that one").
func afterOrdinal(ws []string, i int) bool {
	if i == 0 || ws[i] != "one" {
		return false
	}
	switch prev := ws[i-1]; prev {
	case "the", "that", "this":
		return true
	default:
		_, ok := ordinal(prev)
		return ok
	}
}
