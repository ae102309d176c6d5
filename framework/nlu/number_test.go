package nlu

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseNumber reads the number that starts the text; ok only if the
// number spans the whole text.
func parseNumber(locale, s string) (numberSpan, bool) {
	l := languageFor(locale)
	t := l.newText(s)
	n, ok := l.numberAt(t.toks, t.nums, 0)
	return n, ok && n.end == len(t.toks)
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		locale string
		give   string
		want   string // the integer; "" for no number
		digits string // the digits as said, if they differ from want
	}{
		{"en-US", "forty two", "42", ""},
		{"en-US", "forty-two", "42", ""},
		{"en-US", "42", "42", ""},
		{"en-US", "four two", "42", ""},
		{"en-US", "seven", "7", ""},
		{"en-US", "twelve", "12", ""},
		{"en-US", "fourty", "40", ""},
		{"en-US", "one hundred", "100", ""},
		{"en-US", "a hundred", "100", ""},
		{"en-US", "three hundred twenty five", "325", ""},
		{"en-US", "three hundred and twenty five", "325", ""},
		{"en-US", "two thousand twenty six", "2026", ""},
		{"en-US", "twenty twenty six", "2026", ""},
		{"en-US", "nineteen ninety", "1990", ""},
		{"en-US", "nineteen hundred", "1900", ""},
		{"en-US", "one thousand and five", "1005", ""},
		{"en-US", "one million two hundred thousand", "1200000", ""},
		{"en-US", "zero four two", "42", "042"},
		{"en-US", "double four", "44", ""},
		{"en-US", "four oh two", "402", ""},
		{"en-US", "forty two eleven", "4211", ""},
		{"en-US", "1,000", "1000", ""},
		{"en-US", "5 thousand", "5000", ""},
		{"en-US", "a", "", ""},
		{"en-US", "and", "", ""},
		{"en-US", "oh", "", ""},
		{"en-US", "pizza", "", ""},
		{"de-DE", "zweiundvierzig", "42", ""},
		{"de-DE", "zwei und vierzig", "42", ""},
		{"de-DE", "vier zwei", "42", ""},
		{"de-DE", "dreihundertfünfundzwanzig", "325", ""},
		{"de-DE", "dreihundertfuenfundzwanzig", "325", ""},
		{"de-DE", "drei hundert fünf und zwanzig", "325", ""},
		{"de-DE", "einhundert", "100", ""},
		{"de-DE", "hundert", "100", ""},
		{"de-DE", "tausendundfünf", "1005", ""},
		{"de-DE", "zweitausendsechsundzwanzig", "2026", ""},
		{"de-DE", "vier zwo eins", "421", ""},
		{"de-DE", "null acht", "8", "08"},
		{"de-DE", "elf", "11", ""},
		{"de-DE", "zwölf", "12", ""},
		{"de-DE", "zwoelf", "12", ""},
		{"de-DE", "siebzehn", "17", ""},
		{"de-DE", "einundzwanzig", "21", ""},
		{"de-DE", "dreißig", "30", ""},
		{"de-DE", "eine million", "1000000", ""},
		{"de-DE", "zweiundvierzig dreiundzwanzig", "4223", ""},
		{"de-DE", "ein", "", ""},
		{"de-DE", "einen", "", ""},
		{"de-DE", "achtung", "", ""},
		{"de-DE", "und", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			n, ok := parseNumber(tt.locale, tt.give)
			if tt.want == "" {
				assert.False(t, ok, "got %+v", n)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, n.value())
			if tt.digits != "" {
				assert.Equal(t, tt.digits, n.digits)
			}
		})
	}
}

func TestNumberStopsAtWords(t *testing.T) {
	l := languageFor("en-US")
	tx := l.newText("i want forty two pizzas")
	n, ok := l.numberAt(tx.toks, tx.nums, 2)
	require.True(t, ok)
	assert.Equal(t, numberSpan{start: 2, end: 4, digits: "42", groups: 1}, n)
	_, ok = l.numberAt(tx.toks, tx.nums, 0)
	assert.False(t, ok)
}

func TestOrdinals(t *testing.T) {
	tests := []struct {
		locale, give string
		want         int
	}{
		{"en-US", "third", 3},
		{"en-US", "3rd", 3},
		{"en-US", "21st", 21},
		{"en-US", "twenty first", 21},
		{"en-US", "thirtieth", 30},
		{"en-US", "three", 0},
		{"de-DE", "dritten", 3},
		{"de-DE", "3.", 3},
		{"de-DE", "ersten", 1},
		{"de-DE", "einundzwanzigsten", 21},
		{"de-DE", "neunzehnter", 19},
		{"de-DE", "achte", 8},
		{"de-DE", "acht", 0},
		{"de-DE", "einen", 0},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			l := languageFor(tt.locale)
			tx := l.newText(tt.give)
			v, end, ok := l.ordinalAt(tx.toks, 0)
			if tt.want == 0 {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, v)
			assert.Equal(t, len(tx.toks), end)
		})
	}
}
