package server

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

// reject answers a request refused before it became an event with status
// and {"error": msg}, counts it and logs one line. err, if set, is the
// cause for the log; neither the token nor the body is ever logged.
func (h *Handler) reject(w http.ResponseWriter, r *http.Request, status int, reason, msg string, err error) {
	h.metrics.reject(framework.TransportHTTP, reason)
	if ce := h.log.Check(zap.WarnLevel, "request rejected"); ce != nil {
		fields := []zap.Field{
			zap.String("method", r.Method),
			zap.String("path", r.URL.Path),
			zap.String("remote", r.RemoteAddr),
			zap.Int("status", status),
			zap.String("reason", reason),
			zap.String("message", msg),
		}
		if err != nil {
			fields = append(fields, zap.Error(err))
		}
		ce.Write(fields...)
	}
	writeError(w, status, msg)
}

// refuse is reject for a request refused before its body was read: the
// connection is closed after the answer. Otherwise net/http reads (up to
// 256 KiB of) the unread body before it writes the answer, to keep the
// connection, so a refused client would wait for its own upload, or up to
// the read timeout for a body it never sends; and the token would not be
// checked before the body is read after all.
func (h *Handler) refuse(w http.ResponseWriter, r *http.Request, status int, reason, msg string) {
	if r.ContentLength != 0 { // a body, of known (> 0) or unknown (-1) length
		w.Header().Set("Connection", "close")
	}
	h.reject(w, r, status, reason, msg, nil)
}

// checkContentType accepts application/json with any parameters, as long
// as a charset, if given, is UTF-8 (the only encoding JSON allows).
func checkContentType(ct string) error {
	switch ct {
	case "":
		return errors.New("missing Content-Type, want application/json")
	case "application/json", "application/json; charset=utf-8":
		return nil // what clients send, without parsing
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return fmt.Errorf("malformed Content-Type %q: %w", ct, err)
	}
	if mt != "application/json" {
		return fmt.Errorf("unsupported Content-Type %q, want application/json", mt)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		return fmt.Errorf("unsupported charset %q, want utf-8", cs)
	}
	return nil
}

// readBody reads the whole body through http.MaxBytesReader, so a body of
// more than limit bytes fails with *http.MaxBytesError however it is
// framed (Content-Length or chunked).
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	rd := http.MaxBytesReader(w, r.Body, limit)
	size := int64(512)
	if r.ContentLength > 0 {
		size = min(r.ContentLength, limit) + 1 // +1: room for the EOF read
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := rd.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// bodyError turns a failure to read the body into status, reason and
// message.
func bodyError(err error, limit int64) (int, string, string) {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge, reasonTooLarge, fmt.Sprintf("body exceeds the limit of %d bytes", limit)
	}
	return http.StatusBadRequest, reasonReadFailed, "failed to read body: " + err.Error()
}

// isWebSocketUpgrade reports whether r asks for a WebSocket.
func isWebSocketUpgrade(r *http.Request) bool {
	return headerHasToken(r.Header, "Connection", "upgrade") && headerHasToken(r.Header, "Upgrade", "websocket")
}

func headerHasToken(h http.Header, key, token string) bool {
	for _, v := range h.Values(key) {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}
