package main

import (
	"slices"
	"time"
)

// Result is what one run, or several runs of the same load, measured.
type Result struct {
	Events   int64 // events sent
	Calls    int64 // calls played to the end without an error
	Failed   int64 // calls ended by an error
	Elapsed  time.Duration
	Latency  Latency          // of the events whose answer was awaited
	Errors   map[string]int64 // failed calls by kind of error
	FirstErr error

	lat []time.Duration // sorted, for pooling runs
}

// EventsPerSec is the throughput in events.
func (r *Result) EventsPerSec() float64 { return perSec(r.Events, r.Elapsed) }

// CallsPerSec is the throughput in calls played to the end.
func (r *Result) CallsPerSec() float64 { return perSec(r.Calls, r.Elapsed) }

func perSec(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// merge adds up the workers of a run.
func merge(workers []*worker, elapsed time.Duration) *Result {
	r := &Result{Elapsed: elapsed}
	for _, w := range workers {
		r.add(&Result{Events: w.events, Calls: w.calls, Failed: w.failed, Errors: w.errs, FirstErr: w.firstErr, lat: w.lat})
	}
	r.Latency = summarize(r.lat)
	return r
}

// combine adds up several runs of the same load: counts and times add, the
// latencies are pooled.
func combine(rs ...*Result) *Result {
	total := &Result{}
	for _, r := range rs {
		total.Elapsed += r.Elapsed
		total.add(r)
	}
	total.Latency = summarize(total.lat)
	return total
}

// add adds the counts, errors and latencies of o to r, not the time.
func (r *Result) add(o *Result) {
	r.Events += o.Events
	r.Calls += o.Calls
	r.Failed += o.Failed
	for k, n := range o.Errors {
		if r.Errors == nil {
			r.Errors = map[string]int64{}
		}
		r.Errors[k] += n
	}
	if r.FirstErr == nil {
		r.FirstErr = o.FirstErr
	}
	r.lat = append(slices.Clip(r.lat), o.lat...)
}
