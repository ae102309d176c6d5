package nlu

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testNow is Monday, 2 March 2026, 10:00 in Berlin.
var testNow = time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("CET", 3600))

// longestSpan returns the longest span of a built-in type in s.
func longestSpan(locale, typ, s string) (span, string, bool) {
	l := languageFor(locale)
	tx := l.newText(s)
	var best span
	found := false
	for _, sp := range l.builtinSpans(typ, tx, testNow) {
		if !found || sp.end-sp.start > best.end-best.start {
			best, found = sp, true
		}
	}
	if !found {
		return span{}, "", false
	}
	return best, tx.said(best.start, best.end), true
}

func TestDates(t *testing.T) {
	tests := []struct {
		locale, give string
		want         string // ISO date, "" for none
	}{
		{"en-US", "today", "2026-03-02"},
		{"en-US", "Tomorrow!", "2026-03-03"},
		{"en-US", "the day after tomorrow", "2026-03-04"},
		{"en-US", "yesterday", "2026-03-01"},
		{"en-US", "next monday", "2026-03-09"},
		{"en-US", "monday", "2026-03-09"},
		{"en-US", "on friday", "2026-03-06"},
		{"en-US", "this coming thursday", "2026-03-05"},
		{"en-US", "on the 3rd of march", "2026-03-03"},
		{"en-US", "the third of March", "2026-03-03"},
		{"en-US", "march 3rd", "2026-03-03"},
		{"en-US", "March the third", "2026-03-03"},
		{"en-US", "march 3 2027", "2027-03-03"},
		{"en-US", "3rd march twenty twenty seven", "2027-03-03"},
		{"en-US", "january fifth", "2027-01-05"},
		{"en-US", "on the 1st", "2026-04-01"},
		{"en-US", "the fifteenth", "2026-03-15"},
		{"en-US", "2026-03-20", "2026-03-20"},
		{"en-US", "3/4", "2026-03-04"},
		{"en-GB", "3/4", "2026-04-03"},
		{"en-US", "3/4/2027", "2027-03-04"},
		{"en-US", "in three days", "2026-03-05"},
		{"en-US", "in a week", "2026-03-09"},
		{"en-US", "in 2 weeks", "2026-03-16"},
		{"en-US", "february 30", ""},
		{"en-US", "may i help", ""},
		{"en-US", "the third", "2026-03-03"},
		{"en-US", "third", ""},
		{"de-DE", "heute", "2026-03-02"},
		{"de-DE", "morgen", "2026-03-03"},
		{"de-DE", "übermorgen", "2026-03-04"},
		{"de-DE", "uebermorgen", "2026-03-04"},
		{"de-DE", "gestern", "2026-03-01"},
		{"de-DE", "guten Morgen", ""},
		{"de-DE", "am dritten März", "2026-03-03"},
		{"de-DE", "dritter maerz", "2026-03-03"},
		{"de-DE", "am 3. März", "2026-03-03"},
		{"de-DE", "3 märz 2027", "2027-03-03"},
		{"de-DE", "am dritten dritten", "2026-03-03"},
		{"de-DE", "am fünfzehnten vierten", "2026-04-15"},
		{"de-DE", "3.3.", "2026-03-03"},
		{"de-DE", "03.03.2027", "2027-03-03"},
		{"de-DE", "1.3.", "2027-03-01"},
		{"de-DE", "nächsten Montag", "2026-03-09"},
		{"de-DE", "naechsten montag", "2026-03-09"},
		{"de-DE", "am Freitag", "2026-03-06"},
		{"de-DE", "am ersten", "2026-04-01"},
		{"de-DE", "zweiter Januar", "2027-01-02"},
		{"de-DE", "in zwei Wochen", "2026-03-16"},
		{"de-DE", "in einer Woche", "2026-03-09"},
		{"de-DE", "in drei tagen", "2026-03-05"},
		{"de-DE", "am 31. April", ""},
		{"de-DE", "ersten", ""},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			sp, _, ok := longestSpan(tt.locale, TypeDate, tt.give)
			if tt.want == "" {
				assert.False(t, ok, "got %+v", sp)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, sp.resolved)
			assert.Equal(t, tt.want, sp.id)
		})
	}
}

func TestDateSpanLeavesPreposition(t *testing.T) {
	_, said, ok := longestSpan("de-DE", TypeDate, "Termin am dritten März bitte")
	require.True(t, ok)
	assert.Equal(t, "dritten März", said)
}

func TestDigits(t *testing.T) {
	tests := []struct {
		locale, give, want string
	}{
		{"en-US", "four two one", "421"},
		{"en-US", "4 2 1", "421"},
		{"en-US", "421", "421"},
		{"en-US", "zero zero seven", "007"},
		{"en-US", "four twenty one", "421"},
		{"en-US", "forty two eleven", "4211"},
		{"en-US", "six one double four", "6144"},
		{"en-US", "five oh five", "505"},
		{"de-DE", "vier zwo eins", "421"},
		{"de-DE", "vier zwei eins", "421"},
		{"de-DE", "null null sieben", "007"},
		{"de-DE", "zweiundvierzig elf", "4211"},
		{"de-DE", "acht null null drei", "8003"},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			sp, said, ok := longestSpan(tt.locale, TypeDigits, tt.give)
			require.True(t, ok)
			assert.Equal(t, tt.want, sp.resolved)
			assert.Equal(t, tt.give, said)
		})
	}
}

func TestYesNo(t *testing.T) {
	tests := []struct {
		locale, give, want string
	}{
		{"en-US", "yes", "yes"},
		{"en-US", "Yeah.", "yes"},
		{"en-US", "of course", "yes"},
		{"en-US", "that's right", "yes"},
		{"en-US", "OK", "yes"},
		{"en-US", "nope", "no"},
		{"en-US", "no thank you", "no"},
		{"en-US", "that's not right", "no"},
		{"de-DE", "ja", "yes"},
		{"de-DE", "jawohl", "yes"},
		{"de-DE", "auf jeden Fall", "yes"},
		{"de-DE", "stimmt", "yes"},
		{"de-DE", "stimmt nicht", "no"},
		{"de-DE", "auf keinen Fall", "no"},
		{"de-DE", "nö", "no"},
		{"de-DE", "nein danke", "no"},
		{"de-DE", "vielleicht", ""},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			sp, _, ok := longestSpan(tt.locale, TypeYesNo, tt.give)
			if tt.want == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, sp.resolved)
		})
	}
}

func TestDigitWord(t *testing.T) {
	tests := []struct {
		give, want string
		ok         bool
	}{
		{"42", "42", true},
		{"042", "042", true},
		{"42.", "42", true},
		{"1,000", "1000", true},
		{"1.000.000", "1000000", true},
		{"1,00", "", false},
		{"3.3.", "", false},
		{"10:30", "", false},
		{"2026-03-03", "", false},
		{"12,345,678", "12345678", true},
		{"1234,567", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, ok := digitWord(tt.give)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
