package output

import "math/rand/v2"

// Rand is the source of randomness for picking message variants. Tests pass
// a fixed one to get the same variant every run; *rand.Rand from
// math/rand/v2 satisfies it. A nil Rand uses math/rand/v2's top-level source.
type Rand interface {
	// IntN returns a number in [0, n).
	IntN(n int) int
}

// intN asks r for a number in [0, n), n > 0, and wraps a value out of range
// into it so that a faulty Rand cannot make normalization panic.
func intN(r Rand, n int) int {
	var i int
	if r == nil {
		i = rand.IntN(n)
	} else {
		i = r.IntN(n)
	}
	return (i%n + n) % n
}
