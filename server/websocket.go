package server

import (
	"net/http"
	"time"

	"github.com/coder/websocket"
	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

// serveWS serves GET /ws: the token is checked on the upgrade, then the
// connection carries events of any number of sessions until either side
// closes it.
func (h *Handler) serveWS(w http.ResponseWriter, r *http.Request) {
	if err := h.authenticate(r.Header); err != nil {
		h.reject(w, r, http.StatusUnauthorized, reasonUnauthorized, "unauthorized: "+err.Error(), nil)
		return
	}
	if !isWebSocketUpgrade(r) {
		w.Header().Set("Upgrade", "websocket")
		h.reject(w, r, http.StatusUpgradeRequired, reasonBadRequest, "want a WebSocket upgrade", nil)
		return
	}
	if !h.addConn() {
		h.reject(w, r, http.StatusServiceUnavailable, reasonShuttingDown, errShutdownRefused.Error(), nil)
		return
	}
	defer h.conns.Done()
	c, err := websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: h.opts.WebSocket.OriginPatterns})
	if err != nil {
		h.metrics.reject(framework.TransportWebSocket, reasonBadRequest)
		h.log.Warn("websocket upgrade failed", zap.String("remote", r.RemoteAddr), zap.Error(err))
		return
	}
	c.SetReadLimit(h.opts.WebSocket.ReadLimit)
	h.metrics.connections.Inc()
	defer h.metrics.connections.Dec()
	start := time.Now()
	h.log.Info("websocket connected", zap.String("remote", r.RemoteAddr))
	cn := newWSConn(h, c, r)
	h.track(cn)
	err = cn.serve()
	h.untrack(cn)
	h.log.Info("websocket closed",
		zap.String("remote", r.RemoteAddr),
		zap.Duration("duration", time.Since(start)),
		zap.Int("status", int(websocket.CloseStatus(err))),
		zap.Error(err))
}

// frame handles one incoming frame: a valid event is admitted and
// returned, to be run; anything else is logged and skipped, and the
// connection stays up.
func (h *Handler) frame(cn *wsConn, data []byte) (task, bool) {
	start := time.Now()
	env, err := h.decode(data)
	if err != nil {
		h.rejectFrame(cn, reasonBadRequest, "invalid frame skipped", err)
		return task{}, false
	}
	if !h.enter() {
		h.rejectFrame(cn, reasonShuttingDown, "frame refused", errShutdownRefused)
		return task{}, false
	}
	if !cn.begin() {
		h.leave()
		h.rejectFrame(cn, reasonShuttingDown, "frame refused", errShutdownRefused)
		return task{}, false
	}
	ev := &event{env: env, transport: framework.TransportWebSocket, start: start, conn: cn}
	ev.deliver = func(a answer) {
		if a.body != nil {
			if err := cn.send(a.body); err != nil {
				h.log.Debug("answer not sent", zap.String("session", env.SessionID), zap.Error(err))
			}
		}
		cn.end()
	}
	return h.dispatch(cn.ctx, ev, &framework.Request{
		Body: data, Value: env.Value, Header: cn.header,
		Transport: framework.TransportWebSocket, Push: ev.push,
	}), true
}

// rejectFrame counts and logs a frame that did not become an event.
func (h *Handler) rejectFrame(cn *wsConn, reason, msg string, err error) {
	h.metrics.reject(framework.TransportWebSocket, reason)
	h.log.Warn(msg, zap.String("remote", cn.remote), zap.String("reason", reason), zap.Error(err))
}
