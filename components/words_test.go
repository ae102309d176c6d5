package components

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPhraseIn(t *testing.T) {
	tests := []struct {
		name, text, phrase string
		want               int
	}{
		{"found, folded like the text", "I'd like the OPENING hours, please", "Opening  Hours", 2},
		{"umlauts", "Öffnungszeiten bitte", "öffnungszeiten", 1},
		{"apostrophes", "that's it", "thats it", 2},
		{"a later start", "the the weather", "the weather", 2},
		{"not in a row", "opening our hours", "opening hours", 0},
		{"longer than the text", "hours", "opening hours", 0},
		{"no words", "hours", " - ", 0},
		{"empty text", "", "hours", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, phraseIn(words(tt.text), tt.phrase))
		})
	}
}

func TestFindPhraseTakesTheLongest(t *testing.T) {
	ws := words("please start over from the beginning")
	assert.Equal(t, 3, findPhrase(ws, "start over", "from the beginning", "restart"))
	assert.Zero(t, findPhrase(ws, "cancel", ""))
	assert.Zero(t, findPhrase(ws))
}

func BenchmarkPhraseIn(b *testing.B) {
	ws := words("I would like to hear something about the weather tomorrow")
	b.ReportAllocs()
	for b.Loop() {
		phraseIn(ws, "Weather forecast")
		findPhrase(ws, cancelPhrases()...)
	}
}
