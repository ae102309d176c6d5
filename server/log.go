package server

import (
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/jovo-go/jovo/framework"
)

// logEvent writes the one line of an answered event: session, type,
// route, latency since arrival and outcome, plus the HTTP status, the
// error and, for a panic, its value and stack.
func (h *Handler) logEvent(ev *event, a answer) {
	level := zapcore.InfoLevel
	switch a.outcome {
	case OutcomeOK:
	case OutcomePanic, OutcomeFailed:
		level = zapcore.ErrorLevel
	default:
		level = zapcore.WarnLevel
	}
	ce := h.log.Check(level, "event")
	if ce == nil {
		return
	}
	fields := make([]zap.Field, 0, 10)
	fields = append(fields,
		zap.String("session", ev.env.SessionID),
		zap.String("type", ev.env.Type),
		zap.String("transport", string(ev.transport)),
		zap.String("route", a.route),
		zap.Duration("latency", time.Since(ev.start)),
		zap.String("outcome", a.outcome),
	)
	if ev.transport == framework.TransportHTTP {
		fields = append(fields, zap.Int("status", httpStatus(a)))
	} else {
		fields = append(fields, zap.Bool("sent", a.body != nil))
	}
	if a.err != nil {
		fields = append(fields, zap.Error(a.err))
	}
	if a.stack != nil {
		fields = append(fields, zap.String("panic", a.panic), zap.ByteString("stack", a.stack))
	}
	ce.Write(fields...)
}

// logLate records a result that came after the fallback had answered.
func (h *Handler) logLate(ev *event, a answer, took time.Duration) {
	if ce := h.log.Check(zapcore.WarnLevel, "late result dropped"); ce != nil {
		fields := []zap.Field{
			zap.String("session", ev.env.SessionID),
			zap.String("type", ev.env.Type),
			zap.String("transport", string(ev.transport)),
			zap.String("route", a.route),
			zap.Duration("handler_duration", took),
			zap.String("outcome", a.outcome),
		}
		if a.stack != nil {
			fields = append(fields, zap.String("panic", a.panic), zap.ByteString("stack", a.stack))
		}
		ce.Write(fields...)
	}
}
