package aiflow_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

func speakJSON(text string) string {
	return `{"type":"speak","session_id":"call-1","text":"` + text + `",` + defaults + `}`
}

func TestAsyncOutputPushesEachSend(t *testing.T) {
	rec := &pushed{}
	var seen [][]string // frames pushed when each Send returned
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			for _, text := range []string{"One moment.", "Let me look that up."} {
				if err := c.Say(text); err != nil {
					return err
				}
				seen = append(seen, rec.all())
			}
			if err := c.Send(&aiflow.Speak{Text: "Found it."}, &aiflow.Hangup{}); err != nil {
				return err
			}
			// Output added without Send goes in the final response.
			c.Output = append(c.Output, output.Say("Bye."))
			return nil
		})
	})
	s, _ := b.suite(t)
	res := s.Run(ws{aiflow.NewCall(callID).Start(), rec})
	require.NoError(t, res.Err)
	assert.Equal(t, [][]string{
		{speakJSON("One moment.")},
		{speakJSON("One moment."), speakJSON("Let me look that up.")},
	}, seen, "each Send is delivered before it returns")
	assert.Equal(t, []string{
		speakJSON("One moment."),
		speakJSON("Let me look that up."),
		`[{"type":"speak","session_id":"call-1","text":"Found it.",` + defTTS + `,` + defBargeIn + `},{"type":"hangup","session_id":"call-1"}]`,
	}, rec.all())
	assert.Equal(t, speakJSON("Bye."), body(res), "the final response holds only what was not pushed")
}

func TestAsyncOutputModes(t *testing.T) {
	tests := []struct {
		name       string
		mode       aiflow.AsyncMode
		push       bool
		wantFrames int
		wantBody   string
	}{
		{"auto pushes on a WebSocket", aiflow.AsyncAuto, true, 2, ""},
		{"auto answers HTTP once", aiflow.AsyncAuto, false, 0, speakJSON("One. Two.")},
		{"on pushes on a WebSocket", aiflow.AsyncOn, true, 2, ""},
		{"on without Push answers once", aiflow.AsyncOn, false, 0, speakJSON("One. Two.")},
		{"off answers once on a WebSocket", aiflow.AsyncOff, true, 0, speakJSON("One. Two.")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBot(func(d *framework.Def) {
				d.Handle(framework.Launch, func(c *framework.Context) error {
					if err := c.Say("One."); err != nil {
						return err
					}
					return c.Say("Two.")
				})
			})
			b.platform.Async = tt.mode
			s, _ := b.suite(t)
			rec := &pushed{}
			var step testsuite.Step = aiflow.NewCall(callID).Start()
			if tt.push {
				step = ws{aiflow.NewCall(callID).Start(), rec}
			}
			res := s.Run(step)
			require.NoError(t, res.Err)
			assert.Len(t, rec.all(), tt.wantFrames)
			assert.Equal(t, tt.wantBody, body(res))
		})
	}
}

func TestAsyncFallbackAfterPush(t *testing.T) {
	rec := &pushed{}
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			if err := c.Say("Checking."); err != nil {
				return err
			}
			return errors.New("backend down")
		})
	})
	b.app.Fallback = []output.Template{output.Say("Sorry.")}
	s, _ := b.suite(t)
	res := s.Run(ws{aiflow.NewCall(callID).Start(), rec})
	assert.Equal(t, []string{speakJSON("Checking.")}, rec.all())
	assert.Equal(t, speakJSON("Sorry."), body(res), "the fallback is sent although output was pushed before")
	assert.Error(t, res.Err)
}

func TestAsyncInvalidOutput(t *testing.T) {
	rec := &pushed{}
	var sendErr error
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			sendErr = c.Send(output.Say("Half."), &aiflow.Audio{Audio: "not base64!"})
			return nil // ignores the error
		})
	})
	b.app.Fallback = []output.Template{output.Say("Sorry.")}
	s, _ := b.suite(t)
	res := s.Run(ws{aiflow.NewCall(callID).Start(), rec})
	assert.ErrorIs(t, sendErr, aiflow.ErrInvalidAction, "Send says what is wrong")
	assert.Empty(t, rec.all(), "nothing half-formed is pushed")
	assert.Equal(t, speakJSON("Sorry."), body(res))
	assert.ErrorIs(t, res.Err, aiflow.ErrInvalidAction)
	assert.Len(t, b.errs.all(), 1)
}

func TestAsyncNothingForEventsThatTakeNoAnswer(t *testing.T) {
	rec := &pushed{}
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.End, send(output.Say("Bye.")))
		d.Handle("Started", send(output.Say("Yes?")), framework.Types(aiflow.InputUserSpeechStarted), framework.Global())
	})
	s, _ := b.suite(t)
	call := aiflow.NewCall(callID)
	for _, step := range []aiflow.Step{call.SpeechStarted(), call.End()} {
		res := s.Run(ws{step, rec})
		assert.Nil(t, res.Body)
		assert.Len(t, res.Output, 1, "the handler ran")
	}
	assert.Empty(t, rec.all())
}

func TestAsyncPushFailure(t *testing.T) {
	rec := &pushed{err: errors.New("connection closed")}
	b := newBot(func(d *framework.Def) { d.Handle(framework.Launch, send(output.Say("Hi."))) })
	s, _ := b.suite(t)
	res := s.Run(ws{aiflow.NewCall(callID).Start(), rec})
	require.NoError(t, res.Err, "a dead connection is not the handler's fault")
	assert.Nil(t, res.Body, "and the output is not sent twice")
	logs := b.logs.FilterMessage("aiflow: push failed").All()
	require.Len(t, logs, 1)
	assert.Equal(t, "connection closed", logs[0].ContextMap()["error"])
}

func TestSentActionsHoldPushedAndResponseActions(t *testing.T) {
	rec := &pushed{}
	var atSend, atOutput []string
	kinds := func(acts []aiflow.Action) []string {
		var out []string
		for _, a := range acts {
			out = append(out, string(a.Type()))
		}
		return out
	}
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			if err := c.Say("One moment."); err != nil {
				return err
			}
			atSend = kinds(aiflow.SentActions(c))
			// Output added without Send goes in the final response.
			ts, err := output.Tell{Message: output.Speech("Bye.")}.Templates()
			c.Output = append(c.Output, ts...)
			return err
		})
	})
	app, p := b.build()
	app.Hook(framework.After(framework.PhaseResponseOutput), func(c *framework.Context, _ any) error {
		atOutput = kinds(aiflow.SentActions(c))
		return nil
	})
	s := testsuite.New(t, app, testsuite.WithPlatform(p))
	res := s.Run(ws{aiflow.NewCall(callID).Start(), rec})
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"speak"}, atSend, "the pushed speak is sent when Send returns")
	assert.Equal(t, []string{"speak", "speak", "hangup"}, atOutput, "then the response's actions follow")
}
