package components

// The keys of a component's working data (its state stack item's Data).
const (
	dataPrompt   = "prompt"   // the question asked last, for re-prompts
	dataTries    = "tries"    // unclear answers so far
	dataSilences = "silences" // input timeouts in a row
	dataDigits   = "digits"   // Digits: the digits entered so far
	dataPending  = "pending"  // Digits: the digits being confirmed
	dataAskedOn  = "askedOn"  // Digits: it asked for the rest of the digits; the next key stops that
	dataSelected = "selected" // Menu: the option whose component runs
)

// incr adds one to an int in data and returns it. Numbers may come back
// from a store as float64.
func incr(data map[string]any, key string) int {
	n := intOf(data[key]) + 1
	data[key] = n
	return n
}

func intOf(v any) int {
	switch n := v.(type) {
	case int:
		return n
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}
