package main

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"
)

// benchReport is everything one bench measured.
type benchReport struct {
	flags                *benchFlags
	demoStart, bareStart startup
	mem                  liveCalls
	loads                []loadResult
	demoRSSAfter         int64
	events               int // of the script of one call
}

// The targets of the issue.
const (
	goalThroughput = 0.60
	goalHTTPP99    = 2 * time.Millisecond
	goalWSP99      = time.Millisecond
	goalPerCall    = 4 << 10
	goalIdleRSS    = 20 << 20
	goalFirst      = 100 * time.Millisecond
)

// The figures of one round, for loadResult.byRound and roundMedian.

func demoRate(d, _ *Result) float64  { return d.EventsPerSec() }
func bareRate(_, b *Result) float64  { return b.EventsPerSec() }
func rateRatio(d, b *Result) float64 { return d.EventsPerSec() / b.EventsPerSec() }
func demoP99(d, _ *Result) float64   { return float64(d.Latency.P99) }
func bareP99(_, b *Result) float64   { return float64(b.Latency.P99) }
func p99Ratio(d, b *Result) float64  { return float64(d.Latency.P99) / float64(b.Latency.P99) }

// write prints the report as markdown: the loads, then the targets.
func (r *benchReport) write(out io.Writer) {
	f := r.flags
	fmt.Fprintf(out, "## loadgen bench\n\n%s/%s, %d CPUs, %s; %d concurrent calls; %d rounds of %s per load and bot, "+
		"the bots in turn; paced: %s between a caller's events; script: %d events per call; demo -log-level %s\n\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), f.load.calls, f.rounds, f.load.duration, f.paced, r.events, f.logs)
	fmt.Fprintln(out, "All rounds pooled:")
	fmt.Fprintln(out)
	fmt.Fprintln(out, "| load | bot | events/s | calls/s | p50 | p90 | p99 | max | answers timed | failed calls |")
	fmt.Fprintln(out, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, l := range r.loads {
		for _, b := range []struct {
			name string
			res  *Result
		}{{"demo", l.demo}, {"bare", l.bare}} {
			x := b.res
			fmt.Fprintf(out, "| %s | %s | %.0f | %.1f | %s | %s | %s | %s | %d | %s |\n", l.load.name, b.name,
				x.EventsPerSec(), x.CallsPerSec(), ms(x.Latency.P50), ms(x.Latency.P90), ms(x.Latency.P99), ms(x.Latency.Max), x.Latency.N, errorSummary(x))
		}
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, "By round:")
	fmt.Fprintln(out)
	for _, l := range r.loads {
		fmt.Fprintf(out, "- %s: demo/bare events/s %s; p99 demo %s, bare %s\n", l.load.name,
			join(l.byRound(rateRatio), "%.2f"), join(millis(l.byRound(demoP99)), "%.3f ms"), join(millis(l.byRound(bareP99)), "%.3f ms"))
	}
	fmt.Fprintf(out, "- start to first answer, demo: %s; bare: %s\n", durations(r.demoStart.times), durations(r.bareStart.times))
	fmt.Fprintf(out, "- live calls: %d opened, live-sessions gauge %.0f; demo RSS after all loads %s\n\n", r.mem.K, r.mem.Live, mib(r.demoRSSAfter))
	r.writeTargets(out)
}

// writeTargets prints the table of the targets; the load figures
// are medians over the rounds.
func (r *benchReport) writeTargets(out io.Writer) {
	fmt.Fprintln(out, "Targets (load figures: median of the rounds):")
	fmt.Fprintln(out)
	fmt.Fprintln(out, "| target | goal | demo | bare floor | demo/bare | met |")
	fmt.Fprintln(out, "|---|---|---:|---:|---:|---|")
	calls := r.flags.load.calls
	for _, l := range r.loads {
		if l.load.name == "HTTP saturated" {
			ratio := l.roundMedian(rateRatio)
			fmt.Fprintf(out, "| HTTP throughput, %d calls | ≥ %.0f %% of bare | %.0f events/s | %.0f events/s | %.2f | %s |\n",
				calls, goalThroughput*100, l.roundMedian(demoRate), l.roundMedian(bareRate), ratio, met(ratio >= goalThroughput, false))
		}
		goal := goalHTTPP99
		if l.load.ws {
			goal = goalWSP99
		}
		d, b := time.Duration(l.roundMedian(demoP99)), time.Duration(l.roundMedian(bareP99))
		fmt.Fprintf(out, "| p99 per event, %s, %d calls | < %s | %s | %s | %.2f | %s |\n", l.load.name, calls, goal,
			ms(d), ms(b), l.roundMedian(p99Ratio), met(d < goal && l.demo.Failed == 0, b >= goal))
	}
	fmt.Fprintf(out, "| memory per live call (demo heap growth / %d open calls) | < 4 KiB | %.2f KiB | – | – | %s |\n",
		r.mem.K, r.mem.PerCall/1024, met(r.mem.PerCall < goalPerCall, false))
	fmt.Fprintf(out, "| idle RSS | < 20 MiB | %s | %s | %.2f | %s |\n", mib(r.demoStart.rss), mib(r.bareStart.rss),
		float64(r.demoStart.rss)/float64(r.bareStart.rss), met(r.demoStart.rss < goalIdleRSS, r.bareStart.rss >= goalIdleRSS))
	dm, bm := median(r.demoStart.times), median(r.bareStart.times)
	fmt.Fprintf(out, "| start to first answer (median of %d) | < 100 ms | %s | %s | %.2f | %s |\n", len(r.demoStart.times), ms(dm), ms(bm),
		float64(dm)/float64(bm), met(dm < goalFirst, bm >= goalFirst))
}

// met says whether a goal was met, and whether the bare floor misses it
// too, which makes the ratio the figure that counts.
func met(ok, floorMisses bool) string {
	switch {
	case ok:
		return "yes"
	case floorMisses:
		return "no (the bare floor misses it too)"
	}
	return "**no**"
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(ds))
	return s[(len(s)-1)/2]
}

func durations(ds []time.Duration) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = ms(d)
	}
	return strings.Join(parts, ", ")
}

// join formats every x with format and joins them with commas.
func join(xs []float64, format string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf(format, x)
	}
	return strings.Join(parts, ", ")
}

// millis converts nanoseconds to milliseconds.
func millis(ns []float64) []float64 {
	out := make([]float64, len(ns))
	for i, x := range ns {
		out[i] = x / float64(time.Millisecond)
	}
	return out
}

func mib(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
