package server

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
)

var nopApp = AppFunc(func(context.Context, *framework.Request) (*framework.Result, error) {
	return &framework.Result{}, nil
})

func TestOptionsDefaults(t *testing.T) {
	h, err := NewHandler(nopApp, nil)
	require.NoError(t, err)
	o := h.Options()
	assert.Equal(t, DefaultAddr, o.Addr)
	assert.EqualValues(t, 64<<10, o.MaxBodyBytes)
	assert.Equal(t, 800*time.Millisecond, o.Deadline)
	assert.Equal(t, o.MaxBodyBytes, o.WebSocket.ReadLimit)
	assert.Equal(t, DefaultWSWriteTimeout, o.WebSocket.WriteTimeout)
	assert.Equal(t, DefaultMaxHeaderBytes, o.HTTP.MaxHeaderBytes)
	assert.NotNil(t, o.Decoder)
	assert.NotNil(t, o.Logger)

	s, err := New(nopApp, nil)
	require.NoError(t, err)
	assert.Equal(t, DefaultReadHeaderTimeout, s.hs.ReadHeaderTimeout)
	assert.Equal(t, DefaultReadTimeout, s.hs.ReadTimeout)
	assert.Equal(t, DefaultWriteTimeout, s.hs.WriteTimeout)
	assert.Equal(t, DefaultIdleTimeout, s.hs.IdleTimeout)
	assert.Equal(t, DefaultMaxHeaderBytes, s.hs.MaxHeaderBytes)
	assert.Same(t, s.Handler(), s.hs.Handler)
}

func TestOptionsAreCopied(t *testing.T) {
	opts := &Options{Deadline: time.Second, WebSocket: WebSocketOptions{OriginPatterns: []string{"a.example"}}}
	h, err := NewHandler(nopApp, opts)
	require.NoError(t, err)
	opts.Deadline = time.Hour
	opts.WebSocket.OriginPatterns[0] = "changed"
	assert.Equal(t, time.Second, h.Options().Deadline)
	assert.Equal(t, []string{"a.example"}, h.Options().WebSocket.OriginPatterns)
}

func TestOptionsInvalid(t *testing.T) {
	tests := []struct {
		name   string
		give   Options
		server bool
		want   string
	}{
		{name: "negative deadline", give: Options{Deadline: -1}, want: "Deadline is negative"},
		{name: "negative body cap", give: Options{MaxBodyBytes: -1}, want: "MaxBodyBytes is negative"},
		{name: "negative write timeout", give: Options{WebSocket: WebSocketOptions{WriteTimeout: -1}}, want: "WebSocket.WriteTimeout is negative"},
		{name: "shutdown shorter than deadline", give: Options{Deadline: 20 * time.Second}, want: "ShutdownTimeout (10s) must exceed Deadline (20s)"},
		{name: "write timeout shorter than deadline", give: Options{Deadline: 11 * time.Second, ShutdownTimeout: time.Minute}, server: true, want: "HTTP.WriteTimeout (10s) must exceed Deadline (11s)"},
		{name: "all at once", give: Options{Deadline: -1, ShutdownTimeout: -1}, want: "Deadline is negative (-1ns); ShutdownTimeout is negative (-1ns)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.server {
				_, err = New(nopApp, &tt.give)
			} else {
				_, err = NewHandler(nopApp, &tt.give)
			}
			require.ErrorIs(t, err, ErrInvalidOptions)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := NewHandler(nil, nil)
	assert.ErrorIs(t, err, ErrInvalidOptions)
}

func TestNoAuthIsLogged(t *testing.T) {
	e := newTestEnv(t, nil)
	assert.Len(t, e.logsWith("no authenticator configured: the webhook and the WebSocket accept requests without a token"), 1)
}
