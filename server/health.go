package server

import "net/http"

// healthz answers 200 while the handler serves and 503 once shutdown
// began, so that a load balancer stops sending new calls.
func (h *Handler) healthz(w http.ResponseWriter, _ *http.Request) {
	if h.closing.Load() {
		writeJSON(w, http.StatusServiceUnavailable, []byte(`{"status":"shutting down"}`))
		return
	}
	writeJSON(w, http.StatusOK, []byte(`{"status":"ok"}`))
}
