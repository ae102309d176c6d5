package aiflow_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// menuBot launches into a Menu component (so the state stack is not
// empty) and counts visits in the user's data.
func menuBot(extra func(d *framework.Def)) *bot {
	menu := comp(func(d *framework.Def) {
		d.Name("Menu")
		d.Handle(framework.Start, send(output.Say("Menu.")))
		d.Handle("Hours", send(output.Say("Nine to five.")), framework.Types(framework.InputText))
		d.Handle(framework.Unhandled, send(output.Say("Sorry?")))
	})
	return &bot{comps: []framework.Component{comp(func(d *framework.Def) {
		d.Name("Bot").Components(menu)
		d.Handle(framework.Launch, func(c *framework.Context) error {
			n, _ := c.User.Data["calls"].(int)
			c.User.Data["calls"] = n + 1
			if aiflow.TransferReturned(c) {
				if err := c.Say("Welcome back (returned: true)."); err != nil {
					return err
				}
			}
			return c.Redirect("Menu")
		})
		if extra != nil {
			extra(d)
		}
	})}}
}

func TestSessionEnd(t *testing.T) {
	var endRan bool
	b := menuBot(func(d *framework.Def) {
		d.Handle(framework.End, func(c *framework.Context) error {
			endRan = true
			return c.Send(output.Say("Nobody hears this."))
		})
	})
	s, _ := b.suite(t)
	call := aiflow.NewCall(callID)
	s.Run(call.Start(), call.Say("hours"))
	_, err := s.App().Store().LoadSession(t.Context(), callID)
	require.NoError(t, err, "the session is stored while the call lasts")

	res := s.Run(call.End())
	assert.True(t, endRan, "END handlers run on session_end")
	assert.Nil(t, res.Body, "session_end is always answered with 204")
	require.NoError(t, res.Err)
	_, err = s.App().Store().LoadSession(t.Context(), callID)
	assert.ErrorIs(t, err, framework.ErrNotFound, "the session is deleted after the END handlers ran")
	assert.Len(t, b.logs.FilterMessage("aiflow: output for an event that takes no answer was dropped").All(), 1)

	next := aiflow.NewCall("call-2") // the same caller calls again
	res = s.Run(next.Start())
	assert.True(t, res.Context.Session.IsNew)
	assert.False(t, res.Context.User.IsNew)
	assert.Equal(t, 2, res.Context.User.Data["calls"], "user data survives across calls")
}

func TestSessionEndWithoutEndHandler(t *testing.T) {
	b := menuBot(nil)
	s, _ := b.suite(t)
	call := aiflow.NewCall(callID)
	s.Run(call.Start())
	res := s.Run(call.End())
	assert.Nil(t, res.Route, "Menu's UNHANDLED does not answer session_end")
	assert.Empty(t, res.Output)
	assert.NoError(t, res.Err, "no END handler is not a routing error")
	assert.Empty(t, b.errs.all())
	_, err := s.App().Store().LoadSession(t.Context(), callID)
	assert.ErrorIs(t, err, framework.ErrNotFound)
}

func TestFailedSessionEndStillDeletesTheSession(t *testing.T) {
	b := menuBot(func(d *framework.Def) {
		d.Handle(framework.End, func(*framework.Context) error { return errors.New("analytics down") })
	})
	s, _ := b.suite(t)
	call := aiflow.NewCall(callID)
	s.Run(call.Start())
	res := s.Run(call.End())
	require.Error(t, res.Err)
	assert.Nil(t, res.Body)
	_, err := s.App().Store().LoadSession(t.Context(), callID)
	assert.ErrorIs(t, err, framework.ErrNotFound)
}

func TestTransferFallback(t *testing.T) {
	transfers := func(global bool) framework.Component {
		return comp(func(d *framework.Def) {
			d.Name("Transfers")
			if global {
				d.Global()
			}
			d.Handle("Returned", func(c *framework.Context) error {
				return c.Say(fmt.Sprintf("Nobody answered (returned: %v).", aiflow.TransferReturned(c)))
			}, framework.Types(aiflow.InputTransferFallback))
		})
	}
	tests := []struct {
		name     string
		extra    framework.Component
		want     string
		wantType framework.InputType
	}{
		{"with a TRANSFER_FALLBACK handler", transfers(true), "Nobody answered (returned: true).", aiflow.InputTransferFallback},
		{"without one it is a LAUNCH", nil, "Welcome back (returned: true). Menu.", framework.InputLaunch},
		{"a handler off the stack does not count", transfers(false), "Welcome back (returned: true). Menu.", framework.InputLaunch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := menuBot(nil)
			if tt.extra != nil {
				b.comps = append(b.comps, tt.extra)
			}
			s, _ := b.suite(t)
			call := aiflow.NewCall(callID)
			first := s.Run(call.Start())
			require.Equal(t, framework.State{{Component: "Bot.Menu"}}, first.Context.Session.State)
			assert.False(t, aiflow.TransferReturned(first.Context))
			s.SetSessionData("before", "transfer")

			res := s.Run(call.Start()) // the transfer came back
			require.NoError(t, res.Err)
			assert.Equal(t, tt.wantType, res.Context.Input.Type)
			assert.True(t, aiflow.TransferReturned(res.Context))
			assert.Equal(t, `{"type":"speak","session_id":"call-1","text":"`+tt.want+`",`+defaults+`}`, body(res))
			assert.False(t, res.Context.Session.IsNew)
			assert.Equal(t, "transfer", s.Session().Data["before"], "session data is kept")
			assert.Equal(t, framework.State{{Component: "Bot.Menu"}}, s.Session().State, "the state stack is kept")
		})
	}
}

func TestTransferReturnedInConditions(t *testing.T) {
	s, _ := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, send(output.Say("Hello.")))
		d.Handle("Back", send(output.Say("Welcome back.")), framework.Types(framework.InputLaunch), framework.Global(),
			framework.If(aiflow.TransferReturned))
	}).suite(t)
	call := aiflow.NewCall(callID)
	assert.Equal(t, "Hello.", s.Run(call.Start()).Output[0].Message.Speech)
	assert.Equal(t, "Welcome back.", s.Run(call.Start()).Output[0].Message.Speech)
}

func TestTransferFallbackBeatsUnhandled(t *testing.T) {
	b := menuBot(nil)
	b.comps = append(b.comps, comp(func(d *framework.Def) {
		d.Name("Transfers").Global()
		d.Handle("Returned", send(output.Say("Back again.")), framework.Types(aiflow.InputTransferFallback))
	}))
	s, _ := b.suite(t)
	call := aiflow.NewCall(callID)
	res := s.Run(call.Start(), call.Start())
	require.NotNil(t, res.Route)
	assert.Equal(t, "Transfers", res.Route.Resolved.Component, "Menu's UNHANDLED ranks above, but does not declare the type")
	assert.Equal(t, "Back again.", res.Output[0].Message.Speech)
}

func TestBargeInCounter(t *testing.T) {
	var counts []int
	b := menuBot(func(d *framework.Def) {
		d.Handle("BargeIn", func(c *framework.Context) error {
			counts = append(counts, aiflow.BargeInCount(c))
			return c.Send(aiflow.Empty{})
		}, framework.Types(aiflow.InputUserBargeIn), framework.Global(), framework.PrioritizedOverUnhandled())
	})
	s, _ := b.suite(t)
	call := aiflow.NewCall(callID)
	s.Run(call.Start(), call.BargeIn("wait"), call.Say("hours"), call.LegacyBargeIn("stop"), call.BargeIn("no"))
	assert.Equal(t, []int{1, 2, 3}, counts)
	assert.Equal(t, 3, aiflow.BargeInCount(s.Run(call.Say("hours")).Context), "plain speech does not count")

	other := aiflow.NewCall("call-2")
	assert.Zero(t, aiflow.BargeInCount(s.Run(other.Start()).Context), "the counter belongs to the call")
}

func TestBargeInCounterAfterAJSONStore(t *testing.T) {
	s, _ := menuBot(nil).suite(t)
	call := aiflow.NewCall(callID)
	s.Run(call.Start())
	s.SetSessionData("aiflow.bargeIns", float64(2)) // as a JSON store gives it back
	s.Run(call.Say("hours"))
	assert.Equal(t, 3, aiflow.BargeInCount(s.Run(call.BargeIn("hm")).Context))
}

func TestSeededSession(t *testing.T) {
	call := aiflow.NewCall(callID)
	call.Session.AccountID = "account-9"
	call.Session.FromPhoneNumber = "+4930111222"
	var info aiflow.Session
	s, _ := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			info = aiflow.SessionInfo(c)
			return nil
		})
	}).suite(t)
	s.SetUserData("vip", true)
	res := s.Run(call.Start())
	assert.Equal(t, "account-9", info.AccountID)
	assert.Equal(t, "+4930111222", res.Context.User.ID)
	assert.Equal(t, true, s.User().Data["vip"])
}

func TestPressAll(t *testing.T) {
	var keys string
	s, _ := newBot(func(d *framework.Def) {
		d.Handle("Key", func(c *framework.Context) error { keys += aiflow.Digit(c); return nil },
			framework.Types(aiflow.InputDTMFReceived), framework.Global())
	}).suite(t)
	for _, st := range aiflow.NewCall(callID).PressAll("12#") {
		s.Run(st)
	}
	assert.Equal(t, "12#", keys)
}
