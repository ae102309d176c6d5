package components_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

func yesNoApp(cfg map[string]any) app {
	return app{launch: delegateTo("YesNo", cfg), children: []framework.Component{components.YesNo{}}}
}

func TestYesNoHappyPath(t *testing.T) {
	tests := []struct {
		name, locale, prompt, give, want string
	}{
		{"en yes", "en-US", "Is that correct?", "Yes, that's right.", "resolved yes"},
		{"en no", "en-US", "Is that correct?", "No, that's wrong.", "resolved no"},
		{"en negated yes", "en-US", "Is that correct?", "that is not correct", "resolved no"},
		{"de ja", "de-DE", "Ist das richtig?", "Ja, genau.", "resolved yes"},
		{"de nein", "de-DE", "Ist das richtig?", "Nein.", "resolved no"},
		{"de stimmt nicht", "de-DE", "Ist das richtig?", "Das stimmt nicht", "resolved no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, tt.locale, yesNoApp(nil))
			call := aiflow.NewCall("c1")
			res := s.Run(call.Start())
			sp := speakOf(t, res)
			assert.Equal(t, tt.prompt, sp.Text)
			assert.Equal(t, 4.0, sp.UserInputTimeoutSeconds, "the prompt arms the input timer")
			assert.Equal(t, []string{"App", "App.YesNo"}, stack(s))
			assert.Equal(t, map[string]any{"prompt": tt.prompt}, top(s), "working data lives in the stack item")

			res = s.Run(call.Say(tt.give))
			assert.Equal(t, tt.want, said(t, res))
			assert.Equal(t, []string{"App"}, stack(s))
			assert.Empty(t, appData(s), "nothing leaks into session data")
		})
	}
}

func TestYesNoKeypad(t *testing.T) {
	tests := []struct{ give, want string }{
		{"1", "resolved yes"},
		{"2", "resolved no"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			s := newSuite(t, "en-US", yesNoApp(nil))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.want, said(t, s.Run(call.Press(tt.give))))
		})
	}
}

func TestYesNoCustomKeys(t *testing.T) {
	cfg := components.YesNoConfig{YesKey: "9", NoKey: "0"}.Map()
	s := newSuite(t, "en-US", yesNoApp(cfg))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.Press("1"))
	assert.Equal(t, "Sorry, I didn't get that. Please say yes or no, or press 9 for yes and 0 for no.", said(t, res))
	assert.Equal(t, "resolved no", said(t, s.Run(call.Press("0"))))
}

func TestYesNoRepromptsThenCancels(t *testing.T) {
	tests := []struct {
		locale, reprompt string
		answers          []string
	}{
		{"en-US", "Sorry, I didn't get that. Please say yes or no, or press 1 for yes and 2 for no.", []string{"maybe", "I'm not sure", "purple"}},
		{"de-DE", "Entschuldigung, das habe ich nicht verstanden. Bitte sagen Sie ja oder nein, oder drücken Sie die 1 für ja und die 2 für nein.", []string{"vielleicht", "weiß ich nicht", "lila"}},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, yesNoApp(nil))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			for i, a := range tt.answers[:2] {
				res := s.Run(call.Say(a))
				assert.Equal(t, tt.reprompt, said(t, res), "re-prompt %d", i+1)
				assert.Equal(t, 4.0, speakOf(t, res).UserInputTimeoutSeconds)
				assert.Equal(t, i+1, top(s)["tries"])
				assert.Equal(t, []string{"App", "App.YesNo"}, stack(s))
			}
			assert.Equal(t, "resolved cancel", said(t, s.Run(call.Say(tt.answers[2]))))
			assert.Equal(t, []string{"App"}, stack(s))
		})
	}
}

func TestYesNoKeypadAndSpeechMixed(t *testing.T) {
	s := newSuite(t, "de-DE", yesNoApp(nil))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.Press("7"))
	assert.Contains(t, said(t, res), "Entschuldigung")
	res = s.Run(call.Say("hmm"))
	assert.Contains(t, said(t, res), "Entschuldigung")
	assert.Equal(t, "resolved yes", said(t, s.Run(call.Press("1"))))
}

func TestYesNoNoRetries(t *testing.T) {
	cfg := components.YesNoConfig{Settings: components.Settings{Retries: components.None}}.Map()
	s := newSuite(t, "en-US", yesNoApp(cfg))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, "resolved cancel", said(t, s.Run(call.Say("what"))))
}

func TestYesNoSpokenCancel(t *testing.T) {
	tests := []struct{ locale, give string }{{"en-US", "cancel please"}, {"de-DE", "abbrechen"}}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, yesNoApp(nil))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, "resolved cancel", said(t, s.Run(call.Say(tt.give))))
		})
	}
}

func TestYesNoTimeouts(t *testing.T) {
	tests := []struct {
		locale, reprompt, goodbye string
	}{
		{"en-US", "I didn't hear anything. Is that correct? Please say yes or no, or press 1 for yes and 2 for no.", "I'm ending the call now. Goodbye!"},
		{"de-DE", "Ich habe nichts gehört. Ist das richtig? Bitte sagen Sie ja oder nein, oder drücken Sie die 1 für ja und die 2 für nein.", "Ich beende jetzt das Gespräch. Auf Wiederhören!"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, yesNoApp(nil))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			for i := range 2 {
				res := s.Run(call.Timeout())
				sp := speakOf(t, res)
				assert.Equal(t, tt.reprompt, sp.Text, "re-prompt %d", i+1)
				assert.Equal(t, 4.0, sp.UserInputTimeoutSeconds, "each re-prompt re-arms the timer")
			}
			res := s.Run(call.Timeout())
			assert.Equal(t, []string{"speak", "hangup"}, kinds(t, res))
			sp := speakOf(t, res)
			assert.Equal(t, tt.goodbye, sp.Text)
			assert.Zero(t, sp.UserInputTimeoutSeconds, "the goodbye arms no timer")
		})
	}
}

func TestYesNoTimeoutCountsInARowOnly(t *testing.T) {
	s := newSuite(t, "en-US", yesNoApp(nil))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	s.Run(call.Timeout(), call.Timeout())
	assert.Equal(t, 2, top(s)["silences"])
	s.Run(call.Say("hm"))
	assert.NotContains(t, top(s), "silences")
	res := s.Run(call.Timeout())
	assert.Equal(t, []string{"speak"}, kinds(t, res), "a re-prompt, not the goodbye")
	assert.Equal(t, "resolved yes", said(t, s.Run(call.Say("yes"))))
}

func TestYesNoTimeoutCancels(t *testing.T) {
	cfg := components.YesNoConfig{Settings: components.Settings{NoInputRetries: 1, OnNoInput: components.Cancel, TimeoutSeconds: 7.5}}.Map()
	s := newSuite(t, "en-US", yesNoApp(cfg))
	call := aiflow.NewCall("c1")
	assert.Equal(t, 7.5, speakOf(t, s.Run(call.Start())).UserInputTimeoutSeconds)
	assert.Equal(t, 7.5, speakOf(t, s.Run(call.Timeout())).UserInputTimeoutSeconds)
	assert.Equal(t, "resolved cancel", said(t, s.Run(call.Timeout())))
	assert.Equal(t, []string{"App"}, stack(s))
}

func TestYesNoBargeIn(t *testing.T) {
	tests := []struct {
		name, locale, give string
		wantKinds          []string
		wantSaid           string
		wantStack          []string
	}{
		{"noise", "en-US", "[noise]", nil, "", []string{"App", "App.YesNo"}},
		{"stop", "en-US", "stop", []string{"barge_in"}, "", []string{"App", "App.YesNo"}},
		{"ack", "en-US", "mhm", []string{"speak"}, "Alright. Is that correct?", []string{"App", "App.YesNo"}},
		{"ack that answers", "en-US", "yes", []string{"speak"}, "resolved yes", []string{"App"}},
		{"correction", "en-US", "no, that's wrong", []string{"speak"}, "resolved no", []string{"App"}},
		{"de noise", "de-DE", "äh", nil, "", []string{"App", "App.YesNo"}},
		{"de stop", "de-DE", "Moment mal", []string{"barge_in"}, "", []string{"App", "App.YesNo"}},
		{"de ack", "de-DE", "mhm", []string{"speak"}, "Gut. Ist das richtig?", []string{"App", "App.YesNo"}},
		{"de ack that answers", "de-DE", "ja genau", []string{"speak"}, "resolved yes", []string{"App"}},
		{"de correction", "de-DE", "nein, das stimmt nicht", []string{"speak"}, "resolved no", []string{"App"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, tt.locale, yesNoApp(nil))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			res := s.Run(call.BargeIn(tt.give))
			assert.Equal(t, tt.wantKinds, kinds(t, res))
			assert.Equal(t, tt.wantSaid, said(t, res))
			assert.Equal(t, tt.wantStack, stack(s))
			if tt.wantKinds == nil {
				assert.Nil(t, res.Body, "no answer: HTTP 204")
			}
		})
	}
}

func TestYesNoDialogueContinuesAfterBargeInAndTimeout(t *testing.T) {
	s := newSuite(t, "en-US", yesNoApp(nil))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	s.Run(call.BargeIn("[cough]"), call.Timeout(), call.BargeIn("mhm"))
	assert.Equal(t, []string{"App", "App.YesNo"}, stack(s))
	assert.Equal(t, "resolved no", said(t, s.Run(call.Press("2"))))
}

func TestYesNoTextsFromConfig(t *testing.T) {
	cfg := components.YesNoConfig{Settings: components.Settings{Texts: components.Texts{
		"prompt": "Shall I book it, {{name}}? {{missing}}",
	}, Vars: map[string]any{"name": "Ada"}}}.Map()
	s := newSuite(t, "en-US", yesNoApp(cfg))
	call := aiflow.NewCall("c1")
	assert.Equal(t, "Shall I book it, Ada? {{missing}}", said(t, s.Run(call.Start())), "unknown placeholders stay")
}

func TestYesNoRegisteredConfigUnderDelegateConfig(t *testing.T) {
	root := app{
		launch: delegateTo("YesNo", map[string]any{"texts": map[string]any{"prompt": "Delegated?"}}),
		children: []framework.Component{components.YesNo{Config: components.YesNoConfig{Settings: components.Settings{
			Texts: components.Texts{"prompt": "Registered?", "unclear": "Pardon?"},
		}}}},
	}
	s := newSuite(t, "en-US", root)
	call := aiflow.NewCall("c1")
	assert.Equal(t, "Delegated?", said(t, s.Run(call.Start())))
	res := s.Run(call.Say("hm"))
	assert.Equal(t, "Pardon? Please say yes or no, or press 1 for yes and 2 for no.", said(t, res), "texts merge key by key")
}

func TestYesNoBadConfig(t *testing.T) {
	tests := []struct {
		name string
		give map[string]any
		want string
	}{
		{"unknown key", map[string]any{"retrys": 2}, `unknown field "retrys"`},
		{"wrong type", map[string]any{"retries": "two"}, "retries"},
		{"same keys", map[string]any{"yesKey": "2"}, `yesKey and noKey are both "2"`},
		{"bad key", map[string]any{"noKey": "12"}, `key "12": want one of 0–9, * and #`},
		{"bad onNoInput", map[string]any{"onNoInput": "shrug"}, `onNoInput "shrug"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, "en-US", yesNoApp(tt.give))
			res, err := s.RunE(aiflow.NewCall("c1").Start())
			require.NoError(t, err)
			require.Error(t, res.Err)
			assert.True(t, errors.Is(res.Err, components.ErrInvalidConfig), "%v", res.Err)
			assert.ErrorContains(t, res.Err, tt.want)
		})
	}
}

// rootYesNo is reached with Redirect: it has nothing to resolve to.
type rootYesNo struct{}

func (rootYesNo) Define(d *framework.Def) {
	d.Name("App").Components(components.YesNo{})
	d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("YesNo") })
}

func TestYesNoWithoutDelegateHangsUpOnCancel(t *testing.T) {
	s := newSuite(t, "en-US", rootYesNo{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, []string{"App.YesNo"}, stack(s))
	res := s.Run(call.Say("cancel"))
	assert.Equal(t, []string{"speak", "hangup"}, kinds(t, res))

	s = newSuite(t, "en-US", rootYesNo{})
	s.Run(call.Start())
	res, err := s.RunE(call.Say("yes"))
	require.NoError(t, err)
	assert.ErrorIs(t, res.Err, framework.ErrCannotResolve)
}

func TestYesNoSpeakSettings(t *testing.T) {
	cfg := components.YesNoConfig{Settings: components.Settings{
		TimeoutSeconds: components.None,
		BargeIn:        &aiflow.BargeInConfig{Strategy: aiflow.StrategyImmediate, AllowAfterMS: 500},
	}}.Map()
	s := newSuite(t, "en-US", yesNoApp(cfg))
	res := s.Run(aiflow.NewCall("c1").Start())
	sp := speakOf(t, res)
	assert.Zero(t, sp.UserInputTimeoutSeconds, "no timer")
	assert.Equal(t, &aiflow.BargeInConfig{Strategy: aiflow.StrategyImmediate, AllowAfterMS: 500}, sp.BargeIn)
	assert.Contains(t, string(res.Body), `"barge_in":{"strategy":"immediate","allow_after_ms":500}`)
	assert.NotContains(t, string(res.Body), "user_input_timeout_seconds")
}
