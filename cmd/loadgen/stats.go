package main

import (
	"math"
	"slices"
	"time"
)

// Latency summarises the latencies of a run's answered events.
type Latency struct {
	N                  int
	P50, P90, P99, Max time.Duration
}

// percentile returns the nearest-rank p-th percentile (0 < p <= 100) of
// sorted: the smallest value that at least p % of the values do not
// exceed. It is 0 for no values.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// summarize sorts lat in place and returns its percentiles.
func summarize(lat []time.Duration) Latency {
	slices.Sort(lat)
	s := Latency{N: len(lat), P50: percentile(lat, 50), P90: percentile(lat, 90), P99: percentile(lat, 99)}
	if len(lat) > 0 {
		s.Max = lat[len(lat)-1]
	}
	return s
}
