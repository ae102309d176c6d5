package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// concurrentCalls is the number of calls at once in the load tests.
const concurrentCalls = 200

// loadDeadline is the per-event deadline of the order tests. A pipelined
// burst of 2000 events queues for longer than the phone's 800 ms on a
// small machine under the race detector; these tests are about order, so
// the deadline must not answer for the bot.
const loadDeadline = 60 * time.Second

// customerNumber is the distinct six-digit number call i enters.
func customerNumber(i int) string { return fmt.Sprintf("%06d", (i*7919+104729)%1000000) }

// keypadCall is call i from start to a registered number, by keypad:
// session_start, 2, the six keys, 1.
type keypadCall struct {
	i      int
	id     string
	events [][]byte   // the encoded events
	want   [][]string // the action types of each answer; nil: no answer
}

func newKeypadCall(t *testing.T, i int, prefix string) keypadCall {
	t.Helper()
	call := aiflow.NewCall(fmt.Sprintf("%s-%03d", prefix, i))
	steps := append([]framework.RequestBuilder{call.Start(), call.Press("2")}, call.PressAll(customerNumber(i))...)
	steps = append(steps, call.Press("1"))
	k := keypadCall{i: i, id: call.Session.ID,
		want: [][]string{{"speak"}, {"speak"}, {"barge_in"}, nil, nil, nil, nil, {"speak"}, {"speak"}}}
	for _, s := range steps {
		k.events = append(k.events, body(t, s))
	}
	return k
}

// answered are the action types of the answered events, in order.
func (k keypadCall) answered() [][]string {
	var out [][]string
	for _, w := range k.want {
		if w != nil {
			out = append(out, w)
		}
	}
	return out
}

// checkAnswers checks the answers of the answered events of k, in order:
// the read-back and the registered speak say k's number digit by digit
// in order, and nobody else's.
func (k keypadCall) checkAnswers(t *testing.T, x *texts, got [][]aiflow.Action) {
	var types [][]string
	for _, a := range got {
		types = append(types, kinds(a))
	}
	if !assert.Equal(t, k.answered(), types, "call %d", k.i) {
		return
	}
	digits := spaced(customerNumber(k.i))
	assert.Equal(t, x.get("components.Digits.readBack", "digits", digits), spoken(got[3]), "call %d", k.i)
	registered := spoken(got[4])
	assert.True(t, strings.HasPrefix(registered, x.get("registered", "digits", digits)), "call %d: %q", k.i, registered)
}

// TestOrderOverWebhook runs 200 calls at once over the webhook, each
// entering its own customer number by keypad. A call's events go one
// after the other, as the service sends them; the calls interleave at the
// server.
func TestOrderOverWebhook(t *testing.T) {
	for _, locale := range []string{localeEN, localeDE} {
		t.Run(locale, func(t *testing.T) {
			cfg := testConfig(locale)
			cfg.deadline = loadDeadline
			e := newEnv(t, cfg)
			x := newTexts(t, locale)
			ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
			defer cancel()
			gate := make(chan struct{})
			var wg sync.WaitGroup
			for i := range concurrentCalls {
				k := newKeypadCall(t, i, "http-"+locale)
				wg.Go(func() {
					<-gate
					var got [][]aiflow.Action
					for n, ev := range k.events {
						status, b, err := e.postRaw(ctx, ev)
						if !assert.NoError(t, err, "call %d event %d", i, n) {
							return
						}
						if k.want[n] == nil {
							assert.Equal(t, http.StatusNoContent, status, "call %d event %d: %s", i, n, b)
							continue
						}
						acts, err := decodeValid(b)
						if !assert.Equal(t, http.StatusOK, status, "call %d event %d: %s", i, n, b) || !assert.NoError(t, err) {
							return
						}
						got = append(got, acts)
					}
					k.checkAnswers(t, x, got)
				})
			}
			close(gate)
			wg.Wait()
		})
	}
}

// TestOrderOverWebSocket runs 200 calls at once over eight WebSockets,
// 25 calls on each. The writer of a connection sends the events of all
// its calls interleaved — the first event of every call, then the second,
// … — without waiting for any answer, so the server's per-session queue
// alone keeps each call in order.
func TestOrderOverWebSocket(t *testing.T) {
	const conns = 8
	for _, locale := range []string{localeEN, localeDE} {
		t.Run(locale, func(t *testing.T) {
			cfg := testConfig(locale)
			cfg.deadline = loadDeadline
			e := newEnv(t, cfg)
			x := newTexts(t, locale)
			var wg sync.WaitGroup
			for n := range conns {
				c := e.dial()
				var calls []keypadCall
				for i := n; i < concurrentCalls; i += conns {
					calls = append(calls, newKeypadCall(t, i, "ws-"+locale))
				}
				wg.Go(func() { pipeline(t, x, c, calls) })
			}
			wg.Wait()
		})
	}
}

// pipeline writes the interleaved events of calls on c, reads every
// answer and checks each call's answers.
func pipeline(t *testing.T, x *texts, c *websocket.Conn, calls []keypadCall) {
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	got := map[string][][]aiflow.Action{}
	expected := 0
	for _, k := range calls {
		got[k.id] = nil
		expected += len(k.answered())
	}
	written := make(chan error, 1)
	go func() {
		for n := range calls[0].events {
			for _, k := range calls {
				if err := c.Write(ctx, websocket.MessageText, k.events[n]); err != nil {
					written <- err
					return
				}
			}
		}
		written <- nil
	}()
	for range expected {
		_, b, err := c.Read(ctx)
		if !assert.NoError(t, err) {
			return
		}
		acts, err := decodeValid(b)
		if !assert.NoError(t, err) {
			return
		}
		id := sessionOf(acts[0])
		if _, ok := got[id]; !assert.True(t, ok, "answer for an unknown session: %s", b) {
			return
		}
		got[id] = append(got[id], acts)
	}
	assert.NoError(t, <-written)
	for _, k := range calls {
		k.checkAnswers(t, x, got[k.id])
	}
}
