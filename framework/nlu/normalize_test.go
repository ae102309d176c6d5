package nlu

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name   string
		locale string
		give   string
		want   string
	}{
		{"case and punctuation", "en-US", "Hello, World!", "hello world"},
		{"fillers", "en-US", "Um, uh... please help", "help"},
		{"contraction", "en-US", "What's up? I don't know.", "what is up i do not know"},
		{"contraction typographic apostrophe", "en-US", "I’m here", "i am here"},
		{"contraction without apostrophe", "en-US", "dont", "do not"},
		{"possessive apostrophe dropped", "en-US", "the customer's number", "the customers number"},
		{"hyphen splits words", "en-US", "twenty-four", "twenty four"},
		{"diacritics folded in english", "en-US", "naïve café", "naive cafe"},
		{"ok becomes okay", "en-US", "OK", "okay"},
		{"iso date stays one word", "en-US", "on 2026-03-03", "on 2026-03-03"},
		{"thousands stay one word", "en-US", "1,000 items", "1,000 items"},
		{"trailing dot after digits kept", "en-US", "it is 42.", "it is 42."},
		{"empty", "en-US", "", ""},
		{"only punctuation", "en-US", "  ,,, !? ", ""},
		{"umlaut", "de-DE", "Grüße", "grusse"},
		{"umlaut as digraph", "de-DE", "Gruesse", "grusse"},
		{"umlaut dropped", "de-DE", "grusse", "grusse"},
		{"umlaut upper case", "de-DE", "GRÜSSE", "grusse"},
		{"decomposed umlaut", "de-DE", "Gru\u0308sse", "grusse"},
		{"eszett", "de-DE", "Straße", "strasse"},
		{"german fillers", "de-DE", "Äh, ich möchte bitte also einen Termin, ähm.", "ich mochte einen termin"},
		{"german ordinal dot kept", "de-DE", "am 3. März", "am 3. marz"},
		{"german date stays one word", "de-DE", "bis 3.3.2026", "bis 3.3.2026"},
		{"familiar you becomes polite", "de-DE", "Hast du Zeit? Habt ihr offen?", "hast sie zeit habt sie offen"},
		{"german apostrophe dropped", "de-DE", "Wie geht's?", "wie gehts"},
		{"other language folds only", "fr-FR", "Ça va, Noël?", "ca va noel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, languageFor(tt.locale).normalize(tt.give))
		})
	}
}

func TestTokenOffsets(t *testing.T) {
	l := languageFor("de-DE")
	s := "Äh, Kundennummer: vier zwei!"
	toks := l.tokenize(s)
	var said []string
	for _, tok := range toks {
		said = append(said, s[tok.start:tok.end])
	}
	assert.Equal(t, []string{"Kundennummer", "vier", "zwei"}, said)
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"termin", "termin", 1},
		{"termin", "termn", 1 - 1.0/6},
		{"offnungszeiten", "offnungszeit", 1 - 2.0/14},
		{"for", "four", 0},    // short words are not fuzzy
		{"meine", "keine", 0}, // must begin alike
		{"appointment", "apointment", 1 - 1.0/11},
		{"abc", "xyz", 0},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.InDelta(t, tt.want, similarity(tt.a, tt.b), 1e-9)
		})
	}
	de := german()
	assert.Equal(t, stemSim, wordSim("haben", "habt", de.suffixes))
	assert.GreaterOrEqual(t, wordSim("termin", "termine", de.suffixes), stemSim)
	assert.True(t, sameStem("termin", "termine", de.suffixes))
	assert.False(t, sameStem("bestellen", "bestellung", de.suffixes), "-ung is no inflection")
}
