package server

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/coder/websocket"
	"go.uber.org/zap"
)

// wsConn is one WebSocket connection. Three goroutines serve it: the
// reader (which dispatches events and never waits for them), the writer
// (the only one that writes frames, so the frames of one connection never
// interleave) and the pinger. A slow or dead peer stalls only its own
// writer, which gives up after WebSocketOptions.WriteTimeout.
type wsConn struct {
	h      *Handler
	c      *websocket.Conn
	header http.Header
	remote string

	// ctx ends when the connection is gone; the contexts of its events
	// derive from it.
	ctx    context.Context
	cancel context.CancelFunc

	queue chan []byte
	stop  chan struct{} // closed: the writer flushes the queue and exits
	done  chan struct{} // closed when the writer exited

	mu       sync.Mutex
	draining bool
	pending  int           // events dispatched and not yet answered
	drained  chan struct{} // closed when draining and pending is 0
}

func newWSConn(h *Handler, c *websocket.Conn, r *http.Request) *wsConn {
	cn := &wsConn{
		h: h, c: c, header: r.Header, remote: r.RemoteAddr,
		queue:   make(chan []byte, h.opts.WebSocket.SendQueue),
		stop:    make(chan struct{}),
		done:    make(chan struct{}),
		drained: make(chan struct{}),
	}
	cn.ctx, cn.cancel = context.WithCancel(h.base)
	return cn
}

// serve runs the connection until the peer leaves, it fails, or shutdown
// drains and closes it with 1001. It returns the error that ended it.
func (cn *wsConn) serve() error {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); cn.writeLoop() }()
	go func() { defer wg.Done(); cn.pingLoop() }()
	readErr := make(chan error, 1)
	go func() { readErr <- cn.readLoop() }()

	var err error
	select {
	case err = <-readErr:
	case <-cn.h.closingC:
		cn.drain()
		err = <-readErr
	}
	cn.cancel()
	_ = cn.c.CloseNow()
	wg.Wait()
	return err
}

func (cn *wsConn) readLoop() error {
	for {
		_, data, err := cn.c.Read(cn.ctx)
		if err != nil {
			return err
		}
		cn.h.frame(cn, data)
	}
}

// drain stops taking events, waits until those in flight are answered and
// their frames written, and closes the connection with 1001.
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
	close(cn.stop)
	select {
	case <-cn.done:
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

// send queues a frame for the writer. It gives up when the writer is
// gone or either of stop1 and stop2 (nil: never) is closed.
func (cn *wsConn) send(frame []byte, stop1, stop2 <-chan struct{}) error {
	select {
	case cn.queue <- frame:
		return nil
	case <-cn.done:
		return ErrConnectionClosed
	case <-stop1:
		return ErrAnswered
	case <-stop2:
		return ErrAnswered
	}
}

func (cn *wsConn) writeLoop() {
	defer close(cn.done)
	for {
		select {
		case f := <-cn.queue:
			if !cn.write(f) {
				return
			}
		case <-cn.stop:
			for {
				select {
				case f := <-cn.queue:
					if !cn.write(f) {
						return
					}
				default:
					return
				}
			}
		case <-cn.ctx.Done():
			return
		}
	}
}

// write writes one frame within the write timeout; a failure ends the
// connection.
func (cn *wsConn) write(f []byte) bool {
	deadline := time.Now().Add(cn.h.opts.WebSocket.WriteTimeout)
	ctx, cancel := context.WithDeadline(cn.ctx, deadline)
	err := cn.c.Write(ctx, websocket.MessageText, f)
	// Compared with the clock, not read from ctx: when the write times
	// out, the library closes the connection, and the reader may cancel
	// cn.ctx (and so ctx, as Canceled) before ctx's own deadline fires.
	timedOut := err != nil && !time.Now().Before(deadline)
	cancel()
	if err != nil {
		if timedOut || cn.ctx.Err() == nil {
			cn.h.log.Warn("websocket write failed, closing the connection",
				zap.String("remote", cn.remote), zap.Bool("timed_out", timedOut), zap.Error(err))
		}
		cn.cancel()
		return false
	}
	return true
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
