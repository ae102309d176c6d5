package server

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

// dispatch prepares an admitted WebSocket event: it gets a context with
// the deadline, its place in its session's queue, and the fallback armed
// on the context; the returned task, run, answers it when its turn comes.
// ev is answered exactly once through ev.deliver, by the app or, when the
// context ends first, by the fallback. A webhook event runs on its
// request's goroutine instead (see serveEvent).
func (h *Handler) dispatch(parent context.Context, ev *event, req *framework.Request) task {
	ev.ctx, ev.release = context.WithTimeoutCause(parent, h.opts.Deadline, ErrDeadline)
	p := h.admit(ev)
	ev.stopExpiry = context.AfterFunc(ev.ctx, func() { h.expire(ev) })
	return task{ev: ev, p: p, req: req}
}

// admit counts ev's session as live and queues ev behind the session's
// other events, calling Options.OnArrival in queue order.
func (h *Handler) admit(ev *event) *place {
	h.live.touch(ev.env.SessionID, ev.env.End)
	var arrived func()
	if h.opts.OnArrival != nil {
		arrived = func() {
			h.safely("OnArrival", func() { h.opts.OnArrival(Arrival{Envelope: ev.env, Transport: ev.transport}) })
		}
	}
	ev.place = h.queues.join(ev.env.SessionID, arrived)
	return ev.place
}

// run waits for the event's turn and runs the app, unless the fallback
// answered while it waited. The session's next event starts only when
// the app really returned, even after a fallback.
func (h *Handler) run(ev *event, p *place, req *framework.Request) {
	defer h.leave()
	defer ev.release()
	defer p.leave()
	p.wait()
	if ev.ctx.Err() != nil {
		return // its deadline passed in the queue: the fallback answered
	}
	h.runApp(ev, req)
}

// runApp runs the app for ev and answers with its result, unless the
// fallback answered first; a late result is logged and dropped.
func (h *Handler) runApp(ev *event, req *framework.Request) {
	start := time.Now()
	res, pv, err := h.call(ev.ctx, req)
	took := time.Since(start)
	h.metrics.handled(ev.transport, ev.env, took)
	a := h.answerFor(ev, res, err, pv)
	if ev.ctx.Err() != nil {
		// The result came after the deadline (or the client left): it is
		// late even if it beat the fallback to the wire.
		h.expire(ev)
		h.logLate(ev, a, took)
		return
	}
	ev.stopExpiry()
	if !h.finish(ev, a) {
		h.logLate(ev, a, took)
	}
}

// expire answers ev with the fallback when its context ends first.
func (h *Handler) expire(ev *event) {
	if !ev.settle() {
		return
	}
	cause := context.Cause(ev.ctx)
	outcome := OutcomeCancelled
	if errors.Is(cause, ErrDeadline) {
		outcome = OutcomeTimeout
	}
	h.answer(ev, answer{outcome: outcome, body: h.fallback(ev.env), err: cause})
}

// finish answers ev with a, unless it was answered already.
func (h *Handler) finish(ev *event, a answer) bool {
	if !ev.settle() {
		return false
	}
	h.answer(ev, a)
	return true
}

// answer counts a, logs it and delivers it; ev is settled. The log line
// comes first, so it is written by the time the client has the answer. On
// a WebSocket the answer waits for the answer of the session's event
// before it (see place.prevAnswered); an HTTP answer has a response of
// its own.
func (h *Handler) answer(ev *event, a answer) {
	h.metrics.event(ev.transport, ev.env, a.outcome)
	h.logEvent(ev, a)
	if ev.conn != nil {
		ev.place.waitAnswered()
	}
	ev.deliver(a)
	ev.place.markAnswered()
}

// panicked is a panic that escaped App.Handle.
type panicked struct {
	value any
	stack []byte
}

// call runs the app, recovering a panic that escapes App.Handle.
func (h *Handler) call(ctx context.Context, req *framework.Request) (res *framework.Result, p *panicked, err error) {
	defer func() {
		if v := recover(); v != nil {
			p = &panicked{value: v, stack: debug.Stack()}
		}
	}()
	res, err = h.app.Handle(ctx, req)
	return res, nil, err
}

// answerFor turns what the app returned into the event's answer.
func (h *Handler) answerFor(ev *event, res *framework.Result, err error, p *panicked) answer {
	switch {
	case p != nil:
		return answer{
			outcome: OutcomePanic, body: h.panicFallback(ev, nil),
			err:   fmt.Errorf("panic outside the handler: %v", p.value),
			panic: fmt.Sprint(p.value), stack: p.stack,
		}
	case errors.Is(err, framework.ErrBadRequest), errors.Is(err, framework.ErrNoMatchingPlatform):
		return answer{outcome: OutcomeRejected, err: err}
	case err != nil:
		return answer{outcome: OutcomeFailed, err: err}
	case res == nil:
		return answer{outcome: OutcomeFailed, err: errors.New("the app returned neither a result nor an error")}
	}
	a := answer{outcome: OutcomeOK, body: res.Response.Body, route: routeOf(res), err: res.Err}
	var he *framework.HandlerError
	switch {
	case errors.As(res.Err, &he) && he.Panic != nil:
		a.outcome, a.panic, a.stack = OutcomePanic, fmt.Sprint(he.Panic), he.Stack
		a.body = h.panicFallback(ev, a.body)
	case errors.Is(res.Err, framework.ErrNoMatchingRoute):
		a.outcome = OutcomeNoRoute
	case res.Err != nil:
		a.outcome = OutcomeError
	}
	return a
}

// routeOf names the handler that ran, as component.handler.
func routeOf(res *framework.Result) string {
	if res.Context == nil || res.Context.Route == nil || res.Context.Route.Resolved == nil {
		return ""
	}
	m := res.Context.Route.Resolved
	return m.Component + "." + m.Handler
}

// fallback returns Options.Fallback's answer for env, or nil. An event
// that ends the session or reports what happened gets no action, whatever
// the fallback says: the service accepts none for the first, and nobody
// waits for one to the second.
func (h *Handler) fallback(env Envelope) (body []byte) {
	if h.opts.Fallback == nil || env.End || env.Report {
		return nil
	}
	h.safely("Fallback", func() { body = h.opts.Fallback(env) })
	return body
}

// panicFallback is what a WebSocket sends for an event whose handler
// panicked: the app's own fallback output if it made one, else
// Options.Fallback. HTTP answers 500 instead and needs no body.
func (h *Handler) panicFallback(ev *event, appFallback []byte) []byte {
	switch {
	case ev.conn == nil:
		return nil
	case appFallback != nil:
		return appFallback
	}
	return h.fallback(ev.env)
}

// safely runs a user callback; a panic in it is logged with its stack
// instead of taking the server down.
func (h *Handler) safely(name string, fn func()) {
	defer func() {
		if v := recover(); v != nil {
			h.log.Error("panic in "+name, zap.String("panic", fmt.Sprint(v)), zap.ByteString("stack", debug.Stack()))
		}
	}()
	fn()
}
