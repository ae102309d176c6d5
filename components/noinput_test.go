package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

func noInputApp(cfg map[string]any) app {
	return app{launch: delegateTo("NoInput", cfg), children: []framework.Component{components.NoInput{}}}
}

func TestNoInputAnswered(t *testing.T) {
	tests := []struct {
		name, locale, prompt string
		give                 aiflow.Step
		want                 string
	}{
		{"en speech", "en-US", "How can I help you?", aiflow.NewCall("c1").Say("I lost my card"), "resolved input I lost my card"},
		{"en key", "en-US", "How can I help you?", aiflow.NewCall("c1").Press("5"), "resolved input 5"},
		{"de speech", "de-DE", "Wie kann ich Ihnen helfen?", aiflow.NewCall("c1").Say("Ich habe meine Karte verloren"), "resolved input Ich habe meine Karte verloren"},
		{"de barge-in ack", "de-DE", "Wie kann ich Ihnen helfen?", aiflow.NewCall("c1").BargeIn("ja"), "resolved input ja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, tt.locale, noInputApp(nil))
			call := aiflow.NewCall("c1")
			assert.Equal(t, tt.prompt, said(t, s.Run(call.Start())))
			assert.Equal(t, []string{"App", "App.NoInput"}, stack(s))
			assert.Equal(t, tt.want, said(t, s.Run(tt.give)))
			assert.Equal(t, []string{"App"}, stack(s))
		})
	}
}

func TestNoInputRepromptsThenHangsUp(t *testing.T) {
	tests := []struct{ locale, reprompt, goodbye string }{
		{"en-US", "Are you still there? What is your name?", "I'm ending the call now. Goodbye!"},
		{"de-DE", "Sind Sie noch da? What is your name?", "Ich beende jetzt das Gespräch. Auf Wiederhören!"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			cfg := components.NoInputConfig{Settings: components.Settings{
				Texts: components.Texts{"prompt": "What is your name?"}, NoInputRetries: 3, TimeoutSeconds: 5,
			}}.Map()
			s := newSuite(t, tt.locale, noInputApp(cfg))
			call := aiflow.NewCall("c1")
			assert.Equal(t, 5.0, speakOf(t, s.Run(call.Start())).UserInputTimeoutSeconds)
			for i := range 3 {
				res := s.Run(call.Timeout())
				sp := speakOf(t, res)
				assert.Equal(t, tt.reprompt, sp.Text, "re-prompt %d", i+1)
				assert.Equal(t, 5.0, sp.UserInputTimeoutSeconds, "re-armed")
				assert.Equal(t, i+1, top(s)["silences"])
			}
			res := s.Run(call.Timeout())
			assert.Equal(t, []string{"speak", "hangup"}, kinds(t, res))
			assert.Equal(t, tt.goodbye, said(t, res))
		})
	}
}

func TestNoInputCancel(t *testing.T) {
	cfg := components.NoInputConfig{Settings: components.Settings{NoInputRetries: components.None, OnNoInput: components.Cancel}}.Map()
	s := newSuite(t, "en-US", noInputApp(cfg))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, "resolved cancel", said(t, s.Run(call.Timeout())))
}

func TestNoInputBargeInNoiseAndStop(t *testing.T) {
	s := newSuite(t, "en-US", noInputApp(nil))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Empty(t, kinds(t, s.Run(call.BargeIn("um"))))
	assert.Equal(t, []string{"barge_in"}, kinds(t, s.Run(call.BargeIn("hold on"))))
	assert.Equal(t, []string{"App", "App.NoInput"}, stack(s))
}

// survey is an app component that asks its own questions: the global
// NoInputFallback and BargeIn handle its timeouts and barge-ins.
type survey struct {
	question func(c *framework.Context, n int) string
}

func (sv survey) Define(d *framework.Def) {
	d.Name("Survey").Components(components.YesNo{})
	d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Survey", "Ask") })
	d.Handle("Ask", func(c *framework.Context) error {
		return c.Send(&aiflow.Speak{Text: sv.question(c, 0)})
	})
	d.Handle(framework.Unhandled, func(c *framework.Context) error {
		n := len(c.ComponentData()) + 1
		c.ComponentData()["a"+string(rune('0'+n))] = c.Input.Text
		if c.Input.Text == "confirm" {
			return c.Delegate("YesNo", framework.DelegateOptions{Resolve: map[string]string{"yes": "Ask", "no": "Ask", "cancel": "Ask"}})
		}
		// Two speaks: the question alone is the prompt a re-prompt repeats.
		return c.Send(&aiflow.Speak{Text: "You said " + c.Input.Text + "."}, &aiflow.Speak{Text: sv.question(c, n)})
	})
}

func surveyQuestion(c *framework.Context, n int) string {
	if n%2 == 0 {
		return "What is your favourite colour?"
	}
	return "What is your favourite food?"
}

func TestNoInputFallback(t *testing.T) {
	tests := []struct {
		locale, noInput, goodbye string
	}{
		{"en-US", "Are you still there?", "I'm ending the call now. Goodbye!"},
		{"de-DE", "Sind Sie noch da?", "Ich beende jetzt das Gespräch. Auf Wiederhören!"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, survey{question: surveyQuestion}, components.NoInputFallback{})
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, []string{"Survey"}, stack(s))

			res := s.Run(call.Timeout())
			sp := speakOf(t, res)
			assert.Equal(t, tt.noInput+" What is your favourite colour?", sp.Text, "the app's UNHANDLED does not take the timeout")
			assert.Equal(t, 4.0, sp.UserInputTimeoutSeconds)
			assert.Equal(t, "NoInputFallback", res.Route.Resolved.Component)
			assert.Equal(t, []string{"Survey"}, stack(s), "the stack is untouched")

			res = s.Run(call.Say("blue"))
			assert.Equal(t, "You said blue. | What is your favourite food?", said(t, res), "the dialogue continues")
			assert.JSONEq(t, `{"type":"speak","session_id":"c1","text":"You said blue. What is your favourite food?",`+
				`"tts":{"provider":"azure","language":"en-US","voice":"en-US-JennyNeural"},`+
				`"barge_in":{"strategy":"minimum_characters","minimum_characters":3},"user_input_timeout_seconds":4}`,
				string(res.Body), "one utterance on the wire")
			res = s.Run(call.Timeout())
			assert.Equal(t, tt.noInput+" What is your favourite food?", said(t, res), "the new prompt, counted afresh")
			s.Run(call.Timeout())
			res = s.Run(call.Timeout())
			assert.Equal(t, []string{"speak", "hangup"}, kinds(t, res))
			assert.Equal(t, tt.goodbye, said(t, res))
		})
	}
}

func TestNoInputFallbackYieldsToComponent(t *testing.T) {
	s := newSuite(t, "en-US", survey{question: surveyQuestion}, components.NoInputFallback{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Say("confirm"))
	assert.Equal(t, []string{"Survey", "Survey.YesNo"}, stack(s))
	for _, notice := range []aiflow.Step{call.AssistantSpeak("Is that correct?", 900, 1700000000000), call.SpeechEnded(), call.SpeechStarted()} {
		res := s.Run(notice)
		assert.Empty(t, kinds(t, res))
		assert.Equal(t, []string{"Survey", "Survey.YesNo"}, stack(s), "the survey's UNHANDLED does not take %s", notice.Event.Type)
	}
	res := s.Run(call.Timeout())
	assert.Equal(t, "Survey.YesNo", res.Route.Resolved.Component, "the active component's own handler wins")
	assert.Contains(t, said(t, res), "Is that correct?")
	res = s.Run(call.Say("yes"))
	assert.Equal(t, "What is your favourite colour?", said(t, res))
	res = s.Run(call.Timeout())
	assert.Equal(t, "Are you still there? What is your favourite colour?", said(t, res))
}

func TestNoInputFallbackWithoutPrompt(t *testing.T) {
	s := newSuite(t, "en-US", survey{question: surveyQuestion}, components.NoInputFallback{Config: components.Settings{
		NoInputRetries: components.None,
	}})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	delete(s.Session().Data, components.SessionPromptKey)
	assert.Equal(t, []string{"speak", "hangup"}, kinds(t, s.Run(call.Timeout())), "no retries: hang up at once")
}
