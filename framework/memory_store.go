package framework

import (
	"container/list"
	"context"
	"sync"
	"time"
)

// MemoryStoreOptions configures a MemoryStore. The zero value is usable.
type MemoryStoreOptions struct {
	// MaxSessions bounds the number of sessions kept; the least recently
	// used one is evicted past it. 100 000 if zero.
	MaxSessions int
	// MaxUsers bounds the number of users kept, the same way. 100 000 if zero.
	MaxUsers int
	// Clock returns the current time for expiry; nil uses time.Now.
	Clock func() time.Time
}

// MemoryStore is the embedded default Store: sessions and users in memory,
// with session expiry and a bounded size, safe for concurrent use. Records
// are deep-copied on the way in and out, so callers never share memory
// with it.
type MemoryStore struct {
	mu       sync.Mutex
	now      func() time.Time
	sessions *lru
	users    *lru
}

type memSession struct {
	rec     SessionRecord
	expires time.Time // zero: never
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore(opts MemoryStoreOptions) *MemoryStore {
	if opts.MaxSessions <= 0 {
		opts.MaxSessions = 100_000
	}
	if opts.MaxUsers <= 0 {
		opts.MaxUsers = 100_000
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	return &MemoryStore{now: opts.Clock, sessions: newLRU(opts.MaxSessions), users: newLRU(opts.MaxUsers)}
}

// LoadSession implements Store.
func (m *MemoryStore) LoadSession(ctx context.Context, id string) (SessionRecord, error) {
	if err := ctx.Err(); err != nil {
		return SessionRecord{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.sessions.get(id)
	if !ok {
		return SessionRecord{}, ErrNotFound
	}
	s := v.(*memSession)
	if !s.expires.IsZero() && !m.now().Before(s.expires) {
		m.sessions.remove(id)
		return SessionRecord{}, ErrNotFound
	}
	return cloneSession(s.rec), nil
}

// SaveSession implements Store.
func (m *MemoryStore) SaveSession(ctx context.Context, rec SessionRecord, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s := &memSession{rec: cloneSession(rec)}
	if ttl > 0 {
		base := rec.UpdatedAt
		if base.IsZero() {
			base = m.now()
		}
		s.expires = base.Add(ttl)
	}
	m.mu.Lock()
	m.sessions.put(rec.ID, s)
	m.mu.Unlock()
	return nil
}

// DeleteSession implements Store.
func (m *MemoryStore) DeleteSession(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	m.sessions.remove(id)
	m.mu.Unlock()
	return nil
}

// LoadUser implements Store.
func (m *MemoryStore) LoadUser(ctx context.Context, id string) (UserRecord, error) {
	if err := ctx.Err(); err != nil {
		return UserRecord{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.users.get(id)
	if !ok {
		return UserRecord{}, ErrNotFound
	}
	return cloneUser(*v.(*UserRecord)), nil
}

// SaveUser implements Store.
func (m *MemoryStore) SaveUser(ctx context.Context, rec UserRecord) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	u := cloneUser(rec)
	m.mu.Lock()
	m.users.put(rec.ID, &u)
	m.mu.Unlock()
	return nil
}

// Sessions returns the number of sessions held, expired ones included
// until they are touched or evicted.
func (m *MemoryStore) Sessions() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sessions.len()
}

func cloneSession(r SessionRecord) SessionRecord {
	r.Data = cloneMap(r.Data)
	r.State = r.State.Clone()
	return r
}

func cloneUser(r UserRecord) UserRecord {
	r.Data = cloneMap(r.Data)
	if r.History != nil {
		h := make([]HistoryItem, len(r.History))
		for i, it := range r.History {
			it.State = it.State.Clone()
			it.Output = append([]string(nil), it.Output...)
			it.Custom = cloneMap(it.Custom)
			h[i] = it
		}
		r.History = h
	}
	return r
}

// lru is a size-bounded map that evicts the least recently used entry.
type lru struct {
	max   int
	order *list.List
	items map[string]*list.Element
}

type lruEntry struct {
	key string
	val any
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), items: make(map[string]*list.Element)}
}

func (l *lru) get(k string) (any, bool) {
	e, ok := l.items[k]
	if !ok {
		return nil, false
	}
	l.order.MoveToFront(e)
	return e.Value.(*lruEntry).val, true
}

func (l *lru) put(k string, v any) {
	if e, ok := l.items[k]; ok {
		e.Value.(*lruEntry).val = v
		l.order.MoveToFront(e)
		return
	}
	l.items[k] = l.order.PushFront(&lruEntry{key: k, val: v})
	for l.order.Len() > l.max {
		last := l.order.Back()
		l.order.Remove(last)
		delete(l.items, last.Value.(*lruEntry).key)
	}
}

func (l *lru) remove(k string) {
	if e, ok := l.items[k]; ok {
		l.order.Remove(e)
		delete(l.items, k)
	}
}

func (l *lru) len() int { return l.order.Len() }
