package server

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
)

func TestMetricsEndpoint(t *testing.T) {
	e := newTestEnv(t, &Options{Auth: aiflow.NewTokenChecker(testToken)})
	tok := []string{"X-API-TOKEN", testToken}
	status, _, _ := e.post(eventJSON("session_start", "s1", ""), tok...)
	require.Equal(t, 200, status)
	status, _, _ = e.post(eventJSON("user_speak", "s1", "hi"), tok...)
	require.Equal(t, 200, status)
	status, _, _ = e.post(eventJSON("user_speak", "s2", "hi"), tok...)
	require.Equal(t, 200, status)
	status, _, _ = e.post(`{"type":"brand_new_event","session":{"id":"s3"}}`, tok...)
	require.Equal(t, 204, status, "an unknown type routes like any other (no handler: no action)")
	status, _, _ = e.post(eventJSON("session_end", "s1", ""), tok...)
	require.Equal(t, 204, status)
	status, _, _ = e.post(eventJSON("user_speak", "s1", "hi")) // no token
	require.Equal(t, 401, status)
	c := e.dial(tok...)
	require.Eventually(t, func() bool { return len(e.wsConns()) == 1 }, 5*time.Second, time.Millisecond)

	status, body, hdr := e.do(http.MethodGet, "/metrics", nil)
	require.Equal(t, 200, status)
	assert.Contains(t, hdr.Get("Content-Type"), "text/plain")
	for _, want := range []string{
		`jovo_events_total{outcome="ok",transport="http",type="session_start"} 1`,
		`jovo_events_total{outcome="ok",transport="http",type="user_speak"} 2`,
		`jovo_events_total{outcome="no_route",transport="http",type="other"} 1`,
		`jovo_events_total{outcome="ok",transport="http",type="session_end"} 1`,
		`jovo_requests_rejected_total{reason="unauthorized",transport="http"} 1`,
		`jovo_handler_duration_seconds_bucket{transport="http",type="user_speak",le="0.8"} 2`,
		`jovo_handler_duration_seconds_count{transport="http",type="session_start"} 1`,
		// s1 ended; s2 and s3 are live.
		"jovo_sessions_live 2",
		"jovo_websocket_connections 1",
		"go_goroutines ",
	} {
		assert.Contains(t, body, want)
	}
	assert.NotContains(t, body, "brand_new_event", "unknown types do not become labels")
	_ = c.CloseNow()
	require.Eventually(t, func() bool { return e.gauge(e.h.metrics.connections) == 0 }, 5*time.Second, time.Millisecond)
}

func TestMetricsUseOwnRegistry(t *testing.T) {
	a := newTestEnv(t, nil)
	b := newTestEnv(t, &Options{MetricsNamespace: "bot2"})
	status, _, _ := a.post(eventJSON("user_speak", "s1", "hi"))
	require.Equal(t, 200, status)
	_, body, _ := b.do(http.MethodGet, "/metrics", nil)
	assert.Contains(t, body, "bot2_websocket_connections 0", "the namespace applies")
	assert.NotContains(t, body, "jovo_events_total", "each handler has its own registry")

	families, err := prometheus.DefaultGatherer.Gather()
	require.NoError(t, err)
	for _, f := range families {
		assert.False(t, strings.HasPrefix(f.GetName(), "jovo_"), "%s is on the default registry", f.GetName())
	}
}

func TestLiveSessionsExpire(t *testing.T) {
	now := time.Unix(0, 0)
	l := newLiveSessions(time.Minute, func() time.Time { return now })
	l.touch("a", false)
	l.touch("b", false)
	l.touch("c", false)
	l.touch("c", true)
	assert.Equal(t, 2, l.count())
	now = now.Add(50 * time.Second)
	l.touch("b", false)
	now = now.Add(20 * time.Second)
	assert.Equal(t, 1, l.count(), "a went idle, b was seen again")
	now = now.Add(time.Hour)
	l.touch("d", false) // sweeps the shard of d on the way
	assert.Equal(t, 1, l.count())
}
