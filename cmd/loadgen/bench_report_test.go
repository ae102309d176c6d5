package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// fakeRun is a result of events over one second with latencies lat.
func fakeRun(events int64, lat ...time.Duration) *Result {
	r := &Result{Events: events, Calls: events / 11, Elapsed: time.Second, lat: lat}
	r.Latency = summarize(r.lat)
	return r
}

func TestBenchReport(t *testing.T) {
	f := &benchFlags{rounds: 2, paced: 20 * time.Millisecond, logs: "info", load: loadFlags{calls: 32, duration: 2 * time.Second}}
	loads := benchLoads(f.paced)
	rep := &benchReport{
		flags: f, events: 11, demoRSSAfter: 30 << 20,
		demoStart: startup{times: []time.Duration{40 * time.Millisecond, 30 * time.Millisecond, 50 * time.Millisecond}, rss: 14 << 20},
		bareStart: startup{times: []time.Duration{20 * time.Millisecond, 10 * time.Millisecond, 30 * time.Millisecond}, rss: 7 << 20},
		mem:       liveCalls{K: 5000, Live: 5001, PerCall: 3 << 10},
	}
	ms := time.Millisecond
	for _, l := range loads {
		lr := loadResult{load: l,
			demoRuns: []*Result{fakeRun(7000, 1*ms, 3*ms), fakeRun(6000, 1*ms, 5*ms)},
			bareRuns: []*Result{fakeRun(10000, ms/2, ms/2), fakeRun(10000, ms/2, 2*ms)},
		}
		if l.ws {
			lr.demoRuns = []*Result{fakeRun(9000, ms/4, ms/2), fakeRun(9000, ms/4, ms/2)}
		}
		lr.demo, lr.bare = combine(lr.demoRuns...), combine(lr.bareRuns...)
		rep.loads = append(rep.loads, lr)
	}
	var b strings.Builder
	rep.write(&b)
	got := b.String()
	for _, want := range []string{
		"| HTTP saturated | demo | 6500 | 590.5 | 1.000 ms | 5.000 ms | 5.000 ms | 5.000 ms | 4 | 0 |",
		"- HTTP saturated: demo/bare events/s 0.70, 0.60; p99 demo 3.000 ms, 5.000 ms, bare 0.500 ms, 2.000 ms",
		"| HTTP throughput, 32 calls | ≥ 60 % of bare | 6500 events/s | 10000 events/s | 0.65 | yes |",
		"| p99 per event, HTTP paced, 32 calls | < 2ms | 4.000 ms | 1.250 ms | 4.25 | **no** |",
		"| p99 per event, WS paced, 32 calls | < 1ms | 0.500 ms | 1.250 ms | 0.62 | yes |",
		"| memory per live call (demo heap growth / 5000 open calls) | < 4 KiB | 3.00 KiB | – | – | yes |",
		"| idle RSS | < 20 MiB | 14.0 MiB | 7.0 MiB | 2.00 | yes |",
		"| start to first answer (median of 3) | < 100 ms | 40.000 ms | 20.000 ms | 2.00 | yes |",
		"- live calls: 5000 opened, live-sessions gauge 5001; demo RSS after all loads 30.0 MiB",
	} {
		assert.Contains(t, got, want)
	}
}

func TestMet(t *testing.T) {
	assert.Equal(t, "yes", met(true, true))
	assert.Equal(t, "**no**", met(false, false))
	assert.Equal(t, "no (the bare floor misses it too)", met(false, true))
}

func TestMedians(t *testing.T) {
	assert.Equal(t, 0.0, medianFloat(nil))
	assert.Equal(t, 2.0, medianFloat([]float64{3, 1, 2}))
	assert.Equal(t, 2.5, medianFloat([]float64{4, 1, 3, 2}))
	assert.Equal(t, time.Duration(0), median(nil))
	assert.Equal(t, 2*time.Millisecond, median([]time.Duration{3 * time.Millisecond, time.Millisecond, 2 * time.Millisecond}))
}
