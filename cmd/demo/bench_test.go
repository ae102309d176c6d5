package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/jovo-go/jovo/platform/aiflow"
)

// shortCall is a call that hears the opening hours and says goodbye:
// session_start, 1, 9, session_end.
func shortCall(tb testing.TB, id string) [][]byte {
	c := aiflow.NewCall(id)
	return [][]byte{body(tb, c.Start()), body(tb, c.Press("1")), body(tb, c.Press("9")), body(tb, c.End())}
}

// BenchmarkWebhookCall runs shortCall over loopback HTTP: four round
// trips through the server, the app and the components; keys need no
// NLU.
func BenchmarkWebhookCall(b *testing.B) {
	e := newEnv(b, testConfig(localeEN))
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for _, ev := range shortCall(b, fmt.Sprintf("bench-%d", i)) {
			status, out, err := e.postRaw(ctx, ev)
			if err != nil || status >= 300 {
				b.Fatalf("%d %s %v", status, out, err)
			}
		}
	}
}

// BenchmarkWebhookSpeech is one spoken menu choice that goes through the
// NLU ("when are you open"), in process: no network.
func BenchmarkWebhookSpeech(b *testing.B) {
	e := newEnv(b, testConfig(localeEN))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c := aiflow.NewCall(fmt.Sprintf("speech-%d", i))
		serve(e, body(b, c.Start()))
		if rec := serve(e, body(b, c.Say("when are you open"))); rec.Code != http.StatusOK {
			b.Fatal(rec.Code, rec.Body)
		}
	}
}

// serve hands a webhook request to the handler in process.
func serve(e *env, ev []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/webhook", bytes.NewReader(ev))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(aiflow.HeaderAPIToken, testToken)
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	return rec
}

// FuzzCallerInput sends whatever the caller might say, in the menu, as a
// barge-in and while entering the number, in both languages: the demo
// answers every valid event with valid actions or nothing, and never
// fails.
func FuzzCallerInput(f *testing.F) {
	for _, s := range []string{"", "one", "eins", "opening hours", "Öffnungszeiten", "[noise]", "stop", "mhm",
		"four two one seven three nine", "vier zwei eins sieben drei neun", "cancel", "\x00\xff", "help me 😀"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	envs := map[bool]*env{false: newEnv(f, testConfig(localeEN)), true: newEnv(f, testConfig(localeDE))}
	var n atomic.Int64
	f.Fuzz(func(t *testing.T, text string, german bool) {
		e := envs[german]
		c := aiflow.NewCall(fmt.Sprintf("fuzz-%d", n.Add(1)))
		for _, s := range []aiflow.Step{c.Start(), c.Say(text), c.BargeIn(text), c.Press("2"), c.Say(text), c.BargeIn(text), c.Timeout()} {
			ev, err := s.Event.MarshalJSON()
			require.NoError(t, err)
			rec := serve(e, ev)
			switch rec.Code {
			case http.StatusOK:
				_, err := decodeValid(rec.Body.Bytes())
				assert.NoError(t, err)
			case http.StatusNoContent:
			case http.StatusBadRequest:
				// Only an event that is not valid, like a user_speak
				// without text, is refused.
				_, derr := aiflow.DecodeEvent(ev)
				assert.Error(t, derr, "refused a valid event: %s", rec.Body)
			default:
				t.Fatalf("%s: status %d: %s", s.Event.Type, rec.Code, rec.Body)
			}
		}
		assert.Empty(t, e.logs.FilterField(zap.String("outcome", "panic")).All(), "no handler panicked")
	})
}

// BenchmarkScriptedCall plays the call cmd/loadgen plays by default, in
// process (no network), with the binary's JSON log written to io.Discard:
// session_start, 2, six digits, 1 (confirm), 9 (goodbye), session_end.
// It is the demo's whole per-call cost apart from HTTP itself, the
// figure the framework, the platform and the components move. The call
// ends with session_end, which deletes its session, so every round
// replays the same encoded events.
func BenchmarkScriptedCall(b *testing.B) {
	cfg := testConfig(localeEN)
	cfg.LogLevel, cfg.LogFormat, cfg.logOutput = "info", "json", io.Discard
	srv, err := newServer(context.Background(), cfg)
	require.NoError(b, err)
	e := &env{h: srv.Handler()}
	b.Cleanup(func() { _ = e.h.Shutdown(context.Background()) })
	c := aiflow.NewCall("scripted-call")
	events := [][]byte{body(b, c.Start()), body(b, c.Press("2"))}
	for _, d := range "421739" {
		events = append(events, body(b, c.Press(string(d))))
	}
	events = append(events, body(b, c.Press("1")), body(b, c.Press("9")), body(b, c.End()))
	b.ReportAllocs()
	for b.Loop() {
		for _, ev := range events {
			if rec := serve(e, ev); rec.Code >= 300 {
				b.Fatal(rec.Code, rec.Body)
			}
		}
	}
}
