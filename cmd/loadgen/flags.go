package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

// loadFlags are the flags of a load run, shared by run and bench.
type loadFlags struct {
	target    string
	transport string
	calls     int
	duration  time.Duration
	turns     int
	think     time.Duration
	script    string
	token     string
	timeout   time.Duration
	loose     bool
}

// register adds the flags to fs; withTarget adds those that name what to
// load, which bench sets itself.
func (f *loadFlags) register(fs *flag.FlagSet, withTarget bool) {
	if withTarget {
		fs.StringVar(&f.target, "target", "http://127.0.0.1:3000", "base URL of the bot, loopback only")
		fs.StringVar(&f.transport, "transport", "http", "http (POST /webhook) or ws (GET /ws)")
		fs.IntVar(&f.turns, "turns", 0, fmt.Sprintf("stop after this many events in total (0: -duration only; at most %d)", maxTurns))
		fs.StringVar(&f.script, "script", "", "file with the script of one call (default: the demo's customer-number dialogue)")
		fs.BoolVar(&f.loose, "loose", false, "check status codes only, and expect an answer to every event but session_end")
	}
	fs.IntVar(&f.calls, "calls", 32, fmt.Sprintf("concurrent calls (at most %d)", maxCalls))
	fs.DurationVar(&f.duration, "duration", 10*time.Second, fmt.Sprintf("no call starts after this (at most %s)", maxDuration))
	fs.DurationVar(&f.think, "think", 0, "pause between the events of a call, as a caller talks")
	fs.StringVar(&f.token, "token", os.Getenv("AIFLOW_API_TOKEN"), "X-API-TOKEN to send (env AIFLOW_API_TOKEN)")
	fs.DurationVar(&f.timeout, "timeout", 2*time.Second, fmt.Sprintf("wait for one answer (at most %s)", maxTimeout))
}

// config checks the flags against the hard bounds and builds the run.
// durationSet says whether -duration was given; with -turns alone the
// run may last up to maxDuration.
func (f *loadFlags) config(durationSet bool) (loadConfig, error) {
	cfg := loadConfig{Calls: f.calls, Duration: f.duration, Turns: f.turns, Think: f.think, Token: f.token, Timeout: f.timeout, Loose: f.loose}
	if f.turns > 0 && !durationSet {
		cfg.Duration = maxDuration
	}
	switch {
	case f.calls < 1 || f.calls > maxCalls:
		return cfg, fmt.Errorf("-calls %d: want 1 to %d", f.calls, maxCalls)
	case cfg.Duration <= 0 || cfg.Duration > maxDuration:
		return cfg, fmt.Errorf("-duration %s: want more than 0 and at most %s", cfg.Duration, maxDuration)
	case f.turns < 0 || f.turns > maxTurns:
		return cfg, fmt.Errorf("-turns %d: want 0 to %d", f.turns, maxTurns)
	case f.think < 0 || f.think > maxTimeout:
		return cfg, fmt.Errorf("-think %s: want 0 to %s", f.think, maxTimeout)
	case f.timeout <= 0 || f.timeout > maxTimeout:
		return cfg, fmt.Errorf("-timeout %s: want more than 0 and at most %s", f.timeout, maxTimeout)
	}
	switch f.transport {
	case "http", "":
	case "ws":
		cfg.WS = true
	default:
		return cfg, fmt.Errorf("-transport %q: want http or ws", f.transport)
	}
	script, err := loadScript(f.script)
	if err != nil {
		return cfg, err
	}
	if cfg.WS && !cfg.Loose {
		if err := script.checkWebSocket(); err != nil {
			return cfg, err
		}
	}
	cfg.Script = script
	if f.target != "" {
		base, err := parseTarget(f.target)
		if err != nil {
			return cfg, err
		}
		cfg.Base = base
	}
	return cfg, nil
}

// loadScript reads the script file, or returns the default script.
func loadScript(path string) (Script, error) {
	if path == "" {
		return ParseScript(defaultScriptText)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-script: %w", err)
	}
	s, err := ParseScript(string(b))
	if err != nil {
		return nil, fmt.Errorf("-script %s: %w", path, err)
	}
	return s, nil
}
