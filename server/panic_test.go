package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
)

// requirePanicLogged checks the event line of a panic: error level, the
// panic value and a stack.
func requirePanicLogged(t *testing.T, e *testEnv, transport string) {
	t.Helper()
	var found bool
	for _, le := range e.logsWith("event") {
		f := le.ContextMap()
		if f["outcome"] != OutcomePanic || f["transport"] != transport {
			continue
		}
		found = true
		assert.Equal(t, "error", le.Level.String())
		assert.Contains(t, f["panic"], "boom")
		stack, _ := f["stack"].(string)
		assert.Contains(t, stack, "goroutine ")
		assert.Contains(t, stack, "panic(")
	}
	require.True(t, found, "a panic event was logged")
}

func TestPanicInHandlerHTTP(t *testing.T) {
	e := newTestEnv(t, nil)
	status, body, _ := e.post(eventJSON("user_speak", "s1", "panic"))
	require.Equal(t, 500, status)
	assert.Contains(t, errorOf(t, body), "panicked")
	requirePanicLogged(t, e, "http")

	status, body, _ = e.post(eventJSON("user_speak", "s1", "still there?"))
	require.Equal(t, 200, status, "the server keeps serving")
	assert.Contains(t, body, "echo: still there?")
	assert.Equal(t, 1.0, e.events("http", "user_speak", OutcomePanic))
}

func TestPanicInHandlerWebSocket(t *testing.T) {
	e := newTestEnv(t, &Options{Fallback: fallbackBody})
	c := e.dial()
	wsSend(t, c, eventJSON("user_speak", "s1", "panic"))
	session, text := wsRead(t, c)
	assert.Equal(t, "s1", session)
	assert.Equal(t, "one moment", text, "the fallback answered the panicking event")

	wsSend(t, c, eventJSON("user_speak", "s2", "hi"))
	session, text = wsRead(t, c)
	assert.Equal(t, "s2", session, "the connection stays up for other sessions")
	assert.Equal(t, "echo: hi", text)
	requirePanicLogged(t, e, "websocket")
}

// TestPanicEscapingTheApp covers panics outside the framework's own
// recovery: the server recovers them too.
func TestPanicEscapingTheApp(t *testing.T) {
	app := AppFunc(func(_ context.Context, req *framework.Request) (*framework.Result, error) {
		if strings.Contains(string(req.Body), "panic") {
			panic("boom outside the handler")
		}
		return &framework.Result{Response: framework.Response{Body: []byte(`{"type":"hangup","session_id":"s2"}`)}}, nil
	})
	e := newTestEnvApp(t, app, nil, &Options{Fallback: fallbackBody})

	status, body, _ := e.post(eventJSON("user_speak", "s1", "panic"))
	require.Equal(t, 500, status)
	errorOf(t, body)
	requirePanicLogged(t, e, "http")

	c := e.dial()
	wsSend(t, c, eventJSON("user_speak", "s1", "panic"))
	_, text := wsRead(t, c)
	assert.Equal(t, "one moment", text)
	wsSend(t, c, eventJSON("user_speak", "s2", "hi"))
	session, _ := wsRead(t, c)
	assert.Equal(t, "s2", session)
	requirePanicLogged(t, e, "websocket")
}

func TestPanicInCallbacks(t *testing.T) {
	e := newTestEnv(t, &Options{
		OnArrival: func(Arrival) { panic("arrival hook broke") },
		Fallback:  func(Envelope) []byte { panic("fallback broke") },
	})
	status, body, _ := e.post(eventJSON("user_speak", "s1", "hi"))
	require.Equal(t, 200, status, "a panicking hook does not stop the event")
	assert.Contains(t, body, "echo: hi")

	c := e.dial()
	wsSend(t, c, eventJSON("user_speak", "s1", "panic"))
	wsSend(t, c, eventJSON("user_speak", "s2", "hi"))
	session, _ := wsRead(t, c)
	assert.Equal(t, "s2", session, "the panicking fallback sent nothing; the connection is up")
	// s1's fallback runs in parallel with s2's answer: wait for its log
	// line rather than assume it came first.
	assert.Eventually(t, func() bool { return len(e.logsWith("panic in Fallback")) > 0 },
		5*time.Second, 5*time.Millisecond, "the fallback's panic is logged")
	assert.NotEmpty(t, e.logsWith("panic in OnArrival"))
}

func TestAppErrors(t *testing.T) {
	tests := []struct {
		name       string
		give       error
		wantStatus int
		wantMsg    string
		wantOut    string
	}{
		{name: "bad request", give: framework.ErrBadRequest, wantStatus: 400, wantMsg: "bad request", wantOut: OutcomeRejected},
		{name: "no platform", give: framework.ErrNoMatchingPlatform, wantStatus: 400, wantMsg: "no matching platform", wantOut: OutcomeRejected},
		{name: "not initialized", give: framework.ErrNotInitialized, wantStatus: 503, wantMsg: "not initialized", wantOut: OutcomeFailed},
		{name: "other", give: context.Canceled, wantStatus: 500, wantMsg: "internal error", wantOut: OutcomeFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := AppFunc(func(context.Context, *framework.Request) (*framework.Result, error) { return nil, tt.give })
			e := newTestEnvApp(t, app, nil, nil)
			status, body, _ := e.post(eventJSON("user_speak", "s1", "hi"))
			require.Equal(t, tt.wantStatus, status)
			assert.Contains(t, errorOf(t, body), tt.wantMsg)
			assert.Equal(t, 1.0, e.events("http", "user_speak", tt.wantOut))
		})
	}
}

func TestHandlerErrorAnswersAppFallback(t *testing.T) {
	e := newTestEnv(t, nil)
	status, body, _ := e.post(eventJSON("user_speak", "s1", "error"))
	assert.Equal(t, 204, status, "the app's fallback output is empty")
	assert.Empty(t, body)
	assert.Equal(t, 1.0, e.events("http", "user_speak", OutcomeError))
}
