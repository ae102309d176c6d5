package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// phoneMenuApp is a menu like the demo's: an option named "number" and
// an option on 0.
func phoneMenuApp() app {
	return app{launch: delegateTo("Menu", nil), children: []framework.Component{
		components.Menu{Config: components.MenuConfig{Options: []components.MenuOption{
			{Key: "hours", Digit: "1", Labels: map[string]string{"en": "our opening hours", "de": "unsere Öffnungszeiten"}},
			{Key: "number", Digit: "2", Labels: map[string]string{"en": "your customer number", "de": "Ihre Kundennummer"},
				Synonyms: []string{"customer number", "Kundennummer"}},
			{Key: "person", Digit: "0", Labels: map[string]string{"en": "a person", "de": "einen Mitarbeiter"}},
			{Key: "goodbye", Digit: "9", Labels: map[string]string{"en": "goodbye", "de": "Auf Wiederhören"}},
		}}},
	}}
}

// TestMenuDigitReference names options by their digit after a word that
// says so ("number one"), even where that word is also part of an
// option's name; "oh" alone is no zero.
func TestMenuDigitReference(t *testing.T) {
	tests := []struct {
		locale, give, want string
	}{
		{"en-US", "number one", "resolved selected hours"},
		{"en-US", "Number 1.", "resolved selected hours"},
		{"en-US", "number three", ""},
		{"en-US", "option number nine", "resolved selected goodbye"},
		{"en-US", "press zero please", "resolved selected person"},
		{"en-US", "number two", "resolved selected number"},
		{"en-US", "my customer number", "resolved selected number"},
		{"en-US", "customer number one two three four five six", "resolved selected number"},
		{"en-US", "zero", "resolved selected person"},
		{"en-US", "Oh.", ""},
		{"en-US", "oh okay", ""},
		{"en-US", "Oh, the opening hours please", "resolved selected hours"},
		{"en-US", "number one or number nine", ""},
		{"de-DE", "Nummer eins", "resolved selected hours"},
		{"de-DE", "Taste null", "resolved selected person"},
		{"de-DE", "ich drücke die neun", "resolved selected goodbye"},
		{"de-DE", "Oh, hallo", ""},
	}
	noMatch := map[string]string{"en-US": "Sorry, that is not one of the options.", "de-DE": "Entschuldigung, das ist keine der Optionen."}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			s := newSuite(t, tt.locale, phoneMenuApp())
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			got := said(t, s.Run(call.Say(tt.give)))
			if tt.want == "" {
				assert.Contains(t, got, noMatch[tt.locale])
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
