package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// notice is a global component that answers sms_failed in passing.
type notice struct{}

func (notice) Define(d *framework.Def) {
	d.Name("Notice").Global()
	d.Handle("SMSFailed", func(c *framework.Context) error {
		return components.Reprompt(c, components.Settings{TimeoutSeconds: 7}, "The text message did not arrive.")
	}, framework.Types(aiflow.InputSMSFailed))
}

func repromptSuite(t *testing.T, plugins ...framework.Plugin) *testsuite.Suite {
	t.Helper()
	a := framework.New(framework.Config{Locale: "en-US", Components: []framework.Component{yesNoApp(nil), notice{}}})
	a.Use(plugins...)
	return testsuite.New(t, a, testsuite.WithPlatform(aiflow.New(aiflow.Config{})))
}

// TestReprompt says a notice and asks the last question again, leaving
// the dialogue and the prompt on record as they were.
func TestReprompt(t *testing.T) {
	s := repromptSuite(t, components.NoInputFallback{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.SMSFailed("+4915112345678", "not delivered"))
	assert.Equal(t, "The text message did not arrive. Is that correct?", said(t, res))
	assert.Equal(t, 7.0, speakOf(t, res).UserInputTimeoutSeconds, "the timer is armed again")
	assert.Equal(t, []string{"App", "App.YesNo"}, stack(s), "the dialogue goes on")
	assert.Equal(t, "Is that correct?", s.Session().Data[components.SessionPromptKey].(map[string]any)["text"],
		"the prompt on record is the question, not the notice")
	assert.Equal(t, "resolved yes", said(t, s.Run(call.Say("yes"))))
}

// TestRepromptWithoutPrompt says the notice alone when no prompt is on
// record (NoInputFallback and BargeIn not installed).
func TestRepromptWithoutPrompt(t *testing.T) {
	s := repromptSuite(t)
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, "The text message did not arrive.", said(t, s.Run(call.SMSFailed("+4915112345678", "not delivered"))))
	assert.Equal(t, []string{"App", "App.YesNo"}, stack(s))
}
