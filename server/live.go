package server

import (
	"sync"
	"time"
)

// liveSessions tracks the sessions that are live for the metrics: seen,
// and neither ended by an event nor idle for longer than idle. Expired
// entries are swept lazily, per shard, on touch and on every count, so
// no goroutine is needed and memory is bounded by the sessions of the
// last idle period.
type liveSessions struct {
	idle   time.Duration
	now    func() time.Time
	shards [shardCount]liveShard
}

type liveShard struct {
	mu        sync.Mutex
	seen      map[string]time.Time
	lastSweep time.Time
}

func newLiveSessions(idle time.Duration, now func() time.Time) *liveSessions {
	l := &liveSessions{idle: idle, now: now}
	t := now()
	for i := range l.shards {
		l.shards[i].seen = make(map[string]time.Time)
		l.shards[i].lastSweep = t
	}
	return l
}

// touch records an event of session id; end removes the session.
func (l *liveSessions) touch(id string, end bool) {
	sh := &l.shards[shardOf(id)]
	now := l.now()
	sh.mu.Lock()
	if end {
		delete(sh.seen, id)
	} else {
		sh.seen[id] = now
	}
	if now.Sub(sh.lastSweep) > l.idle/4 {
		sh.sweep(now, l.idle)
	}
	sh.mu.Unlock()
}

// count sweeps every shard and returns the number of live sessions.
func (l *liveSessions) count() int {
	now := l.now()
	n := 0
	for i := range l.shards {
		sh := &l.shards[i]
		sh.mu.Lock()
		sh.sweep(now, l.idle)
		n += len(sh.seen)
		sh.mu.Unlock()
	}
	return n
}

// sweep drops sessions idle for longer than idle; sh.mu must be held.
func (sh *liveShard) sweep(now time.Time, idle time.Duration) {
	for id, t := range sh.seen {
		if now.Sub(t) > idle {
			delete(sh.seen, id)
		}
	}
	sh.lastSweep = now
}
