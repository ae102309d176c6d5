package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	orderSessions = 200
	orderEvents   = 10
)

// orderOptions give the events room: under the race detector with 200
// sessions, 2 000 connections and other work on the machine, even 20 s
// once turned an event into a fallback.
func orderOptions() *Options {
	return &Options{Deadline: time.Minute, ShutdownTimeout: 90 * time.Second}
}

// requireSeq checks that the session's data holds want, in order.
func requireSeq(t *testing.T, e *testEnv, session string, want []int) {
	t.Helper()
	rec, err := e.app.Store().LoadSession(context.Background(), session)
	require.NoError(t, err, session)
	got, _ := rec.Data["seq"].([]any)
	gotInts := make([]int, len(got))
	for i, v := range got {
		n, ok := v.(int)
		require.True(t, ok, "%T", v)
		gotInts[i] = n
	}
	require.Equal(t, want, gotInts, session)
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// TestSessionOrderHTTP fires the events of each session concurrently,
// each as soon as the one before it has arrived (not answered), for 200
// sessions at once. The first event of each session runs until all ten
// have arrived, so nine really queue behind it: every session must see all
// its events, in arrival order, with no update lost.
func TestSessionOrderHTTP(t *testing.T) {
	// The maps are read-only once the test runs; each counter is only
	// touched by OnArrival, which is serialized per session.
	arrived := make(map[string]chan struct{}, orderSessions)
	gates := make(map[string]chan struct{}, orderSessions)
	count := make(map[string]*int, orderSessions)
	for s := range orderSessions {
		id := fmt.Sprintf("http-%d", s)
		arrived[id] = make(chan struct{}, orderEvents)
		gates[id] = make(chan struct{})
		count[id] = new(int)
	}
	opts := orderOptions()
	opts.OnArrival = func(a Arrival) {
		arrived[a.SessionID] <- struct{}{}
		if *count[a.SessionID]++; *count[a.SessionID] == orderEvents {
			close(gates[a.SessionID])
		}
	}
	e := newTestEnv(t, opts)
	e.bot.gates = gates

	var wg sync.WaitGroup
	errs := make(chan error, orderSessions*orderEvents)
	for s := range orderSessions {
		session := fmt.Sprintf("http-%d", s)
		wg.Go(func() {
			var sent sync.WaitGroup
			for k := range orderEvents {
				sent.Go(func() {
					req, err := http.NewRequest(http.MethodPost, e.srv.URL+"/webhook",
						strings.NewReader(eventJSON("user_speak", session, fmt.Sprintf("seq:%d", k))))
					if err != nil {
						errs <- err
						return
					}
					req.Header.Set("Content-Type", "application/json")
					resp, err := e.client.Do(req)
					if err != nil {
						errs <- err
						return
					}
					_ = resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						errs <- fmt.Errorf("%s seq %d: status %d", session, k, resp.StatusCode)
					}
				})
				<-arrived[session] // the next event is sent once this one queued
			}
			sent.Wait()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	for s := range orderSessions {
		requireSeq(t, e, fmt.Sprintf("http-%d", s), seq(orderEvents))
	}
	assert.Equal(t, 0, e.h.queues.len(), "idle sessions leave no queue behind")
	assert.Equal(t, float64(orderSessions*orderEvents), e.events("http", "user_speak", OutcomeOK))
}

// TestSessionOrderWebSocket interleaves the events of 200 sessions over
// four connections: each session's answers come back in order and its
// data holds every event in order.
func TestSessionOrderWebSocket(t *testing.T) {
	const conns = 4
	e := newTestEnv(t, orderOptions())
	var wg sync.WaitGroup
	failures := make(chan string, orderSessions*orderEvents)
	for ci := range conns {
		c := e.dial()
		var sessions []string
		for s := ci; s < orderSessions; s += conns {
			sessions = append(sessions, fmt.Sprintf("ws-%d", s))
		}
		wg.Go(func() {
			for k := range orderEvents {
				for _, session := range sessions {
					wsSend(t, c, eventJSON("user_speak", session, fmt.Sprintf("seq:%d", k)))
				}
			}
		})
		wg.Go(func() {
			next := make(map[string]int, len(sessions))
			for range len(sessions) * orderEvents {
				session, text := wsRead(t, c)
				if want := fmt.Sprintf("ok %d", next[session]); text != want {
					failures <- fmt.Sprintf("%s: got %q, want %q", session, text, want)
				}
				next[session]++
			}
		})
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Error(f)
	}
	for s := range orderSessions {
		requireSeq(t, e, fmt.Sprintf("ws-%d", s), seq(orderEvents))
	}
	require.Eventually(t, func() bool { return e.h.queues.len() == 0 }, 5*time.Second, 5*time.Millisecond)
}

// TestSessionQueueWaitsForTheRunningEvent holds a session's first event
// and queues four more behind it: they run only after it, in order, while
// another session is served at once.
func TestSessionQueueWaitsForTheRunningEvent(t *testing.T) {
	arrived := make(chan string, 16)
	opts := orderOptions()
	opts.OnArrival = func(a Arrival) { arrived <- a.SessionID }
	e := newTestEnv(t, opts)
	e.bot.release = make(chan struct{})
	c := e.dial()

	wsSend(t, c, eventJSON("user_speak", "s1", "hold"))
	require.Equal(t, "s1", <-e.bot.started)
	<-arrived
	for k := range 4 {
		wsSend(t, c, eventJSON("user_speak", "s1", fmt.Sprintf("seq:%d", k)))
		<-arrived
	}
	wsSend(t, c, eventJSON("user_speak", "s2", "other session"))
	session, text := wsRead(t, c)
	require.Equal(t, "s2", session, "another session is not held up")
	require.Equal(t, "echo: other session", text)
	assert.Equal(t, []string{"hold", "other session"}, e.bot.texts(), "s1's queued events wait")

	close(e.bot.release)
	for _, want := range []string{"held", "ok 0", "ok 1", "ok 2", "ok 3"} {
		_, text := wsRead(t, c)
		require.Equal(t, want, text)
	}
	requireSeq(t, e, "s1", seq(4))
}
