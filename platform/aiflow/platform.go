package aiflow

import (
	"fmt"
	"net/http"
	"sync"

	"github.com/jovo-go/jovo/framework"
)

// OutputKey is the key of AI Flow overrides in output templates
// (Template.Platforms["aiflow"]), whatever the platform's plugin name.
const OutputKey = "aiflow"

// Platform is the sipgate AI Flow platform: it decodes events into
// inputs, turns output into actions, keeps each call's state in the app's
// store keyed by session id, and pushes output at once over WebSocket.
type Platform struct {
	cfg     Config
	plugins []framework.Plugin
	tokens  *TokenChecker
	app     *framework.App

	mu      sync.Mutex
	running map[string]*inflight
}

// New returns the AI Flow platform. Plugins (an NLU, say) are installed
// under it: their hooks run for AI Flow requests only.
func New(cfg Config, plugins ...framework.Plugin) *Platform {
	cfg = cfg.withDefaults()
	return &Platform{
		cfg: cfg, plugins: plugins, tokens: NewTokenChecker(cfg.Tokens...),
		running: make(map[string]*inflight),
	}
}

// Name implements framework.Plugin.
func (p *Platform) Name() string { return p.cfg.Name }

// Config returns the platform's config with defaults applied.
func (p *Platform) Config() Config { return p.cfg }

// IntentMap returns the platform's intent map, which wins over the app's.
func (p *Platform) IntentMap() map[string]string { return p.cfg.IntentMap }

// CheckAuth checks the X-API-TOKEN header against the configured tokens in
// constant time. Servers call it before reading the body.
func (p *Platform) CheckAuth(h http.Header) error { return p.tokens.Check(h) }

// AuthEnabled reports whether a token is required.
func (p *Platform) AuthEnabled() bool { return p.tokens.Enabled() }

// Install registers the input types and the platform's hooks, and
// installs its child plugins.
func (p *Platform) Install(r *framework.Registrar) error {
	p.app = r.App()
	r.InputTypes(inputTypes[:]...)
	r.Hook(framework.After(framework.PhaseRequestEnd), p.afterLoad)
	r.Hook(framework.Before(framework.PhaseResponseEnd), p.beforeSave)
	r.Hook(framework.EventSend, p.pushSent)
	return r.Use(p.plugins...)
}

// Detect implements framework.Platform: a decoded *Event, or a JSON object
// body. Malformed bodies are claimed too, so Decode can say what is wrong.
func (p *Platform) Detect(req *framework.Request) bool {
	if _, ok := req.Value.(*Event); ok {
		return true
	}
	return req.Value == nil && len(req.Body) > 0
}

// Decode implements framework.Platform: the event becomes the input, the
// session id keys the session, and the caller's number keys the user.
func (p *Platform) Decode(c *framework.Context) error {
	ev, ok := c.Request.Value.(*Event)
	if !ok {
		var err error
		if ev, err = DecodeEvent(c.Request.Body); err != nil {
			return err
		}
	}
	c.Input = framework.Input{Type: InputTypeOf(ev), Raw: ev}
	switch ev.Type {
	case EventUserSpeak, EventUserBargeIn, EventAssistantSpeak, EventSMSFailed:
		c.Input.Text = ev.Text
	case EventDTMFReceived:
		c.Input.Text = ev.Digit
	}
	c.Session.ID = ev.Session.ID
	c.User.ID = UserID(ev.Session)
	c.SetValue(eventKey{}, ev)
	return nil
}

// UserID returns the number that identifies the person on the line: the
// caller of an inbound call, the callee of an outbound one.
func UserID(s Session) string {
	if s.Direction == DirectionOutbound {
		return s.ToPhoneNumber
	}
	return s.FromPhoneNumber
}

type eventKey struct{}

// EventOf returns the AI Flow event of a request, or nil when the request
// is not an AI Flow one.
func EventOf(c *framework.Context) *Event {
	ev, _ := c.Value(eventKey{}).(*Event)
	return ev
}

// Digit returns the key pressed in a dtmf_received event, or "".
func Digit(c *framework.Context) string {
	if ev := EventOf(c); ev != nil {
		return ev.Digit
	}
	return ""
}

// SessionInfo returns the session object of the event.
func SessionInfo(c *framework.Context) Session {
	if ev := EventOf(c); ev != nil {
		return ev.Session
	}
	return Session{}
}

// BargedIn reports whether the caller interrupted the assistant.
func BargedIn(c *framework.Context) bool { return c.Input.Type == InputUserBargeIn }

func (p *Platform) String() string { return fmt.Sprintf("aiflow.Platform(%s)", p.cfg.Name) }
