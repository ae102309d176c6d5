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
