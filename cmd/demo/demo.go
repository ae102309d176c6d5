package main

import (
	"strings"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/i18n"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// The handlers Demo's delegations resolve to.
const (
	onSelected  = "Selected"
	onCancelled = "MenuCancelled"
)

// demo is the root component: it greets the caller and hands the call to
// the Menu; what the caller chose comes back to onSelected, which answers
// and offers the menu again. Digits and Transfer are its children, so
// that the Menu's options find them.
type demo struct {
	menu components.MenuConfig
}

// newDemo returns the root component with the menu's labels from tr and
// option 0 transferring to transferTo.
func newDemo(tr *i18n.I18n, transferTo string) demo {
	return demo{menu: menuConfig(tr, transferTo)}
}

// Define registers Demo with its dialogue components.
func (d demo) Define(def *framework.Def) {
	def.Name("Demo").Components(
		components.Menu{Config: d.menu},
		components.Digits{Confirmation: components.YesNoConfig{Settings: settings()}},
		components.Transfer{},
	)
	def.Handle(framework.Launch, d.launch)
	def.Handle(onSelected, d.selected)
	def.Handle(onCancelled, d.cancelled)
	def.Handle("Goodbye", goodbye, framework.GlobalIntents("GoodbyeIntent"), framework.PrioritizedOverUnhandled())
	// A caller's event for a session the demo holds no state of (it was
	// restarted in the middle of a call: the store is in memory) greets
	// and offers the menu, rather than leaving the line silent.
	def.Handle("Rejoin", d.launch, framework.Global(), framework.If(rejoined),
		framework.Types(framework.InputText, framework.InputIntent, aiflow.InputDTMFReceived, aiflow.InputUserInputTimeout))
	// After a cancelled menu, whatever the caller says or presses brings
	// the menu back; other events (an event type of a later protocol
	// version) get no answer.
	def.Handle(framework.Unhandled, func(c *framework.Context) error { return offerMenu(c, "menu.intro") },
		framework.If(callerInput))
}

// callerInput reports whether the caller said or pressed something.
func callerInput(c *framework.Context) bool {
	switch c.Input.Type {
	case framework.InputText, framework.InputIntent, aiflow.InputDTMFReceived:
		return true
	}
	return false
}

// rejoined reports whether the event belongs to a call the demo has no
// state of: a new session that did not start with session_start.
func rejoined(c *framework.Context) bool {
	return len(c.Session.State) == 0
}

// launch greets the caller and offers the menu.
func (d demo) launch(c *framework.Context) error {
	if err := c.Send(speak(c, "greeting")); err != nil {
		return err
	}
	return offerMenu(c, "menu.intro")
}

// offerMenu delegates to the Menu, introduced by the text of introKey.
func offerMenu(c *framework.Context, introKey string) error {
	return c.Delegate("Menu", framework.DelegateOptions{
		Resolve: map[string]string{components.EventSelected: onSelected, components.EventCancel: onCancelled},
		Config:  components.MenuConfig{Settings: components.Settings{Texts: components.Texts{"intro": introKey}}}.Map(),
	})
}

// selected answers the option the caller chose, and what the option's
// component (Digits, Transfer) resolved with.
func (d demo) selected(c *framework.Context) error {
	sel := components.Selection(c)
	var err error
	switch {
	case sel.Key == optGoodbye:
		return goodbye(c)
	case sel.Key == optHours:
		err = c.Send(speak(c, "hours"))
	case sel.Key == optNumber && sel.Event == components.EventCollected && len(sel.Args) > 0:
		digits, _ := sel.Args[0].(string)
		err = c.Send(&aiflow.Speak{Text: c.T("registered", map[string]any{"digits": spaced(digits)})})
	case sel.Key == optSMS:
		err = sendAddress(c)
	case sel.Key == optHelp:
		err = c.Send(speak(c, "help"))
	default:
		// A returned transfer (Transfer apologized already), a number
		// the caller rejected (Digits said it was not registered) or a
		// cancelled number entry: only the menu again.
	}
	if err != nil {
		return err
	}
	return offerMenu(c, "menu.again")
}

// sendAddress texts the address to the person on the line, if their
// number is known and one the service can text.
func sendAddress(c *framework.Context) error {
	sms := &aiflow.SendSMS{SessionID: c.Session.ID, PhoneNumber: aiflow.UserID(aiflow.SessionInfo(c)), Message: c.T("smsText", nil)}
	if sms.Validate() != nil {
		// Withheld, or not a number the service can text (national
		// format, say).
		return c.Send(speak(c, "smsNoNumber"))
	}
	return c.Send(sms, speak(c, "smsSent"))
}

// cancelled runs when the caller left the menu ("cancel") or chose
// nothing after the retries: Demo asks for itself, and the next input
// brings the menu back (UNHANDLED). Silence here is NoInputFallback's.
func (d demo) cancelled(c *framework.Context) error {
	return c.Send(speak(c, "menuCancelled"))
}

// goodbye says goodbye and hangs up, in one response.
func goodbye(c *framework.Context) error {
	return c.Send(speak(c, "goodbye"), &aiflow.Hangup{})
}

// speak is the speak of the text of key.
func speak(c *framework.Context, key string) *aiflow.Speak {
	return &aiflow.Speak{Text: c.T(key, nil)}
}

// spaced writes digits apart ("1 2 3"), so that they are read one by one.
func spaced(digits string) string { return strings.Join(strings.Split(digits, ""), " ") }
