package components_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
)

func TestParseDigits(t *testing.T) {
	tests := []struct {
		give   string
		want   string
		wantOK bool
	}{
		{"four two one", "421", true},
		{"Four, two, one.", "421", true},
		{"zero oh one", "001", true},
		{"my number is 4 2 1", "421", true},
		{"421", "421", true},
		{"4-2-1", "421", true},
		{"double four seven", "447", true},
		{"triple nine", "999", true},
		{"forty two", "42", true},
		{"twenty", "20", true},
		{"nineteen eighty four", "1984", true},
		{"vier zwei eins", "421", true},
		{"null zwo fünf", "025", true},
		{"Fünf, sechs, sieben, acht, neun", "56789", true},
		{"zweiundvierzig", "42", true},
		{"einundzwanzig drei", "213", true},
		{"zwölf", "12", true},
		{"dreißig", "30", true},
		{"doppel drei", "33", true},
		{"four to one", "421", true},
		{"for two one", "421", true},
		{"won two three", "123", true},
		{"seven ate one", "781", true},
		{"two too", "22", true},
		{"fore to won ate five", "42185", true},
		{"fore to won ate", "", false},
		{"forty for", "44", true},
		{"double for", "44", true},
		{"oh four", "04", true},
		{"vier zwei ein sieben drei neun", "421739", true},
		{"zwei eine drei", "213", true},
		{"ein zwei drei", "123", true},
		{"I want to enter four two", "42", true},
		{"change it to four two one", "421", true},
		{"four two one for now", "421", true},
		{"send it to 421", "421", true},
		{"I want to talk to a person", "", false},
		{"me too", "", false},
		{"to", "", false},
		{"for for", "", false},
		{"ich habe eine Frage", "", false},
		{"ein Moment bitte", "", false},
		{"four hundred", "", false},
		{"zweihundert", "", false},
		{"I don't know", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, ok := components.ParseDigits(tt.give)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseYesNo(t *testing.T) {
	tests := []struct {
		give string
		want components.Answer
	}{
		{"yes", components.Yes},
		{"Yeah, that's right.", components.Yes},
		{"of course", components.Yes},
		{"correct", components.Yes},
		{"no", components.No},
		{"Nope.", components.No},
		{"that's wrong", components.No},
		{"not correct", components.No},
		{"that is not right", components.No},
		{"ja", components.Yes},
		{"Ja, genau.", components.Yes},
		{"stimmt", components.Yes},
		{"in Ordnung", components.Yes},
		{"nein", components.No},
		{"nee", components.No},
		{"das stimmt nicht", components.No},
		{"nicht ganz richtig", components.No},
		{"auf keinen Fall", components.No},
		{"I'm not sure", components.Unclear},
		{"weiß ich nicht", components.Unclear},
		{"yes no", components.Unclear},
		{"purple", components.Unclear},
		{"", components.Unclear},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, components.ParseYesNo(tt.give))
		})
	}
}

func TestAnswerString(t *testing.T) {
	assert.Equal(t, "yes", components.Yes.String())
	assert.Equal(t, "no", components.No.String())
	assert.Equal(t, "unclear", components.Unclear.String())
}

func TestLuhn(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{"79927398713", true},
		{"4111111111111111", true},
		{"79927398714", false},
		{"0", false},
		{"12a4", false},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) { assert.Equal(t, tt.want, components.Luhn(tt.give)) })
	}
}

func FuzzParseDigits(f *testing.F) {
	for _, s := range []string{"four two one", "vier zwo", "zweiundvierzig", "double 7", "ñ—ü", "hundert",
		"four to one", "fore too won ate", "I want to talk to a person", "vier zwei ein sieben", "eine eine",
		"forty for", "double for to", "to 4 to", "for"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := components.ParseDigits(s)
		if ok != (got != "") {
			t.Fatalf("ParseDigits(%q) = %q, %v", s, got, ok)
		}
		if strings.Trim(got, "0123456789") != "" {
			t.Fatalf("ParseDigits(%q) = %q: not only digits", s, got)
		}
	})
}

func FuzzParseYesNo(f *testing.F) {
	for _, s := range []string{"yes", "das stimmt nicht", "not sure", "ja nein"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch a := components.ParseYesNo(s); a {
		case components.Yes, components.No, components.Unclear:
		default:
			t.Fatalf("ParseYesNo(%q) = %d", s, a)
		}
	})
}

func BenchmarkParseDigits(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		components.ParseDigits("my number is vier zwei eins, double seven, zweiundvierzig")
	}
}

func BenchmarkParseYesNo(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		components.ParseYesNo("nein, das stimmt so nicht ganz")
	}
}
