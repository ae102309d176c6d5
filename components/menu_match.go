package components

func byDigit(opts []MenuOption, k string) *MenuOption {
	for i := range opts {
		if opts[i].Digit != "" && opts[i].Digit == k {
			return &opts[i]
		}
	}
	return nil
}

func byIntent(opts []MenuOption, intent string) *MenuOption {
	if intent == "" {
		return nil
	}
	for i := range opts {
		if opts[i].Intent == intent {
			return &opts[i]
		}
	}
	return nil
}

// bySpeech returns the option whose phrase the caller said: the longest
// phrase found wins; a tie between two options is no match.
func bySpeech(opts []MenuOption, ws []string) *MenuOption {
	var best *MenuOption
	bestLen, tie := 0, false
	for i := range opts {
		n := optionMatch(opts[i], ws)
		switch {
		case n == 0 || n < bestLen:
		case n == bestLen:
			tie = true
		default:
			best, bestLen, tie = &opts[i], n, false
		}
	}
	if tie {
		return nil
	}
	return best
}

// optionMatch returns the length in words of the longest phrase of o in
// ws, or 1 when its digit was said, or 0. A "one" that names no digit
// ("the second one", "that one") is not the digit 1, nor is an "oh".
func optionMatch(o MenuOption, ws []string) int {
	n := phraseIn(ws, o.Key)
	for _, l := range o.Labels {
		n = max(n, phraseIn(ws, l))
	}
	n = max(n, findPhrase(ws, o.Synonyms...))
	if n == 0 && o.Digit != "" {
		for i, w := range ws {
			if d, ok := menuDigit(w); ok && d == o.Digit && !afterOrdinal(ws, i) {
				return 1
			}
		}
	}
	return n
}
