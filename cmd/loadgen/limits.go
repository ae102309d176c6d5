package main

import "time"

// The hard bounds of a run: flags beyond them are refused, so no
// invocation can put unbounded load on the machine.
const (
	maxCalls    = 10_000           // concurrent calls
	maxDuration = 2 * time.Minute  // length of a run
	maxTurns    = 10_000_000       // events of a run
	maxTimeout  = 10 * time.Second // wait for one answer
	maxSteps    = 1_000            // steps of a script
)
