package main

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// benchLoad is one kind of load of the bench.
type benchLoad struct {
	name  string
	ws    bool
	think time.Duration
}

// benchLoads are the loads of the bench: saturated (every call sends its
// next event as soon as the last is answered) and paced (a caller pauses
// between events), over HTTP and the WebSocket.
func benchLoads(paced time.Duration) []benchLoad {
	return []benchLoad{
		{name: "HTTP saturated"},
		{name: "HTTP paced", think: paced},
		{name: "WS saturated", ws: true},
		{name: "WS paced", ws: true, think: paced},
	}
}

// loadResult is one load against both bots: every round, and the rounds
// pooled.
type loadResult struct {
	load               benchLoad
	demo, bare         *Result   // the rounds pooled
	demoRuns, bareRuns []*Result // by round
}

// roundMedian is the median over the rounds of f(demo run, bare run): a
// burst of noise from the shared machine that hits one round moves it
// less than it moves the pooled figures.
func (l *loadResult) roundMedian(f func(demo, bare *Result) float64) float64 {
	return medianFloat(l.byRound(f))
}

// byRound lists f(demo run, bare run) of every round.
func (l *loadResult) byRound(f func(demo, bare *Result) float64) []float64 {
	xs := make([]float64, len(l.demoRuns))
	for i := range l.demoRuns {
		xs[i] = f(l.demoRuns[i], l.bareRuns[i])
	}
	return xs
}

// medianFloat is the median of xs, the mean of the middle two for an even
// count.
func medianFloat(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// runBenchLoads warms both bots up and then runs every load against both,
// round after round, swapping which bot goes first, so that both see the
// same noise of the shared machine.
func runBenchLoads(ctx context.Context, f *benchFlags, base loadConfig, demo, bare *process) ([]loadResult, error) {
	cfgFor := func(l benchLoad, p *process, d time.Duration) loadConfig {
		cfg := base
		cfg.Base, cfg.WS, cfg.Think, cfg.Duration, cfg.Loose = p.base, l.ws, l.think, d, p == bare
		return cfg
	}
	loads := benchLoads(f.paced)
	if f.warmup > 0 {
		for _, l := range []benchLoad{loads[0], loads[2]} {
			for _, p := range []*process{demo, bare} {
				if res := runLoad(ctx, cfgFor(l, p, f.warmup)); res.Failed > 0 {
					return nil, fmt.Errorf("warm-up %s on %s: %s", l.name, p.name, errorSummary(res))
				}
			}
		}
	}
	out := make([]loadResult, len(loads))
	for r := range f.rounds {
		for i, l := range loads {
			order := []*process{demo, bare}
			if r%2 == 1 {
				order = []*process{bare, demo}
			}
			for _, p := range order {
				res := runLoad(ctx, cfgFor(l, p, f.load.duration))
				if err := ctx.Err(); err != nil {
					return nil, err
				}
				if p == bare {
					out[i].bareRuns = append(out[i].bareRuns, res)
				} else {
					out[i].demoRuns = append(out[i].demoRuns, res)
				}
			}
		}
	}
	for i, l := range loads {
		out[i].load = l
		out[i].demo = combine(out[i].demoRuns...)
		out[i].bare = combine(out[i].bareRuns...)
	}
	return out, nil
}
