package aiflow

import (
	"fmt"
	"math"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
)

// Respond implements framework.Platform: every template not pushed yet
// becomes actions, validated and encoded (one object, or an array in send
// order). session_end and user_speech_started get no answer whatever was
// sent (PROTOCOL 10.3), and the output of a request cancelled by a
// barge-in is dropped.
func (p *Platform) Respond(c *framework.Context) (framework.Response, error) {
	pending := c.Output[min(sent(c), len(c.Output)):]
	if ev := EventOf(c); ev != nil && (ev.Type == EventSessionEnd || ev.Type == EventUserSpeechStarted) {
		if len(pending) > 0 {
			c.Logger().Warn("aiflow: output for an event that takes no answer was dropped",
				zapString("event", string(ev.Type)), zapString("session", c.Session.ID))
		}
		return framework.Response{}, nil
	}
	if c.Context().Err() != nil && interrupted(c) {
		return framework.Response{}, nil
	}
	actions, err := p.Actions(c, pending)
	if err != nil {
		return framework.Response{}, err
	}
	body, err := EncodeActions(actions)
	if err != nil {
		return framework.Response{}, err
	}
	return framework.Response{Native: actions, Body: body}, nil
}

// Actions converts templates into actions for the current session: the
// AI Flow actions a template carries (sent as output types), its message
// as a speak with the platform's defaults, a native action from
// Platforms["aiflow"].NativeResponse, and a hangup when the template stops
// listening.
func (p *Platform) Actions(c *framework.Context, ts []output.Template) ([]Action, error) {
	var out []Action
	rnd := c.App().Config().Rand
	for i, t := range ts {
		if err := output.Validate(t); err != nil {
			return nil, fmt.Errorf("output %d: %w", i+1, err)
		}
		n, err := output.Normalize(t, OutputKey, rnd)
		if err != nil {
			return nil, fmt.Errorf("output %d: %w", i+1, err)
		}
		closes := n.Listen != nil && !n.Listen.Open
		if n.Message != nil {
			out = append(out, p.speak(c, n.Message.Spoken(), closes))
		}
		if po := n.Platforms[OutputKey]; po != nil {
			if acts, ok := po.Extensions[extActions].([]Action); ok {
				for _, a := range acts {
					out = append(out, p.finish(c, a, closes))
				}
			}
			if len(po.NativeResponse) > 0 {
				a, err := nativeAction(po.NativeResponse)
				if err != nil {
					return nil, fmt.Errorf("output %d: native response: %w", i+1, err)
				}
				out = append(out, p.finish(c, a, closes))
			}
		}
		if closes {
			out = append(out, &Hangup{SessionID: c.Session.ID})
		}
	}
	return out, nil
}

// speak builds the speak of a message: SSML when the text is SSML.
func (p *Platform) speak(c *framework.Context, text string, closes bool) Action {
	s := &Speak{SessionID: c.Session.ID}
	if output.IsSSML(text) {
		s.SSML = text
	} else {
		s.Text = text
	}
	p.defaults(s, closes)
	return s
}

// finish fills in the session id and, for a speak, the defaults.
func (p *Platform) finish(c *framework.Context, a Action, closes bool) Action {
	a = withSession(a, c.Session.ID)
	if s, ok := a.(*Speak); ok {
		p.defaults(s, closes)
	}
	return a
}

// defaults applies the platform config to a speak that sets nothing of its
// own. A speak before a hangup arms no input timer.
func (p *Platform) defaults(s *Speak, closes bool) {
	if s.TTS == nil {
		s.TTS = p.cfg.TTS
	}
	if s.BargeIn == nil {
		s.BargeIn = p.cfg.BargeIn
	}
	switch {
	case s.UserInputTimeoutSeconds == NoUserInputTimeout || closes:
		s.UserInputTimeoutSeconds = 0
	case s.UserInputTimeoutSeconds == 0 && p.cfg.UserInputTimeout > 0:
		s.UserInputTimeoutSeconds = math.Round(p.cfg.UserInputTimeout.Seconds()*1000) / 1000
	}
}

// nativeAction decodes a native action given as a JSON-like map.
func nativeAction(m map[string]any) (Action, error) {
	b, err := jsonMarshal(m)
	if err != nil {
		return nil, err
	}
	acts, err := DecodeActions(b)
	if err != nil {
		return nil, err
	}
	if len(acts) != 1 {
		return nil, fmt.Errorf("want one action, got %d", len(acts))
	}
	return acts[0], nil
}
