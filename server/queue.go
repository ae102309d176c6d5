package server

import (
	"context"
	"sync"
)

// shardCount is the number of independently locked parts of the session
// maps: sessions in different shards never contend.
const shardCount = 64

// queues hands out places in per-session FIFO queues. A session's entry
// exists only while one of its events is queued or running, so memory
// follows the load, not the number of sessions ever seen.
type queues struct {
	shards [shardCount]queueShard
}

type queueShard struct {
	mu sync.Mutex
	m  map[string]*sessionQueue
}

// sessionQueue chains the events of one session: each event waits for the
// done channel of the one before it to run, and a WebSocket event for its
// answered channel to send its answer.
type sessionQueue struct {
	refs int // events queued or running; guarded by the shard's mu

	mu           sync.Mutex // orders arrivals; guards the tails
	tail         chan struct{}
	answeredTail chan struct{}
}

// place is one event's place in its session's queue.
type place struct {
	shard *queueShard
	q     *sessionQueue
	id    string
	prev  <-chan struct{} // closed when the event before finished; nil if none
	done  chan struct{}
	// prevAnswered is closed when the event before was answered; nil if
	// none. A deadline's fallback answers an event while the one before
	// it may still run, and on a WebSocket, where answers carry no event
	// id, it must still not overtake that one's answer.
	prevAnswered <-chan struct{}
	answered     chan struct{}
}

func newQueues() *queues {
	qs := &queues{}
	for i := range qs.shards {
		qs.shards[i].m = make(map[string]*sessionQueue)
	}
	return qs
}

// join queues an event of session id behind the session's other events and
// calls arrived, if not nil, while no other event of the session can join:
// arrived sees the events of one session one at a time, in queue order.
func (qs *queues) join(id string, arrived func()) *place {
	sh := &qs.shards[shardOf(id)]
	sh.mu.Lock()
	q := sh.m[id]
	if q == nil {
		q = &sessionQueue{}
		sh.m[id] = q
	}
	q.refs++
	sh.mu.Unlock()

	p := &place{shard: sh, q: q, id: id, done: make(chan struct{}), answered: make(chan struct{})}
	q.mu.Lock()
	defer q.mu.Unlock()
	if arrived != nil {
		arrived()
	}
	p.prev, p.prevAnswered = q.tail, q.answeredTail
	q.tail, q.answeredTail = p.done, p.answered
	return p
}

// waitAnswered blocks until the event queued before this one was
// answered. Every event is answered in the end (by the app, or by the
// fallback when its deadline passes), and earlier events never wait for
// later ones, so this cannot deadlock.
func (p *place) waitAnswered() {
	if p.prevAnswered != nil {
		<-p.prevAnswered
	}
}

// markAnswered lets the next event of the session send its answer. It is
// called exactly once, after the event's answer was delivered, and before
// leave returns.
func (p *place) markAnswered() { close(p.answered) }

// wait blocks until every event queued before this one has finished.
func (p *place) wait() {
	if p.prev != nil {
		<-p.prev
	}
}

// waitCtx is wait, unless ctx ends first; it reports whether the turn
// came. A place whose ctx ended must still wait before it leaves.
func (p *place) waitCtx(ctx context.Context) bool {
	if p.prev == nil {
		return ctx.Err() == nil
	}
	select {
	case <-p.prev:
		return ctx.Err() == nil
	case <-ctx.Done():
		return false
	}
}

// leave lets the next event of the session run and drops the session's
// entry once no event of it is left. It first waits until the event was
// answered: an event whose deadline passed in the queue is answered by
// the fallback on another goroutine, and the session's next event must
// neither run nor (with a fresh entry, once this one is dropped) send its
// answer before that.
func (p *place) leave() {
	<-p.answered
	close(p.done)
	p.shard.mu.Lock()
	p.q.refs--
	if p.q.refs == 0 {
		delete(p.shard.m, p.id)
	}
	p.shard.mu.Unlock()
}

// len returns the number of sessions with events queued or running.
func (qs *queues) len() int {
	n := 0
	for i := range qs.shards {
		sh := &qs.shards[i]
		sh.mu.Lock()
		n += len(sh.m)
		sh.mu.Unlock()
	}
	return n
}

// shardOf hashes id with FNV-1a.
func shardOf(id string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(id); i++ {
		h ^= uint32(id[i])
		h *= 16777619
	}
	return h % shardCount
}
