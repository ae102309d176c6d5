package framework_test

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/jovo-go/jovo/framework"
)

// BenchmarkMemoryStoreBytesPerCall measures what one live call keeps in
// the MemoryStore: it fills a fresh store with 2 000 calls and reports the
// growth of the live heap (after a forced GC) per call as B/call; ns/op is
// the time to fill the store. "minimal" is a session with one state item
// and nothing else, the store's own overhead; the demo records are what
// cmd/demo saved after session_start and inside the customer-number
// dialogue, each with the caller's user record where "+user" says so.
func BenchmarkMemoryStoreBytesPerCall(b *testing.B) {
	const calls = 2000
	started := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		give string // the session record as JSON
		user bool
	}{
		{name: "minimal", give: `{"state":[{"component":"Menu"}]}`},
		{name: "demo_start", give: benchDemoStart},
		{name: "demo_start+user", give: benchDemoStart, user: true},
		{name: "demo_digits+user", give: benchDemoDigits, user: true},
	}
	for _, tt := range tests {
		var rec framework.SessionRecord
		if err := json.Unmarshal([]byte(tt.give), &rec); err != nil {
			b.Fatal(err)
		}
		rec.CreatedAt, rec.UpdatedAt = started, started
		b.Run(tt.name, func(b *testing.B) {
			var perCall float64
			for b.Loop() {
				perCall = storeBytesPerCall(b, calls, func(s *framework.MemoryStore, i int) error {
					ctx := context.Background()
					r := rec
					r.ID = fmt.Sprintf("%08x-e29b-41d4-a716-%012x", i, i)
					if err := s.SaveSession(ctx, r, 0); err != nil {
						return err
					}
					if !tt.user {
						return nil
					}
					return s.SaveUser(ctx, framework.UserRecord{ID: fmt.Sprintf("+49151%08d", i), CreatedAt: started, UpdatedAt: started})
				})
			}
			b.ReportMetric(perCall, "B/call")
		})
	}
}

// storeBytesPerCall fills a fresh MemoryStore with n calls and returns the
// growth of the live heap per call.
func storeBytesPerCall(b *testing.B, n int, save func(*framework.MemoryStore, int) error) float64 {
	b.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := framework.NewMemoryStore(framework.MemoryStoreOptions{})
	for i := range n {
		if err := save(s, i); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if s.Sessions() != n {
		b.Fatalf("store holds %d sessions, want %d", s.Sessions(), n)
	}
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
}

// benchDemoStart is the session cmd/demo saved after session_start: the
// menu prompt for silence handling, and the menu delegated from the root.
const benchDemoStart = `{"data":{"components.prompt":{"silences":0,"ssml":"","text":"How can I help you? For our opening hours, press or say 1. For entering your customer number, press or say 2. For our address by text message, press or say 3. For a person, press or say 0. For ending the call, press or say 9. Or say help."}},
"state":[{"component":"Demo"},{"component":"Demo.Menu","data":{"prompt":"How can I help you? For our opening hours, press or say 1. For entering your customer number, press or say 2. For our address by text message, press or say 3. For a person, press or say 0. For ending the call, press or say 9. Or say help."},"resolve":{"cancel":"MenuCancelled","selected":"Selected"},"config":{"texts":{"intro":"menu.intro"}}}]}`

// benchDemoDigits is the session cmd/demo saved after the first digit of
// the customer number: the digits dialogue delegated from the menu.
const benchDemoDigits = `{"data":{"components.prompt":{"silences":0,"ssml":"","text":"Please enter your 6-digit customer number on the keypad, or say it digit by digit."}},
"state":[{"component":"Demo"},{"component":"Demo.Menu","data":{"prompt":"How can I help you? For our opening hours, press or say 1. For entering your customer number, press or say 2. For our address by text message, press or say 3. For a person, press or say 0. For ending the call, press or say 9. Or say help.","selected":"number"},"resolve":{"cancel":"MenuCancelled","selected":"Selected"},"config":{"texts":{"intro":"menu.intro"}}},
{"component":"Demo.Digits","data":{"digits":"4","prompt":"Please enter your 6-digit customer number on the keypad, or say it digit by digit."},"resolve":{"cancel":"Resolved:cancel","collected":"Resolved:collected","failed":"Resolved:failed","input":"Resolved:input","no":"Resolved:no","selected":"Resolved:selected","yes":"Resolved:yes"},"config":{"confirm":true,"length":6,"noInputRetries":2,"retries":2}}]}`

// BenchmarkMemoryStoreTurn measures what the MemoryStore costs one turn
// of the demo: loading the session and saving it back. "+digit" is a turn
// that changes the session as entering a digit does: the digits collected
// so far, in the top stack item's data.
func BenchmarkMemoryStoreTurn(b *testing.B) {
	tests := []struct {
		name   string
		give   string                            // the session record as JSON
		change func(rec framework.SessionRecord) // what the turn does to it, if anything
	}{
		{name: "demo_start", give: benchDemoStart},
		{name: "demo_digits", give: benchDemoDigits},
		{name: "demo_digits+digit", give: benchDemoDigits, change: func(rec framework.SessionRecord) {
			// Each turn changes the digits, back and forth, so the record
			// stays the same size.
			top := rec.State.Top()
			if top.Data["digits"] == "4" {
				top.Data["digits"] = "42"
			} else {
				top.Data["digits"] = "4"
			}
		}},
	}
	for _, tt := range tests {
		var rec framework.SessionRecord
		if err := json.Unmarshal([]byte(tt.give), &rec); err != nil {
			b.Fatal(err)
		}
		rec.ID = "550e8400-e29b-41d4-a716-446655440000"
		b.Run(tt.name, func(b *testing.B) {
			ctx := context.Background()
			s := framework.NewMemoryStore(framework.MemoryStoreOptions{})
			if err := s.SaveSession(ctx, rec, 0); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				got, err := s.LoadSession(ctx, rec.ID)
				if err != nil {
					b.Fatal(err)
				}
				if tt.change != nil {
					tt.change(got)
				}
				if err := s.SaveSession(ctx, got, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
