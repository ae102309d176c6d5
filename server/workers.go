package server

import (
	"time"

	"github.com/jovo-go/jovo/framework"
)

// Workers run WebSocket events: the connection's reader must go on
// reading while an event runs. (A webhook event runs on its request's
// goroutine, see serveEvent.)

// workerLinger is how long a goroutine that ran an event waits for the
// next one before it ends. Under load the next event comes well within
// it, so the goroutine, its stack already grown to what the app needs,
// runs many events; when the load stops, the goroutines end soon after.
const workerLinger = time.Millisecond

// task is an admitted event waiting for a goroutine to run it.
type task struct {
	ev  *event
	p   *place
	req *framework.Request
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
	h.run(t.ev, t.p, t.req)
	idle := time.NewTimer(workerLinger)
	defer idle.Stop()
	for {
		select {
		case t = <-h.tasks:
			h.run(t.ev, t.p, t.req)
			idle.Reset(workerLinger)
		case <-idle.C:
			return
		case <-h.closingC:
			return
		}
	}
}
