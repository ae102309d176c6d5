// Command loadgen drives load against a jovo-go bot for sipgate AI Flow:
// N concurrent scripted calls over the webhook (POST /webhook) or the
// WebSocket (GET /ws), and it reports throughput (events/s, calls/s), the
// latency of each event (p50, p90, p99, max) and the errors.
//
//	loadgen -target http://127.0.0.1:3000 -transport http -calls 32 -duration 10s
//	loadgen bench -demo bin/demo      # what make bench runs: the demo against a bare net/http handler
//	loadgen bare -addr 127.0.0.1:3001 # that bare handler on its own
//
// loadgen only ever talks to loopback: the target must be an address in
// 127.0.0.0/8, ::1 or localhost (no name is looked up, so not even a DNS
// query leaves the machine), the bots it starts listen on 127.0.0.1, and
// every connection is checked again when it is dialled. Its load is
// bounded in count and time: at most 10 000 concurrent calls, 2 minutes
// per run, 10 minutes of load per bench.
//
// The bench starts cmd/demo and "loadgen bare" (net/http with
// encoding/json and nothing else) as processes of their own, times their
// starts to the first answer, reads their idle RSS, runs the same loads
// against both, in alternating rounds: saturated (each call sends its next
// event when the last is answered) and paced (callers pause about 20 ms
// between events), over HTTP and the WebSocket, and then measures the
// memory of 5 000 open calls on the demo from its /metrics. It prints
// markdown tables with the demo, the bare floor and their ratio.
//
// A script is one event per line (or separated by ";"), with the answer
// expected after "->": answer (a non-empty answer for this call), none
// (no answer), hangup (an answer with a hangup) or any (the default):
//
//	start -> answer
//	dtmf 2 -> answer
//	say my number is one two three -> answer
//	timeout -> answer
//	end -> none
//
// On the WebSocket the protocol has no empty answer, so every step there
// must say answer, hangup or none: loadgen waits for a frame after the
// first two and sends the next event at once after none.
package main
