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

func transferApp(cfg components.TransferConfig) app {
	return app{launch: delegateTo("Transfer", cfg.Map()), children: []framework.Component{components.Transfer{}}}
}

func TestTransfer(t *testing.T) {
	tests := []struct{ locale, announce, failed string }{
		{"en-US", "Please hold, I'm connecting you.", "I'm sorry, nobody is available right now."},
		{"de-DE", "Einen Moment bitte, ich verbinde Sie.", "Leider ist gerade niemand erreichbar."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, transferApp(components.TransferConfig{Target: "+4930123456"}))
			call := aiflow.NewCall("c1")
			res := s.Run(call.Start())
			acts := actions(t, res)
			require.Len(t, acts, 2)
			sp := acts[0].(*aiflow.Speak)
			assert.Equal(t, tt.announce, sp.Text)
			assert.Zero(t, sp.UserInputTimeoutSeconds, "no input timer before a transfer")
			assert.Equal(t, &aiflow.BargeInConfig{Strategy: aiflow.StrategyNone}, sp.BargeIn, "the announcement plays to its end")
			assert.Equal(t, &aiflow.Transfer{
				SessionID: "c1", TargetPhoneNumber: "+4930123456",
				CallerIDName: "+4915112345678", CallerIDNumber: "+4915112345678", Timeout: 30,
			}, acts[1])
			assert.Contains(t, string(res.Body), `"target_phone_number":"4930123456"`)
			assert.Equal(t, []string{"App", "App.Transfer"}, stack(s))

			res = s.Run(call.Start()) // the transfer was not answered: the call comes back
			assert.Equal(t, aiflow.InputTransferFallback, res.Context.Input.Type)
			assert.Equal(t, tt.failed+" | resolved failed", said(t, res))
			assert.Equal(t, []string{"App"}, stack(s))
		})
	}
}

// TestTransferWaits plays what may reach the app while the transfer is
// under way: a timeout of an earlier prompt gets no answer, and the call
// coming back still gets the apology.
func TestTransferWaits(t *testing.T) {
	s := newSuite(t, "en-US", transferApp(components.TransferConfig{Target: "+4930123456"}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.Timeout())
	assert.Empty(t, actions(t, res))
	assert.Nil(t, res.Body, "no action")
	assert.Equal(t, []string{"App", "App.Transfer"}, stack(s))
	assert.Equal(t, "I'm sorry, nobody is available right now. | resolved failed", said(t, s.Run(call.Start())))
	assert.Equal(t, []string{"App"}, stack(s))
}

// TestTransferCallerBackWithoutReturn has the caller speak or press a key
// while Transfer waits for the call's return: the call is with the app
// again, so the caller hears the apology and the app goes on.
func TestTransferCallerBackWithoutReturn(t *testing.T) {
	for _, give := range []func(*aiflow.Call) aiflow.Step{
		func(c *aiflow.Call) aiflow.Step { return c.BargeIn("hello?") },
		func(c *aiflow.Call) aiflow.Step { return c.Say("is anybody there") },
		func(c *aiflow.Call) aiflow.Step { return c.Press("5") },
	} {
		s := newSuite(t, "en-US", transferApp(components.TransferConfig{Target: "+4930123456"}))
		call := aiflow.NewCall("c1")
		s.Run(call.Start())
		assert.Equal(t, "I'm sorry, nobody is available right now. | resolved failed", said(t, s.Run(give(call))))
		assert.Equal(t, []string{"App"}, stack(s))
	}
}

func TestTransferConfig(t *testing.T) {
	cfg := components.TransferConfig{
		Target: "4930123456", CallerIDName: "Hotline", CallerIDNumber: "+4921100000", RingSeconds: 15,
		Texts: components.Texts{"announce": "Connecting you to the hotline."},
	}
	s := newSuite(t, "en-US", transferApp(cfg))
	res := s.Run(aiflow.NewCall("c1").Start())
	assert.Equal(t, "Connecting you to the hotline.", said(t, res))
	acts := actions(t, res)
	require.Len(t, acts, 2)
	tr := acts[1].(*aiflow.Transfer)
	assert.Equal(t, "Hotline", tr.CallerIDName)
	assert.Equal(t, "+4921100000", tr.CallerIDNumber)
	assert.Equal(t, 15, tr.Timeout)
}

func TestTransferBadConfig(t *testing.T) {
	tests := []struct {
		name string
		give components.TransferConfig
		want string
	}{
		{"no target", components.TransferConfig{}, "no target number"},
		{"bad target", components.TransferConfig{Target: "0800-HELP"}, "target_phone_number"},
		{"ring too long", components.TransferConfig{Target: "+4930123456", RingSeconds: 300}, "timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, "en-US", transferApp(tt.give))
			res, err := s.RunE(aiflow.NewCall("c1").Start())
			require.NoError(t, err)
			assert.True(t, errors.Is(res.Err, components.ErrInvalidConfig), "%v", res.Err)
			assert.ErrorContains(t, res.Err, tt.want)
		})
	}
}

// rootTransfer is reached with Redirect: nothing to resolve to.
type rootTransfer struct{}

func (rootTransfer) Define(d *framework.Def) {
	d.Name("App").Components(components.Transfer{Config: components.TransferConfig{Target: "+4930123456"}})
	d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Transfer") })
}

func TestTransferWithoutDelegateHangsUpWhenItFails(t *testing.T) {
	s := newSuite(t, "en-US", rootTransfer{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.Start())
	assert.Equal(t, []string{"speak", "speak", "hangup"}, kinds(t, res))
	assert.Equal(t, "I'm sorry, nobody is available right now. | I'm ending the call now. Goodbye!", said(t, res))
}

func TestTransferCallerID(t *testing.T) {
	const caller, flow, called, target = "+4915112345678", "+4921112345678", "+4930999999", "+4930123456"
	tests := []struct {
		name                 string
		cfg                  components.TransferConfig
		from, phone, to      string
		outbound             bool
		wantName, wantNumber string
	}{
		{name: "the caller's number", from: caller, phone: flow, wantName: caller, wantNumber: caller},
		{name: "withheld", from: "anonymous", phone: flow, wantName: flow, wantNumber: flow},
		{name: "none", from: "", phone: flow, wantName: flow, wantNumber: flow},
		{name: "national", from: "015112345678", phone: flow, wantName: flow, wantNumber: flow},
		{name: "with spaces", from: "+49 151 1234567", phone: flow, wantName: flow, wantNumber: flow},
		{name: "without the plus", from: "4915112345678", phone: flow, wantName: "4915112345678", wantNumber: "4915112345678"},
		{name: "no flow number", from: caller, phone: "", wantName: caller, wantNumber: caller},
		{name: "withheld, no flow number: the number called", from: "anonymous", phone: "", to: called, wantName: called, wantNumber: called},
		{name: "withheld, no number at all: the target's", from: "anonymous", phone: "", wantName: target, wantNumber: target},
		{name: "withheld, a name for it", cfg: components.TransferConfig{FallbackCallerIDName: "Hotline"},
			from: "anonymous", phone: flow, wantName: "Hotline", wantNumber: flow},
		{name: "the caller's number before the name for none", cfg: components.TransferConfig{FallbackCallerIDName: "Hotline"},
			from: caller, phone: flow, wantName: caller, wantNumber: caller},
		{name: "configured number, withheld caller", cfg: components.TransferConfig{CallerIDNumber: "+4921100000"},
			from: "anonymous", phone: flow, wantName: "+4921100000", wantNumber: "+4921100000"},
		{name: "configured name, national caller", cfg: components.TransferConfig{CallerIDName: "Demo"},
			from: "015112345678", phone: flow, wantName: "Demo", wantNumber: flow},
		{name: "outbound: the callee", from: flow, to: caller, outbound: true, wantName: caller, wantNumber: caller},
		{name: "outbound, callee national, no flow number: the number calling", from: flow, to: "015112345678", outbound: true,
			wantName: flow, wantNumber: flow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			cfg.Target = target
			s := newSuite(t, "en-US", transferApp(cfg))
			call := aiflow.NewCall("c1")
			call.Session.FromPhoneNumber, call.Session.PhoneNumber, call.Session.ToPhoneNumber = tt.from, tt.phone, tt.to
			if tt.outbound {
				call.Session.Direction = aiflow.DirectionOutbound
			}
			acts := actions(t, s.Run(call.Start()))
			require.Len(t, acts, 2)
			tr, ok := acts[1].(*aiflow.Transfer)
			require.True(t, ok, "%T", acts[1])
			assert.Equal(t, tt.wantName, tr.CallerIDName)
			assert.Equal(t, tt.wantNumber, tr.CallerIDNumber)
			assert.NoError(t, tr.Validate())
		})
	}
}
