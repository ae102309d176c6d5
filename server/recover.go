package server

import (
	"fmt"
	"net/http"
	"runtime/debug"

	"go.uber.org/zap"
)

// recoverer turns a panic while serving a request into a 500 with a JSON
// body and a log line with the stack, instead of a dropped connection. The
// app's own panics never get here: events recover them in Handler.call.
func (h *Handler) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.log.Error("panic serving request",
				zap.String("method", r.Method), zap.String("path", r.URL.Path),
				zap.String("panic", fmt.Sprint(v)), zap.ByteString("stack", debug.Stack()))
			writeError(w, http.StatusInternalServerError, "internal error")
		}()
		next.ServeHTTP(w, r)
	})
}
