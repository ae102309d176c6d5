package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// TestDigitsHelp asks for help before and during an entry: Digits
// explains how to enter the number and asks again, for the rest if some
// digits are in, without counting a miss; digits said with "help" count
// as digits.
func TestDigitsHelp(t *testing.T) {
	tests := []struct {
		locale, help, prompt, partial string
	}{
		{"en-US", "help",
			"You can type the number on your phone's keypad, or say the digits one after the other, for example four, two, one. Say start over to begin again, or cancel to stop. Please enter your 4-digit number on the keypad, or say it digit by digit.",
			"You can type the number on your phone's keypad, or say the digits one after the other, for example four, two, one. Say start over to begin again, or cancel to stop. I have 1 2 so far. Please enter the rest, or press star to start over."},
		{"de-DE", "Hilfe bitte",
			"Sie können die Nummer über die Tastatur Ihres Telefons eingeben oder die Ziffern nacheinander sagen, zum Beispiel vier, zwei, eins. Sagen Sie von vorne, um neu zu beginnen, oder abbrechen, um aufzuhören. Bitte geben Sie Ihre 4-stellige Nummer über die Tastatur ein, oder sagen Sie sie Ziffer für Ziffer.",
			"Sie können die Nummer über die Tastatur Ihres Telefons eingeben oder die Ziffern nacheinander sagen, zum Beispiel vier, zwei, eins. Sagen Sie von vorne, um neu zu beginnen, oder abbrechen, um aufzuhören. Ich habe bisher 1 2. Bitte geben Sie den Rest ein, oder drücken Sie die Sterntaste, um neu zu beginnen."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, digitsApp(components.DigitsConfig{Length: 4, Settings: components.Settings{Retries: 1}}, components.Digits{}))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.prompt, said(t, s.Run(call.Say(tt.help))))
			assert.NotContains(t, top(s), "tries", "help is not a miss")
			s.Run(call.PressAll("12")...)
			assert.Equal(t, tt.partial, said(t, s.Run(call.Say(tt.help))))
			assert.Equal(t, "12", top(s)["digits"], "the digits entered stay")
			assert.Equal(t, "resolved collected 1234", said(t, s.Run(call.PressAll("34")...)))
		})
	}

	t.Run("digits win", func(t *testing.T) {
		s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
		call := aiflow.NewCall("c1")
		s.Run(call.Start())
		assert.Equal(t, "resolved collected 4217", said(t, s.Run(call.Say("help me with four two one seven"))))
	})
}

// TestYesNoHelp asks for help: YesNo says what it needs and which keys
// answer, asks its question again, and counts no miss.
func TestYesNoHelp(t *testing.T) {
	tests := []struct{ locale, help, want string }{
		{"en-US", "I need help", "I need a yes or a no; you can also press 1 for yes and 2 for no. Is that correct?"},
		{"de-DE", "Hilfe", "Ich brauche ein Ja oder ein Nein; Sie können auch die 1 für ja und die 2 für nein drücken. Ist das richtig?"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, yesNoApp(components.YesNoConfig{Settings: components.Settings{Retries: 1}}.Map()))
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			for range 3 {
				assert.Equal(t, tt.want, said(t, s.Run(call.Say(tt.help))))
				assert.NotContains(t, top(s), "tries", "help is not a miss")
			}
			assert.Equal(t, "resolved yes", said(t, s.Run(call.Press("1"))))
		})
	}
}

// TestDigitsUnclearKeepsTheDigits mishears a word in the middle of an
// entry: Digits asks for the rest, and the digits so far stay.
func TestDigitsUnclearKeepsTheDigits(t *testing.T) {
	s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	s.Run(call.PressAll("12")...)
	assert.Equal(t, "Sorry, I didn't get that. I have 1 2 so far. Please enter the rest, or press star to start over.",
		said(t, s.Run(call.Say("what"))))
	assert.Equal(t, "12", top(s)["digits"])
	assert.Equal(t, 1, top(s)["tries"], "a miss all the same")
	assert.Equal(t, "resolved collected 1234", said(t, s.Run(call.Say("three four"))))
}

// TestDigitsKeyStopsTheRepromptToo presses a key while Digits asks for
// the rest of the number (after a timeout or a partial spoken entry): the
// key stops that prompt as the first key stopped the first; further keys
// get no answer.
func TestDigitsKeyStopsTheRepromptToo(t *testing.T) {
	s := newSuite(t, "en-US", digitsApp(components.DigitsConfig{Length: 5}, components.Digits{}))
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, []string{"barge_in"}, kinds(t, s.Run(call.Press("1"))))
	assert.Empty(t, kinds(t, s.Run(call.Press("2"))))
	assert.Equal(t, "I didn't hear anything. I have 1 2 so far. Please enter the rest, or press star to start over.",
		said(t, s.Run(call.Timeout())))
	assert.Equal(t, []string{"barge_in"}, kinds(t, s.Run(call.Press("3"))), "the key stops the re-prompt")
	assert.Empty(t, kinds(t, s.Run(call.Press("4"))))
	assert.NotContains(t, top(s), "askedOn")
	assert.Equal(t, "resolved collected 12345", said(t, s.Run(call.Press("5"))))

	s = newSuite(t, "en-US", digitsApp(components.DigitsConfig{Length: 4}, components.Digits{}))
	s.Run(call.Start())
	assert.Equal(t, "I have 1 2 so far. Please enter the rest, or press star to start over.", said(t, s.Run(call.Say("one two"))))
	assert.Equal(t, []string{"barge_in"}, kinds(t, s.Run(call.Press("3"))), "after a spoken part too")
	assert.Equal(t, "resolved collected 1234", said(t, s.Run(call.Press("4"))))
}
