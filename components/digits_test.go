package components_test

import (
	"errors"
	"maps"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

func digitsApp(cfg components.DigitsConfig, dg components.Digits) app {
	return app{launch: delegateTo("Digits", cfg.Map()), children: []framework.Component{dg}}
}

func TestDigitsKeypadFixedLength(t *testing.T) {
	tests := []struct{ locale, prompt string }{
		{"en-US", "Please enter your 4-digit number on the keypad, or say it digit by digit."},
		{"de-DE", "Bitte geben Sie Ihre 4-stellige Nummer über die Tastatur ein, oder sagen Sie sie Ziffer für Ziffer."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
			call := aiflow.NewCall("c1")
			assert.Equal(t, tt.prompt, said(t, s.Run(call.Start())))
			assert.Equal(t, []string{"barge_in"}, kinds(t, s.Run(call.Press("1"))), "the first key stops the prompt")
			for _, k := range []string{"2", "3"} {
				res := s.Run(call.Press(k))
				assert.Empty(t, kinds(t, res))
				assert.Nil(t, res.Body)
			}
			assert.Equal(t, "123", top(s)["digits"])
			assert.Equal(t, []string{"App", "App.Digits"}, stack(s))
			assert.Equal(t, "resolved collected 1234", said(t, s.Run(call.Press("4"))))
			assert.Equal(t, []string{"App"}, stack(s))
			assert.Empty(t, appData(s))
		})
	}
}

// TestDigitsSpeech enters digits by speech: an entry of open length (0)
// ends with the utterance; with a length, the words speech-to-text writes
// for digits ("for", "to", "won", "ein") count inside a run of digits
// only.
func TestDigitsSpeech(t *testing.T) {
	tests := []struct {
		length             int
		locale, give, want string
	}{
		{0, "en-US", "four two one", "resolved collected 421"},
		{0, "en-US", "it's double four seven", "resolved collected 447"},
		{0, "de-DE", "vier zwei eins", "resolved collected 421"},
		{0, "de-DE", "zwo zwoundvierzig", "resolved collected 242"},
		{4, "en-US", "four to one seven", "resolved collected 4217"},
		{4, "en-US", "for two won ate", "resolved collected 4218"},
		{4, "de-DE", "vier zwei ein sieben", "resolved collected 4217"},
		{4, "en-US", "I want to talk to a person", "Sorry, I didn't get that. Please enter your 4-digit number on the keypad, or say it digit by digit."},
		{4, "en-US", "I want to start over", "Okay, let's start over. Please enter your 4-digit number on the keypad, or say it digit by digit."},
		{4, "de-DE", "ich habe eine Frage", "Entschuldigung, das habe ich nicht verstanden. Bitte geben Sie Ihre 4-stellige Nummer über die Tastatur ein, oder sagen Sie sie Ziffer für Ziffer."},
	}
	for _, tt := range tests {
		t.Run(tt.locale+" "+tt.give, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{Length: tt.length}, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.want, said(t, s.Run(call.Say(tt.give))))
		})
	}
}

func TestDigitsKeypadAndSpeechMixed(t *testing.T) {
	tests := []struct{ locale, give, partial string }{
		{"en-US", "two one", "I have 4 2 1 so far. Please enter the rest, or press star to start over."},
		{"de-DE", "zwei eins", "Ich habe bisher 4 2 1. Bitte geben Sie den Rest ein, oder drücken Sie die Sterntaste, um neu zu beginnen."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{Length: 5}, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start(), call.Press("4"))
			assert.Equal(t, tt.partial, said(t, s.Run(call.Say(tt.give))))
			s.Run(call.Press("7"))
			assert.Equal(t, "resolved collected 42178", said(t, s.Run(call.Say("eight"))))
		})
	}
}

func TestDigitsUntilHash(t *testing.T) {
	s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{}, components.Digits{}))
	call := aiflow.NewCall("c1")
	res := s.Run(call.Start())
	assert.Equal(t, "Please enter the number on the keypad and finish with the hash key, or say it digit by digit.", said(t, res))
	s.Run(call.PressAll("98765")...)
	assert.Equal(t, "resolved collected 98765", said(t, s.Run(call.Press("#"))))
}

func TestDigitsStarStartsOver(t *testing.T) {
	tests := []struct {
		locale string
		over   aiflow.Step
		want   string
	}{
		{"en-US", aiflow.NewCall("c1").Press("*"), "Okay, let's start over. Please enter the number on the keypad and finish with the hash key, or say it digit by digit."},
		{"en-US", aiflow.NewCall("c1").Say("start over"), "Okay, let's start over. Please enter the number on the keypad and finish with the hash key, or say it digit by digit."},
		{"de-DE", aiflow.NewCall("c1").Say("nochmal von vorne"), "Gut, wir fangen von vorne an. Bitte geben Sie die Nummer über die Tastatur ein und schließen Sie mit der Rautetaste ab, oder sagen Sie sie Ziffer für Ziffer."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{}, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start(), call.Press("1"), call.Press("2"))
			assert.Equal(t, tt.want, said(t, s.Run(tt.over)))
			assert.NotContains(t, top(s), "digits")
			s.Run(call.Press("5"), call.Press("6"))
			assert.Equal(t, "resolved collected 56", said(t, s.Run(call.Press("#"))))
		})
	}
}

func TestDigitsRejectsThenCancels(t *testing.T) {
	tests := []struct {
		name, locale string
		cfg          components.DigitsConfig
		give         []testsuite.Step
		want         string
	}{
		{"wrong length", "en-US", components.DigitsConfig{Length: 3},
			[]testsuite.Step{aiflow.NewCall("c1").Say("one two three four")},
			"Sorry, that was not a 3-digit number. Please enter your 3-digit number on the keypad, or say it digit by digit."},
		{"too short", "en-US", components.DigitsConfig{MinLength: 3},
			[]testsuite.Step{aiflow.NewCall("c1").Press("1"), aiflow.NewCall("c1").Press("#")},
			"Sorry, that number is too short. Please enter the number on the keypad and finish with the hash key, or say it digit by digit."},
		{"too long", "de-DE", components.DigitsConfig{MaxLength: 2},
			[]testsuite.Step{aiflow.NewCall("c1").Say("eins zwei drei")},
			"Entschuldigung, die Nummer ist zu lang. Bitte geben Sie die Nummer über die Tastatur ein und schließen Sie mit der Rautetaste ab, oder sagen Sie sie Ziffer für Ziffer."},
		{"too long by key", "en-US", components.DigitsConfig{MaxLength: 3},
			aiflow.NewCall("c1").PressAll("1234"),
			"Sorry, that number is too long. Please enter the number on the keypad and finish with the hash key, or say it digit by digit."},
		{"checksum", "en-US", components.DigitsConfig{Validator: "luhn"},
			[]testsuite.Step{aiflow.NewCall("c1").Say("seven nine nine two seven three nine eight seven one four")},
			"Sorry, that number is not valid. Please enter the number on the keypad and finish with the hash key, or say it digit by digit."},
		{"unclear", "de-DE", components.DigitsConfig{},
			[]testsuite.Step{aiflow.NewCall("c1").Say("keine Ahnung")},
			"Entschuldigung, das habe ich nicht verstanden. Bitte geben Sie die Nummer über die Tastatur ein und schließen Sie mit der Rautetaste ab, oder sagen Sie sie Ziffer für Ziffer."},
		{"amount", "en-US", components.DigitsConfig{},
			[]testsuite.Step{aiflow.NewCall("c1").Say("four hundred")},
			"Sorry, I didn't get that. Please enter the number on the keypad and finish with the hash key, or say it digit by digit."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(tt.cfg, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			for round := 1; round <= 3; round++ {
				res := s.Run(tt.give...)
				if round == 3 {
					assert.Equal(t, "resolved cancel", said(t, res))
					assert.Equal(t, []string{"App"}, stack(s))
					return
				}
				assert.Equal(t, tt.want, said(t, res), "round %d", round)
				assert.Equal(t, round, top(s)["tries"])
				assert.NotContains(t, top(s), "digits", "a rejected entry is dropped")
			}
		})
	}
}

func TestDigitsValidator(t *testing.T) {
	dg := components.Digits{Validators: map[string]components.ValidateFunc{
		"even": func(_ *framework.Context, d string) bool { return (d[len(d)-1]-'0')%2 == 0 },
	}}
	s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Length: 2, Validator: "even"}, dg))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Contains(t, said(t, s.Run(call.Say("one three"))), "not valid")
	assert.Equal(t, "resolved collected 14", said(t, s.Run(call.Say("fourteen"))))
}

func TestDigitsLuhnAccepts(t *testing.T) {
	s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Validator: "luhn"}, components.Digits{}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, "resolved collected 79927398713", said(t, s.Run(call.Say("79927398713"))))
}

func TestDigitsSpokenCancel(t *testing.T) {
	s := newSuite(t, "de-DE", digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Press("1"))
	assert.Equal(t, "resolved cancel", said(t, s.Run(call.Say("vergiss es"))))
}

func TestDigitsConfirm(t *testing.T) {
	tests := []struct {
		locale, readBack, retry, yes, no string
	}{
		{"en-US", "You entered 4 2 1. Is that correct?", "Okay, let's try again. Please enter the number on the keypad and finish with the hash key, or say it digit by digit.", "yes", "no"},
		{"de-DE", "Sie haben 4 2 1 eingegeben. Ist das richtig?", "Gut, versuchen wir es noch einmal. Bitte geben Sie die Nummer über die Tastatur ein und schließen Sie mit der Rautetaste ab, oder sagen Sie sie Ziffer für Ziffer.", "ja", "nein"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{Confirm: true}, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			s.Run(call.Say(tt.no + " " + tt.no))
			assert.Equal(t, 1, top(s)["tries"], "no digits: unclear")
			res := s.Run(call.Press("4"), call.Press("2"), call.Press("1"), call.Press("#"))
			assert.Equal(t, tt.readBack, said(t, res))
			assert.Equal(t, []string{"App", "App.Digits", "App.Digits.YesNo"}, stack(s))
			assert.Equal(t, "421", s.Session().State[1].Data["pending"], "the digits wait in the Digits item")

			res = s.Run(call.Say(tt.no))
			assert.Equal(t, tt.retry, said(t, res))
			assert.Equal(t, []string{"App", "App.Digits"}, stack(s))

			res = s.Run(call.Say("vier zwei eins"))
			assert.Equal(t, tt.readBack, said(t, res))
			assert.Equal(t, "resolved collected 421", said(t, s.Run(call.Press("1"))), "keypad yes")
			assert.Equal(t, []string{"App"}, stack(s))
			assert.Empty(t, appData(s))
		})
	}
}

// TestDigitsConfirmCancel ends the confirmation without a yes or a no:
// Digits says the number was not taken, then resolves cancel.
func TestDigitsConfirmCancel(t *testing.T) {
	tests := []struct {
		name, locale string
		give         []string
		want         string
	}{
		{"cancel", "en-US", []string{"cancel"}, "The number was not registered. | resolved cancel"},
		{"unclear", "en-US", []string{"hmm", "what", "purple"}, "The number was not registered. | resolved cancel"},
		{"abbrechen", "de-DE", []string{"abbrechen"}, "Die Nummer wurde nicht registriert. | resolved cancel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{Confirm: true, Length: 2}, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start(), call.Say("1 2"))
			for _, w := range tt.give[:len(tt.give)-1] {
				s.Run(call.Say(w))
			}
			assert.Equal(t, tt.want, said(t, s.Run(call.Say(tt.give[len(tt.give)-1]))))
			assert.Equal(t, []string{"App"}, stack(s))
			assert.Empty(t, appData(s))
		})
	}
}

func TestDigitsConfirmInheritsSettings(t *testing.T) {
	cfg := components.DigitsConfig{Confirm: true, Length: 2, Settings: components.Settings{TimeoutSeconds: 9}}
	s := newSuite(t, "en-US", digitsApp(cfg, components.Digits{Confirmation: components.YesNoConfig{
		Settings: components.Settings{Texts: components.Texts{"hint": "Press 1 or 2."}},
	}}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	sp := speakOf(t, s.Run(call.Say("one two")))
	assert.Equal(t, 9.0, sp.UserInputTimeoutSeconds)
	assert.Equal(t, "Sorry, I didn't get that. Press 1 or 2.", said(t, s.Run(call.Say("hmm"))))
}

func TestDigitsConfirmMergesConfirmationTexts(t *testing.T) {
	tests := []struct {
		name       string
		give       components.Texts
		wantPrompt string
		wantTexts  map[string]string
		wantReask  string
	}{
		{
			name:       "the read-back is the prompt; the other texts stay",
			give:       components.Texts{"hint": "Press 1 or 2.", "unclear": "Come again?"},
			wantPrompt: "You entered 1 2. Is that correct?",
			wantTexts:  map[string]string{"prompt": "You entered 1 2. Is that correct?", "hint": "Press 1 or 2.", "unclear": "Come again?"},
			wantReask:  "Come again? Press 1 or 2.",
		},
		{
			name:       "a configured prompt wins and may use the digits",
			give:       components.Texts{"prompt": "Is {{digits}} your number?", "unclear": "Come again?"},
			wantPrompt: "Is 1 2 your number?",
			wantTexts:  map[string]string{"prompt": "Is {{digits}} your number?", "unclear": "Come again?"},
			wantReask:  "Come again? Please say yes or no, or press 1 for yes and 2 for no.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			give := maps.Clone(tt.give)
			dg := components.Digits{Confirmation: components.YesNoConfig{Settings: components.Settings{Texts: give}}}
			s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Confirm: true, Length: 2}, dg))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.wantPrompt, said(t, s.Run(call.Say("one two"))))
			assert.Equal(t, []string{"App", "App.Digits", "App.Digits.YesNo"}, stack(s))
			assert.Equal(t, tt.wantTexts, s.Session().State.Top().Config["texts"],
				"the delegate config carries every text of the confirmation")
			assert.Equal(t, tt.wantReask, said(t, s.Run(call.Say("hmm"))))
			assert.Equal(t, tt.give, give, "the app's texts are not changed")
		})
	}
}

func TestDigitsTimeoutMidEntry(t *testing.T) {
	tests := []struct{ locale, partial, empty string }{
		{"en-US", "I didn't hear anything. I have 4 2 so far. Please enter the rest, or press star to start over.",
			"I didn't hear anything. Please enter your 4-digit number on the keypad, or say it digit by digit."},
		{"de-DE", "Ich habe nichts gehört. Ich habe bisher 4 2. Bitte geben Sie den Rest ein, oder drücken Sie die Sterntaste, um neu zu beginnen.",
			"Ich habe nichts gehört. Bitte geben Sie Ihre 4-stellige Nummer über die Tastatur ein, oder sagen Sie sie Ziffer für Ziffer."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.empty, said(t, s.Run(call.Timeout())))
			s.Run(call.Press("4"), call.Press("2"))
			res := s.Run(call.Timeout())
			assert.Equal(t, tt.partial, said(t, res))
			assert.Equal(t, 4.0, speakOf(t, res).UserInputTimeoutSeconds)
			assert.Equal(t, "42", top(s)["digits"], "the timeout keeps the digits")
			s.Run(call.Press("1"))
			assert.Equal(t, "resolved collected 4213", said(t, s.Run(call.Press("3"))))
		})
	}
}

func TestDigitsTimeoutsHangUp(t *testing.T) {
	s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Timeout(), call.Timeout())
	assert.Equal(t, []string{"speak", "hangup"}, kinds(t, s.Run(call.Timeout())))
}

func TestDigitsBargeInMidEntry(t *testing.T) {
	s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Press("9"))
	assert.Empty(t, kinds(t, s.Run(call.BargeIn("[noise]"))))
	assert.Equal(t, []string{"barge_in"}, kinds(t, s.Run(call.BargeIn("wait"))))
	assert.Equal(t, "Alright. Please enter your 4-digit number on the keypad, or say it digit by digit.",
		said(t, s.Run(call.BargeIn("okay"))))
	assert.Equal(t, "9", top(s)["digits"])
	res := s.Run(call.BargeIn("eight seven six"))
	assert.Equal(t, "resolved collected 9876", said(t, res), "substantial barge-in is an answer")
}

func TestDigitsBadConfig(t *testing.T) {
	tests := []struct {
		name string
		give components.DigitsConfig
		want string
	}{
		{"negative length", components.DigitsConfig{Length: -2}, "length -2"},
		{"min above max", components.DigitsConfig{MinLength: 5, MaxLength: 3}, "minLength 5 is above maxLength 3"},
		{"unknown validator", components.DigitsConfig{Validator: "crc"}, `no validator "crc"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, "en-US", digitsApp(tt.give, components.Digits{}))
			res, err := s.RunE(aiflow.NewCall("c1").Start())
			require.NoError(t, err)
			assert.True(t, errors.Is(res.Err, components.ErrInvalidConfig), "%v", res.Err)
			assert.ErrorContains(t, res.Err, tt.want)
		})
	}
}

func TestDigitsConfirmRejectedTooOften(t *testing.T) {
	tests := []struct {
		name, locale string
		texts        components.Texts
		no, want     string
	}{
		{"en", "en-US", nil, "no", "The number was not registered. | resolved cancel"},
		{"de", "de-DE", nil, "nein", "Die Nummer wurde nicht registriert. | resolved cancel"},
		{"configured", "en-US", components.Texts{"notConfirmed": "Nothing was saved."}, "no", "Nothing was saved. | resolved cancel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := components.DigitsConfig{Confirm: true, Length: 3, Settings: components.Settings{Retries: 1, Texts: tt.texts}}
			s := newSuite(t, tt.locale, digitsApp(cfg, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start(), call.Press("1"), call.Press("2"), call.Press("3"))
			res := s.Run(call.Say(tt.no))
			assert.NotContains(t, said(t, res), "resolved", "one retry left")
			assert.Equal(t, 1, top(s)["tries"])
			s.Run(call.Press("4"), call.Press("5"), call.Press("6"))
			assert.Equal(t, tt.want, said(t, s.Run(call.Say(tt.no))))
			assert.Equal(t, []string{"App"}, stack(s))
			assert.Empty(t, appData(s))
		})
	}
}

// rootDigits is reached with Redirect: nothing to resolve to.
type rootDigits struct{}

func (rootDigits) Define(d *framework.Def) {
	d.Name("App").Components(components.Digits{Config: components.DigitsConfig{
		Confirm: true, Length: 2, Settings: components.Settings{Retries: 1},
	}})
	d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Digits") })
}

func TestDigitsConfirmRejectedWithoutDelegateHangsUp(t *testing.T) {
	s := newSuite(t, "en-US", rootDigits{})
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Say("one two"), call.Say("no"))
	s.Run(call.Say("three four"))
	res := s.Run(call.Say("no"))
	assert.Equal(t, []string{"speak", "speak", "hangup"}, kinds(t, res))
	assert.Equal(t, "The number was not registered. | I'm ending the call now. Goodbye!", said(t, res))
}
