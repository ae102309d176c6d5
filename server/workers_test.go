package server

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

// TestWorkersEnd checks that the workers that run WebSocket events
// (dispatch, then start; a webhook event runs on its request's goroutine)
// answer every event, one after the other and side by side, and then end:
// after workerLinger without work, or at once when the handler shuts down.
func TestWorkersEnd(t *testing.T) {
	tests := []struct {
		name     string
		shutdown bool
	}{
		{name: "idle"},
		{name: "shutdown", shutdown: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := NewHandler(echoApp, &Options{Logger: zap.NewNop()})
			require.NoError(t, err)
			t.Cleanup(func() { _ = h.Shutdown(context.Background()) })
			baseline := goleak.IgnoreCurrent()

			var wg sync.WaitGroup
			for s := range 4 {
				wg.Go(func() {
					session := fmt.Sprintf("session-%d", s)
					for i := range 25 {
						text := fmt.Sprintf("event %d", i)
						body := []byte(eventJSON("user_speak", session, text))
						env, err := h.decode(body)
						require.NoError(t, err)
						require.True(t, h.enter())
						answered := make(chan answer, 1)
						ev := &event{env: env, transport: framework.TransportWebSocket, start: time.Now(),
							deliver: func(a answer) { answered <- a }}
						h.start(h.dispatch(context.Background(), ev, &framework.Request{
							Body: body, Value: env.Value, Transport: framework.TransportWebSocket,
						}))
						a := <-answered
						assert.Equal(t, OutcomeOK, a.outcome)
						assert.Contains(t, string(a.body), "You said: "+text)
						assert.Contains(t, string(a.body), session)
					}
				})
			}
			wg.Wait()
			if tt.shutdown {
				require.NoError(t, h.Shutdown(context.Background()))
			}
			goleak.VerifyNone(t, baseline)
		})
	}
}
