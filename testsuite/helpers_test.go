package testsuite_test

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/jovo-go/jovo/framework"
)

// comp is a component declared inline.
type comp func(d *framework.Def)

func (f comp) Define(d *framework.Def) { f(d) }

func say(text string) framework.HandlerFunc {
	return func(c *framework.Context) error { return c.Say(text) }
}

// fatalTB stands in for a testing.TB to observe Fatalf: it records the
// message and ends the goroutine, as testing.T does.
type fatalTB struct {
	testing.TB
	mu    sync.Mutex
	fatal string
}

func (f *fatalTB) Helper()                  {}
func (f *fatalTB) Context() context.Context { return context.Background() }
func (f *fatalTB) Fatalf(format string, args ...any) {
	f.mu.Lock()
	f.fatal = fmt.Sprintf(format, args...)
	f.mu.Unlock()
	runtime.Goexit()
}

// fatalOf runs fn with a fatalTB in a goroutine of its own and returns the
// Fatalf message, or "" when fn returned normally.
func fatalOf(fn func(tb testing.TB)) string {
	tb := &fatalTB{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(tb)
	}()
	<-done
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.fatal
}
