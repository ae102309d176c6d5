package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/server"
)

// TestMain fails the package if any test leaves a goroutine behind.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// tally counts what the callers of the load test saw.
type tally struct {
	answered atomic.Int64 // 200 and 204 over HTTP
	refused  atomic.Int64 // 503 over HTTP
	failed   atomic.Int64 // no response: the connection was refused or closed before the request was read
}

// TestGracefulShutdownUnderLoad serves the demo as the binary does
// (newServer, Serve on a loopback listener), keeps 20 slow HTTP events, 10
// slow WebSocket events and 20 callers running full calls in flight, and
// shuts down: every event the server accepted is answered — the slow ones
// with their handler's answer once it returns —, the WebSocket closes
// with 1001 after its last answer, Serve returns nil, and the goroutines
// are back to where they were.
func TestGracefulShutdownUnderLoad(t *testing.T) {
	const slowHTTP, slowWS, callers = 20, 10, 20
	baseline := goleak.IgnoreCurrent()

	f := newFaulty()
	core, logs := observer.New(zapcore.InfoLevel)
	cfg := testConfig(localeEN)
	cfg.extra = []framework.Component{f}
	cfg.deadline = 20 * time.Second // the slow handlers answer themselves
	cfg.logger = zap.New(core)
	srv, err := newServer(context.Background(), cfg)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	runCtx, stop := context.WithCancel(context.Background())
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(runCtx, ln) }()
	base := "http://" + ln.Addr().String()
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	client := &http.Client{Transport: tr, Timeout: waitLimit}
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	var seen tally
	post := func(b []byte) (int, []byte, error) {
		status, out, err := postTo(ctx, client, base, b)
		switch {
		case err != nil:
			seen.failed.Add(1)
		case status == http.StatusServiceUnavailable:
			seen.refused.Add(1)
		default:
			seen.answered.Add(1)
		}
		return status, out, err
	}

	// Slow events over HTTP: accepted, their handlers running.
	var wg sync.WaitGroup
	slowAnswers := make(chan string, slowHTTP)
	for i := range slowHTTP {
		call := aiflow.NewCall(fmt.Sprintf("slow-http-%d", i))
		start, slow := body(t, call.Start()), body(t, call.Say("slow"))
		wg.Go(func() {
			status, b, err := post(start)
			if !assert.NoError(t, err) || !assert.Equal(t, http.StatusOK, status, "%s", b) {
				return
			}
			status, b, err = post(slow)
			if assert.NoError(t, err) && assert.Equal(t, http.StatusOK, status, "%s", b) {
				acts, err := decodeValid(b)
				if assert.NoError(t, err) {
					slowAnswers <- spoken(acts)
				}
			}
		})
	}
	// Slow events over one WebSocket.
	c := dialWS(t, "ws://"+ln.Addr().String()+"/ws", testToken)
	defer c.CloseNow()
	for i := range slowWS {
		call := aiflow.NewCall(fmt.Sprintf("slow-ws-%d", i))
		require.NoError(t, c.Write(ctx, websocket.MessageText, body(t, call.Start())))
		require.NoError(t, c.Write(ctx, websocket.MessageText, body(t, call.Say("slow"))))
	}
	for range slowWS { // the greetings
		_, _, err := c.Read(ctx)
		require.NoError(t, err)
	}
	waitStarted(t, f.started, slowHTTP+slowWS)
	// The WebSocket's reader runs on, as the service's would, so the
	// close handshake at shutdown completes.
	type wsResult struct {
		frames []string
		status websocket.StatusCode
	}
	wsDone := make(chan wsResult, 1)
	go func() {
		var r wsResult
		for {
			_, b, err := c.Read(ctx)
			if err != nil {
				r.status = websocket.CloseStatus(err)
				wsDone <- r
				return
			}
			r.frames = append(r.frames, string(b))
		}
	}()

	// Callers running full calls until the server refuses them.
	warm := make(chan struct{}, callers)
	for n := range callers {
		calls := make([]keypadCall, 50)
		for j := range calls {
			calls[j] = newKeypadCall(t, n*len(calls)+j, "load")
		}
		wg.Go(func() {
			for j, k := range calls {
				for e, ev := range k.events {
					status, b, err := post(ev)
					if err != nil || status == http.StatusServiceUnavailable {
						return // refused: shutdown began
					}
					want := http.StatusOK
					if k.want[e] == nil {
						want = http.StatusNoContent
					}
					if !assert.Equal(t, want, status, "%s", b) {
						return
					}
				}
				if j == 0 {
					warm <- struct{}{}
				}
			}
		})
	}
	for range callers {
		select {
		case <-warm:
		case <-ctx.Done():
			t.Fatal("the callers did not get going")
		}
	}

	stop() // SIGTERM
	require.Eventually(t, func() bool { return health(srv.Handler()) == http.StatusServiceUnavailable },
		waitLimit, time.Millisecond, "shutdown began")
	f.free()

	require.NoError(t, <-served)
	wg.Wait()
	close(slowAnswers)
	n := 0
	for s := range slowAnswers {
		assert.Contains(t, s, "late answer for slow-http-")
		n++
	}
	assert.Equal(t, slowHTTP, n, "every slow HTTP event answered by its handler")
	ws := <-wsDone
	assert.Len(t, ws.frames, slowWS, "every slow WebSocket event answered by its handler")
	for _, fr := range ws.frames {
		assert.Contains(t, fr, "late answer for slow-ws-")
	}
	assert.Equal(t, websocket.StatusGoingAway, ws.status, "closed with 1001 after the last answer")

	// Nothing accepted was lost: every event the server answered reached
	// its caller, none was cut off or answered by the deadline.
	h := srv.Handler()
	assert.Equal(t, float64(seen.answered.Load()), metricSum(t, h, "jovo_events_total", "transport", "http"))
	assert.Equal(t, float64(seen.refused.Load()), metricSum(t, h, "jovo_requests_rejected_total", "reason", "shutting_down"))
	for _, outcome := range []string{"cancelled", "timeout", "panic", "error", "failed"} {
		assert.Zero(t, metricSum(t, h, "jovo_events_total", "outcome", outcome), outcome)
	}
	assert.Empty(t, logs.FilterMessage("late result dropped").All())
	t.Logf("answered %d, refused %d (503), not accepted %d", seen.answered.Load(), seen.refused.Load(), seen.failed.Load())

	tr.CloseIdleConnections()
	_ = c.CloseNow()
	goleak.VerifyNone(t, baseline)
}

// health asks the handler itself for /healthz.
func health(h http.Handler) int {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	return rec.Code
}

// metricSum adds up the counters of the metric family name whose label
// has value.
func metricSum(t *testing.T, h *server.Handler, name, label, value string) float64 {
	t.Helper()
	families, err := h.Registry().Gather()
	require.NoError(t, err)
	sum := 0.0
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					sum += m.GetCounter().GetValue()
				}
			}
		}
	}
	return sum
}
