package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
)

// writeResult prints one run for a person to read.
func writeResult(out io.Writer, cfg *loadConfig, r *Result) {
	transport, path := "http", "/webhook"
	if cfg.WS {
		transport, path = "ws", "/ws"
	}
	fmt.Fprintf(out, "target    %s (%s), %d concurrent calls, script of %d events, think %s, %s\n",
		endpoint(cfg.Base, path, cfg.WS), transport, cfg.Calls, len(cfg.Script), cfg.Think, r.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(out, "events    %d  %.0f/s\n", r.Events, r.EventsPerSec())
	fmt.Fprintf(out, "calls     %d  %.1f/s\n", r.Calls, r.CallsPerSec())
	l := r.Latency
	fmt.Fprintf(out, "latency   p50 %s  p90 %s  p99 %s  max %s  (%d answers awaited)\n",
		ms(l.P50), ms(l.P90), ms(l.P99), ms(l.Max), l.N)
	fmt.Fprintf(out, "errors    %s\n", errorSummary(r))
}

// errorSummary is "0" or the failed calls by kind and the first error.
func errorSummary(r *Result) string {
	if r.Failed == 0 {
		return "0"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(r.Errors)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, r.Errors[k]))
	}
	return fmt.Sprintf("%d calls failed (%s); first: %v", r.Failed, strings.Join(parts, ", "), r.FirstErr)
}

// ms formats a latency in milliseconds with three decimals.
func ms(d time.Duration) string { return fmt.Sprintf("%.3f ms", float64(d)/float64(time.Millisecond)) }
