package server

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
)

// errorOf decodes an error body and returns its message.
func errorOf(t *testing.T, body string) string {
	t.Helper()
	var eb struct {
		Error string `json:"error"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &eb), body)
	require.NotEmpty(t, eb.Error, body)
	return eb.Error
}

// spyBody records whether the handler read the request body.
type spyBody struct {
	io.ReadCloser
	read *atomic.Bool
}

func (s spyBody) Read(p []byte) (int, error) {
	s.read.Store(true)
	return s.ReadCloser.Read(p)
}

func TestWebhookTokenCheckedBeforeBodyIsRead(t *testing.T) {
	e := newTestEnv(t, &Options{Auth: aiflow.NewTokenChecker(testToken)})
	var read atomic.Bool
	spied := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = spyBody{ReadCloser: r.Body, read: &read}
		e.h.ServeHTTP(w, r)
	}))
	defer spied.Close()
	e.srv = spied

	tests := []struct {
		name     string
		give     []string
		want     int
		wantRead bool
	}{
		{name: "no token", give: nil, want: 401},
		{name: "wrong token", give: []string{"X-API-TOKEN", "wrong"}, want: 401},
		{name: "lowercase header, right token", give: []string{"x-api-token", testToken}, want: 200, wantRead: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read.Store(false)
			status, body, _ := e.post(eventJSON("user_speak", "s1", "hi"), tt.give...)
			require.Equal(t, tt.want, status, body)
			assert.Equal(t, tt.wantRead, read.Load(), "body read")
			if tt.want == 401 {
				assert.Contains(t, errorOf(t, body), "unauthorized")
			}
		})
	}
	assert.Equal(t, 2.0, e.rejections("http", reasonUnauthorized))
	assert.Len(t, e.logsWith("request rejected"), 2)
}

func TestWebhookBodyCap(t *testing.T) {
	const limit = 300
	e := newTestEnv(t, &Options{MaxBodyBytes: limit})
	// event returns a user_speak event of exactly n bytes.
	event := func(n int) string {
		base := eventJSON("user_speak", "s1", "")
		require.Less(t, len(base), n)
		return strings.Replace(base, `"text":""`, `"text":"`+strings.Repeat("a", n-len(base))+`"`, 1)
	}
	require.Len(t, event(limit), limit)

	tests := []struct {
		name    string
		size    int
		chunked bool
		want    int
	}{
		{name: "at the cap", size: limit, want: 200},
		{name: "one byte over", size: limit + 1, want: 413},
		{name: "at the cap, chunked", size: limit, chunked: true, want: 200},
		{name: "one byte over, chunked", size: limit + 1, chunked: true, want: 413},
		{name: "far over, chunked", size: 10 * limit, chunked: true, want: 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader = strings.NewReader(event(tt.size))
			if tt.chunked {
				body = io.MultiReader(body) // unknown length: sent chunked
			}
			status, resp, _ := e.do(http.MethodPost, "/webhook", body, "Content-Type", "application/json")
			require.Equal(t, tt.want, status, resp)
			if tt.want == 413 {
				assert.Contains(t, errorOf(t, resp), "limit of 300 bytes")
			}
		})
	}
}

func TestWebhookContentType(t *testing.T) {
	e := newTestEnv(t, nil)
	tests := []struct {
		give string
		want int
	}{
		{give: "application/json", want: 200},
		{give: "application/json; charset=utf-8", want: 200},
		{give: "Application/JSON;charset=UTF-8", want: 200},
		{give: "", want: 415},
		{give: "text/plain", want: 415},
		{give: "application/jsonx", want: 415},
		{give: "application/json; charset=latin1", want: 415},
		{give: "application/json; =", want: 415},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, e.srv.URL+"/webhook", strings.NewReader(eventJSON("user_speak", "s1", "hi")))
			require.NoError(t, err)
			if tt.give != "" {
				req.Header.Set("Content-Type", tt.give)
			}
			resp, err := e.client.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			require.Equal(t, tt.want, resp.StatusCode, string(b))
			if tt.want == 415 {
				errorOf(t, string(b))
			}
		})
	}
}

func TestWrongMethodAndRoute(t *testing.T) {
	e := newTestEnv(t, nil)
	tests := []struct {
		method, path string
		want         int
		wantAllow    string
	}{
		{method: http.MethodGet, path: "/webhook", want: 405, wantAllow: "POST"},
		{method: http.MethodPut, path: "/webhook", want: 405, wantAllow: "POST"},
		{method: http.MethodPost, path: "/ws", want: 405, wantAllow: "GET"},
		{method: http.MethodPost, path: "/healthz", want: 405, wantAllow: "GET, HEAD"},
		{method: http.MethodDelete, path: "/metrics", want: 405, wantAllow: "GET, HEAD"},
		{method: http.MethodGet, path: "/nope", want: 404},
		{method: http.MethodGet, path: "/ws", want: 426},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			status, body, hdr := e.do(tt.method, tt.path, nil)
			require.Equal(t, tt.want, status, body)
			assert.Equal(t, tt.wantAllow, hdr.Get("Allow"))
			assert.Equal(t, "application/json", hdr.Get("Content-Type"))
			errorOf(t, body)
		})
	}
}

func TestWebhookBadJSON(t *testing.T) {
	e := newTestEnv(t, nil)
	valid := eventJSON("user_speak", "s1", "hi")
	tests := []struct {
		name, give, want string
	}{
		{name: "empty", give: "", want: "empty body"},
		{name: "whitespace", give: "  \n", want: "not JSON"},
		{name: "malformed", give: "{oops}", want: "not JSON"},
		{name: "truncated", give: valid[:len(valid)-5], want: "not JSON"},
		{name: "trailing garbage", give: valid + " x", want: "data after the JSON value"},
		{name: "two objects", give: valid + valid, want: "data after the JSON value"},
		{name: "array", give: "[" + valid + "]", want: "not a JSON object"},
		{name: "no type", give: `{"session":{"id":"s1"}}`, want: `"type"`},
		{name: "no session id", give: `{"type":"session_start","session":{}}`, want: `"session.id"`},
		{name: "text of the wrong type", give: `{"type":"user_speak","session":{"id":"s1"},"text":5}`, want: `"text"`},
		{name: "bad digit", give: `{"type":"dtmf_received","session":{"id":"s1"},"digit":"x"}`, want: `"digit"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, _ := e.post(tt.give)
			require.Equal(t, 400, status, body)
			assert.Contains(t, errorOf(t, body), tt.want)
		})
	}
	assert.Empty(t, e.bot.texts(), "no bad event reached the app")
	assert.Equal(t, float64(len(tests)), e.rejections("http", reasonBadRequest))
}

func TestHealthz(t *testing.T) {
	e := newTestEnv(t, nil)
	status, body, _ := e.do(http.MethodGet, "/healthz", nil)
	require.Equal(t, 200, status)
	assert.JSONEq(t, `{"status":"ok"}`, body)

	require.NoError(t, e.h.Shutdown(t.Context()))
	status, body, _ = e.do(http.MethodGet, "/healthz", nil)
	require.Equal(t, 503, status)
	assert.JSONEq(t, `{"status":"shutting down"}`, body)

	status, body, _ = e.post(eventJSON("user_speak", "s1", "hi"))
	require.Equal(t, 503, status)
	assert.Contains(t, errorOf(t, body), "shutting down")
}

// TestRefusedBeforeTheBodyIsSent sends the headers of a request that is
// refused before its body is read, and never the body: the answer comes at
// once (net/http would otherwise wait for the body to keep the
// connection, here forever: the test server has no read timeout), and the
// connection is closed after it.
func TestRefusedBeforeTheBodyIsSent(t *testing.T) {
	e := newTestEnv(t, &Options{Auth: aiflow.NewTokenChecker(testToken)})
	tests := []struct {
		name, head string
		want       int
	}{
		{name: "no token", want: http.StatusUnauthorized,
			head: "POST /webhook HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"},
		{name: "no token, chunked", want: http.StatusUnauthorized,
			head: "POST /webhook HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"},
		{name: "wrong content type", want: http.StatusUnsupportedMediaType,
			head: "POST /webhook HTTP/1.1\r\nContent-Type: text/plain\r\nX-API-TOKEN: " + testToken + "\r\nContent-Length: 100\r\n"},
		{name: "over the cap", want: http.StatusRequestEntityTooLarge,
			head: "POST /webhook HTTP/1.1\r\nContent-Type: application/json\r\nX-API-TOKEN: " + testToken + "\r\nContent-Length: 100000\r\n"},
		{name: "wrong method", want: http.StatusMethodNotAllowed,
			head: "PUT /webhook HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", e.srv.Listener.Addr().String())
			require.NoError(t, err)
			defer conn.Close()
			// A deadline only so that a regression fails instead of hanging.
			require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
			_, err = io.WriteString(conn, tt.head+"Host: test\r\n\r\n")
			require.NoError(t, err)
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			require.NoError(t, err)
			defer resp.Body.Close()
			assert.Equal(t, tt.want, resp.StatusCode)
			assert.True(t, resp.Close, "the connection is closed after the answer")
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.NotEmpty(t, errorOf(t, string(b)))
		})
	}
}
