package aiflow_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

const unknownType framework.InputType = "call_recorded"

func TestUnknownEventType(t *testing.T) {
	tests := []struct {
		name    string
		define  func(d *framework.Def)
		want    string
		wantRan bool
		wantLog bool
	}{
		{"a handler may take it by type", func(d *framework.Def) {
			d.Handle(framework.Launch, send(aiflow.Empty{}))
			d.Handle("Recorded", send(output.Say("Recorded.")), framework.Types(unknownType), framework.Global())
		}, `{"type":"speak","session_id":"call-1","text":"Recorded.",` + defaults + `}`, true, false},
		{"else UNHANDLED", func(d *framework.Def) {
			d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Bot") })
			d.Handle(framework.Start, send(aiflow.Empty{}))
			d.Handle(framework.Unhandled, send(output.Say("Hm?")))
		}, `{"type":"speak","session_id":"call-1","text":"Hm?",` + defaults + `}`, true, false},
		{"nothing takes it: 204 and a warning", func(d *framework.Def) {
			d.Handle(framework.Launch, send(aiflow.Empty{}))
		}, "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBot(tt.define)
			b.app.InputTypes = []framework.InputType{unknownType}
			b.app.NoRoute = []output.Template{output.Say("No route.")}
			s, _ := b.suite(t)
			call := aiflow.NewCall(callID)
			res := s.Run(call.Start(), call.Unknown(string(unknownType)))
			require.NoError(t, res.Err, "never an error, never a 500")
			assert.Equal(t, tt.want, body(res))
			assert.Equal(t, tt.wantRan, res.Route != nil)
			assert.Empty(t, b.errs.all())
			warns := b.logs.FilterMessage("aiflow: no handler for event type; answering with no action").All()
			if !tt.wantLog {
				assert.Empty(t, warns)
				return
			}
			require.Len(t, warns, 1)
			assert.Equal(t, "warn", warns[0].Level.String())
			assert.Equal(t, "call_recorded", warns[0].ContextMap()["event"])
			assert.Equal(t, callID, warns[0].ContextMap()["session"])
		})
	}
}

// TestReportsSkipUnhandled: what the service reports is not what the
// caller said, so UNHANDLED does not answer it.
func TestReportsSkipUnhandled(t *testing.T) {
	call := aiflow.NewCall(callID)
	reports := []aiflow.Step{
		call.AssistantSpeak("Welcome!", 900, 1700000000000), call.SpeechEnded(), call.SpeechStarted(),
		call.SMSFailed("+4915112345678", "blocked"), call.End(),
	}
	for _, step := range reports {
		t.Run(string(step.Event.Type)+" alone", func(t *testing.T) {
			b := menuBot(nil)
			b.app.NoRoute = []output.Template{output.Say("No route.")}
			s, _ := b.suite(t)
			res := s.Run(call.Start(), step)
			assert.Nil(t, res.Route, "nothing runs")
			assert.Nil(t, res.Body)
			assert.NoError(t, res.Err)
			assert.Empty(t, b.errs.all(), "not a routing error")
		})
	}
	t.Run("a handler that declares the type wins over a higher UNHANDLED", func(t *testing.T) {
		b := menuBot(nil)
		b.comps = append(b.comps, comp(func(d *framework.Def) {
			d.Name("Speech").Global()
			d.Handle("Spoke", send(output.Say("Noted.")), framework.Types(aiflow.InputAssistantSpeak))
		}))
		s, _ := b.suite(t)
		res := s.Run(call.Start(), call.AssistantSpeak("Welcome!", 900, 1700000000000))
		require.NotNil(t, res.Route)
		assert.Equal(t, "Speech", res.Route.Resolved.Component)
		assert.Equal(t, `{"type":"speak","session_id":"call-1","text":"Noted.",`+defaults+`}`, body(res))
	})
	t.Run("what the caller does still reaches UNHANDLED", func(t *testing.T) {
		s, _ := menuBot(nil).suite(t)
		s.Run(call.Start())
		for _, step := range []aiflow.Step{call.Press("5"), call.Timeout(), call.BargeIn("hm")} {
			res := s.Run(step)
			require.NotNil(t, res.Route, step.Event.Type)
			require.NotNil(t, res.Route.Resolved, step.Event.Type)
			assert.True(t, res.Route.Resolved.Unhandled, step.Event.Type)
		}
	})
	t.Run("unmatched speech is a routing error as usual", func(t *testing.T) {
		b := newBot(func(d *framework.Def) {})
		b.app.NoRoute = []output.Template{output.Say("No route.")}
		s, _ := b.suite(t)
		res := s.Run(call.Say("hello"))
		assert.ErrorIs(t, res.Err, framework.ErrNoMatchingRoute)
		assert.Equal(t, `{"type":"speak","session_id":"call-1","text":"No route.",`+defaults+`}`, body(res))
	})
}

func TestSpeechStartedTakesNoAnswer(t *testing.T) {
	b := newBot(func(d *framework.Def) {
		d.Handle("Started", send(&aiflow.BargeIn{}), framework.Types(aiflow.InputUserSpeechStarted), framework.Global())
	})
	s, _ := b.suite(t)
	res := s.Run(aiflow.NewCall(callID).SpeechStarted())
	require.NotNil(t, res.Route, "the handler runs")
	assert.Len(t, res.Output, 1)
	assert.Nil(t, res.Body, "but the service ignores answers: none is sent")
	logs := b.logs.FilterMessage("aiflow: output for an event that takes no answer was dropped").All()
	require.Len(t, logs, 1)
	assert.Equal(t, "user_speech_started", logs[0].ContextMap()["event"])
}
