package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
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
)

// running is a Server serving on a loopback listener until stop.
type running struct {
	s      *Server
	url    string
	cancel context.CancelFunc
	served chan error
	logs   *observer.ObservedLogs
}

func startServer(t *testing.T, app App, opts *Options) *running {
	t.Helper()
	core, logs := observer.New(zapcore.DebugLevel)
	o := *opts
	o.Logger = zap.New(core)
	s, err := New(app, &o)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{s: s, url: "http://" + ln.Addr().String(), cancel: cancel, served: make(chan error, 1), logs: logs}
	go func() { r.served <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		<-r.served
	})
	return r
}

// stop cancels Serve's context and returns how long Serve took to
// return, and its error.
func (r *running) stop(t *testing.T) (time.Duration, error) {
	t.Helper()
	start := time.Now()
	r.cancel()
	select {
	case err := <-r.served:
		r.served <- err // for the cleanup
		return time.Since(start), err
	case <-time.After(30 * time.Second):
		require.FailNow(t, "Serve did not return")
		return 0, nil
	}
}

// sumEvents sums the events counter over every type and outcome of a
// transport.
func sumEvents(t *testing.T, h *Handler, transport string) float64 {
	t.Helper()
	families, err := h.Registry().Gather()
	require.NoError(t, err)
	var sum float64
	for _, f := range families {
		if f.GetName() != "jovo_events_total" {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "transport" && l.GetValue() == transport {
					sum += m.GetCounter().GetValue()
				}
			}
		}
	}
	return sum
}

func newBotApp(t *testing.T) (*framework.App, *bot) {
	t.Helper()
	b := newBot()
	app := framework.New(framework.Config{Components: []framework.Component{b}, Plugins: []framework.Plugin{fakePlatform{}}})
	require.NoError(t, app.Initialize(context.Background()))
	return app, b
}

// httpLoad posts events of its own session in a loop until the server
// stops taking them, and counts the answers it got.
type httpLoad struct {
	answered atomic.Int64 // 200 or 204: an event the server admitted
	refused  atomic.Int64 // 503 during shutdown
	failures []string     // any other status
	mu       sync.Mutex
}

func (l *httpLoad) run(client *http.Client, url, session string) {
	for k := 0; k < 100_000; k++ {
		req, err := http.NewRequest(http.MethodPost, url+"/webhook", strings.NewReader(eventJSON("user_speak", session, fmt.Sprintf("seq:%d", k))))
		if err != nil {
			panic(err)
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			return // not admitted: the listener or the idle connection was closed
		}
		_ = resp.Body.Close()
		switch resp.StatusCode {
		case http.StatusOK, http.StatusNoContent:
			l.answered.Add(1)
		case http.StatusServiceUnavailable:
			l.refused.Add(1)
			return
		default:
			l.mu.Lock()
			l.failures = append(l.failures, resp.Status)
			l.mu.Unlock()
			return
		}
	}
}

// wsLoad floods one connection with events of its sessions and counts the
// frames that come back until the server closes it.
type wsLoad struct {
	frames atomic.Int64
	closed chan websocket.StatusCode
}

func (l *wsLoad) run(t *testing.T, url string, conn int) {
	c, _, err := websocket.Dial(t.Context(), "ws"+strings.TrimPrefix(url, "http")+"/ws", nil)
	require.NoError(t, err)
	c.SetReadLimit(1 << 20)
	l.closed = make(chan websocket.StatusCode, 1)
	go func() {
		for k := 0; k < 400; k++ {
			ev := eventJSON("user_speak", fmt.Sprintf("ws-%d-%d", conn, k%20), fmt.Sprintf("seq:%d", k/20))
			if k == 100 {
				ev = eventJSON("user_speak", fmt.Sprintf("ws-hold-%d", conn), "hold")
			}
			if c.Write(context.Background(), websocket.MessageText, []byte(ev)) != nil {
				return
			}
		}
	}()
	go func() {
		for {
			if _, _, err := c.Read(context.Background()); err != nil {
				l.closed <- websocket.CloseStatus(err)
				return
			}
			l.frames.Add(1)
		}
	}()
}

func TestGracefulShutdownUnderLoad(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	app, b := newBotApp(t)
	b.release = make(chan struct{})
	r := startServer(t, app, &Options{
		Deadline: 10 * time.Second, ShutdownTimeout: 15 * time.Second, Fallback: fallbackBody,
		HTTP: HTTPOptions{WriteTimeout: 15 * time.Second},
	})
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 20 * time.Second}

	var hl httpLoad
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() { hl.run(client, r.url, fmt.Sprintf("http-%d", i)) })
	}
	wsl := make([]*wsLoad, 3)
	for i := range wsl {
		wsl[i] = &wsLoad{}
		wsl[i].run(t, r.url, i)
	}
	// Events that are still running when shutdown begins ("hold" runs
	// until released): shutdown must wait for them and deliver their
	// answers.
	held := make(chan string, 4)
	for i := range 4 {
		wg.Go(func() {
			status, body := postTo(client, r.url, eventJSON("user_speak", fmt.Sprintf("hold-%d", i), "hold"))
			held <- fmt.Sprintf("%d %s", status, body)
		})
	}
	for range 4 + len(wsl) {
		<-b.started
	}
	require.Eventually(t, func() bool { return sumEvents(t, r.s.Handler(), "http") >= 100 }, 10*time.Second, time.Millisecond)

	start := time.Now()
	r.cancel()
	require.Eventually(t, r.s.Handler().closing.Load, 5*time.Second, time.Millisecond)
	require.Empty(t, r.served, "Serve waits for the running events")
	require.Empty(t, held)
	close(b.release)
	err := <-r.served
	r.served <- err
	require.NoError(t, err)
	assert.Less(t, time.Since(start), 15*time.Second, "Serve returned within the shutdown timeout")
	wg.Wait()
	close(held)

	for got := range held {
		assert.True(t, strings.HasPrefix(got, "200 "), got)
		assert.Contains(t, got, `"held"`, "the event running at shutdown was answered by its handler")
	}
	assert.Empty(t, hl.failures)
	// Every webhook event the server admitted was answered to its client.
	assert.Equal(t, sumEvents(t, r.s.Handler(), "http"), float64(hl.answered.Load()+4))
	// Every WebSocket event was answered before the close with 1001.
	var frames int64
	for _, l := range wsl {
		assert.Equal(t, websocket.StatusGoingAway, <-l.closed)
		frames += l.frames.Load()
	}
	assert.Equal(t, sumEvents(t, r.s.Handler(), "websocket"), float64(frames))
	assert.Zero(t, eventCount(t, r.s.Handler(), "websocket", "user_speak", OutcomeCancelled), "no event was cut off")
	tr.CloseIdleConnections()
}

// postTo posts body to url's webhook and returns status and body.
func postTo(client *http.Client, url, body string) (int, string) {
	resp, err := client.Post(url+"/webhook", "application/json", strings.NewReader(body))
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestShutdownDeadline has an app that ignores its context: the fallback
// answers its events, and shutdown gives up on it after ShutdownTimeout,
// closes everything and says so.
func TestShutdownDeadline(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	release := make(chan struct{})
	started := make(chan struct{}, 2)
	app := AppFunc(func(context.Context, *framework.Request) (*framework.Result, error) {
		started <- struct{}{}
		<-release // deaf to its context
		return &framework.Result{}, nil
	})
	r := startServer(t, app, &Options{Deadline: 50 * time.Millisecond, ShutdownTimeout: 300 * time.Millisecond, Fallback: fallbackBody})
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}

	status, body := postTo(client, r.url, eventJSON("user_speak", "s1", "hi"))
	require.Equal(t, 200, status)
	assert.Contains(t, body, "one moment")
	<-started

	c, _, err := websocket.Dial(t.Context(), "ws"+strings.TrimPrefix(r.url, "http")+"/ws", nil)
	require.NoError(t, err)
	defer c.CloseNow()
	require.NoError(t, c.Write(t.Context(), websocket.MessageText, []byte(eventJSON("user_speak", "s2", "hi"))))
	_, frame, err := c.Read(t.Context())
	require.NoError(t, err)
	assert.Contains(t, string(frame), "one moment")
	<-started

	took, err := r.stop(t)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, took, 3*time.Second)
	_, _, err = c.Read(t.Context())
	assert.Error(t, err, "the WebSocket was closed")

	close(release)
	require.Eventually(t, func() bool { return r.s.Handler().active.Load() == 0 }, 5*time.Second, time.Millisecond)
	tr.CloseIdleConnections()
}

func TestRun(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	app, _ := newBotApp(t)
	s, err := New(app, &Options{Addr: "127.0.0.1:0"})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.NoError(t, s.Run(ctx), "a cancelled context shuts down at once")

	s, err = New(app, &Options{Addr: "127.0.0.1:-1"})
	require.NoError(t, err)
	err = s.Run(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "listen on 127.0.0.1:-1")
	assert.False(t, errors.Is(err, context.Canceled))
}
