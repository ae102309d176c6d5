package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzWebhook posts any body to the webhook: the answer is always 200, 204
// or a 400 with a JSON error, never a 500 or a hang.
func FuzzWebhook(f *testing.F) {
	for _, s := range []string{
		eventJSON("user_speak", "s1", "hi"),
		eventJSON("session_end", "s1", ""),
		`{"type":"dtmf_received","session":{"id":"s"},"digit":"#"}`,
		`{"type":"x","session":{"id":""}}`,
		`{"type":"user_speak","session":{"id":"s"},"text":null}`,
		`[]`, `null`, `{`, "",
	} {
		f.Add(s)
	}
	h, err := NewHandler(echoApp, &Options{MaxBodyBytes: 4096})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = h.Shutdown(context.Background()) })
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/webhook", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusNoContent:
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			var eb errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &eb); err != nil || eb.Error == "" {
				t.Fatalf("error body %q: %v", rec.Body.String(), err)
			}
		default:
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body.String())
		}
	})
}
