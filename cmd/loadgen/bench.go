package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

// benchFlags are the flags of loadgen bench.
type benchFlags struct {
	demo   string
	logs   string
	load   loadFlags
	paced  time.Duration
	rounds int
	warmup time.Duration
	live   int
	starts int
	settle time.Duration
}

// maxBench bounds the time the load runs of one bench take together.
const maxBench = 10 * time.Minute

// flagSet registers the bench's flags on a new FlagSet.
func (f *benchFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.StringVar(&f.demo, "demo", "bin/demo", "the demo binary to start")
	fs.StringVar(&f.logs, "demo-log-level", "info", "the demo's -log-level: its JSON log goes to a file")
	f.load.register(fs, false)
	fs.DurationVar(&f.paced, "paced", 20*time.Millisecond, "pause between a caller's events in the paced loads")
	fs.IntVar(&f.rounds, "rounds", 4, "rounds of every load, each bot in turn (1 to 10)")
	fs.DurationVar(&f.warmup, "warmup", time.Second, "load before the measured rounds (at most 10s)")
	fs.IntVar(&f.live, "live", 5000, "calls left open to measure the memory of a live call (1 to 50000)")
	fs.IntVar(&f.starts, "starts", 5, "process starts to time the first answer (1 to 20)")
	fs.DurationVar(&f.settle, "settle", time.Second, "idle time after the first answer before the RSS is read (at most 10s)")
	// A bench runs many loads: each is shorter than a load of its own.
	f.load.duration = 2 * time.Second
	fs.Lookup("duration").DefValue = f.load.duration.String()
	return fs
}

// parse reads args into f and checks them.
func (f *benchFlags) parse(args []string) error {
	fs := f.flagSet()
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected argument %q", fs.Arg(0))
	}
	if !isSet(fs, "token") && f.load.token == "" {
		f.load.token = "loadgen-bench-token"
	}
	switch {
	case f.rounds < 1 || f.rounds > 10:
		return fmt.Errorf("-rounds %d: want 1 to 10", f.rounds)
	case f.live < 1 || f.live > 50_000:
		return fmt.Errorf("-live %d: want 1 to 50000", f.live)
	case f.starts < 1 || f.starts > 20:
		return fmt.Errorf("-starts %d: want 1 to 20", f.starts)
	case f.warmup < 0 || f.warmup > 10*time.Second:
		return fmt.Errorf("-warmup %s: want 0 to 10s", f.warmup)
	case f.settle < 0 || f.settle > 10*time.Second:
		return fmt.Errorf("-settle %s: want 0 to 10s", f.settle)
	case f.paced <= 0 || f.paced > maxTimeout:
		return fmt.Errorf("-paced %s: want more than 0 and at most %s", f.paced, maxTimeout)
	case time.Duration(f.rounds*len(benchLoads(f.paced))*2)*f.load.duration > maxBench:
		return fmt.Errorf("-rounds %d × -duration %s: the loads would take more than %s", f.rounds, f.load.duration, maxBench)
	}
	return nil
}

// benchCommand is "loadgen bench": it starts the demo and the bare handler
// as processes of their own on loopback, times their starts, reads their
// idle RSS, measures the memory of live calls on the demo, runs the same
// loads against both in alternating rounds, and prints markdown tables.
func benchCommand(ctx context.Context, args []string, out io.Writer) error {
	var f benchFlags
	if err := f.parse(args); err != nil {
		return err
	}
	base, err := f.load.config(true)
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("bench: find loadgen itself: %w", err)
	}
	client := newHTTPClient(f.load.calls+2, f.load.timeout)
	defer client.CloseIdleConnections()
	rep := &benchReport{flags: &f, events: len(base.Script)}

	demo, err := timeStarts(ctx, &f, &rep.demoStart, "demo", f.demo,
		"-token", f.load.token, "-log-format", "json", "-log-level", f.logs)
	if err != nil {
		return err
	}
	defer demo.stop()
	bare, err := timeStarts(ctx, &f, &rep.bareStart, "bare", self, "bare")
	if err != nil {
		return err
	}
	defer bare.stop()
	// The loads run before the live calls are opened: their targets are
	// about 32 concurrent calls, and 5 000 sessions left open in the
	// demo's store would make its collector mark them in every cycle of
	// the loads. Every call of a load ends with session_end, so the
	// loads leave no sessions behind for the memory figure.
	if rep.loads, err = runBenchLoads(ctx, &f, base, demo, bare); err != nil {
		return err
	}
	if rep.mem, err = measureLiveCalls(ctx, client, demo, f.load.token, f.live, f.load.timeout); err != nil {
		return err
	}
	if rep.demoRSSAfter, err = demo.rss(); err != nil {
		return err
	}
	rep.write(out)
	return nil
}

// startup is what the starts of one bot measured.
type startup struct {
	times []time.Duration // process start to first answer, per start
	rss   int64           // idle, after the first answer and -settle
}

// timeStarts starts a bot -starts times, timing each start to its first
// answer; it keeps the last process running and reads its idle RSS.
func timeStarts(ctx context.Context, f *benchFlags, st *startup, name, path string, args ...string) (*process, error) {
	for i := range f.starts {
		p, err := startProcess(ctx, name, path, args...)
		if err != nil {
			return nil, err
		}
		client := newHTTPClient(1, f.load.timeout)
		d, err := p.waitFirstAnswer(ctx, client, f.load.token)
		client.CloseIdleConnections()
		if err != nil {
			p.stop()
			return nil, err
		}
		st.times = append(st.times, d)
		if i < f.starts-1 {
			p.stop()
			continue
		}
		if !sleep(ctx, f.settle) {
			p.stop()
			return nil, ctx.Err()
		}
		if st.rss, err = p.rss(); err != nil {
			p.stop()
			return nil, err
		}
		return p, nil
	}
	return nil, fmt.Errorf("%s: no start", name)
}
