package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/server"
)

// startEvent is a valid session_start for session id.
func startEvent(t testing.TB, id string) string {
	t.Helper()
	return string(body(t, aiflow.NewCall(id).Start()))
}

// padded returns a valid session_start of exactly n bytes: spaces before
// the closing brace.
func padded(t testing.TB, id string, n int) string {
	t.Helper()
	ev := startEvent(t, id)
	require.Less(t, len(ev), n)
	return ev[:len(ev)-1] + strings.Repeat(" ", n-len(ev)) + "}"
}

// TestWebhookRejectsBadInput sends every kind of bad request and checks
// status and the error message, which says what was wrong.
func TestWebhookRejectsBadInput(t *testing.T) {
	e := newEnv(t, testConfig(localeEN))
	good := startEvent(t, "ingress-good")
	tok := []string{aiflow.HeaderAPIToken, testToken}
	tests := []struct {
		name        string
		method      string
		contentType string
		give        string
		hdr         []string
		want        int
		wantErr     string
	}{
		{name: "token missing", give: good, want: http.StatusUnauthorized, wantErr: "X-API-TOKEN"},
		{name: "token wrong", give: good, hdr: []string{aiflow.HeaderAPIToken, "guess"}, want: http.StatusUnauthorized, wantErr: "X-API-TOKEN"},
		{name: "token right", give: good, hdr: tok, want: http.StatusOK},
		{name: "body exactly at the cap", give: padded(t, "ingress-cap", server.DefaultMaxBodyBytes), hdr: tok, want: http.StatusOK},
		{name: "body one byte over the cap", give: padded(t, "ingress-over", server.DefaultMaxBodyBytes+1), hdr: tok,
			want: http.StatusRequestEntityTooLarge, wantErr: "65536"},
		{name: "content type text/plain", contentType: "text/plain", give: good, hdr: tok, want: http.StatusUnsupportedMediaType, wantErr: "application/json"},
		{name: "content type missing", contentType: "-", give: good, hdr: tok, want: http.StatusUnsupportedMediaType, wantErr: "Content-Type"},
		{name: "content type with charset", contentType: "application/json; charset=utf-8", give: startEvent(t, "ingress-charset"), hdr: tok, want: http.StatusOK},
		{name: "method GET", method: http.MethodGet, hdr: tok, want: http.StatusMethodNotAllowed, wantErr: "use POST"},
		{name: "method PUT", method: http.MethodPut, give: good, hdr: tok, want: http.StatusMethodNotAllowed, wantErr: "use POST"},
		{name: "empty body", give: "", hdr: tok, want: http.StatusBadRequest, wantErr: "empty body"},
		{name: "malformed JSON", give: "{type: session_start}", hdr: tok, want: http.StatusBadRequest, wantErr: "not JSON"},
		{name: "truncated JSON", give: good[:len(good)/2], hdr: tok, want: http.StatusBadRequest, wantErr: "unexpected end of input"},
		{name: "trailing garbage", give: good + ` {"type":"session_end"}`, hdr: tok, want: http.StatusBadRequest, wantErr: "data after the JSON value"},
		{name: "array", give: "[" + good + "]", hdr: tok, want: http.StatusBadRequest, wantErr: "not a JSON object"},
		{name: "session id missing", give: strings.Replace(good, `"id":"ingress-good",`, "", 1), hdr: tok,
			want: http.StatusBadRequest, wantErr: `field "session.id": missing field`},
		{name: "type missing", give: strings.Replace(good, `"type":"session_start",`, "", 1), hdr: tok,
			want: http.StatusBadRequest, wantErr: `field "type": missing field`},
		{name: "digit invalid", give: strings.Replace(string(body(t, aiflow.NewCall("ingress-d").Press("1"))), `"digit":"1"`, `"digit":"x"`, 1),
			hdr: tok, want: http.StatusBadRequest, wantErr: `field "digit"`},
		{name: "text missing", give: strings.Replace(string(body(t, aiflow.NewCall("ingress-t").Say("hi"))), `"text":"hi",`, "", 1),
			hdr: tok, want: http.StatusBadRequest, wantErr: `field "text": missing field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := or(tt.method, http.MethodPost)
			ct := or(tt.contentType, "application/json")
			if ct == "-" {
				ct = ""
			}
			status, b, hdr := e.do(method, "/webhook", ct, strings.NewReader(tt.give), tt.hdr...)
			require.Equal(t, tt.want, status, b)
			if tt.want == http.StatusOK {
				assert.Equal(t, []string{"speak"}, kinds(decode(t, []byte(b))))
				return
			}
			var msg struct{ Error string }
			require.NoError(t, json.Unmarshal([]byte(b), &msg), b)
			assert.Contains(t, msg.Error, tt.wantErr)
			if status == http.StatusMethodNotAllowed {
				assert.Equal(t, "POST", hdr.Get("Allow"))
			}
		})
	}
	assert.NotContains(t, logText(t, e), testToken, "the token is never logged")
}

// TestWebSocketAuthAndBadFrames checks the token on the upgrade, that a
// bad frame is skipped without closing the connection, and that an
// oversized frame closes it with 1009.
func TestWebSocketAuthAndBadFrames(t *testing.T) {
	e := newEnv(t, testConfig(localeDE))
	url := "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/ws"
	for _, token := range []string{"", "guess"} {
		h := http.Header{}
		if token != "" {
			h.Set(aiflow.HeaderAPIToken, token)
		}
		_, resp, err := websocket.Dial(t.Context(), url, &websocket.DialOptions{HTTPHeader: h})
		require.Error(t, err, "token %q", token)
		require.NotNil(t, resp)
		assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, "token %q", token)
	}

	c := e.dial()
	ws := socket{c}
	x := newTexts(t, localeDE)
	for _, frame := range []string{"", "{", `{"type":"session_start"}`, startEvent(t, "ws-bad") + "x"} {
		require.NoError(t, c.Write(t.Context(), websocket.MessageText, []byte(frame)))
	}
	script(t, ws, x, aiflow.NewCall("ws-bad"), []turn{greeting()})
	assert.Len(t, e.logs.FilterMessage("invalid frame skipped").All(), 4)

	big := padded(t, "ws-big", server.DefaultMaxBodyBytes+1)
	require.NoError(t, c.Write(t.Context(), websocket.MessageText, []byte(big)))
	_, _, err := c.Read(t.Context())
	assert.Equal(t, websocket.StatusMessageTooBig, websocket.CloseStatus(err), "%v", err)
}

// TestAuthOff runs the demo without a token, as `go run ./cmd/demo` does:
// every request passes, and the log says that authentication is off.
func TestAuthOff(t *testing.T) {
	cfg := testConfig(localeEN)
	cfg.Token = ""
	e := newEnv(t, cfg)
	status, b, _ := e.do(http.MethodPost, "/webhook", "application/json", strings.NewReader(startEvent(t, "open")))
	require.Equal(t, http.StatusOK, status, b)
	assert.NotEmpty(t, e.logs.FilterMessageSnippet("authentication is off").All())
	c := dialWS(t, "ws"+strings.TrimPrefix(e.srv.URL, "http")+"/ws", "")
	defer c.CloseNow()
	script(t, socket{c}, newTexts(t, localeEN), aiflow.NewCall("open-ws"), []turn{greeting()})
	require.NoError(t, c.Close(websocket.StatusNormalClosure, ""))
}

// logText is everything the demo logged, fields included.
func logText(t *testing.T, e *env) string {
	t.Helper()
	var b strings.Builder
	for _, le := range e.logs.All() {
		js, err := json.Marshal(le.ContextMap())
		require.NoError(t, err)
		b.WriteString(le.Message + " " + string(js) + "\n")
	}
	return b.String()
}
