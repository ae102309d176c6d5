package framework

import (
	"context"
	"slices"
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
// with it. A record it holds is never changed, only replaced; saving a
// session copies only the maps that differ from the copy it replaces and
// shares the others with it.
type MemoryStore struct {
	mu       sync.Mutex
	now      func() time.Time
	sessions *lru[memSession]
	users    *lru[UserRecord]
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
	return &MemoryStore{now: opts.Clock, sessions: newLRU[memSession](opts.MaxSessions), users: newLRU[UserRecord](opts.MaxUsers)}
}

// LoadSession implements Store.
func (m *MemoryStore) LoadSession(ctx context.Context, id string) (SessionRecord, error) {
	if err := ctx.Err(); err != nil {
		return SessionRecord{}, err
	}
	m.mu.Lock()
	s, ok := m.sessions.get(id)
	if !ok {
		m.mu.Unlock()
		return SessionRecord{}, ErrNotFound
	}
	if !s.expires.IsZero() && !m.now().Before(s.expires) {
		m.sessions.remove(id)
		m.mu.Unlock()
		return SessionRecord{}, ErrNotFound
	}
	rec := s.rec
	m.mu.Unlock()
	// A stored record never changes, it is only replaced: it can be copied
	// without holding the lock.
	return cloneSession(rec), nil
}

// SaveSession implements Store.
func (m *MemoryStore) SaveSession(ctx context.Context, rec SessionRecord, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var old *SessionRecord
	m.mu.Lock()
	if prev, ok := m.sessions.peek(rec.ID); ok {
		o := prev.rec // the struct only: its maps never change once stored
		old = &o
	}
	m.mu.Unlock()
	s := memSession{rec: keepSession(rec, old)}
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
	u, ok := m.users.get(id)
	if !ok {
		m.mu.Unlock()
		return UserRecord{}, ErrNotFound
	}
	rec := *u
	m.mu.Unlock()
	return cloneUser(rec), nil // as for sessions: a stored record never changes
}

// SaveUser implements Store.
func (m *MemoryStore) SaveUser(ctx context.Context, rec UserRecord) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	u := cloneUser(rec)
	m.mu.Lock()
	m.users.put(rec.ID, u)
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
			it.Output = slices.Clone(it.Output)
			it.Custom = cloneMap(it.Custom)
			it.Entities = cloneEntities(it.Entities)
			if it.Input != nil {
				in := *it.Input
				it.Input = &in
			}
			h[i] = it
		}
		r.History = h
	}
	return r
}

func cloneEntities(m EntityMap) EntityMap {
	if m == nil {
		return nil
	}
	out := make(EntityMap, len(m))
	for k, e := range m {
		e.Native = cloneValue(e.Native)
		out[k] = e
	}
	return out
}
