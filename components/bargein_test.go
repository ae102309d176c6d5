package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// info is an app component with an UNHANDLED that echoes the caller and
// reports whether the input was a barge-in.
type info struct{}

func (info) Define(d *framework.Def) {
	d.Name("Info").Components(components.YesNo{})
	d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Info", "Ask") })
	d.Handle("Ask", func(c *framework.Context) error {
		return c.Send(&aiflow.Speak{Text: "Ask me anything."})
	})
	d.Handle(framework.Unhandled, func(c *framework.Context) error {
		if c.Input.Text == "confirm" {
			return c.Delegate("YesNo", framework.DelegateOptions{Resolve: map[string]string{"yes": "Yes", "no": "No", "cancel": "No"}})
		}
		text := "You said: " + c.Input.Text
		if components.BargedIn(c) {
			text += " (interrupting)"
		}
		return c.Send(&aiflow.Speak{Text: text})
	})
	d.Handle("Yes", func(c *framework.Context) error { return c.Send(&aiflow.Speak{Text: "Confirmed."}) })
	d.Handle("No", func(c *framework.Context) error { return c.Send(&aiflow.Speak{Text: "Not confirmed."}) })
}

func TestBargeIn(t *testing.T) {
	tests := []struct {
		name, locale, give string
		wantKinds          []string
		wantSaid           string
		wantHandler        string
	}{
		{"noise", "en-US", "[background noise]", nil, "", "USER_BARGE_IN"},
		{"stop", "en-US", "stop, please", []string{"barge_in"}, "", "USER_BARGE_IN"},
		{"ack", "en-US", "mhm", []string{"speak"}, "Alright. Ask me anything.", "USER_BARGE_IN"},
		{"question", "en-US", "what are your opening hours?", []string{"speak"}, "You said: what are your opening hours? (interrupting)", "UNHANDLED"},
		{"correction", "en-US", "no, I meant Tuesday", []string{"speak"}, "You said: no, I meant Tuesday (interrupting)", "UNHANDLED"},
		{"de noise", "de-DE", "ähm", nil, "", "USER_BARGE_IN"},
		{"de stop", "de-DE", "hör auf", []string{"barge_in"}, "", "USER_BARGE_IN"},
		{"de ack", "de-DE", "ja genau", []string{"speak"}, "Gut. Ask me anything.", "USER_BARGE_IN"},
		{"de question", "de-DE", "Wann habt ihr geöffnet?", []string{"speak"}, "You said: Wann habt ihr geöffnet? (interrupting)", "UNHANDLED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, tt.locale, info{}, components.BargeIn{})
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			res := s.Run(call.BargeIn(tt.give))
			assert.Equal(t, tt.wantKinds, kinds(t, res))
			assert.Equal(t, tt.wantSaid, said(t, res))
			assert.Equal(t, tt.wantHandler, res.Route.Resolved.Handler)
			assert.Equal(t, []string{"Info"}, stack(s), "the dialogue stays where it was")
		})
	}
}

func TestBargeInAckKeepsPrompt(t *testing.T) {
	s := newSuite(t, "en-US", info{}, components.BargeIn{}, components.NoInputFallback{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.BargeIn("okay"), call.BargeIn("right"))
	assert.Equal(t, "Alright. Ask me anything.", said(t, s.Run(call.BargeIn("got it"))), "the follow-up is not a new prompt")
	assert.Equal(t, "Are you still there? Ask me anything.", said(t, s.Run(call.Timeout())))
}

func TestBargeInReroutesIntoComponent(t *testing.T) {
	s := newSuite(t, "de-DE", info{}, components.BargeIn{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Say("confirm"))
	assert.Equal(t, []string{"Info", "Info.YesNo"}, stack(s))
	res := s.Run(call.BargeIn("nein, das stimmt nicht"))
	assert.Equal(t, "UNHANDLED", res.Route.Resolved.Handler)
	assert.Equal(t, "Info.YesNo", res.Route.Resolved.Component)
	assert.Equal(t, framework.InputText, res.Context.Input.Type, "handed on as TEXT")
	assert.Equal(t, "Not confirmed.", said(t, res))
	assert.Equal(t, []string{"Info"}, stack(s))
}

func TestBargedIn(t *testing.T) {
	s := newSuite(t, "en-US", info{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, "You said: hello", said(t, s.Run(call.Say("hello"))))
	res := s.Run(call.LegacyBargeIn("what time is it"))
	assert.True(t, components.BargedIn(res.Context))
}
