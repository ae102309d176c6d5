package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

// Handler is the http.Handler of the server: POST /webhook, GET /ws,
// GET /healthz and GET /metrics on a chi router. Mount it anywhere (under
// a prefix with http.StripPrefix or chi's Mount); call Shutdown before the
// program exits so that no accepted event goes unanswered. Server wraps it
// with an http.Server and does that for you.
type Handler struct {
	app     App
	opts    Options
	log     *zap.Logger
	mux     *chi.Mux
	queues  *queues
	live    *liveSessions
	metrics *metrics

	// active counts events from acceptance until their handler really
	// finished; once closing, the last to leave closes idle.
	active   atomic.Int64
	closing  atomic.Bool
	closeMu  sync.Mutex // guards closingC, wsConns and conns.Add against closing
	closingC chan struct{}
	tasks    chan task // hands events to idle workers; unbuffered
	idle     chan struct{}
	idleOnce sync.Once
	conns    sync.WaitGroup // WebSocket connections being served
	wsConns  map[*wsConn]struct{}

	// base is the parent of every WebSocket connection's context; Close
	// cancels it.
	base       context.Context
	baseCancel context.CancelFunc
}

// NewHandler returns the Handler for app with opts (nil: defaults). The
// options are copied; an error wrapping ErrInvalidOptions names every
// field that cannot work.
func NewHandler(app App, opts *Options) (*Handler, error) {
	if app == nil {
		return nil, fmt.Errorf("%w: app is nil", ErrInvalidOptions)
	}
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	log := o.Logger
	if !o.LogRawPhoneNumbers {
		log = log.WithOptions(zap.WrapCore(MaskCore))
	}
	h := &Handler{
		app:      app,
		opts:     o,
		log:      log,
		queues:   newQueues(),
		live:     newLiveSessions(o.SessionIdleTimeout, time.Now),
		closingC: make(chan struct{}),
		tasks:    make(chan task),
		idle:     make(chan struct{}),
		wsConns:  make(map[*wsConn]struct{}),
	}
	h.base, h.baseCancel = context.WithCancel(context.Background())
	h.metrics = newMetrics(o.MetricsNamespace, h.live)
	if o.Auth == nil {
		h.log.Warn("no authenticator configured: the webhook and the WebSocket accept requests without a token")
	}
	h.mux = h.routes()
	return h, nil
}

func (h *Handler) routes() *chi.Mux {
	r := chi.NewRouter()
	r.Use(h.recoverer)
	r.HandleFunc("/webhook", h.only(h.webhook, http.MethodPost))
	r.HandleFunc("/ws", h.only(h.serveWS, http.MethodGet))
	r.HandleFunc("/healthz", h.only(h.healthz, http.MethodGet, http.MethodHead))
	metrics := promhttp.HandlerFor(h.metrics.registry, promhttp.HandlerOpts{})
	r.HandleFunc("/metrics", h.only(metrics.ServeHTTP, http.MethodGet, http.MethodHead))
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no route for "+r.URL.Path)
	})
	return r
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mux.ServeHTTP(w, r)
}

// Registry returns the handler's own Prometheus registry, served at
// /metrics, so a program can add its own collectors.
func (h *Handler) Registry() *prometheus.Registry { return h.metrics.registry }

// Options returns the handler's options with defaults applied.
func (h *Handler) Options() Options { return h.opts }

// only restricts a route to methods; any other answers 405 with Allow.
func (h *Handler) only(next http.HandlerFunc, methods ...string) http.HandlerFunc {
	allow := methods[0]
	for _, m := range methods[1:] {
		allow += ", " + m
	}
	return func(w http.ResponseWriter, r *http.Request) {
		for _, m := range methods {
			if r.Method == m {
				next(w, r)
				return
			}
		}
		w.Header().Set("Allow", allow)
		h.refuse(w, r, http.StatusMethodNotAllowed, reasonMethod,
			fmt.Sprintf("method %s not allowed, use %s", r.Method, allow))
	}
}

// Messages of refused requests.
var (
	errShutdownRefused = errors.New("server is shutting down")
	errEmptyBody       = errors.New("empty body, want one JSON event object")
	errNoSessionID     = errors.New("the event has no session id")
	errDecoderPanicked = errors.New("the event could not be decoded (decoder panicked)")
)
