package aiflow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClassifyBargeIn(t *testing.T) {
	tests := []struct {
		give string
		lang string
		want BargeInKind
	}{
		// Noise.
		{"", "en", BargeInNoise},
		{"   ", "de", BargeInNoise},
		{"um", "en", BargeInNoise},
		{"Uh...", "", BargeInNoise},
		{"Hmm.", "en", BargeInNoise},
		{"Äh", "de", BargeInNoise},
		{"ähm, äh", "de", BargeInNoise},
		{"Öhm", "", BargeInNoise},
		{"[noise]", "en", BargeInNoise},
		{"(laughs)", "", BargeInNoise},
		{"<unk>", "de", BargeInNoise},
		{"...", "", BargeInNoise},
		{"a", "en", BargeInNoise},
		{"So", "en", BargeInNoise},
		{"Also", "de", BargeInNoise},

		// Acknowledgment.
		{"mhm", "en", BargeInAcknowledgment},
		{"Mm-hmm.", "en", BargeInAcknowledgment},
		{"uh huh", "en", BargeInAcknowledgment},
		{"OK", "en", BargeInAcknowledgment},
		{"Okaaay.", "", BargeInAcknowledgment},
		{"yeah, yeah", "en", BargeInAcknowledgment},
		{"Right.", "en", BargeInAcknowledgment},
		{"Got it, thanks!", "en", BargeInAcknowledgment},
		{"Oh okay, I see.", "en", BargeInAcknowledgment},
		{"Sure, go ahead.", "en-US", BargeInAcknowledgment},
		{"Ja", "de", BargeInAcknowledgment},
		{"ja ja", "de", BargeInAcknowledgment},
		{"Jaaa, genau.", "de-DE", BargeInAcknowledgment},
		{"Alles klar, danke.", "de", BargeInAcknowledgment},
		{"Ach so.", "de", BargeInAcknowledgment},
		{"Äh, okay.", "de", BargeInAcknowledgment},
		{"Verstehe", "", BargeInAcknowledgment},
		{"Super, danke schön!", "", BargeInAcknowledgment},
		{"In Ordnung", "de", BargeInAcknowledgment},
		{"Thank you so much", "en", BargeInAcknowledgment},
		{"Kein Problem", "", BargeInAcknowledgment},
		{"Schon gut, weiter.", "de", BargeInAcknowledgment},

		// Stop.
		{"Stop!", "en", BargeInStop},
		{"Wait, wait.", "en", BargeInStop},
		{"Hold on a second.", "en", BargeInStop},
		{"Sorry, could you stop talking please", "en", BargeInStop},
		{"No no, wait.", "en", BargeInStop},
		{"Stopp!", "de", BargeInStop},
		{"Moment mal", "de", BargeInStop},
		{"Halt, warte kurz.", "de", BargeInStop},
		{"Hören Sie auf!", "de", BargeInStop},
		{"Hoer auf", "", BargeInStop},
		{"Einen Moment bitte", "", BargeInStop},
		{"Nein, nein, warte mal", "de", BargeInStop},
		{"Stoooop", "", BargeInStop},

		// Correction.
		{"No, I said Tuesday.", "en", BargeInCorrection},
		{"That's not what I said", "en", BargeInCorrection},
		{"No", "en", BargeInCorrection},
		{"Nope, the 15th", "en", BargeInCorrection},
		{"Actually it's Miller, with two L's", "en", BargeInCorrection},
		{"I meant the other account", "en", BargeInCorrection},
		{"Your address is wrong", "en", BargeInCorrection},
		{"Nein, Dienstag.", "de", BargeInCorrection},
		{"Das stimmt nicht", "de", BargeInCorrection},
		{"Nee, ich meinte Müller", "de", BargeInCorrection},
		{"Nicht Montag, sondern Mittwoch", "de", BargeInCorrection},
		{"Das ist falsch", "", BargeInCorrection},
		{"Falsch verstanden", "de", BargeInCorrection},
		{"You're wrong", "en", BargeInCorrection},
		{"Moment, ich meinte Dienstag", "de", BargeInCorrection},

		// Redirect.
		{"Actually, I want to talk about my bill", "en", BargeInRedirect},
		{"Can we talk about something else?", "en", BargeInRedirect},
		{"Never mind, forget it.", "en", BargeInRedirect},
		{"I want to speak to a human", "en", BargeInRedirect},
		{"Agent!", "en", BargeInRedirect},
		{"Go back to the main menu", "en", BargeInRedirect},
		{"Ich möchte lieber einen Termin am Freitag", "de", BargeInRedirect},
		{"Eigentlich möchte ich etwas anderes fragen", "de", BargeInRedirect},
		{"Vergessen Sie das", "de", BargeInRedirect},
		{"Kann ich mit einem Mitarbeiter sprechen?", "de", BargeInRedirect},
		{"Zurück zum Hauptmenü", "", BargeInRedirect},
		{"Übrigens, wie ist das Wetter?", "de", BargeInRedirect},
		{"Cancel", "en", BargeInRedirect},
		{"Abbrechen!", "", BargeInRedirect},

		// New question.
		{"What are your opening hours?", "en", BargeInNewQuestion},
		{"how much does it cost", "en", BargeInNewQuestion},
		{"Okay, and when do you open tomorrow", "en", BargeInNewQuestion},
		{"Yes, but can I pay by card?", "en", BargeInNewQuestion},
		{"Sorry, what?", "en", BargeInNewQuestion},
		{"I have a question about my order", "en", BargeInNewQuestion},
		{"I need to reschedule my appointment", "en", BargeInNewQuestion},
		{"Wann haben Sie geöffnet?", "de", BargeInNewQuestion},
		{"Was kostet das", "de", BargeInNewQuestion},
		{"Ja, aber wie lange dauert das?", "de", BargeInNewQuestion},
		{"Ich habe eine Frage zu meiner Rechnung", "de", BargeInNewQuestion},
		{"Wie bitte?", "de", BargeInNewQuestion},
		{"Gibt es auch einen Termin am Samstag", "", BargeInNewQuestion},
		{"Ich brauche einen neuen Termin", "de", BargeInNewQuestion},
		{"Berlin", "de", BargeInNewQuestion},
		{"Really?", "en", BargeInNewQuestion},
		{"Hallo?", "de", BargeInNewQuestion},
		{"Können Sie das wiederholen", "de", BargeInNewQuestion},
		{"stop my subscription", "en", BargeInNewQuestion},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.give, func(t *testing.T) {
			got := ClassifyBargeIn(tt.give, tt.lang)
			assert.Equal(t, tt.want, got, "got %s, want %s", got, tt.want)
			assert.Equal(t, got == BargeInNoise || got == BargeInAcknowledgment, ShouldSilentAcknowledge(tt.give, tt.lang))
			assert.Equal(t, got == BargeInCorrection || got == BargeInRedirect || got == BargeInNewQuestion,
				IsSubstantialInput(tt.give, tt.lang))
		})
	}
}

func TestClassifyBargeInLanguageMatters(t *testing.T) {
	// "Not" is English "not" but German for an emergency.
	assert.Equal(t, BargeInCorrection, ClassifyBargeIn("not that one", "en"))
	assert.Equal(t, BargeInNewQuestion, ClassifyBargeIn("Not", "de"))
	// German lists do not know English words that are not loan words.
	assert.Equal(t, BargeInAcknowledgment, ClassifyBargeIn("got it", "en"))
	assert.Equal(t, BargeInNewQuestion, ClassifyBargeIn("got it", "de"))
	// Without a language, both lists apply.
	assert.Equal(t, BargeInAcknowledgment, ClassifyBargeIn("got it", ""))
	assert.Equal(t, BargeInAcknowledgment, ClassifyBargeIn("genau", "fr"))
}

func TestBargeInKindString(t *testing.T) {
	tests := []struct {
		give BargeInKind
		want string
	}{
		{BargeInNoise, "noise"},
		{BargeInAcknowledgment, "acknowledgment"},
		{BargeInStop, "stop"},
		{BargeInCorrection, "correction"},
		{BargeInRedirect, "redirect"},
		{BargeInNewQuestion, "new_question"},
		{BargeInKind(99), "unknown"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.give.String())
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{"Ich möchte einen Termin", "de"},
		{"Grüße", "de"},
		{"Nein, das stimmt nicht", "de"},
		{"I want to book a table", "en"},
		{"No, that's wrong", "en"},
		{"ok", ""},
		{"Stop", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, DetectLanguage(tt.give))
		})
	}
}

func TestBargeInWords(t *testing.T) {
	tests := []struct {
		give string
		want []string
	}{
		{"Hello, World!", []string{"hello", "world"}},
		{"GRÜSSE aus Köln", []string{"gruesse", "aus", "koeln"}},
		{"Straße", []string{"strasse"}},
		{"That’s it", []string{"that's", "it"}},
		{"'quoted'", []string{"quoted"}},
		{"uh-huh", []string{"uhhuh"}},
		{"e-mail - please", []string{"email", "please"}},
		{"ähm also [noise] ja", []string{"also", "ja"}},
		{"Okaaay sooo", []string{"okay", "so"}},
		{"Café crème", []string{"cafe", "creme"}},
		{"uh huh", []string{"uhhuh"}},
		{"na ja", []string{"naja"}},
		{"Zimmer 12", []string{"zimmer", "12"}},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, bargeInWords(tt.give))
		})
	}
}
