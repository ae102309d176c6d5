package server

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// errorBody is the JSON body of every error response.
type errorBody struct {
	Error string `json:"error"`
}

// writeError answers with status and {"error": msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	b, err := json.Marshal(errorBody{Error: msg})
	if err != nil { // a string always marshals; keep the answer well-formed anyway
		b = []byte(`{"error":"internal error"}`)
	}
	writeJSON(w, status, b)
}

// writeJSON answers with status and the JSON body b.
func writeJSON(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
