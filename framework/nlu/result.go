package nlu

import "time"

// Result is what Match understood.
type Result struct {
	// Intent is the recognized intent; empty if nothing reached the
	// threshold.
	Intent string `json:"intent,omitempty"`
	// Confidence is the score of the best match, between 0 and 1, also
	// when it stayed below the threshold. A keyword hit has confidence 1.
	Confidence float64 `json:"confidence"`
	// Entities are the slot values of the matched phrase, by entity name.
	Entities map[string]Entity `json:"entities,omitempty"`
	// Keyword tells that the KeywordMap matched, not a model.
	Keyword bool `json:"keyword,omitempty"`
	// Native is a Service's own response, for handlers that need more
	// than the fields above; Plugin puts it in Input.NLU.Native (the
	// Result itself when Native is nil). The Engine leaves it nil.
	Native any `json:"-"`
}

// Entity is one slot value: what was said, what it resolved to, and the
// id of the resolved value (as Jovo's EntityMap values).
type Entity struct {
	// Value is the words as said, e.g. "forty two" or "Margarita".
	Value string `json:"value"`
	// Resolved is the canonical value, e.g. "42", "margherita",
	// "2026-03-03", "yes".
	Resolved string `json:"resolved"`
	// ID is the id of the resolved value; for built-in types it equals
	// Resolved.
	ID string `json:"id"`
}

// MatchOptions narrow one match, as Jovo's listen options do.
type MatchOptions struct {
	// Intents restricts the match to these intents (intent scoping,
	// Jovo's listen.intents, stored as _JOVO_LISTEN_INTENTS_). Empty means
	// all intents. Keyword hits outside the scope are ignored too.
	Intents []string
	// DynamicEntities change custom entity types for this match.
	DynamicEntities *DynamicEntities
	// Now is the moment dates such as "tomorrow" are relative to, in the
	// caller's time zone; zero means the Engine's clock.
	Now time.Time
}
