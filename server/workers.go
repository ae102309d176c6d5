package server

import (
	"time"

	"github.com/jovo-go/jovo/framework"
)

// Workers serve WebSocket connections: a worker either reads a connection
// or runs an event that came on one (see wsConn.read). A webhook event
// runs on its request's goroutine instead (see serveEvent).

// workerLinger is how long a goroutine that ran an event waits for the
// next task before it ends. Under load the next task comes well within
// it, so the goroutine, its stack already grown to what the app needs,
// serves many events; when the load stops, the goroutines end soon after.
const workerLinger = time.Millisecond

// task is work for a worker: reading a connection (read is set) or an
// admitted event waiting to run.
type task struct {
	read *wsConn

	ev  *event
	p   *place
	req *framework.Request
}

// do runs t.
func (t task) do(h *Handler) {
	if t.read != nil {
		t.read.read()
		return
	}
	h.run(t.ev, t.p, t.req)
}

// start runs t on a goroutine: an idle worker if one is waiting for work,
// else a new one. The hand-over never waits: tasks is unbuffered, so a
// send succeeds only to a worker already waiting in receive.
func (h *Handler) start(t task) {
	select {
	case h.tasks <- t:
	default:
		go h.work(t)
	}
}

// work runs t, then every task handed to it, until none came for
// workerLinger or the handler began closing.
func (h *Handler) work(t task) {
	t.do(h)
	idle := time.NewTimer(workerLinger)
	defer idle.Stop()
	for {
		select {
		case t = <-h.tasks:
			t.do(h)
			idle.Reset(workerLinger)
		case <-h.closingC:
			return
		case <-idle.C:
			return
		}
	}
}
