package nlu_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/nlu"
)

// serviceModels returns small phone-line models for the scoring tests.
func serviceModels() map[string]string {
	return map[string]string{
		"en-US": `{"intents": {
  "YesIntent": {"phrases": ["yes", "correct", "that is right"]},
  "NoIntent": {"phrases": ["no", "that is wrong"]},
  "HelpIntent": {"phrases": ["help", "i need help"]},
  "HoursIntent": {"phrases": ["opening hours", "when are you open"]},
  "AppointmentIntent": {"phrases": ["i would like an appointment", "can i get an appointment"]},
  "TalkToPersonIntent": {"phrases": ["connect me to an agent"]}
}}`,
		"de-DE": `{"intents": {
  "YesIntent": {"phrases": ["ja", "korrekt", "das ist richtig"]},
  "NoIntent": {"phrases": ["nein", "das ist falsch"]},
  "HelpIntent": {"phrases": ["hilfe", "ich brauche hilfe"]},
  "HoursIntent": {"phrases": ["öffnungszeiten", "wann haben sie geöffnet"]},
  "AppointmentIntent": {"phrases": ["ich hätte gern einen termin", "kann ich einen termin bekommen"]},
  "TalkToPersonIntent": {"phrases": ["verbinden sie mich mit einem mitarbeiter"]}
}}`,
	}
}

func newServiceEngine(t *testing.T) *nlu.Engine {
	t.Helper()
	var models []*nlu.Model
	for locale, src := range serviceModels() {
		m, err := nlu.LoadModel(locale, strings.NewReader(src))
		require.NoError(t, err)
		models = append(models, m)
	}
	e, err := nlu.New(nlu.Config{Models: models})
	require.NoError(t, err)
	return e
}

func TestNegationScope(t *testing.T) {
	e := newServiceEngine(t)
	tests := []struct {
		locale string
		give   string
		want   string
	}{
		// A negation next to a matched word turns it around.
		{"en-US", "that is not correct", ""},
		{"de-DE", "das ist nicht korrekt", ""},
		{"en-US", "i do not need help", ""},
		{"de-DE", "ich brauche keine hilfe", ""},
		// A negation elsewhere in the sentence does not.
		{"en-US", "i can not log in, i need help", "HelpIntent"},
		{"de-DE", "ich komme nicht weiter, ich brauche hilfe", "HelpIntent"},
		{"en-US", "i do not want to wait, connect me to an agent", "TalkToPersonIntent"},
		{"de-DE", "ich will nicht warten, verbinden sie mich mit einem mitarbeiter", "TalkToPersonIntent"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			r, err := e.Match(tt.locale, tt.give, nlu.MatchOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Intent, "confidence %.2f", r.Confidence)
		})
	}
}

func TestFunctionWordsWeighLittle(t *testing.T) {
	e := newServiceEngine(t)
	tests := []struct {
		locale string
		give   string
		want   string
	}{
		// Pronouns, articles and modal verbs do not make an appointment
		// of a question for the opening hours.
		{"en-US", "i would like the opening hours", "HoursIntent"},
		{"en-US", "can i get the opening hours", "HoursIntent"},
		{"de-DE", "kann ich die öffnungszeiten haben", "HoursIntent"},
		{"de-DE", "was sind denn ihre öffnungszeiten", "HoursIntent"},
		// "gern" is no function word: this stays below the threshold, but
		// is no longer read as an appointment.
		{"de-DE", "ich hätte gern die öffnungszeiten", ""},
		{"en-US", "i would like an appointment", "AppointmentIntent"},
		{"de-DE", "ich hätte gern einen termin", "AppointmentIntent"},
		// Function words the model does not know cost little.
		{"de-DE", "und wann haben sie denn so geöffnet", "HoursIntent"},
		{"en-US", "so when are you open then", "HoursIntent"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			r, err := e.Match(tt.locale, tt.give, nlu.MatchOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Intent, "confidence %.2f", r.Confidence)
		})
	}
}
