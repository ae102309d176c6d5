package testsuite

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
)

// PlatformName is the name of the generic test platform.
const PlatformName = "test"

// Request is the native request of the test platform: an input for a
// session and a user.
type Request struct {
	SessionID string          `json:"sessionId"`
	UserID    string          `json:"userId,omitempty"`
	Locale    string          `json:"locale,omitempty"`
	Input     framework.Input `json:"input"`
}

// Response is the native response of the test platform: the output
// templates of the request, normalized for the platform and merged into one
// (Jovo's single-response strategy), and whether the session ended.
type Response struct {
	Output     output.Template   `json:"output"`
	Templates  []output.Template `json:"templates"`
	SessionEnd bool              `json:"sessionEnd"`
}

// Platform is a generic platform for tests: it accepts *Request values in
// framework.Request.Value, or their JSON in Body.
type Platform struct {
	name      string
	intentMap map[string]string
	types     []framework.InputType
}

// NewPlatform returns the test platform. It accepts any input type you
// declare with types, besides the built-in ones.
func NewPlatform(types ...framework.InputType) *Platform {
	return &Platform{name: PlatformName, types: types}
}

// WithIntentMap sets the platform's intent map, which wins over the app's.
func (p *Platform) WithIntentMap(m map[string]string) *Platform { p.intentMap = m; return p }

// Name implements framework.Plugin.
func (p *Platform) Name() string { return p.name }

// IntentMap returns the platform's intent map.
func (p *Platform) IntentMap() map[string]string { return p.intentMap }

// Install registers the platform's input types.
func (p *Platform) Install(r *framework.Registrar) error {
	r.InputTypes(p.types...)
	return nil
}

// Detect implements framework.Platform.
func (p *Platform) Detect(req *framework.Request) bool {
	if _, ok := req.Value.(*Request); ok {
		return true
	}
	return req.Value == nil && len(req.Body) > 0 && json.Valid(req.Body)
}

// ErrNoSession is returned when a test request has no session id.
var ErrNoSession = errors.New("test request has no session id")

// Decode implements framework.Platform.
func (p *Platform) Decode(c *framework.Context) error {
	r, ok := c.Request.Value.(*Request)
	if !ok {
		r = new(Request)
		if err := json.Unmarshal(c.Request.Body, r); err != nil {
			return fmt.Errorf("decode test request: %w", err)
		}
	}
	if r.SessionID == "" {
		return ErrNoSession
	}
	if r.Input.Type == "" {
		r.Input.Type = framework.InputIntent
	}
	c.Input = r.Input
	c.Session.ID = r.SessionID
	c.User.ID = r.UserID
	c.Locale = r.Locale
	return nil
}

// Respond implements framework.Platform: it validates and normalizes each
// template for this platform and merges them into one.
func (p *Platform) Respond(c *framework.Context) (framework.Response, error) {
	if len(c.Output) == 0 {
		return framework.Response{Native: &Response{}}, nil
	}
	ts := make([]output.Template, len(c.Output))
	for i, t := range c.Output {
		if err := output.Validate(t); err != nil {
			return framework.Response{}, fmt.Errorf("output #%d: %w", i, err)
		}
		n, err := output.Normalize(t, p.name, c.App().Config().Rand)
		if err != nil {
			return framework.Response{}, fmt.Errorf("output #%d: %w", i, err)
		}
		ts[i] = n
	}
	merged := output.Merge(ts)
	resp := &Response{Output: merged, Templates: ts, SessionEnd: merged.Listen != nil && !merged.Listen.Open}
	return framework.Response{Native: resp}, nil
}
