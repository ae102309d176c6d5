package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"
)

// worker plays calls on its line and keeps its own counts, merged when the
// run ends, so the hot loop takes no lock.
type worker struct {
	id   int
	cfg  *loadConfig
	line line
	rnd  *rand.Rand // draws the pauses

	lat           []time.Duration
	events, calls int64
	failed        int64
	errs          map[string]int64
	firstErr      error
}

// play plays one call; the first error ends it.
func (w *worker) play(ctx context.Context, c call) {
	if err := w.line.open(ctx); err != nil {
		w.fail(err)
		return
	}
	for i, st := range w.cfg.Script {
		if i > 0 && w.cfg.Think > 0 && !sleep(ctx, w.pause()) {
			return
		}
		ev, err := encodeEvent(st, c)
		if err != nil {
			w.fail(err)
			return
		}
		wait := w.cfg.waits(st)
		t0 := time.Now()
		a, err := w.line.send(ctx, ev, wait)
		d := time.Since(t0)
		w.events++
		if err == nil {
			err = checkAnswer(st, a, c.ID, w.cfg.Loose)
		}
		if err != nil {
			w.fail(err)
			return
		}
		if wait {
			w.lat = append(w.lat, d)
		}
	}
	w.calls++
}

// pause draws a caller's pause between two events, uniform in
// [Think/2, 3*Think/2).
func (w *worker) pause() time.Duration {
	return w.cfg.Think/2 + time.Duration(w.rnd.Int64N(int64(w.cfg.Think)))
}

// fail counts a failed call by the kind of its error.
func (w *worker) fail(err error) {
	w.failed++
	if w.errs == nil {
		w.errs = map[string]int64{}
	}
	w.errs[errorKind(err)]++
	if w.firstErr == nil {
		w.firstErr = err
	}
}

// errorKind names the kind of a run error for the report.
func errorKind(err error) string {
	for _, k := range []error{errTimeout, errTransport, errStatus, errAnswer} {
		if errors.Is(err, k) {
			return k.Error()
		}
	}
	return "other"
}

// sleep waits d or until ctx ends; it reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
