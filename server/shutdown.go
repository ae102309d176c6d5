package server

import (
	"context"
	"fmt"
)

// Shutdown stops accepting events, answers the ones in flight, waits
// until their handlers really finished and closes every WebSocket with
// status 1001 (going away). Events that arrive meanwhile are refused
// (HTTP 503, a logged and dropped frame). If ctx ends first, Shutdown
// returns its error and leaves the rest running; call Close then.
func (h *Handler) Shutdown(ctx context.Context) error {
	h.beginClosing()
	conns := make(chan struct{})
	go func() {
		h.conns.Wait()
		close(conns)
	}()
	select {
	case <-conns:
	case <-ctx.Done():
		return fmt.Errorf("server: shutdown: websocket connections still open: %w", ctx.Err())
	}
	select {
	case <-h.idle:
	case <-ctx.Done():
		return fmt.Errorf("server: shutdown: %d events still running: %w", h.active.Load(), ctx.Err())
	}
	return nil
}

// Close stops accepting events and closes every WebSocket connection at
// once; their running events are cancelled. Webhook requests are closed
// by the http.Server that serves them.
func (h *Handler) Close() error {
	h.beginClosing()
	h.baseCancel()
	h.closeMu.Lock()
	conns := make([]*wsConn, 0, len(h.wsConns))
	for cn := range h.wsConns {
		conns = append(conns, cn)
	}
	h.closeMu.Unlock()
	for _, cn := range conns {
		_ = cn.c.CloseNow()
	}
	return nil
}

func (h *Handler) beginClosing() {
	h.closeMu.Lock()
	defer h.closeMu.Unlock()
	if h.closing.Load() {
		return
	}
	h.closing.Store(true)
	close(h.closingC)
	if h.active.Load() == 0 {
		h.idleOnce.Do(func() { close(h.idle) })
	}
}

// enter admits one event, or refuses it once shutdown began.
func (h *Handler) enter() bool {
	h.active.Add(1)
	if h.closing.Load() {
		h.leave()
		return false
	}
	return true
}

// leave marks an admitted event's handler as finished.
func (h *Handler) leave() {
	if h.active.Add(-1) == 0 && h.closing.Load() {
		h.idleOnce.Do(func() { close(h.idle) })
	}
}

// addConn admits one WebSocket connection, or refuses it once shutdown
// began. Done must be called on h.conns when it is served.
func (h *Handler) addConn() bool {
	h.closeMu.Lock()
	defer h.closeMu.Unlock()
	if h.closing.Load() {
		return false
	}
	h.conns.Add(1)
	return true
}

// track registers a served connection, for Close.
func (h *Handler) track(cn *wsConn) {
	h.closeMu.Lock()
	h.wsConns[cn] = struct{}{}
	h.closeMu.Unlock()
}

// untrack forgets a connection that is no longer served.
func (h *Handler) untrack(cn *wsConn) {
	h.closeMu.Lock()
	delete(h.wsConns, cn)
	h.closeMu.Unlock()
}
