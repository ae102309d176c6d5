package server

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/jovo-go/jovo/framework"
)

// webhook serves POST /webhook: one AI Flow event in, its answer out. The
// checks run cheapest first, and the token before a byte of the body is
// read.
func (h *Handler) webhook(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	if err := h.authenticate(r.Header); err != nil {
		h.refuse(w, r, http.StatusUnauthorized, reasonUnauthorized, "unauthorized: "+err.Error())
		return
	}
	if err := checkContentType(r.Header.Get("Content-Type")); err != nil {
		h.refuse(w, r, http.StatusUnsupportedMediaType, reasonMediaType, err.Error())
		return
	}
	if h.closing.Load() {
		h.refuse(w, r, http.StatusServiceUnavailable, reasonShuttingDown, errShutdownRefused.Error())
		return
	}
	limit := h.opts.MaxBodyBytes
	if r.ContentLength > limit {
		h.refuse(w, r, http.StatusRequestEntityTooLarge, reasonTooLarge, fmt.Sprintf("body exceeds the limit of %d bytes", limit))
		return
	}
	body, err := readBody(w, r, limit)
	if err != nil {
		status, reason, msg := bodyError(err, limit)
		h.reject(w, r, status, reason, msg, err)
		return
	}
	env, err := h.decode(body)
	if err != nil {
		h.reject(w, r, http.StatusBadRequest, reasonBadRequest, err.Error(), nil)
		return
	}
	if !h.enter() {
		h.reject(w, r, http.StatusServiceUnavailable, reasonShuttingDown, errShutdownRefused.Error(), nil)
		return
	}
	ev := &event{env: env, transport: framework.TransportHTTP, start: start}
	h.serveEvent(w, r, ev, &framework.Request{
		Body: body, Value: env.Value, Header: r.Header, Transport: framework.TransportHTTP,
	})
}

// serveEvent runs an admitted webhook event on the request's own
// goroutine, which waits for the answer anyway: no hand-over to another
// goroutine, and so no wake-up of another CPU, on the way of an event.
// The deadline's fallback is written by the context's AfterFunc while the
// app still runs, and flushed at once; serveEvent returns only when the
// answer, whichever it is, was written.
func (h *Handler) serveEvent(w http.ResponseWriter, r *http.Request, ev *event, req *framework.Request) {
	written := make(chan struct{})
	ev.deliver = func(a answer) {
		writeAnswer(w, a)
		// The app may still be running: flush, or the client would wait
		// for it.
		_ = http.NewResponseController(w).Flush()
		close(written)
	}
	ev.ctx, ev.release = context.WithTimeoutCause(r.Context(), h.opts.Deadline, ErrDeadline)
	p := h.admit(ev)
	if !p.waitCtx(ev.ctx) {
		// The deadline passed in the queue: the fallback answers now, and
		// the event never runs. Its place is given up once the events
		// before it are done, so that the session's order holds.
		h.expire(ev)
		go func() {
			defer h.leave()
			defer ev.release()
			p.wait()
			p.leave()
		}()
		return
	}
	func() {
		defer h.leave()
		defer ev.release()
		defer p.leave()
		ev.stopExpiry = context.AfterFunc(ev.ctx, func() { h.expire(ev) })
		h.runApp(ev, req)
	}()
	<-written
}

// writeAnswer writes a as the HTTP response.
func writeAnswer(w http.ResponseWriter, a answer) {
	switch status := httpStatus(a); status {
	case http.StatusOK:
		writeJSON(w, status, a.body)
	case http.StatusNoContent:
		w.WriteHeader(status)
	default:
		writeError(w, status, httpMessage(a))
	}
}

// authenticate runs Options.Auth, if any.
func (h *Handler) authenticate(hdr http.Header) error {
	if h.opts.Auth == nil {
		return nil
	}
	return h.opts.Auth.Check(hdr)
}

// decode reads the envelope of body, refusing what cannot be an event.
func (h *Handler) decode(body []byte) (env Envelope, err error) {
	if len(body) == 0 {
		return env, errEmptyBody
	}
	err = errDecoderPanicked
	h.safely("Decoder", func() { env, err = h.opts.Decoder.DecodeEnvelope(body) })
	if err == nil && env.SessionID == "" {
		err = errNoSessionID
	}
	return env, err
}
