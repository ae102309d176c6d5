package nlu

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// FuzzLoadModel feeds arbitrary bytes to the model decoder: it returns a
// model or an error, never panics, and a model it returns can match any
// text with a confidence within [0, 1].
func FuzzLoadModel(f *testing.F) {
	for _, name := range []string{"testdata/models/en-US.json", "testdata/models/de-DE.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "i want forty two pizzas on the 3rd of march")
	}
	f.Add([]byte(`{"intents": {"A": {"phrases": ["{x} and {y}"], "entities": {"x": {"type": "NUMBER"}, "y": {"type": {"jovo": "T"}}}}}, "entityTypes": {"T": {"values": ["a", {"value": "b", "synonyms": ["c d"]}]}}}`), "c d and 4")
	f.Add([]byte(`{"intents": [1, 2]}`), "")
	f.Add([]byte(`{"intents": {"A": {"phrases": ["{"]}}}`), "{")
	f.Add([]byte(`null`), "x")
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		m, err := LoadModel("de-DE", bytes.NewReader(data))
		if err != nil {
			if m != nil {
				t.Fatal("model and error")
			}
			if !strings.HasPrefix(err.Error(), "nlu: model de-DE") {
				t.Fatalf("error without context: %v", err)
			}
			return
		}
		e, err := New(Config{Models: []*Model{m}, Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		r, err := e.Match("de-DE", text, MatchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("confidence %v", r.Confidence)
		}
	})
}

// FuzzNumbers parses arbitrary text as numbers, ordinals and dates in both
// languages: it never panics, and a number is made of digits only.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{
		"forty two", "four two one", "dreihundertfünfundzwanzig", "zwei und vierzig", "double oh seven",
		"a hundred and", "ein und", "1,000.000", "3.3.2026", "am einundzwanzigsten zwölften", "eineineinein",
		"tausendtausend", "nineteen hundred twenty twenty", "in drei tagen", "march the 31st 2100",
	} {
		f.Add(s)
	}
	langs := []*language{languageFor("en-US"), languageFor("de-DE")}
	today := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range langs {
			tx := l.newText(s)
			for i := range tx.toks {
				if n, ok := l.numberAt(tx.toks, tx.nums, i); ok {
					if n.end <= i || n.end > len(tx.toks) || strings.Trim(n.digits, "0123456789") != "" || n.digits == "" {
						t.Fatalf("%q at %d: bad number %+v", s, i, n)
					}
				}
				l.ordinalAt(tx.toks, i)
				if end, d, ok := l.dateAt(tx, i, today); ok && (end <= i || d.IsZero()) {
					t.Fatalf("%q at %d: bad date %v to %d", s, i, d, end)
				}
			}
		}
	})
}
