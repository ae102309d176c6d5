package storetest_test

import (
	"testing"
	"time"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/storetest"
)

// TestMemoryStore runs the suite against the embedded store, the reference
// backend, with a real and with an injected clock.
func TestMemoryStore(t *testing.T) {
	storetest.Run(t, func() framework.Store { return framework.NewMemoryStore(framework.MemoryStoreOptions{}) })
	clock := storetest.NewClock(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	storetest.Run(t, func() framework.Store {
		return framework.NewMemoryStore(framework.MemoryStoreOptions{Clock: clock.Now})
	}, storetest.WithClock(clock))
}
