package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/coder/websocket"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// speakAction is the answer both benchmark handlers encode.
type speakAction struct {
	Type      string `json:"type"`
	SessionID string `json:"session_id"`
	Text      string `json:"text"`
}

// echoApp is the trivial app of the benchmark: it answers the event the
// server decoded with one speak action.
var echoApp = AppFunc(func(_ context.Context, req *framework.Request) (*framework.Result, error) {
	ev := req.Value.(*aiflow.Event)
	body, err := json.Marshal(speakAction{Type: "speak", SessionID: ev.Session.ID, Text: "You said: " + ev.Text})
	if err != nil {
		return nil, err
	}
	return &framework.Result{Response: framework.Response{Body: body}}, nil
})

// bareHandler is the baseline: plain net/http that reads, decodes and
// answers the same JSON, without checks, queue, deadline, metrics or logs.
func bareHandler(w http.ResponseWriter, r *http.Request) {
	b, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ev, err := aiflow.DecodeEvent(b)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	body, err := json.Marshal(speakAction{Type: "speak", SessionID: ev.Session.ID, Text: "You said: " + ev.Text})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

// roundTripCase is one handler a round-trip benchmark measures.
type roundTripCase struct {
	name string
	h    http.Handler
}

// roundTripCases are the handlers the round-trip benchmarks compare: the
// bare baseline, and the server built with opts around a trivial app and
// around a framework app.
func roundTripCases(b *testing.B, bare http.HandlerFunc, opts Options) []roundTripCase {
	fwApp := framework.New(framework.Config{Components: []framework.Component{newBot()}, Plugins: []framework.Plugin{fakePlatform{}}})
	if err := fwApp.Initialize(context.Background()); err != nil {
		b.Fatal(err)
	}
	handler := func(app App) http.Handler {
		h, err := NewHandler(app, &opts)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = h.Shutdown(context.Background()) })
		return h
	}
	return []roundTripCase{
		{name: "bare", h: bare},
		{name: "server", h: handler(echoApp)},
		{name: "server+framework", h: handler(fwApp)},
	}
}

// BenchmarkWebhookRoundTrip measures one webhook round trip over loopback:
// the server with a trivial app, the server with a framework app, and a
// bare net/http handler doing the same JSON work. server/bare is the
// server's overhead.
func BenchmarkWebhookRoundTrip(b *testing.B) {
	cases := roundTripCases(b, bareHandler, Options{Auth: aiflow.NewTokenChecker(testToken)})
	body := eventJSON("user_speak", "550e8400-e29b-41d4-a716-446655440000", "hello there")
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			srv := httptest.NewServer(c.h)
			defer srv.Close()
			client := srv.Client()
			b.ReportAllocs()
			for b.Loop() {
				req, err := http.NewRequest(http.MethodPost, srv.URL+"/webhook", strings.NewReader(body))
				if err != nil {
					b.Fatal(err)
				}
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-API-TOKEN", testToken)
				resp, err := client.Do(req)
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				_ = resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("status %d", resp.StatusCode)
				}
			}
		})
	}
}

// bareWSHandler is the WebSocket baseline: one goroutine per connection
// that reads a frame, decodes it, and writes the same answer, without
// checks, queue, deadline, metrics or logs.
func bareWSHandler(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer func() { _ = c.CloseNow() }()
	for {
		_, data, err := c.Read(r.Context())
		if err != nil {
			return
		}
		ev, err := aiflow.DecodeEvent(data)
		if err != nil {
			return
		}
		body, err := json.Marshal(speakAction{Type: "speak", SessionID: ev.Session.ID, Text: "You said: " + ev.Text})
		if err != nil {
			return
		}
		if err := c.Write(r.Context(), websocket.MessageText, body); err != nil {
			return
		}
	}
}

// BenchmarkWebSocketRoundTrip measures one event and its answer over a
// WebSocket on loopback, the server (trivial app, framework app) next to
// bareWSHandler; server/bare is the server's overhead on this path.
func BenchmarkWebSocketRoundTrip(b *testing.B) {
	cases := roundTripCases(b, bareWSHandler, Options{Logger: zap.NewNop()})
	frame := []byte(eventJSON("user_speak", "550e8400-e29b-41d4-a716-446655440000", "hello there"))
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			srv := httptest.NewServer(c.h)
			defer srv.Close()
			ctx := context.Background()
			conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/ws", nil)
			if err != nil {
				b.Fatal(err)
			}
			defer func() { _ = conn.CloseNow() }()
			b.ReportAllocs()
			for b.Loop() {
				if err := conn.Write(ctx, websocket.MessageText, frame); err != nil {
					b.Fatal(err)
				}
				if _, _, err := conn.Read(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWebhookInProcess measures the handler alone, without the
// network, to show where the time goes: with logging off, and with the
// JSON log line per event that a deployment writes (to io.Discard here).
func BenchmarkWebhookInProcess(b *testing.B) {
	jsonLog, err := NewLogger(LogConfig{Format: "json", Output: zapcore.AddSync(io.Discard)})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		log  *zap.Logger
	}{
		{name: "nolog", log: zap.NewNop()},
		{name: "jsonlog", log: jsonLog},
	} {
		b.Run(c.name, func(b *testing.B) {
			h, err := NewHandler(echoApp, &Options{Logger: c.log})
			if err != nil {
				b.Fatal(err)
			}
			defer func() { _ = h.Shutdown(context.Background()) }()
			body := eventJSON("user_speak", "550e8400-e29b-41d4-a716-446655440000", "hello there")
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/webhook", strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}
