package framework

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is returned by a Store when no record exists for a key.
var ErrNotFound = errors.New("record not found")

// SessionRecord is what a Store keeps of a session.
type SessionRecord struct {
	ID        string         `json:"id"`
	Data      map[string]any `json:"data,omitempty"`
	State     State          `json:"state,omitempty"`
	Locale    string         `json:"locale,omitempty"`
	CreatedAt time.Time      `json:"createdAt"`
	UpdatedAt time.Time      `json:"updatedAt"`
}

// UserRecord is what a Store keeps of a user: data and history.
type UserRecord struct {
	ID        string         `json:"id"`
	Data      map[string]any `json:"data,omitempty"`
	History   []HistoryItem  `json:"history,omitempty"`
	CreatedAt time.Time      `json:"createdAt"`
	UpdatedAt time.Time      `json:"updatedAt"`
}

// Store persists sessions and users between requests. Implementations must
// be safe for concurrent use and must not share memory with the records
// passed in or handed out (a caller may mutate them afterwards).
//
// A session saved with a ttl expires that long after UpdatedAt: loading it
// later returns ErrNotFound. storetest.Run is the conformance suite every
// backend must pass.
type Store interface {
	// LoadSession returns the session with id, or ErrNotFound.
	LoadSession(ctx context.Context, id string) (SessionRecord, error)
	// SaveSession creates or replaces a session; ttl > 0 sets its expiry.
	SaveSession(ctx context.Context, rec SessionRecord, ttl time.Duration) error
	// DeleteSession removes a session; deleting a missing one is no error.
	DeleteSession(ctx context.Context, id string) error
	// LoadUser returns the user with id, or ErrNotFound.
	LoadUser(ctx context.Context, id string) (UserRecord, error)
	// SaveUser creates or replaces a user.
	SaveUser(ctx context.Context, rec UserRecord) error
}
