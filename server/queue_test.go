package server

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQueueRunsOneSessionInOrder(t *testing.T) {
	qs := newQueues()
	var (
		mu  sync.Mutex
		ran []int
	)
	places := make([]*place, 0, 50)
	for range 50 {
		places = append(places, qs.join("s", nil))
	}
	assert.Equal(t, 1, qs.len())
	var wg sync.WaitGroup
	for i := len(places) - 1; i >= 0; i-- { // start them in reverse
		p := places[i]
		wg.Go(func() {
			p.wait()
			mu.Lock()
			ran = append(ran, i)
			mu.Unlock()
			leaveAnswered(p)
		})
	}
	wg.Wait()
	for i, got := range ran {
		require.Equal(t, i, got)
	}
	assert.Equal(t, 0, qs.len(), "the idle session's entry is gone")
}

func TestQueueSessionsDoNotWaitForEachOther(t *testing.T) {
	qs := newQueues()
	a := qs.join("a", nil)
	b := qs.join("b", nil)
	b.wait() // returns at once, though a is still running
	leaveAnswered(b)
	a2 := qs.join("a", nil)
	select {
	case <-a2.prev:
		t.Fatal("a's second event ran before its first finished")
	default:
	}
	leaveAnswered(a)
	a2.wait()
	leaveAnswered(a2)
	assert.Equal(t, 0, qs.len())
}

func TestQueueArrivalHookSeesQueueOrder(t *testing.T) {
	qs := newQueues()
	var order []int // touched only by the hook, which one session serializes
	placeOf := make([]*place, 100)
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Go(func() { placeOf[i] = qs.join("s", func() { order = append(order, i) }) })
	}
	wg.Wait()
	require.Len(t, order, 100)
	// Each event queues right behind the one whose hook ran before its own.
	assert.Nil(t, placeOf[order[0]].prev)
	for k := 1; k < len(order); k++ {
		assert.Equal(t, (<-chan struct{})(placeOf[order[k-1]].done), placeOf[order[k]].prev, "place %d", k)
	}
	for _, i := range order {
		leaveAnswered(placeOf[i])
	}
	assert.Equal(t, 0, qs.len())
}

// leaveAnswered answers p's event and leaves, as the server does.
func leaveAnswered(p *place) {
	p.markAnswered()
	p.leave()
}

// TestQueueAnswersInOrder answers a session's second event first (as a
// deadline's fallback may): its answer waits for the first event's, and
// the first event's leave waits for its answer.
func TestQueueAnswersInOrder(t *testing.T) {
	qs := newQueues()
	first, second := qs.join("s", nil), qs.join("s", nil)
	first.wait()
	sent := make(chan string, 2)
	go func() {
		second.waitAnswered() // the fallback of the second event
		sent <- "second"
		second.markAnswered()
	}()
	left := make(chan struct{})
	go func() { first.leave(); close(left) }()
	select {
	case <-left:
		t.Fatal("the first event left before it was answered")
	case s := <-sent:
		t.Fatalf("the %s answer went out before the first", s)
	default:
	}
	sent <- "first"
	first.markAnswered()
	<-left
	assert.Equal(t, "first", <-sent)
	assert.Equal(t, "second", <-sent)
	second.wait()
	second.leave()
	assert.Equal(t, 0, qs.len())
}

func BenchmarkQueueJoinLeave(b *testing.B) {
	qs := newQueues()
	ids := make([]string, 1024)
	for i := range ids {
		ids[i] = fmt.Sprintf("550e8400-e29b-41d4-a716-%012d", i)
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			p := qs.join(ids[i%len(ids)], nil)
			p.wait()
			leaveAnswered(p)
			i++
		}
	})
}
