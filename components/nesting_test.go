package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// bank is an app whose menu option "account" asks for an account number
// through Digits, which confirms it with its nested YesNo, and whose
// option "agent" transfers the call.
type bank struct{}

func (bank) Define(d *framework.Def) {
	d.Name("Bank").Components(
		components.Menu{Config: components.MenuConfig{Options: []components.MenuOption{
			{Key: "account", Digit: "1", Labels: map[string]string{"en": "your account", "de": "Ihr Konto"},
				Component: "Digits", Config: components.DigitsConfig{Length: 4, Confirm: true}.Map()},
			{Key: "agent", Digit: "2", Labels: map[string]string{"en": "an agent", "de": "einen Mitarbeiter"}, Synonyms: []string{"Mitarbeiter"},
				Component: "Transfer", Config: components.TransferConfig{Target: "+4930123456"}.Map()},
		}}},
		components.Digits{},
		components.Transfer{},
	)
	d.Handle(framework.Launch, func(c *framework.Context) error {
		return c.Delegate("Menu", framework.DelegateOptions{Resolve: map[string]string{"selected": "Selected", "cancel": "Cancelled"}})
	})
	d.Handle("Selected", func(c *framework.Context) error {
		sel := components.Selection(c)
		switch {
		case sel.Key == "account" && sel.Event == components.EventCollected:
			return c.Send(&aiflow.Speak{Text: "Account " + sel.Args[0].(string) + " found."})
		case sel.Key == "agent" && sel.Event == components.EventFailed:
			return c.Send(&aiflow.Speak{Text: "Shall I take a message?"})
		}
		return c.Send(&aiflow.Speak{Text: "Back to the start: " + sel.Key + " " + sel.Event + "."})
	})
	d.Handle("Cancelled", func(c *framework.Context) error { return c.Send(&aiflow.Speak{Text: "Menu cancelled."}) })
}

func TestNestingMenuDigitsYesNo(t *testing.T) {
	tests := []struct {
		locale, digitsPrompt, readBack, partial, noInput, ack, no string
	}{
		{"en-US",
			"Please enter your 4-digit number on the keypad, or say it digit by digit.",
			"You entered 1 2 3 4. Is that correct?",
			"I have 1 2 so far. Please enter the rest, or press star to start over.",
			"I didn't hear anything. You entered 1 2 3 4. Is that correct? Please say yes or no, or press 1 for yes and 2 for no.",
			"Alright. You entered 1 2 3 4. Is that correct?",
			"no"},
		{"de-DE",
			"Bitte geben Sie Ihre 4-stellige Nummer über die Tastatur ein, oder sagen Sie sie Ziffer für Ziffer.",
			"Sie haben 1 2 3 4 eingegeben. Ist das richtig?",
			"Ich habe bisher 1 2. Bitte geben Sie den Rest ein, oder drücken Sie die Sterntaste, um neu zu beginnen.",
			"Ich habe nichts gehört. Sie haben 1 2 3 4 eingegeben. Ist das richtig? Bitte sagen Sie ja oder nein, oder drücken Sie die 1 für ja und die 2 für nein.",
			"Gut. Sie haben 1 2 3 4 eingegeben. Ist das richtig?",
			"nein"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, bank{})
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, []string{"Bank", "Bank.Menu"}, stack(s))

			res := s.Run(call.Press("1"))
			assert.Equal(t, tt.digitsPrompt, said(t, res))
			assert.Equal(t, []string{"Bank", "Bank.Menu", "Bank.Digits"}, stack(s))
			assert.Equal(t, "account", s.Session().State[1].Data["selected"])

			s.Run(call.Press("1"))
			res = s.Run(call.Say(map[string]string{"en-US": "two", "de-DE": "zwei"}[tt.locale]))
			assert.Equal(t, tt.partial, said(t, res), "keypad and speech mixed")
			res = s.Run(call.Say(map[string]string{"en-US": "three four", "de-DE": "drei vier"}[tt.locale]))
			assert.Equal(t, tt.readBack, said(t, res))
			assert.Equal(t, []string{"Bank", "Bank.Menu", "Bank.Digits", "Bank.Digits.YesNo"}, stack(s))

			// A timeout and a barge-in in the innermost dialogue.
			assert.Equal(t, tt.noInput, said(t, s.Run(call.Timeout())))
			assert.Equal(t, tt.ack, said(t, s.Run(call.BargeIn("mhm"))))
			assert.Empty(t, kinds(t, s.Run(call.BargeIn("[noise]"))))
			assert.Equal(t, []string{"Bank", "Bank.Menu", "Bank.Digits", "Bank.Digits.YesNo"}, stack(s))

			// No: back to Digits, one level up.
			s.Run(call.Say(tt.no))
			assert.Equal(t, []string{"Bank", "Bank.Menu", "Bank.Digits"}, stack(s))
			s.Run(call.PressAll("123")...)
			res = s.Run(call.Press("4"))
			assert.Equal(t, tt.readBack, said(t, res))

			// Yes: YesNo resolves to Digits, Digits to Menu, Menu to the app.
			res = s.Run(call.Press("1"))
			assert.Equal(t, "Account 1234 found.", said(t, res))
			assert.Equal(t, []string{"Bank"}, stack(s))
			assert.Empty(t, appData(s), "nothing leaks into session data")
		})
	}
}

func TestNestingCancelPropagates(t *testing.T) {
	s := newSuite(t, "en-US", bank{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Say("your account"), call.Say("one two three four"))
	assert.Equal(t, []string{"Bank", "Bank.Menu", "Bank.Digits", "Bank.Digits.YesNo"}, stack(s))
	res := s.Run(call.Say("cancel"))
	assert.Equal(t, "The number was not registered. | Back to the start: account cancel.", said(t, res))
	assert.Equal(t, []string{"Bank"}, stack(s))
}

func TestNestingMenuTransferFails(t *testing.T) {
	s := newSuite(t, "de-DE", bank{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.Say("einen Mitarbeiter bitte"))
	assert.Equal(t, []string{"speak", "transfer"}, kinds(t, res))
	assert.Equal(t, []string{"Bank", "Bank.Menu", "Bank.Transfer"}, stack(s))
	res = s.Run(call.Start())
	assert.Equal(t, "Leider ist gerade niemand erreichbar. | Shall I take a message?", said(t, res))
	assert.Equal(t, []string{"Bank"}, stack(s))
}

func TestComponentsRegisteredAsRoots(t *testing.T) {
	a := framework.New(framework.Config{Components: []framework.Component{
		app{launch: delegateTo("Digits", components.DigitsConfig{Length: 2, Confirm: true}.Map())},
		components.Digits{},
	}})
	s := testsuite.New(t, a, testsuite.WithPlatform(aiflow.New(aiflow.Config{})))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, []string{"App", "Digits"}, stack(s))
	s.Run(call.Say("four two"))
	assert.Equal(t, []string{"App", "Digits", "Digits.YesNo"}, stack(s))
	assert.Equal(t, "resolved collected 42", said(t, s.Run(call.Say("yes"))))
	assert.Equal(t, []string{"App"}, stack(s))
}

func TestSubMenu(t *testing.T) {
	sub := framework.Named("Drinks", components.Menu{Config: components.MenuConfig{Options: []components.MenuOption{
		{Key: "water", Digit: "1", Synonyms: []string{"Wasser"}},
		{Key: "juice", Digit: "2", Synonyms: []string{"Saft"}},
	}}})
	main := components.Menu{
		Config: components.MenuConfig{Options: []components.MenuOption{
			{Key: "food", Digit: "1"},
			{Key: "drinks", Digit: "2", Synonyms: []string{"Getränke"}, Component: "Drinks"},
		}},
		Components: []framework.Component{sub},
	}
	s := newSuite(t, "de-DE", app{launch: delegateTo("Menu", nil), children: []framework.Component{main}})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.Say("Getränke bitte"))
	assert.Equal(t, "Bitte wählen Sie eine der folgenden Optionen. Für water drücken Sie die 1. Für juice drücken Sie die 2.", said(t, res))
	assert.Equal(t, []string{"App", "App.Menu", "App.Menu.Drinks"}, stack(s))
	assert.Equal(t, "resolved selected drinks selected juice", said(t, s.Run(call.Say("einen Saft"))))
	assert.Equal(t, []string{"App"}, stack(s))
}
