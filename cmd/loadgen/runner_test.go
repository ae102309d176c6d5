package main

import (
	"context"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serve starts h on loopback and returns its base URL.
func serve(t *testing.T, h http.Handler) *url.URL {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	u, err := url.Parse(srv.URL)
	require.NoError(t, err)
	return u
}

func mustScript(t *testing.T, text string) Script {
	t.Helper()
	s, err := ParseScript(text)
	require.NoError(t, err)
	return s
}

func TestRunLoadAgainstBare(t *testing.T) {
	base := serve(t, bareHandler())
	tests := []struct {
		name        string
		ws, loose   bool
		script      string
		wantTimed   int64 // answers timed per call
		wantPerCall int64 // events per call
	}{
		{name: "http loose, default script", loose: true, script: defaultScriptText, wantTimed: 11, wantPerCall: 11},
		{name: "ws loose, default script", ws: true, loose: true, script: defaultScriptText, wantTimed: 10, wantPerCall: 11},
		{name: "http strict", script: "start -> answer; dtmf 9 -> answer; end -> none", wantTimed: 3, wantPerCall: 3},
		{name: "ws strict", ws: true, script: "start -> answer; say hi -> answer; end -> none", wantTimed: 2, wantPerCall: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			script := mustScript(t, tt.script)
			const calls = 10
			res := runLoad(context.Background(), loadConfig{
				Base: base, WS: tt.ws, Loose: tt.loose, Calls: 3, Duration: time.Minute,
				Turns: calls * len(script), Script: script, Timeout: 5 * time.Second,
			})
			require.Zero(t, res.Failed, errorSummary(res))
			assert.Equal(t, int64(calls), res.Calls)
			assert.Equal(t, calls*tt.wantPerCall, res.Events)
			assert.Equal(t, int(calls*tt.wantTimed), res.Latency.N)
			assert.Positive(t, res.Latency.Max)
			assert.LessOrEqual(t, res.Latency.P50, res.Latency.P99)
			assert.Positive(t, res.EventsPerSec())
		})
	}
}

func TestRunLoadCountsErrors(t *testing.T) {
	const token = "s3cret"
	base := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-TOKEN") != token {
			http.Error(w, `{"error":"unauthorized"}`, http.StatusUnauthorized)
			return
		}
		bareWebhook(w, r)
	}))
	script := mustScript(t, "start -> answer; end -> answer")
	cfg := loadConfig{Base: base, Calls: 2, Duration: time.Minute, Turns: 8, Script: script, Timeout: 5 * time.Second}

	res := runLoad(context.Background(), cfg)
	assert.Equal(t, int64(4), res.Failed)
	assert.Equal(t, map[string]int64{"status": 4}, res.Errors)
	assert.Equal(t, int64(4), res.Events, "a failed call stops at its first error")
	assert.ErrorContains(t, res.FirstErr, "session_start answered 401")

	cfg.Token = token
	res = runLoad(context.Background(), cfg)
	assert.Equal(t, map[string]int64{"answer": 4}, res.Errors, "session_end is not answered")
	assert.Equal(t, int64(8), res.Events)
	assert.Contains(t, errorSummary(res), "4 calls failed (answer 4); first: answer: session_end wants an answer, got none")
}

func TestRunLoadWebSocketTimeout(t *testing.T) {
	base := serve(t, bareHandler())
	script := mustScript(t, "start -> answer; end -> answer")
	res := runLoad(context.Background(), loadConfig{
		Base: base, WS: true, Calls: 1, Duration: time.Minute, Turns: 4, Script: script, Timeout: 50 * time.Millisecond,
	})
	assert.Equal(t, map[string]int64{"timeout": 2}, res.Errors)
	assert.Equal(t, int64(0), res.Calls)
	assert.Equal(t, 2, res.Latency.N, "the answered session_starts are timed")
}

func TestRunLoadStopsAtDuration(t *testing.T) {
	base := serve(t, bareHandler())
	res := runLoad(context.Background(), loadConfig{
		Base: base, Calls: 2, Duration: 20 * time.Millisecond, Script: mustScript(t, defaultScriptText),
		Timeout: 5 * time.Second, Loose: true,
	})
	require.Zero(t, res.Failed, errorSummary(res))
	assert.Positive(t, res.Calls)
}

func TestRunLoadStopsWhenCancelled(t *testing.T) {
	base := serve(t, bareHandler())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := runLoad(ctx, loadConfig{
		Base: base, Calls: 4, Duration: time.Minute, Script: mustScript(t, defaultScriptText), Timeout: 5 * time.Second, Loose: true,
	})
	assert.Zero(t, res.Events)
}

func TestRunLoadThink(t *testing.T) {
	base := serve(t, bareHandler())
	script := mustScript(t, "start -> answer; dtmf 1 -> answer; end -> none")
	res := runLoad(context.Background(), loadConfig{
		Base: base, Calls: 2, Duration: time.Minute, Turns: 6, Think: time.Millisecond, Script: script, Timeout: 5 * time.Second,
	})
	require.Zero(t, res.Failed, errorSummary(res))
	assert.Equal(t, int64(2), res.Calls)
	assert.GreaterOrEqual(t, res.Elapsed, time.Millisecond, "two pauses of at least Think/2 per call")
}

func TestWorkerPause(t *testing.T) {
	w := &worker{cfg: &loadConfig{Think: 20 * time.Millisecond}, rnd: rand.New(rand.NewPCG(1, 2))}
	seen := map[bool]int{}
	for range 1000 {
		d := w.pause()
		require.GreaterOrEqual(t, d, 10*time.Millisecond)
		require.Less(t, d, 30*time.Millisecond)
		seen[d < 20*time.Millisecond]++
	}
	assert.Len(t, seen, 2, "pauses fall on both sides of the mean")
}
