package server

import (
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/jovo-go/jovo/framework"
)

// Outcomes of an event, the "outcome" label of the events counter and a
// field of the event's log line.
const (
	// OutcomeOK: the app answered.
	OutcomeOK = "ok"
	// OutcomeError: a handler failed and the app's fallback output answered.
	OutcomeError = "error"
	// OutcomeNoRoute: no handler took the event; the app's NoRoute output
	// (usually nothing) answered.
	OutcomeNoRoute = "no_route"
	// OutcomePanic: a handler panicked.
	OutcomePanic = "panic"
	// OutcomeTimeout: the deadline passed and Options.Fallback answered.
	OutcomeTimeout = "timeout"
	// OutcomeCancelled: the client went away, or the connection closed,
	// before the app answered.
	OutcomeCancelled = "cancelled"
	// OutcomeRejected: the app refused the event as malformed.
	OutcomeRejected = "rejected"
	// OutcomeFailed: the app could not handle the event at all (not
	// initialized, say).
	OutcomeFailed = "failed"
)

// Reasons for refusing a request or frame before it became an event, the
// "reason" label of the rejections counter.
const (
	reasonUnauthorized = "unauthorized"
	reasonTooLarge     = "too_large"
	reasonMediaType    = "unsupported_media_type"
	reasonMethod       = "method_not_allowed"
	reasonBadRequest   = "bad_request"
	reasonShuttingDown = "shutting_down"
	reasonReadFailed   = "read_failed"
	otherEventType     = "other"
)

// metrics are the collectors of one Handler, registered on its own
// registry, never on the global default one.
type metrics struct {
	registry    *prometheus.Registry
	events      *prometheus.CounterVec
	rejected    *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	connections prometheus.Gauge

	// eventCounters and durations cache the children of events and
	// duration by label values: WithLabelValues hashes the values and
	// takes the vector's lock on every call, a lookup here does neither.
	// The label sets are bounded (see typeLabel), so the caches are too.
	eventCounters sync.Map // eventLabels -> prometheus.Counter
	durations     sync.Map // eventLabels (outcome empty) -> prometheus.Observer
}

// eventLabels are the label values of one child of events or duration.
type eventLabels struct {
	transport framework.Transport
	typ       string
	outcome   string
}

func newMetrics(ns string, live *liveSessions) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "events_total",
			Help: "Events answered, by transport, event type and outcome.",
		}, []string{"transport", "type", "outcome"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "requests_rejected_total",
			Help: "Requests and frames refused before they became events, by transport and reason.",
		}, []string{"transport", "reason"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: ns, Name: "handler_duration_seconds",
			Help:    "Time the app took to handle an event, late results included.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, .8, 1, 2.5, 5},
		}, []string{"transport", "type"}),
		connections: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "websocket_connections",
			Help: "Open WebSocket connections.",
		}),
	}
	m.registry.MustRegister(m.events, m.rejected, m.duration, m.connections,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: ns, Name: "sessions_live",
			Help: "Sessions seen and not yet ended nor idle past the session idle timeout.",
		}, func() float64 { return float64(live.count()) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// typeLabel keeps the label set of event types bounded.
func typeLabel(env Envelope) string {
	if env.Known {
		return env.Type
	}
	return otherEventType
}

func (m *metrics) event(t framework.Transport, env Envelope, outcome string) {
	k := eventLabels{transport: t, typ: typeLabel(env), outcome: outcome}
	c, ok := m.eventCounters.Load(k)
	if !ok {
		c, _ = m.eventCounters.LoadOrStore(k, m.events.WithLabelValues(string(t), k.typ, outcome))
	}
	c.(prometheus.Counter).Inc()
}

func (m *metrics) reject(t framework.Transport, reason string) {
	m.rejected.WithLabelValues(string(t), reason).Inc()
}

func (m *metrics) handled(t framework.Transport, env Envelope, d time.Duration) {
	k := eventLabels{transport: t, typ: typeLabel(env)}
	o, ok := m.durations.Load(k)
	if !ok {
		o, _ = m.durations.LoadOrStore(k, m.duration.WithLabelValues(string(t), k.typ))
	}
	o.(prometheus.Observer).Observe(d.Seconds())
}
