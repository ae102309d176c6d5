package components

import (
	"fmt"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// DefaultRingSeconds is how long Transfer lets the target ring.
const DefaultRingSeconds = 30

// TransferConfig configures Transfer. Text keys: announce, failed,
// goodbye.
type TransferConfig struct {
	// Texts overrides texts by key.
	Texts Texts `json:"texts,omitempty"`
	// Target is the E.164 number to transfer to. Required.
	Target string `json:"target,omitempty"`
	// CallerIDName is the name the target sees. When empty it is the
	// caller's number if that is E.164, else FallbackCallerIDName.
	CallerIDName string `json:"callerIdName,omitempty"`
	// FallbackCallerIDName is the name the target sees for a caller
	// whose number is withheld or not E.164 ("anonymous", a national
	// number), unless CallerIDName is set; the number the target sees
	// when empty.
	FallbackCallerIDName string `json:"fallbackCallerIdName,omitempty"`
	// CallerIDNumber is the E.164 number the target sees. When empty it
	// is the caller's number if that is E.164, else the flow's (the
	// number that was called), else Target.
	CallerIDNumber string `json:"callerIdNumber,omitempty"`
	// RingSeconds is how long the target rings, 5–120;
	// DefaultRingSeconds when 0. An unanswered call comes back.
	RingSeconds int `json:"ringSeconds,omitempty"`
}

// Map returns the config as the map DelegateOptions.Config takes: the
// JSON keys of the fields that are set.
func (tc TransferConfig) Map() map[string]any {
	w := make(writer)
	w.strMap("texts", tc.Texts)
	w.str("target", tc.Target)
	w.str("callerIdName", tc.CallerIDName)
	w.str("fallbackCallerIdName", tc.FallbackCallerIDName)
	w.str("callerIdNumber", tc.CallerIDNumber)
	w.integer("ringSeconds", tc.RingSeconds)
	return w
}

func (tc TransferConfig) settings() Settings { return Settings{Texts: tc.Texts} }

func (tc TransferConfig) with(r reader) (TransferConfig, reader) {
	r.texts("texts", &tc.Texts)
	r.str("target", &tc.Target)
	r.str("callerIdName", &tc.CallerIDName)
	r.str("fallbackCallerIdName", &tc.FallbackCallerIDName)
	r.str("callerIdNumber", &tc.CallerIDNumber)
	r.integer("ringSeconds", &tc.RingSeconds)
	return tc, r
}

func (tc TransferConfig) check() error {
	if tc.Target == "" {
		return fmt.Errorf("no target number")
	}
	return nil
}

// Transfer announces a transfer and transfers the call with a ring
// timeout. On success it resolves nothing: the call is gone. When the
// target does not answer, the call comes back (TRANSFER_FALLBACK):
// Transfer tells the caller and resolves EventFailed, so the app can offer
// something else. The announcement cannot be interrupted (barge-in
// strategy none). A timeout of an earlier prompt that arrives while the
// transfer is under way gets no answer, and Transfer stays active for the
// call's return. What the caller says or presses then means the call is
// with the app again although no session_start brought it back (the
// service sends no caller events while it rings the target): Transfer
// answers as for a returned call, rather than leave the caller in silence.
// (Global handlers that outrank UNHANDLED, such as a goodbye intent, still
// run.)
type Transfer struct {
	// Config is the default config, under the config passed with Delegate.
	Config TransferConfig
}

// Define registers Transfer as "Transfer".
func (tr Transfer) Define(d *framework.Def) {
	d.Name("Transfer")
	r := &transfer{cfg: newDefaults("Transfer", tr.Config, "announce", "failed", "goodbye")}
	d.Handle(framework.Start, r.start)
	d.Handle("TRANSFER_FALLBACK", r.fallback, framework.Types(aiflow.InputTransferFallback))
	d.Handle(framework.Unhandled, r.fallback)
	d.Handle("Waiting", r.waiting, framework.Types(aiflow.InputUserInputTimeout))
}

// transfer runs the handlers of a defined Transfer.
type transfer struct {
	cfg *defaults[TransferConfig]
}

func (tr *transfer) start(c *framework.Context) error {
	t, cfg, err := begin(c, tr.cfg)
	if err != nil {
		return err
	}
	name, number := callerID(aiflow.SessionInfo(c), cfg)
	act := &aiflow.Transfer{
		SessionID:         c.Session.ID,
		TargetPhoneNumber: cfg.Target,
		CallerIDName:      name,
		CallerIDNumber:    number,
		Timeout:           cfg.RingSeconds,
	}
	if act.Timeout == 0 {
		act.Timeout = DefaultRingSeconds
	}
	if err := act.Validate(); err != nil {
		return fmt.Errorf("%w: Transfer: %w", ErrInvalidConfig, err)
	}
	var buf [2]output.Output
	outs := appendSpeeches(buf[:0], &aiflow.BargeInConfig{Strategy: aiflow.StrategyNone}, aiflow.NoUserInputTimeout, t.text("announce", nil))
	return c.Send(append(outs, act)...)
}

// waiting answers a timeout while the transfer is under way with no
// action: a prompt would only talk over the ringing, and the state stays
// as it is for the call's return.
func (tr *transfer) waiting(c *framework.Context) error {
	return c.Send(aiflow.Empty{})
}

func (tr *transfer) fallback(c *framework.Context) error {
	t, _, err := begin(c, tr.cfg)
	if err != nil {
		return err
	}
	if err := c.Send(&aiflow.Speak{Text: t.text("failed", nil)}); err != nil {
		return err
	}
	return t.finish(EventFailed)
}
