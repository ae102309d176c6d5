package framework

import "time"

// Session is the conversation so far: its data, its state stack and when it
// started. It is loaded from the store at request.end and saved at
// response.end.
type Session struct {
	// ID identifies the session; the platform sets it from the request.
	ID string
	// Data is free-form session data. It must be JSON-serializable so any
	// store backend can keep it.
	Data map[string]any
	// State is the state stack of components the conversation is in.
	State State
	// Locale overrides the app's default locale for this session.
	Locale string
	// IsNew is true on the first request of a session.
	IsNew bool
	ended bool // next to IsNew, where it takes no room of its own

	// CreatedAt and UpdatedAt are set by the framework from the app's clock.
	CreatedAt time.Time
	UpdatedAt time.Time
}

// End marks the session as over: at response.end it is deleted from the
// store instead of saved.
func (s *Session) End() { s.ended = true }

// Ended reports whether End was called in this request.
func (s *Session) Ended() bool { return s.ended }

// User is the person behind the requests, with data that lives across
// sessions.
type User struct {
	// ID identifies the user; the platform sets it (AI Flow: the caller's
	// number). Without an ID nothing is stored for the user.
	ID string
	// Data is free-form user data, JSON-serializable.
	Data map[string]any
	// History holds the user's previous turns, newest first, when history
	// is enabled in the storage config.
	History []HistoryItem
	// IsNew is true until a stored record of the user was found.
	IsNew bool
	// CreatedAt and UpdatedAt are set by the framework from the app's clock.
	CreatedAt time.Time
	UpdatedAt time.Time
}

// HistoryItem records one turn for the user's history.
type HistoryItem struct {
	Time     time.Time      `json:"time"`
	Input    *HistoryInput  `json:"input,omitempty"`
	Output   []string       `json:"output,omitempty"`
	State    State          `json:"state,omitempty"`
	Entities EntityMap      `json:"entities,omitempty"`
	Custom   map[string]any `json:"custom,omitempty"`
}

// HistoryInput is the part of an input kept in the history.
type HistoryInput struct {
	Type   InputType `json:"type"`
	Intent string    `json:"intent,omitempty"`
	Text   string    `json:"text,omitempty"`
}
