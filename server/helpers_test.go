package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// Test values that must never appear in a log.
const (
	testToken = "s3cret-token-4711"
	testPhone = "+4915112345678"
	rawDigits = "4915112345678"
)

// fakePlatform is a minimal framework.Platform for AI Flow events, until
// the real aiflow platform plugin lands: the event type becomes the
// intent, and the output becomes one speak action.
type fakePlatform struct{}

func (fakePlatform) Name() string { return "fake" }

func (fakePlatform) Detect(req *framework.Request) bool {
	_, ok := req.Value.(*aiflow.Event)
	return ok || len(req.Body) > 0
}

func (fakePlatform) Decode(c *framework.Context) error {
	ev, ok := c.Request.Value.(*aiflow.Event)
	if !ok {
		var err error
		if ev, err = aiflow.DecodeEvent(c.Request.Body); err != nil {
			return err
		}
	}
	c.Input = framework.Input{Type: framework.InputIntent, Intent: string(ev.Type), Text: ev.Text, Raw: ev}
	c.Session.ID = ev.Session.ID
	return nil
}

func (fakePlatform) Respond(c *framework.Context) (framework.Response, error) {
	if len(c.Output) == 0 {
		return framework.Response{}, nil
	}
	texts := make([]string, 0, len(c.Output))
	for _, t := range c.Output {
		if t.Message != nil {
			texts = append(texts, t.Message.Speech)
		}
	}
	return framework.Response{Body: speak(c.Session.ID, strings.Join(texts, " "))}, nil
}

// speak encodes a speak action.
func speak(session, text string) []byte {
	b, err := json.Marshal(map[string]string{"type": "speak", "session_id": session, "text": text})
	if err != nil {
		panic(err)
	}
	return b
}

// bot is the test app's behaviour, chosen by the text of a user_speak:
//
//	seq:N   append N to the session data "seq" and say "ok N"; seq:0
//	        first waits for the session's gate, if there is one
//	block   signal started, wait for the context to end (and for release,
//	        if set), then say "late" and push "late push" (WebSocket)
//	hold    wait for release (or the context to end), then say "held"
//	panic   panic with a phone number in the value
//	error   fail with a phone number in the error
//	big     say 256 KiB
//	push    push "pushed 1" and "pushed 2" (WebSocket), then say "done"
//	other   say "echo: <text>"
type bot struct {
	started chan string   // session ids of started "block" handlers
	release chan struct{} // if not nil, "block" also waits for it
	// gates, if not nil, holds seq:0 of a session until its gate closes;
	// read-only once the test runs.
	gates map[string]chan struct{}

	mu       sync.Mutex
	handled  []string // texts of the handlers that ran
	pushErrs []error  // errors of late pushes
}

func newBot() *bot { return &bot{started: make(chan string, 1024)} }

func (b *bot) Define(d *framework.Def) {
	d.Name("Bot").Global()
	d.Handle("user_speak", b.speak)
	d.Handle("session_start", func(c *framework.Context) error { return c.Say("hello") })
	d.Handle("session_end", func(*framework.Context) error { return nil })
}

func (b *bot) speak(c *framework.Context) error {
	text := c.Input.Text
	b.mu.Lock()
	b.handled = append(b.handled, text)
	b.mu.Unlock()
	switch {
	case strings.HasPrefix(text, "seq:"):
		n, err := strconv.Atoi(strings.TrimPrefix(text, "seq:"))
		if err != nil {
			return err
		}
		if gate := b.gates[c.Session.ID]; n == 0 && gate != nil {
			select {
			case <-gate:
			case <-c.Context().Done():
			}
		}
		seq, _ := c.Session.Data["seq"].([]any)
		c.Session.Data["seq"] = append(seq, n)
		return c.Say("ok " + strconv.Itoa(n))
	case text == "block":
		b.started <- c.Session.ID
		<-c.Context().Done()
		if b.release != nil {
			<-b.release
		}
		if c.Request.Push != nil {
			err := c.Request.Push(context.Background(), speak(c.Session.ID, "late push"))
			b.mu.Lock()
			b.pushErrs = append(b.pushErrs, err)
			b.mu.Unlock()
		}
		return c.Say("late")
	case text == "hold":
		b.started <- c.Session.ID
		select {
		case <-b.release:
		case <-c.Context().Done():
		}
		return c.Say("held")
	case text == "panic":
		panic("boom while calling " + testPhone)
	case text == "error":
		return errors.New("transfer to " + testPhone + " failed")
	case text == "push":
		if c.Request.Push == nil {
			return c.Say("no push on " + string(c.Request.Transport))
		}
		for _, p := range []string{"pushed 1", "pushed 2"} {
			if err := c.Request.Push(c.Context(), speak(c.Session.ID, p)); err != nil {
				return err
			}
		}
		return c.Say("done")
	case text == "big":
		return c.Say(strings.Repeat("x", 256<<10))
	}
	return c.Say("echo: " + text)
}

func (b *bot) texts() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.handled...)
}

// fallbackBody is the Options.Fallback of the tests.
func fallbackBody(env Envelope) []byte { return speak(env.SessionID, "one moment") }

// testEnv is a Handler with the test app behind an httptest server.
type testEnv struct {
	t      *testing.T
	h      *Handler
	srv    *httptest.Server
	app    *framework.App
	bot    *bot
	logs   *observer.ObservedLogs
	client *http.Client
}

// newTestEnv starts a handler with opts (Logger is set to an observer).
func newTestEnv(t *testing.T, opts *Options) *testEnv {
	t.Helper()
	b := newBot()
	app := framework.New(framework.Config{Components: []framework.Component{b}, Plugins: []framework.Plugin{fakePlatform{}}})
	require.NoError(t, app.Initialize(context.Background()))
	return newTestEnvApp(t, app, b, opts)
}

func newTestEnvApp(t *testing.T, app App, b *bot, opts *Options) *testEnv {
	t.Helper()
	core, logs := observer.New(zapcore.DebugLevel)
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Logger != nil { // a test's own logger sees every line too
		o.Logger = zap.New(zapcore.NewTee(core, o.Logger.Core()))
	} else {
		o.Logger = zap.New(core)
	}
	h, err := NewHandler(app, &o)
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	tr := &http.Transport{MaxIdleConnsPerHost: 512}
	e := &testEnv{t: t, h: h, srv: srv, bot: b, logs: logs, client: &http.Client{Transport: tr, Timeout: 2 * time.Minute}}
	if fa, ok := app.(*framework.App); ok {
		e.app = fa
	}
	t.Cleanup(func() {
		if b != nil && b.release != nil {
			select {
			case <-b.release:
			default:
				close(b.release)
			}
		}
		_ = h.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		require.NoError(t, h.Shutdown(ctx))
		srv.Close()
		tr.CloseIdleConnections()
	})
	return e
}

// eventJSON builds an AI Flow event with a full session object.
func eventJSON(typ, session, text string) string {
	ev := map[string]any{
		"type": typ,
		"session": map[string]any{
			"id": session, "account_id": "account-123", "phone_number": "+4921112345678",
			"direction": "inbound", "from_phone_number": testPhone, "to_phone_number": "+4921112345678",
		},
	}
	if typ == "user_speak" {
		ev["text"] = text
	}
	b, err := json.Marshal(ev)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// post sends body to /webhook with the headers in hdr (pairs) and returns
// the status, the response body and the response headers.
func (e *testEnv) post(body string, hdr ...string) (int, string, http.Header) {
	e.t.Helper()
	return e.do(http.MethodPost, "/webhook", strings.NewReader(body), append([]string{"Content-Type", "application/json"}, hdr...)...)
}

func (e *testEnv) do(method, path string, body io.Reader, hdr ...string) (int, string, http.Header) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, body)
	require.NoError(e.t, err)
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

// dial opens a WebSocket to the handler.
func (e *testEnv) dial(hdr ...string) *websocket.Conn {
	e.t.Helper()
	return e.dialWith(nil, hdr...)
}

// dialSlow opens a WebSocket whose socket has a receive buffer of a few
// KiB, so that a peer that does not read blocks the server's writes soon,
// however large the kernel would let the buffer grow by itself.
func (e *testEnv) dialSlow() *websocket.Conn {
	e.t.Helper()
	d := &net.Dialer{}
	tr := &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return c, c.(*net.TCPConn).SetReadBuffer(4 << 10)
	}}
	e.t.Cleanup(tr.CloseIdleConnections)
	return e.dialWith(&http.Client{Transport: tr})
}

// dialWith opens a WebSocket with client (http.DefaultClient if nil) and
// the header pairs in hdr.
func (e *testEnv) dialWith(client *http.Client, hdr ...string) *websocket.Conn {
	e.t.Helper()
	h := http.Header{}
	for i := 0; i+1 < len(hdr); i += 2 {
		h.Set(hdr[i], hdr[i+1])
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(e.srv.URL, "http")+"/ws", &websocket.DialOptions{HTTPClient: client, HTTPHeader: h})
	require.NoError(e.t, err)
	if resp.Body != nil {
		_ = resp.Body.Close()
	}
	c.SetReadLimit(1 << 20)
	e.t.Cleanup(func() { _ = c.CloseNow() })
	return c
}

// wsSend writes one text frame.
func wsSend(t *testing.T, c *websocket.Conn, frame string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, c.Write(ctx, websocket.MessageText, []byte(frame)))
}

// wsRead reads one frame as a speak action's session and text.
func wsRead(t *testing.T, c *websocket.Conn) (session, text string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, b, err := c.Read(ctx)
	require.NoError(t, err)
	var a map[string]string
	require.NoError(t, json.Unmarshal(b, &a), string(b))
	return a["session_id"], a["text"]
}

// events returns the value of the events counter for the labels.
func (e *testEnv) events(transport, typ, outcome string) float64 {
	return eventCount(e.t, e.h, transport, typ, outcome)
}

func eventCount(t *testing.T, h *Handler, transport, typ, outcome string) float64 {
	var m dto.Metric
	require.NoError(t, h.metrics.events.WithLabelValues(transport, typ, outcome).Write(&m))
	return m.GetCounter().GetValue()
}

// rejections returns the value of the rejections counter for the labels.
func (e *testEnv) rejections(transport, reason string) float64 {
	var m dto.Metric
	require.NoError(e.t, e.h.metrics.rejected.WithLabelValues(transport, reason).Write(&m))
	return m.GetCounter().GetValue()
}

// logsWith returns the observed entries with message msg.
func (e *testEnv) logsWith(msg string) []observer.LoggedEntry {
	return e.logs.FilterMessage(msg).All()
}

// eventLogs returns the "event" log lines as field maps.
func (e *testEnv) eventLogs() []map[string]any {
	var out []map[string]any
	for _, le := range e.logsWith("event") {
		out = append(out, le.ContextMap())
	}
	return out
}

// allLogText renders every observed entry, message and fields, as JSON.
func allLogText(t *testing.T, logs *observer.ObservedLogs) string {
	t.Helper()
	var buf bytes.Buffer
	for _, le := range logs.All() {
		b, err := json.Marshal(le.ContextMap())
		require.NoError(t, err)
		fmt.Fprintf(&buf, "%s %s %s\n", le.Level, le.Message, b)
	}
	return buf.String()
}
