package main

import (
	"context"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
)

// loadConfig is one load run, checked by the flags.
type loadConfig struct {
	Base     *url.URL
	WS       bool
	Calls    int           // concurrent calls
	Duration time.Duration // no call starts after it
	Turns    int           // events in total, 0: no bound but Duration
	Think    time.Duration // mean pause between the events of a call
	Script   Script
	Token    string
	Timeout  time.Duration // per event
	Loose    bool          // check status codes only; every event but session_end is answered
}

// waits reports whether the run waits for an answer to step st.
func (cfg *loadConfig) waits(st Step) bool {
	switch {
	case !cfg.WS:
		return true
	case cfg.Loose:
		return st.Type != typeSessionEnd
	}
	return st.Expect.answered()
}

// runLoad plays cfg.Calls concurrent calls, each on its own line, one
// call after another, until Duration passed or the Turns budget is spent.
// A call that began finishes; the run stops hard Timeout after Duration.
// With Think, the lines start spread over one pause and every pause is
// drawn from [Think/2, 3*Think/2), so that callers do not march in step.
func runLoad(ctx context.Context, cfg loadConfig) *Result {
	client := newHTTPClient(cfg.Calls, cfg.Timeout)
	defer client.CloseIdleConnections()
	var budget atomic.Int64
	budget.Store(math.MaxInt64)
	if cfg.Turns > 0 {
		budget.Store(int64(cfg.Turns))
	}
	start := time.Now()
	stopAt := start.Add(cfg.Duration)
	ctx, cancel := context.WithDeadline(ctx, stopAt.Add(cfg.Timeout+time.Second))
	defer cancel()
	run := rand.Uint32()
	workers := make([]*worker, cfg.Calls)
	var wg sync.WaitGroup
	for i := range workers {
		w := &worker{id: i, cfg: &cfg, line: newLine(&cfg, client), rnd: rand.New(rand.NewPCG(uint64(run), uint64(i)))}
		workers[i] = w
		wg.Go(func() {
			defer w.line.close()
			if cfg.Think > 0 && !sleep(ctx, cfg.Think*time.Duration(i)/time.Duration(cfg.Calls)) {
				return
			}
			for n := 0; ctx.Err() == nil && time.Now().Before(stopAt); n++ {
				if budget.Add(-int64(len(cfg.Script))) < 0 {
					return
				}
				w.play(ctx, newCall(run, w.id, n))
			}
		})
	}
	wg.Wait()
	return merge(workers, time.Since(start))
}

func newLine(cfg *loadConfig, client *http.Client) line {
	if cfg.WS {
		return &wsLine{client: client, url: endpoint(cfg.Base, "/ws", true), token: cfg.Token, timeout: cfg.Timeout}
	}
	return &httpLine{client: client, url: endpoint(cfg.Base, "/webhook", false), token: cfg.Token}
}
