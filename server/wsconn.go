package server

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/coder/websocket"
	"go.uber.org/zap"
)

// wsConn is one WebSocket connection. One goroutine at a time reads it;
// when a frame becomes an event, that goroutine hands the reading over to
// another (an idle worker, see start) and runs the event itself, so an
// event goes from the socket through the app and back without waiting for
// another goroutine to wake up. Whoever has a frame to send writes it,
// one at a time (writeMu), and a frame that cannot be written within
// WebSocketOptions.WriteTimeout ends the connection: a slow or dead peer
// stalls only the goroutines serving its own connection, and only that
// long. A third role, the pinger, keeps the connection alive.
type wsConn struct {
	h      *Handler
	c      *websocket.Conn
	header http.Header
	remote string

	// ctx ends when the connection is gone; the contexts of its events
	// derive from it.
	ctx    context.Context
	cancel context.CancelFunc

	// readErr receives the error that ended the reading.
	readErr chan error
	// writeMu is held while a frame is written: only the writer's own
	// timeout counts, and only its failure is logged.
	writeMu sync.Mutex

	mu       sync.Mutex
	draining bool
	pending  int           // events dispatched and not yet answered
	drained  chan struct{} // closed when draining and pending is 0
}

func newWSConn(h *Handler, c *websocket.Conn, r *http.Request) *wsConn {
	cn := &wsConn{
		h: h, c: c, header: r.Header, remote: r.RemoteAddr,
		readErr: make(chan error, 1),
		drained: make(chan struct{}),
	}
	cn.ctx, cn.cancel = context.WithCancel(h.base)
	return cn
}

// serve runs the connection until the peer leaves, it fails, or shutdown
// drains and closes it with 1001. It returns the error that ended it.
func (cn *wsConn) serve() error {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); cn.pingLoop() }()
	go cn.read()

	var err error
	select {
	case err = <-cn.readErr:
	case <-cn.h.closingC:
		cn.drain()
		err = <-cn.readErr
	}
	cn.cancel()
	_ = cn.c.CloseNow()
	wg.Wait()
	return err
}

// read reads frames until one becomes an event or the reading fails. It
// then starts the next reader and runs the event on this goroutine.
func (cn *wsConn) read() {
	for {
		_, data, err := cn.c.Read(cn.ctx)
		if err != nil {
			cn.readErr <- err
			return
		}
		if t, ok := cn.h.frame(cn, data); ok {
			cn.h.start(task{read: cn})
			cn.h.run(t.ev, t.p, t.req)
			return
		}
	}
}

// drain stops taking events, waits until those in flight are answered
// (their frames are written by then), and closes the connection with
// 1001.
func (cn *wsConn) drain() {
	cn.mu.Lock()
	cn.draining = true
	if cn.pending == 0 {
		close(cn.drained)
	}
	cn.mu.Unlock()
	select {
	case <-cn.drained:
	case <-cn.ctx.Done():
	}
	_ = cn.c.Close(websocket.StatusGoingAway, "server shutting down")
}

// begin counts a dispatched event, or refuses it while draining.
func (cn *wsConn) begin() bool {
	cn.mu.Lock()
	defer cn.mu.Unlock()
	if cn.draining {
		return false
	}
	cn.pending++
	return true
}

// end counts an answered event.
func (cn *wsConn) end() {
	cn.mu.Lock()
	defer cn.mu.Unlock()
	cn.pending--
	if cn.pending == 0 && cn.draining {
		close(cn.drained)
	}
}

// send writes one frame within the write timeout, after the frames
// already being written. A failure ends the connection; it returns
// ErrConnectionClosed once the connection is gone.
func (cn *wsConn) send(f []byte) error {
	cn.writeMu.Lock()
	defer cn.writeMu.Unlock()
	if cn.ctx.Err() != nil {
		return ErrConnectionClosed
	}
	deadline := time.Now().Add(cn.h.opts.WebSocket.WriteTimeout)
	ctx, cancel := context.WithDeadline(cn.ctx, deadline)
	err := cn.c.Write(ctx, websocket.MessageText, f)
	// Compared with the clock, not read from ctx: when the write times
	// out, the library closes the connection, and the reader may cancel
	// cn.ctx (and so ctx, as Canceled) before ctx's own deadline fires.
	timedOut := err != nil && !time.Now().Before(deadline)
	cancel()
	if err == nil {
		return nil
	}
	if timedOut || cn.ctx.Err() == nil {
		cn.h.log.Warn("websocket write failed, closing the connection",
			zap.String("remote", cn.remote), zap.Bool("timed_out", timedOut), zap.Error(err))
	}
	cn.cancel()
	return ErrConnectionClosed
}

// pingLoop pings the peer every PingInterval; a peer that does not answer
// within PingTimeout is disconnected.
func (cn *wsConn) pingLoop() {
	t := time.NewTicker(cn.h.opts.WebSocket.PingInterval)
	defer t.Stop()
	for {
		select {
		case <-cn.ctx.Done():
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(cn.ctx, cn.h.opts.WebSocket.PingTimeout)
		start := time.Now()
		err := cn.c.Ping(ctx)
		cancel()
		if err == nil {
			if ce := cn.h.log.Check(zap.DebugLevel, "websocket pong"); ce != nil {
				ce.Write(zap.String("remote", cn.remote), zap.Duration("rtt", time.Since(start)))
			}
			continue
		}
		if cn.ctx.Err() == nil {
			cn.h.log.Warn("websocket peer did not answer a ping, closing the connection", zap.String("remote", cn.remote), zap.Error(err))
		}
		cn.cancel()
		return
	}
}
