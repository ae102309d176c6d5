package main

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// maxChurn bounds the rounds liveHeap plays while it waits for garbage
// collections.
const maxChurn = 20_000

// liveHeap returns the bot's heap of live objects as well as its metrics
// tell it without a forced GC: it plays throw-away calls (start and end of
// one session, so nothing stays behind) until a garbage collection has
// happened, gives the background sweep a moment, and reads the heap. The
// least of three such readings is the live heap plus at most a few
// requests' garbage.
func liveHeap(ctx context.Context, client *http.Client, p *process, token string) (float64, error) {
	l := &httpLine{client: client, url: endpoint(p.base, "/webhook", false), token: token}
	c := call{ID: "00000000-0000-4000-8000-00000000c4c4", From: "+4915100000001"}
	var events [][]byte
	for _, st := range []Step{{Type: typeSessionStart}, {Type: typeSessionEnd}} {
		ev, err := encodeEvent(st, c)
		if err != nil {
			return 0, err
		}
		events = append(events, ev)
	}
	m, err := scrape(ctx, client, p.base, metricGCCount)
	if err != nil {
		return 0, err
	}
	last, best, samples := m[metricGCCount], 0.0, 0
	for i := 0; samples < 3; i++ {
		if i == maxChurn {
			return 0, fmt.Errorf("%s: %d garbage collections in %d rounds, want 3", p.name, samples, maxChurn)
		}
		for _, ev := range events {
			a, err := l.send(ctx, ev, true)
			if err == nil {
				err = checkAnswer(Step{}, a, "", true)
			}
			if err != nil {
				return 0, fmt.Errorf("%s: throw-away call: %w", p.name, err)
			}
		}
		if m, err = scrape(ctx, client, p.base, metricGCCount); err != nil {
			return 0, err
		}
		if m[metricGCCount] == last {
			continue
		}
		if !sleep(ctx, 100*time.Millisecond) {
			return 0, ctx.Err()
		}
		if m, err = scrape(ctx, client, p.base, metricGCCount, metricHeapAlloc); err != nil {
			return 0, err
		}
		last = m[metricGCCount]
		if samples == 0 || m[metricHeapAlloc] < best {
			best = m[metricHeapAlloc]
		}
		samples++
	}
	return best, nil
}

// liveCalls is what the memory measurement found.
type liveCalls struct {
	K       int     // calls opened
	Live    float64 // the bot's live-sessions gauge afterwards
	PerCall float64 // growth of the live heap per open call, in bytes
}

// measureLiveCalls opens k calls (session_start only, each from a caller
// of its own) and leaves them open: the growth of the live heap divided by
// k is what a live call costs the bot, store and session tracking
// included.
func measureLiveCalls(ctx context.Context, client *http.Client, p *process, token string, k int, timeout time.Duration) (liveCalls, error) {
	before, err := liveHeap(ctx, client, p, token)
	if err != nil {
		return liveCalls{}, err
	}
	script, err := ParseScript(startOnlyScriptText)
	if err != nil {
		return liveCalls{}, err
	}
	res := runLoad(ctx, loadConfig{Base: p.base, Calls: 16, Duration: maxDuration, Turns: k, Script: script, Token: token, Timeout: timeout})
	if res.Failed > 0 || res.Calls != int64(k) {
		return liveCalls{}, fmt.Errorf("%s: opened %d of %d calls: %s", p.name, res.Calls, k, errorSummary(res))
	}
	after, err := liveHeap(ctx, client, p, token)
	if err != nil {
		return liveCalls{}, err
	}
	m, err := scrape(ctx, client, p.base, metricLive)
	if err != nil {
		return liveCalls{}, err
	}
	return liveCalls{K: k, Live: m[metricLive], PerCall: (after - before) / float64(k)}, nil
}
