package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"go.uber.org/zap"
)

// TestWorkersEnd checks that the goroutines that run events answer every
// event, one after the other and side by side, and then end: after
// workerLinger without work, or at once when the handler shuts down.
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
						req := httptest.NewRequest(http.MethodPost, "/webhook", strings.NewReader(eventJSON("user_speak", session, text)))
						req.Header.Set("Content-Type", "application/json")
						rec := httptest.NewRecorder()
						h.ServeHTTP(rec, req)
						assert.Equal(t, http.StatusOK, rec.Code)
						assert.Contains(t, rec.Body.String(), "You said: "+text)
						assert.Contains(t, rec.Body.String(), session)
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
