package server

import (
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
		h.reject(w, r, http.StatusUnauthorized, reasonUnauthorized, "unauthorized: "+err.Error(), nil)
		return
	}
	if err := checkContentType(r.Header.Get("Content-Type")); err != nil {
		h.reject(w, r, http.StatusUnsupportedMediaType, reasonMediaType, err.Error(), nil)
		return
	}
	if h.closing.Load() {
		h.reject(w, r, http.StatusServiceUnavailable, reasonShuttingDown, errShutdownRefused.Error(), nil)
		return
	}
	limit := h.opts.MaxBodyBytes
	if r.ContentLength > limit {
		h.reject(w, r, http.StatusRequestEntityTooLarge, reasonTooLarge, fmt.Sprintf("body exceeds the limit of %d bytes", limit), nil)
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
	answered := make(chan answer, 1)
	ev := &event{
		env: env, transport: framework.TransportHTTP, start: start,
		deliver: func(a answer) { answered <- a },
	}
	h.dispatch(r.Context(), ev, &framework.Request{
		Body: body, Value: env.Value, Header: r.Header, Transport: framework.TransportHTTP,
	}, false)
	var a answer
	select {
	case a = <-answered:
	case <-ev.ctx.Done():
		h.expire(ev) // a no-op if the app's answer won the race
		a = <-answered
	}
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
