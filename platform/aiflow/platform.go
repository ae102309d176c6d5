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
// store keyed by session id, pushes output at once over WebSocket and
// cancels a session's running request when the caller barges in.
//
// A Platform is safe for concurrent requests once the app is initialized.
type Platform struct {
	cfg     Config
	plugins []framework.Plugin
	tokens  *TokenChecker

	mu      sync.Mutex
	running map[string]*turn // session id → the request running for it
}

// New returns the AI Flow platform. Plugins (an NLU, say) are installed
// under it: their hooks run for AI Flow requests only.
func New(cfg Config, plugins ...framework.Plugin) *Platform {
	cfg = cfg.withDefaults()
	return &Platform{
		cfg: cfg, plugins: plugins, tokens: NewTokenChecker(cfg.Tokens...),
		running: make(map[string]*turn),
	}
}

// Name implements framework.Plugin.
func (p *Platform) Name() string { return p.cfg.Name }

// Config returns the platform's config with defaults applied. It shares
// the TTS and BargeIn values with the platform: do not modify them.
func (p *Platform) Config() Config { return p.cfg }

// IntentMap returns the platform's intent map, which wins over the app's.
func (p *Platform) IntentMap() map[string]string { return p.cfg.IntentMap }

// CheckAuth checks the X-API-TOKEN header against the configured tokens in
// constant time. Servers call it before reading the body; it returns nil
// when no token is configured.
func (p *Platform) CheckAuth(h http.Header) error { return p.tokens.Check(h) }

// AuthEnabled reports whether a token is required.
func (p *Platform) AuthEnabled() bool { return p.tokens.Enabled() }

// Install checks the config, registers the input types and the platform's
// hooks, and installs its child plugins.
func (p *Platform) Install(r *framework.Registrar) error {
	if err := p.cfg.validate(); err != nil {
		return err
	}
	r.InputTypes(inputTypes[:]...)
	r.Hook(framework.After(framework.PhaseRequestEnd), p.afterLoad)
	r.Hook(framework.After(framework.PhaseDialogueRouter), p.afterRoute)
	r.Hook(framework.Before(framework.PhaseResponseEnd), p.beforeSave)
	r.Hook(framework.EventSend, p.pushSent)
	return r.Use(p.plugins...)
}

// Detect implements framework.Platform: a decoded *Event, or a body.
// Malformed bodies are claimed too, so Decode can say what is wrong.
func (p *Platform) Detect(req *framework.Request) bool {
	if _, ok := req.Value.(*Event); ok {
		return true
	}
	return req.Value == nil && len(req.Body) > 0
}

// Decode implements framework.Platform: the event becomes the input, the
// session id keys the session, and the number of the person on the line
// keys the user (see UserID).
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
	c.SetValue(turnKey{}, &turn{ev: ev})
	return nil
}

// String names the platform for logs: aiflow.Platform(<name>).
func (p *Platform) String() string { return fmt.Sprintf("aiflow.Platform(%s)", p.cfg.Name) }
