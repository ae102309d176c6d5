package aiflow

import (
	"encoding/json"
	"fmt"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
)

// Respond implements framework.Platform: every template not pushed yet
// becomes actions, validated and encoded (one object, or an array in send
// order; see EncodeActions). session_end and user_speech_started get no
// answer whatever was sent (PROTOCOL 10.3), and the output of a request
// interrupted by a barge-in is dropped. After a fallback, all of c.Output
// (the fallback output) is sent, also when earlier output was pushed.
func (p *Platform) Respond(c *framework.Context) (framework.Response, error) {
	t := turnOf(c)
	if t == nil {
		return framework.Response{}, fmt.Errorf("aiflow: respond: not an AI Flow request")
	}
	start := t.sent
	if c.Err() != nil || start > len(c.Output) {
		// The framework replaced c.Output with its fallback or NoRoute
		// output; none of that was pushed.
		start = 0
	}
	pending := c.Output[start:]
	if takesNoAnswer(t.ev.Type) {
		if len(pending) > 0 {
			c.Logger().Warn("aiflow: output for an event that takes no answer was dropped",
				zap.String("event", string(t.ev.Type)), zap.String("session", c.Session.ID))
		}
		return framework.Response{}, nil
	}
	if t.interrupted.Load() {
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
	t.record(actions)
	return framework.Response{Native: actions, Body: body}, nil
}

// Actions converts templates into the actions of the current session, in
// order. Per template: its message as a speak, the AI Flow actions it
// carries (action outputs like *Speak, with the session id filled in), a
// native action from Platforms["aiflow"].NativeResponse, and a hangup when
// it stops listening (listen: false). Then the platform's defaults go into
// every speak that sets none of its own: TTS, barge-in, and the user input
// timeout, which a speak followed by a hangup or transfer does not get.
// The actions are new values: the templates' actions are not changed.
func (p *Platform) Actions(c *framework.Context, ts []output.Template) ([]Action, error) {
	out := make([]Action, 0, len(ts))
	id := c.Session.ID
	for i, t := range ts {
		if a := soleAction(t); a != nil {
			out = append(out, a.withSession(id))
			continue
		}
		var err error
		if out, err = p.templateActions(c, out, t); err != nil {
			return nil, fmt.Errorf("output %d: %w", i+1, err)
		}
	}
	p.applyDefaults(out)
	return out, nil
}

// soleAction returns the action of a template made by an action output
// (Speak.Templates, ...) and holding nothing else, or nil. Such a template
// needs neither validation nor normalization, which is the common case and
// the one a turn should not pay for.
func soleAction(t output.Template) Action {
	if t.Message != nil || t.Reprompt != nil || t.Listen != nil || t.QuickReplies != nil ||
		t.Card != nil || t.Carousel != nil || len(t.Platforms) != 1 {
		return nil
	}
	po := t.Platforms[OutputKey]
	if po == nil || po.Remove != nil || po.NativeResponse != nil || len(po.Extensions) != 1 ||
		po.Message != nil || po.Reprompt != nil || po.Listen != nil || po.QuickReplies != nil ||
		po.Card != nil || po.Carousel != nil || po.Platforms != nil {
		return nil
	}
	a, _ := po.Extensions[extAction].(Action)
	return a
}

// templateActions appends the actions of one generic template to out.
func (p *Platform) templateActions(c *framework.Context, out []Action, t output.Template) ([]Action, error) {
	if err := output.Validate(t); err != nil {
		return nil, err
	}
	n, err := output.Normalize(t, OutputKey, c.App().Config().Rand)
	if err != nil {
		return nil, err
	}
	id := c.Session.ID
	if n.Message != nil {
		out = append(out, speakOf(id, n.Message.Spoken()))
	}
	if po := n.Platforms[OutputKey]; po != nil {
		if a, ok := po.Extensions[extAction].(Action); ok {
			out = append(out, a.withSession(id))
		}
		if len(po.NativeResponse) > 0 {
			a, err := nativeAction(po.NativeResponse)
			if err != nil {
				return nil, fmt.Errorf("native response: %w", err)
			}
			out = append(out, a.withSession(id))
		}
	}
	if n.Listen != nil && !n.Listen.Open {
		out = append(out, &Hangup{SessionID: id})
	}
	return out, nil
}

// speakOf is the speak of a message: SSML when the text is an SSML
// document.
func speakOf(sessionID, text string) *Speak {
	if output.IsSSML(text) {
		return &Speak{SessionID: sessionID, SSML: text}
	}
	return &Speak{SessionID: sessionID, Text: text}
}

// applyDefaults fills the platform's defaults into the speaks of out,
// which are the platform's own copies. A speak followed by a hangup or a
// transfer gets no default input timer: nobody is left to answer.
func (p *Platform) applyDefaults(out []Action) {
	timeout := p.cfg.inputTimeoutSeconds()
	ends := false // a hangup or transfer follows
	for i := len(out) - 1; i >= 0; i-- {
		switch a := out[i].(type) {
		case *Hangup, *Transfer:
			ends = true
		case *Speak:
			if a.TTS == nil {
				a.TTS = p.cfg.TTS
			}
			if a.BargeIn == nil {
				a.BargeIn = p.cfg.BargeIn
			}
			switch {
			case a.UserInputTimeoutSeconds == NoUserInputTimeout:
				a.UserInputTimeoutSeconds = 0
			case a.UserInputTimeoutSeconds == 0 && !ends:
				a.UserInputTimeoutSeconds = timeout
			}
		}
	}
}

// nativeAction decodes a native action given as a JSON-like map, the way
// it would come in a response body.
func nativeAction(m map[string]any) (Action, error) {
	b, err := json.Marshal(m)
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
