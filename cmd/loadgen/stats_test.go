package main

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestPercentile(t *testing.T) {
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(i+1) * time.Millisecond
	}
	tests := []struct {
		name string
		give []time.Duration
		p    float64
		want time.Duration
	}{
		{name: "none", give: nil, p: 50, want: 0},
		{name: "one value", give: []time.Duration{7}, p: 99, want: 7},
		{name: "median of four is the second", give: []time.Duration{1, 2, 3, 4}, p: 50, want: 2},
		{name: "median of five", give: []time.Duration{1, 2, 3, 4, 5}, p: 50, want: 3},
		{name: "p99 of 100", give: hundred, p: 99, want: 99 * time.Millisecond},
		{name: "p90 of 100", give: hundred, p: 90, want: 90 * time.Millisecond},
		{name: "p100 is the max", give: hundred, p: 100, want: 100 * time.Millisecond},
		{name: "tiny p is the min", give: hundred, p: 0.001, want: time.Millisecond},
		{name: "p99 of 10 is the max", give: []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, p: 99, want: 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, percentile(tt.give, tt.p))
		})
	}
}

func TestSummarize(t *testing.T) {
	give := []time.Duration{5, 1, 4, 2, 3}
	got := summarize(give)
	assert.Equal(t, Latency{N: 5, P50: 3, P90: 5, P99: 5, Max: 5}, got)
	assert.Equal(t, []time.Duration{1, 2, 3, 4, 5}, give, "summarize sorts in place")
	assert.Equal(t, Latency{}, summarize(nil))
}

func TestCombine(t *testing.T) {
	a := &Result{Events: 10, Calls: 1, Elapsed: time.Second, lat: []time.Duration{1, 3}}
	b := &Result{Events: 30, Calls: 2, Failed: 1, Elapsed: time.Second, Errors: map[string]int64{"status": 1}, FirstErr: errStatus, lat: []time.Duration{2}}
	got := combine(a, b)
	assert.Equal(t, int64(40), got.Events)
	assert.Equal(t, int64(3), got.Calls)
	assert.Equal(t, int64(1), got.Failed)
	assert.Equal(t, 2*time.Second, got.Elapsed)
	assert.InDelta(t, 20.0, got.EventsPerSec(), 1e-9)
	assert.InDelta(t, 1.5, got.CallsPerSec(), 1e-9)
	assert.Equal(t, map[string]int64{"status": 1}, got.Errors)
	assert.Equal(t, Latency{N: 3, P50: 2, P90: 3, P99: 3, Max: 3}, got.Latency)
	assert.Equal(t, []time.Duration{1, 3}, a.lat, "combine leaves the runs alone")
}
