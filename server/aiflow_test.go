package server

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

func TestAIFlowDecoder(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		want    Envelope
		wantErr string
	}{
		{name: "user_speak", give: eventJSON("user_speak", "s1", "hi"), want: Envelope{SessionID: "s1", Type: "user_speak", Known: true}},
		{name: "session_end", give: eventJSON("session_end", "s2", ""), want: Envelope{SessionID: "s2", Type: "session_end", Known: true, End: true, Report: true}},
		{name: "assistant_speak", give: eventJSON("assistant_speak", "s4", "hi"), want: Envelope{SessionID: "s4", Type: "assistant_speak", Known: true, Report: true}},
		{name: "unknown type", give: `{"type":"future_event","session":{"id":"s3"}}`, want: Envelope{SessionID: "s3", Type: "future_event"}},
		{name: "no session", give: `{"type":"session_start"}`, wantErr: `field "session"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AIFlowDecoder().DecodeEnvelope([]byte(tt.give))
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			ev, ok := got.Value.(*aiflow.Event)
			require.True(t, ok, "the decoded event goes to the app")
			assert.Equal(t, tt.want.SessionID, ev.Session.ID)
			got.Value = nil
			assert.Equal(t, tt.want, got)
		})
	}
}

// storyteller talks slowly until its context ends, and apologizes when
// interrupted.
type storyteller struct {
	started   chan struct{}
	cancelled chan error
}

func (s storyteller) Define(d *framework.Def) {
	d.Name("Story").Global()
	d.Handle("Talk", func(c *framework.Context) error {
		s.started <- struct{}{}
		<-c.Context().Done()
		s.cancelled <- c.Context().Err()
		return nil
	}, framework.Types(framework.InputText))
	d.Handle("Interrupted", func(c *framework.Context) error {
		return c.Say("Sorry, go on.")
	}, framework.Types(aiflow.InputUserBargeIn))
}

// TestAIFlowBargeInInterruptsTheRunningHandler runs the real AI Flow
// platform: a barge-in cancels the session's running handler on arrival,
// long before its deadline, and is answered at once.
func TestAIFlowBargeInInterruptsTheRunningHandler(t *testing.T) {
	p := aiflow.New(aiflow.Config{})
	st := storyteller{started: make(chan struct{}, 1), cancelled: make(chan error, 1)}
	app := framework.New(framework.Config{Components: []framework.Component{st}, Plugins: []framework.Plugin{p}})
	require.NoError(t, app.Initialize(context.Background()))
	e := newTestEnvApp(t, app, nil, &Options{Deadline: 20 * time.Second, ShutdownTimeout: 30 * time.Second, OnArrival: AIFlowBargeIn(p)})
	c := e.dial()

	wsSend(t, c, eventJSON("user_speak", "s1", "tell me a long story"))
	<-st.started
	start := time.Now()
	wsSend(t, c, `{"type":"user_speak","text":"stop","barged_in":true,"session":{"id":"s1"}}`)
	select {
	case err := <-st.cancelled:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(10 * time.Second):
		require.FailNow(t, "the running handler was not interrupted")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	_, frame, err := c.Read(ctx)
	require.NoError(t, err)
	var action map[string]any
	require.NoError(t, json.Unmarshal(frame, &action), string(frame))
	assert.Equal(t, "speak", action["type"])
	assert.Equal(t, "s1", action["session_id"])
	assert.Equal(t, "Sorry, go on.", action["text"])
	assert.Less(t, time.Since(start), 10*time.Second)
}
