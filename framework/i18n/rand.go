package i18n

import (
	"math/rand/v2"
	"sync"
)

// Rand picks one of n array variants: IntN returns a number in [0, n).
// *math/rand/v2.Rand satisfies it; tests inject a fixed source.
type Rand interface {
	IntN(n int) int
}

// globalRand uses the math/rand/v2 top-level source, which is safe for
// concurrent use and seeded by the runtime.
type globalRand struct{}

// IntN returns a random number in [0, n).
func (globalRand) IntN(n int) int { return rand.IntN(n) }

// lockedRand guards an injected source, because the common choice, a
// *rand.Rand, must not be used from several goroutines at once.
type lockedRand struct {
	mu sync.Mutex
	r  Rand
}

// IntN returns the injected source's pick.
func (l *lockedRand) IntN(n int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.IntN(n)
}

// pick returns an index into n variants. An out-of-range answer from an
// injected source is taken as 0 rather than crashing a live call.
func pick(r Rand, n int) int {
	if n == 1 {
		return 0
	}
	k := r.IntN(n)
	if k < 0 || k >= n {
		return 0
	}
	return k
}
