package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/server"
)

// testToken is the token of the test servers that require one.
const testToken = "demo-test-token-4711"

// waitLimit bounds every wait of the tests for an answer or a signal.
const waitLimit = 30 * time.Second

// env is the demo's handler, built by newServer as the binary builds it,
// behind an httptest server on loopback.
type env struct {
	t      testing.TB
	cfg    config
	h      *server.Handler
	srv    *httptest.Server
	client *http.Client
	logs   *observer.ObservedLogs
}

// testConfig is the config of the binary with the flags' defaults, a
// token, and locale.
func testConfig(locale string) config {
	return config{Addr: "127.0.0.1:0", Token: testToken, Locale: locale, TransferTo: defaultTransferTo}
}

// newEnv starts the demo with cfg; its log goes to an observer.
func newEnv(t testing.TB, cfg config) *env {
	t.Helper()
	core, logs := observer.New(zapcore.DebugLevel)
	cfg.logger = zap.New(core)
	srv, err := newServer(context.Background(), cfg)
	require.NoError(t, err)
	h := srv.Handler()
	ts := httptest.NewServer(h)
	tr := &http.Transport{MaxIdleConnsPerHost: 256}
	e := &env{t: t, cfg: cfg, h: h, srv: ts, client: &http.Client{Transport: tr, Timeout: waitLimit}, logs: logs}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
		defer cancel()
		require.NoError(t, h.Shutdown(ctx))
		ts.Close()
		tr.CloseIdleConnections()
	})
	return e
}

// do sends a request to path with the header pairs in hdr and returns the
// status and the body.
func (e *env) do(method, path, contentType string, body io.Reader, hdr ...string) (int, string, http.Header) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, body)
	require.NoError(e.t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := e.client.Do(req)
	require.NoError(e.t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(e.t, err)
	return resp.StatusCode, string(b), resp.Header
}

// post sends a JSON body to /webhook with the test token.
func (e *env) post(body string) (int, string) {
	e.t.Helper()
	status, b, _ := e.do(http.MethodPost, "/webhook", "application/json", strings.NewReader(body), aiflow.HeaderAPIToken, testToken)
	return status, b
}

// postRaw sends an event to /webhook with the test token; safe to call
// from any goroutine, it reports failures instead of failing the test.
func (e *env) postRaw(ctx context.Context, b []byte) (int, []byte, error) {
	return postTo(ctx, e.client, e.srv.URL, b)
}

// postTo sends an event to base+"/webhook" with the test token.
func postTo(ctx context.Context, client *http.Client, base string, b []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/webhook", bytes.NewReader(b))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(aiflow.HeaderAPIToken, testToken)
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	return resp.StatusCode, out, err
}

// dial opens a WebSocket to /ws with the test token.
func (e *env) dial() *websocket.Conn {
	e.t.Helper()
	c := dialWS(e.t, "ws"+strings.TrimPrefix(e.srv.URL, "http")+"/ws", testToken)
	e.t.Cleanup(func() { _ = c.CloseNow() })
	return c
}

// dialWS opens a WebSocket to url, with token unless it is empty.
func dialWS(t testing.TB, url, token string) *websocket.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	h := http.Header{}
	if token != "" {
		h.Set(aiflow.HeaderAPIToken, token)
	}
	c, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{HTTPHeader: h})
	require.NoError(t, err)
	if resp.Body != nil {
		_ = resp.Body.Close()
	}
	c.SetReadLimit(1 << 20)
	return c
}

// body encodes the event of a step as the service sends it.
func body(t testing.TB, s framework.RequestBuilder) []byte {
	t.Helper()
	req, err := s.Request()
	require.NoError(t, err)
	return req.Body
}

// decode reads an answer into actions.
func decode(t testing.TB, b []byte) []aiflow.Action {
	t.Helper()
	acts, err := decodeValid(b)
	require.NoError(t, err)
	return acts
}

// decodeValid reads an answer into actions and validates them.
func decodeValid(b []byte) ([]aiflow.Action, error) {
	acts, err := aiflow.DecodeActions(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", err, b)
	}
	for _, a := range acts {
		if err := a.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %s", err, b)
		}
	}
	return acts, nil
}

// kinds lists the types of actions.
func kinds(acts []aiflow.Action) []string {
	out := make([]string, 0, len(acts))
	for _, a := range acts {
		out = append(out, string(a.Type()))
	}
	return out
}

// spoken is the text of the speak actions, joined.
func spoken(acts []aiflow.Action) string {
	var parts []string
	for _, a := range acts {
		if s, ok := a.(*aiflow.Speak); ok {
			parts = append(parts, s.Text)
		}
	}
	return strings.Join(parts, " ")
}

// line carries the events of calls to the demo: the webhook or a
// WebSocket.
type line interface {
	// send delivers one event; answered says whether the demo answers it
	// (200 or a frame) or not (204, no frame).
	send(t *testing.T, s aiflow.Step, answered bool) []aiflow.Action
}

// webhook is the line over POST /webhook.
type webhook struct{ e *env }

func (w webhook) send(t *testing.T, s aiflow.Step, answered bool) []aiflow.Action {
	t.Helper()
	status, b := w.e.post(string(body(t, s)))
	if !answered {
		require.Equal(t, http.StatusNoContent, status, "%s: %s", s.Event.Type, b)
		return nil
	}
	require.Equal(t, http.StatusOK, status, "%s: %s", s.Event.Type, b)
	return decode(t, []byte(b))
}

// socket is the line over one WebSocket. An event without an answer gets
// no frame: the next frame read belongs to the next answered event of the
// session, since the demo answers a session's events in order.
type socket struct{ c *websocket.Conn }

func (w socket) send(t *testing.T, s aiflow.Step, answered bool) []aiflow.Action {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	require.NoError(t, w.c.Write(ctx, websocket.MessageText, body(t, s)))
	if !answered {
		return nil
	}
	_, b, err := w.c.Read(ctx)
	require.NoError(t, err, "%s", s.Event.Type)
	return decode(t, b)
}
