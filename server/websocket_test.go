package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
)

func TestWebSocketManySessionsPerConnection(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.dial()
	for _, s := range []string{"a", "b", "c"} {
		wsSend(t, c, eventJSON("user_speak", s, "hi "+s))
		session, text := wsRead(t, c)
		assert.Equal(t, s, session)
		assert.Equal(t, "echo: hi "+s, text)
	}
	wsSend(t, c, eventJSON("session_end", "a", ""))
	wsSend(t, c, eventJSON("user_speak", "b", "still here"))
	session, text := wsRead(t, c)
	assert.Equal(t, "b", session, "no action: nothing is sent for session_end")
	assert.Equal(t, "echo: still here", text)
}

func TestWebSocketPush(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.dial()
	wsSend(t, c, eventJSON("user_speak", "s1", "push"))
	for _, want := range []string{"pushed 1", "pushed 2", "done"} {
		_, text := wsRead(t, c)
		assert.Equal(t, want, text)
	}
	status, body, _ := e.post(eventJSON("user_speak", "s1", "push"))
	require.Equal(t, 200, status)
	assert.Contains(t, body, "no push on http", "HTTP requests have no Push")
}

func TestWebSocketAuth(t *testing.T) {
	e := newTestEnv(t, &Options{Auth: aiflow.NewTokenChecker(testToken)})
	url := "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/ws"
	_, resp, err := websocket.Dial(t.Context(), url, nil)
	require.Error(t, err)
	require.NotNil(t, resp)
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)

	c := e.dial("X-API-TOKEN", testToken)
	wsSend(t, c, eventJSON("user_speak", "s1", "hi"))
	_, text := wsRead(t, c)
	assert.Equal(t, "echo: hi", text)
}

func TestWebSocketReadLimitCloses1009(t *testing.T) {
	e := newTestEnv(t, &Options{WebSocket: WebSocketOptions{ReadLimit: 512}})
	c := e.dial()
	wsSend(t, c, eventJSON("user_speak", "s1", strings.Repeat("a", 1024)))
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	_, _, err := c.Read(ctx)
	require.Error(t, err)
	assert.Equal(t, websocket.StatusMessageTooBig, websocket.CloseStatus(err))
	assert.Empty(t, e.bot.texts())
}

func TestWebSocketInvalidFrameSkipped(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.dial()
	for _, bad := range []string{"{oops", "", `{"type":"user_speak","session":{"id":"s1"},"text":5}`, "[]"} {
		wsSend(t, c, bad)
	}
	wsSend(t, c, eventJSON("user_speak", "s1", "hi"))
	_, text := wsRead(t, c)
	assert.Equal(t, "echo: hi", text, "the connection is still up")
	assert.Len(t, e.logsWith("invalid frame skipped"), 4)
	assert.Equal(t, 4.0, e.rejections("websocket", reasonBadRequest))
}

// wsConns returns the handler's open connections.
func (e *testEnv) wsConns() []*wsConn {
	e.h.closeMu.Lock()
	defer e.h.closeMu.Unlock()
	out := make([]*wsConn, 0, len(e.h.wsConns))
	for cn := range e.h.wsConns {
		out = append(out, cn)
	}
	return out
}

// inFlight is the number of cn's events not yet answered.
func (cn *wsConn) inFlight() int {
	cn.mu.Lock()
	defer cn.mu.Unlock()
	return cn.pending
}

func (e *testEnv) gauge(g interface{ Write(*dto.Metric) error }) float64 {
	var m dto.Metric
	require.NoError(e.t, g.Write(&m))
	return m.GetGauge().GetValue()
}

// flood sends n "big" events of distinct sessions on c, whose 256 KiB
// answers the peer never reads.
func flood(t *testing.T, c *websocket.Conn, n int) {
	for i := range n {
		wsSend(t, c, eventJSON("user_speak", fmt.Sprintf("slow-%d", i), "big"))
	}
}

func TestWebSocketSlowPeerDoesNotBlockOthers(t *testing.T) {
	// The deadline is long: on a busy machine (and with -race) building a
	// 256 KiB answer can take longer than the default, and an event the
	// fallback answers sends nothing, so the queue would never fill.
	e := newTestEnv(t, &Options{Deadline: 5 * time.Second, WebSocket: WebSocketOptions{WriteTimeout: time.Minute}})
	slow := e.dialSlow()
	fast := e.dial()
	require.Eventually(t, func() bool { return len(e.wsConns()) == 2 }, 5*time.Second, time.Millisecond)
	flood(t, slow, 64)

	// The slow peer's answers are stuck: one is being written, the others
	// wait for it, and their events stay unanswered.
	require.Eventually(t, func() bool {
		for _, cn := range e.wsConns() {
			if cn.inFlight() >= 8 {
				return true
			}
		}
		return false
	}, 10*time.Second, time.Millisecond)

	// While the slow peer's answers are stuck, the fast peer gets its
	// answers. (Whether the slow peer stays stuck afterwards depends on how
	// much the kernel's loopback buffers absorb, so the test does not
	// assert it.)
	for i := range 20 {
		wsSend(t, fast, eventJSON("user_speak", "fast", fmt.Sprintf("n%d", i)))
		_, text := wsRead(t, fast)
		require.Equal(t, fmt.Sprintf("echo: n%d", i), text)
	}
}

func TestWebSocketSlowPeerIsDisconnected(t *testing.T) {
	e := newTestEnv(t, &Options{Deadline: 5 * time.Second, WebSocket: WebSocketOptions{WriteTimeout: 100 * time.Millisecond}})
	t.Cleanup(func() { // what the server said, should the test fail
		if t.Failed() {
			for _, l := range e.logs.All() {
				if l.Message != "event" {
					t.Log(l.Message, l.ContextMap())
				}
			}
			t.Log("connections:", len(e.wsConns()), "gauge:", e.gauge(e.h.metrics.connections))
		}
	})
	slow := e.dialSlow()
	fast := e.dial()
	// The server may give up on the slow peer while it is still sending,
	// so a failed send ends the flood here.
	for i := range 64 {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := slow.Write(ctx, websocket.MessageText, []byte(eventJSON("user_speak", fmt.Sprintf("slow-%d", i), "big")))
		cancel()
		if err != nil {
			break
		}
	}
	require.Eventually(t, func() bool {
		return len(e.logsWith("websocket write failed, closing the connection")) == 1 && len(e.wsConns()) == 1 &&
			e.gauge(e.h.metrics.connections) == 1
	}, 10*time.Second, time.Millisecond)
	wsSend(t, fast, eventJSON("user_speak", "fast", "hi"))
	_, text := wsRead(t, fast)
	assert.Equal(t, "echo: hi", text)
}

func TestWebSocketDeadPeerFailsPing(t *testing.T) {
	e := newTestEnv(t, &Options{WebSocket: WebSocketOptions{PingInterval: 10 * time.Millisecond, PingTimeout: 20 * time.Millisecond}})
	e.dial() // never reads, so it never answers a ping
	require.Eventually(t, func() bool {
		return len(e.logsWith("websocket peer did not answer a ping, closing the connection")) == 1 && len(e.wsConns()) == 0 &&
			e.gauge(e.h.metrics.connections) == 0
	}, 10*time.Second, time.Millisecond)
}

func TestWebSocketLivePeerAnswersPings(t *testing.T) {
	e := newTestEnv(t, &Options{WebSocket: WebSocketOptions{PingInterval: time.Millisecond, PingTimeout: 5 * time.Second}})
	c := e.dial()
	ctx := c.CloseRead(t.Context()) // reads, and so answers pings
	require.Eventually(t, func() bool { return len(e.logsWith("websocket pong")) >= 20 }, 10*time.Second, time.Millisecond)
	assert.NoError(t, ctx.Err(), "the connection is still open")
	assert.Empty(t, e.logsWith("websocket peer did not answer a ping, closing the connection"))
}
