package aiflow_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// slowBot answers speech slowly: the TEXT handler tells started, waits
// until its context is cancelled, then still sends (late) output.
func slowBot(started chan<- struct{}, late func(c *framework.Context) error) *bot {
	return newBot(func(d *framework.Def) {
		d.Handle("Slow", func(c *framework.Context) error {
			close(started)
			<-c.Context().Done() // an LLM call that takes long
			return late(c)
		}, framework.Types(framework.InputText), framework.Global())
		d.Handle("BargeIn", send(output.Say("Yes?")), framework.Types(aiflow.InputUserBargeIn), framework.Global())
	})
}

// handle runs a step in the background and delivers its result.
func handle(t *testing.T, app *framework.App, req *framework.Request) <-chan *framework.Result {
	t.Helper()
	done := make(chan *framework.Result, 1)
	go func() {
		res, err := app.Handle(context.Background(), req)
		assert.NoError(t, err)
		done <- res
	}()
	return done
}

func TestBargeInCancelsTheRunningRequest(t *testing.T) {
	started := make(chan struct{})
	var lateErr error
	b := slowBot(started, func(c *framework.Context) error {
		lateErr = c.Context().Err()
		return c.Say("Here is a long answer.")
	})
	app, _ := b.initialized(t)
	call := aiflow.NewCall(callID)

	slow := handle(t, app, request(t, call.Say("tell me everything")))
	<-started
	res, err := app.Handle(t.Context(), request(t, call.BargeIn("stop")))
	require.NoError(t, err)
	assert.Equal(t, speakJSON("Yes?"), string(res.Response.Body))

	first := <-slow
	assert.ErrorIs(t, lateErr, context.Canceled, "the barge-in cancelled the slow request")
	assert.Len(t, first.Context.Output, 1, "the handler sent after all")
	assert.Nil(t, first.Response.Body, "but its late output is dropped")
	assert.NoError(t, first.Err)
	assert.Empty(t, b.errs.all(), "an interruption is no error")
}

func TestInterrupt(t *testing.T) {
	started := make(chan struct{})
	b := slowBot(started, func(c *framework.Context) error { return c.Context().Err() })
	b.app.Fallback = []output.Template{output.Say("Sorry.")}
	app, p := b.initialized(t)
	call := aiflow.NewCall(callID)
	assert.False(t, p.Interrupt(callID), "nothing runs yet")

	slow := handle(t, app, request(t, call.Say("tell me everything")))
	<-started
	assert.False(t, p.Interrupt("another-call"), "other sessions are left alone")
	assert.True(t, p.Interrupt(callID), "the server interrupts when a barge-in arrives")

	res := <-slow
	assert.ErrorIs(t, res.Err, context.Canceled, "the handler gave up")
	assert.Nil(t, res.Response.Body, "an interrupted request sends nothing, not even the fallback")
	assert.False(t, p.Interrupt(callID), "the request is over")
}

func TestInterruptDropsLatePushes(t *testing.T) {
	started := make(chan struct{})
	rec := &pushed{}
	var sendErr error
	b := slowBot(started, func(c *framework.Context) error {
		sendErr = c.Say("Too late.")
		return nil
	})
	app, p := b.initialized(t)
	req := request(t, ws{aiflow.NewCall(callID).Say("hello"), rec})

	slow := handle(t, app, req)
	<-started
	require.True(t, p.Interrupt(callID))
	res := <-slow
	assert.NoError(t, sendErr)
	assert.Empty(t, rec.all(), "nothing is pushed after the interruption")
	assert.Nil(t, res.Response.Body)
}

func TestRequestsOfOtherSessionsAreNotInterrupted(t *testing.T) {
	started := make(chan struct{})
	b := slowBot(started, func(c *framework.Context) error { return c.Say("Done.") })
	app, p := b.initialized(t)

	slow := handle(t, app, request(t, aiflow.NewCall(callID).Say("hello")))
	<-started
	other, err := app.Handle(t.Context(), request(t, aiflow.NewCall("call-2").BargeIn("hi")))
	require.NoError(t, err)
	assert.Equal(t, `{"type":"speak","session_id":"call-2","text":"Yes?",`+defaults+`}`, string(other.Response.Body))
	assert.True(t, p.Interrupt(callID), "call-1 was still running after call-2's barge-in")
	assert.Nil(t, (<-slow).Response.Body)
}

func TestInterruptedRequestKeepsItsSessionChanges(t *testing.T) {
	started := make(chan struct{})
	b := slowBot(started, func(c *framework.Context) error {
		c.Session.Data["asked"] = "everything"
		return nil
	})
	app, p := b.initialized(t)
	slow := handle(t, app, request(t, aiflow.NewCall(callID).Say("tell me everything")))
	<-started
	require.True(t, p.Interrupt(callID))
	res := <-slow
	require.NoError(t, res.Err, "saving is not hit by the cancelled context")
	rec, err := app.Store().LoadSession(t.Context(), callID)
	require.NoError(t, err)
	assert.Equal(t, "everything", rec.Data["asked"])
	assert.Empty(t, b.errs.all())
}

// TestSessionStartIsNotInterrupted runs a slow session_start (a returned
// transfer, say) while a barge-in arrives: session_start is never
// interrupted, so its answer and what it saved stand.
func TestSessionStartIsNotInterrupted(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			close(started)
			<-release
			c.Session.Data["greeted"] = true
			return c.Context().Err()
		})
		d.Handle("BargeIn", send(output.Say("Yes?")), framework.Types(aiflow.InputUserBargeIn), framework.Global())
	})
	app, p := b.initialized(t)
	call := aiflow.NewCall(callID)

	start := handle(t, app, request(t, call.Start()))
	<-started
	assert.False(t, p.Interrupt(callID), "a running session_start is not interruptible")
	close(release)
	res := <-start
	require.NoError(t, res.Err)
	assert.Equal(t, true, res.Context.Session.Data["greeted"])
}
