package aiflow_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// callID is the session id of the test calls.
const callID = "call-1"

// The platform defaults as they appear in a speak action.
const (
	defTTS     = `"tts":{"provider":"azure","language":"en-US","voice":"en-US-JennyNeural"}`
	defBargeIn = `"barge_in":{"strategy":"minimum_characters","minimum_characters":3}`
	defaults   = defTTS + `,` + defBargeIn + `,"user_input_timeout_seconds":4`
)

// comp is a component defined by a function.
type comp func(d *framework.Def)

func (f comp) Define(d *framework.Def) { f(d) }

// send returns a handler that sends outs.
func send(outs ...output.Output) framework.HandlerFunc {
	return func(c *framework.Context) error { return c.Send(outs...) }
}

// bot is a test app: its components, app config and platform config.
type bot struct {
	app      framework.Config
	platform aiflow.Config
	comps    []framework.Component
	// errs collects what the app's error listeners see.
	errs *errorLog
	logs *observer.ObservedLogs
}

// errorLog records the errors of an app; it is safe for concurrent use.
type errorLog struct {
	mu   sync.Mutex
	errs []error
}

func (l *errorLog) add(_ *framework.Context, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.errs = append(l.errs, err)
}

func (l *errorLog) all() []error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]error(nil), l.errs...)
}

// newBot returns a bot with one root component defined by define.
func newBot(define func(d *framework.Def)) *bot {
	return &bot{comps: []framework.Component{comp(func(d *framework.Def) {
		d.Name("Bot")
		define(d)
	})}}
}

// build makes the app and the platform, with an observed logger and an
// error log.
func (b *bot) build() (*framework.App, *aiflow.Platform) {
	core, logs := observer.New(zapcore.DebugLevel)
	b.logs = logs
	b.errs = &errorLog{}
	cfg := b.app
	cfg.Components = b.comps
	cfg.Logger = zap.New(core)
	app := framework.New(cfg).OnError(b.errs.add)
	return app, aiflow.New(b.platform)
}

// suite builds the bot and returns a test suite driving it.
func (b *bot) suite(t *testing.T) (*testsuite.Suite, *aiflow.Platform) {
	t.Helper()
	app, p := b.build()
	return testsuite.New(t, app, testsuite.WithPlatform(p)), p
}

// initialized builds and initializes the bot without a suite, for tests
// that call App.Handle themselves (concurrently, say).
func (b *bot) initialized(t *testing.T) (*framework.App, *aiflow.Platform) {
	t.Helper()
	app, p := b.build()
	app.Use(p)
	require.NoError(t, app.Initialize(t.Context()))
	return app, p
}

// body returns a result's wire body as a string; "" for no body (204).
func body(r *testsuite.Result) string { return string(r.Body) }

// pushed records the frames a WebSocket would carry.
type pushed struct {
	mu     sync.Mutex
	frames []string
	err    error // returned by every push
}

func (p *pushed) push(_ context.Context, b []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.frames = append(p.frames, string(b))
	return p.err
}

func (p *pushed) all() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.frames...)
}

// ws is a step delivered over a WebSocket: the request can push.
type ws struct {
	aiflow.Step
	to *pushed
}

func (s ws) Request() (*framework.Request, error) {
	r, err := s.Step.Request()
	if err != nil {
		return nil, err
	}
	r.Transport = framework.TransportWebSocket
	r.Push = s.to.push
	return r, nil
}

// request builds the framework request of a step.
func request(t *testing.T, s testsuite.Step) *framework.Request {
	t.Helper()
	r, err := s.Request()
	require.NoError(t, err)
	return r
}
