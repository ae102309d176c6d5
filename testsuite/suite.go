package testsuite

import (
	"context"
	"fmt"
	"maps"
	"testing"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
)

// Step is one turn of a scripted conversation: it builds the raw request.
// The test platform's steps come from Launch, Intent, Text and Input;
// platform packages provide their own (AI Flow: a call's Say, Press, …).
// It is framework.RequestBuilder, so a platform's []framework.RequestBuilder
// (aiflow.Call.PressAll) goes to Run as it is: s.Run(call.PressAll("123#")...).
type Step = framework.RequestBuilder

// Result is what one run produced.
type Result struct {
	// Output is the templates the handlers sent (after a fallback: the
	// fallback's).
	Output []output.Template
	// Response is the platform's native response (*Response for the test
	// platform).
	Response any
	// Body is the encoded wire body, nil when nothing is sent.
	Body []byte
	// Route is the router's result.
	Route *framework.Route
	// Err is the error the request fell back on, if any.
	Err error
	// Context is the request's context object, for anything else.
	Context *framework.Context
}

// Suite drives one app in-process. It is not safe for concurrent use; give
// each (parallel) test its own suite and app.
type Suite struct {
	t        testing.TB
	app      *framework.App
	platform framework.Platform
	ctx      context.Context
	userID   string
	locale   string

	sessionID   string
	sessions    int
	seedSession map[string]any
	seedUser    map[string]any
	seedData    map[string]any
	seedState   framework.State
	stateSet    bool
	last        *framework.Context
}

// Option configures a Suite.
type Option func(*Suite)

// WithPlatform makes the suite use p instead of the generic test platform
// (steps must then build p's requests).
func WithPlatform(p framework.Platform) Option { return func(s *Suite) { s.platform = p } }

// WithUserID sets the user id of the test platform's requests.
func WithUserID(id string) Option { return func(s *Suite) { s.userID = id } }

// WithLocale sets the locale of the test platform's requests.
func WithLocale(locale string) Option { return func(s *Suite) { s.locale = locale } }

// WithContext sets the context.Context runs use (default: the test's).
func WithContext(ctx context.Context) Option { return func(s *Suite) { s.ctx = ctx } }

// New installs the platform (the generic test platform unless WithPlatform
// says otherwise) and the suite's own hooks into app and initializes it. The
// app must be fresh: build one per suite, so every suite starts with fresh
// storage. A configuration error fails the test.
func New(t testing.TB, app *framework.App, opts ...Option) *Suite {
	t.Helper()
	s := &Suite{t: t, app: app, userID: "test-user", ctx: t.Context()}
	for _, o := range opts {
		o(s)
	}
	if app.Initialized() {
		t.Fatalf("testsuite: the app is already initialized; build a fresh app per suite")
	}
	if s.platform == nil {
		s.platform = NewPlatform()
	}
	app.Use(s.platform, &hooks{s: s})
	if err := app.Initialize(s.ctx); err != nil {
		t.Fatalf("testsuite: initialize app: %v", err)
	}
	return s
}

// App returns the suite's app.
func (s *Suite) App() *framework.App { return s.app }

// Run runs the steps in order and returns the result of the last one. An
// error that prevents an answer (a malformed request) fails the test; a
// fallback is reported in Result.Err.
func (s *Suite) Run(steps ...Step) *Result {
	s.t.Helper()
	var res *Result
	for i, st := range steps {
		r, err := s.RunE(st)
		if err != nil {
			s.t.Fatalf("testsuite: step %d: %v", i+1, err)
		}
		res = r
	}
	return res
}

// RunE runs one step and returns its error instead of failing the test.
func (s *Suite) RunE(step Step) (*Result, error) {
	req, err := step.Request()
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	if r, ok := req.Value.(*Request); ok {
		s.prepare(r)
	}
	out, err := s.app.Handle(s.ctx, req)
	if err != nil {
		return nil, err
	}
	c := out.Context
	s.last = c
	return &Result{
		Output: c.Output, Response: out.Response.Native, Body: out.Response.Body,
		Route: c.Route, Err: out.Err, Context: c,
	}, nil
}

// prepare fills in the session, user and locale of a test platform request.
func (s *Suite) prepare(r *Request) {
	if r.Input.Type == framework.InputLaunch || s.sessionID == "" {
		if r.SessionID == "" || r.SessionID == s.sessionID {
			s.sessions++
			s.sessionID = fmt.Sprintf("test-session-%d", s.sessions)
		}
	}
	if r.SessionID == "" {
		r.SessionID = s.sessionID
	}
	s.sessionID = r.SessionID
	if r.UserID == "" {
		r.UserID = s.userID
	}
	if r.Locale == "" {
		r.Locale = s.locale
	}
}

// SetSessionData seeds a session data value for the next run.
func (s *Suite) SetSessionData(key string, v any) { s.seed(&s.seedSession)[key] = v }

// SetUserData seeds a user data value for the next run.
func (s *Suite) SetUserData(key string, v any) { s.seed(&s.seedUser)[key] = v }

// SetRequestData seeds a request-scoped data value (Context.Data) for the
// next run.
func (s *Suite) SetRequestData(key string, v any) { s.seed(&s.seedData)[key] = v }

// SetAppData sets an app data value (App.Data).
func (s *Suite) SetAppData(key string, v any) { s.app.Data().Store(key, v) }

// SetState seeds the state stack for the next run.
func (s *Suite) SetState(st framework.State) { s.seedState, s.stateSet = st.Clone(), true }

func (s *Suite) seed(m *map[string]any) map[string]any {
	if *m == nil {
		*m = make(map[string]any)
	}
	return *m
}

// Session returns the session as the last run left it.
func (s *Suite) Session() framework.Session {
	if s.last == nil {
		return framework.Session{}
	}
	return s.last.Session
}

// User returns the user as the last run left it.
func (s *Suite) User() framework.User {
	if s.last == nil {
		return framework.User{}
	}
	return s.last.User
}

// hooks is the suite's plugin: it applies seeds once the session is
// loaded.
type hooks struct{ s *Suite }

func (h *hooks) Name() string { return "testsuite" }

func (h *hooks) Install(r *framework.Registrar) error {
	r.Hook(framework.After(framework.PhaseRequestEnd), func(c *framework.Context, _ any) error {
		s := h.s
		maps.Copy(c.Session.Data, s.seedSession)
		maps.Copy(c.User.Data, s.seedUser)
		if len(s.seedData) > 0 {
			maps.Copy(c.Data(), s.seedData)
		}
		if s.stateSet {
			c.Session.State = s.seedState
		}
		s.seedSession, s.seedUser, s.seedData, s.seedState, s.stateSet = nil, nil, nil, nil, false
		return nil
	})
	return nil
}
