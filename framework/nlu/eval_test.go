package nlu

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// evalSet is a labelled evaluation set: utterances as speech-to-text
// writes them, with the intent ("" for out of domain) and the resolved
// entity values expected.
type evalSet struct {
	Now        time.Time `json:"now"`
	Utterances []struct {
		Text     string            `json:"text"`
		Intent   string            `json:"intent"`
		Entities map[string]string `json:"entities"`
	} `json:"utterances"`
}

// minIntentAccuracy is the intent accuracy the evaluation must reach.
const minIntentAccuracy = 0.90

func TestEvaluation(t *testing.T) {
	for _, locale := range []string{"en-US", "de-DE"} {
		t.Run(locale, func(t *testing.T) {
			m, err := LoadFile(filepath.Join("testdata", "models", locale+".json"))
			require.NoError(t, err)
			b, err := os.ReadFile(filepath.Join("testdata", "eval", locale+".json"))
			require.NoError(t, err)
			var set evalSet
			require.NoError(t, json.Unmarshal(b, &set))
			require.GreaterOrEqual(t, len(set.Utterances), 150)
			e, err := New(Config{Models: []*Model{m}})
			require.NoError(t, err)

			intents := map[string]bool{}
			for _, name := range m.Intents() {
				intents[name] = true
			}
			var okIntent, wrongIntent, entTotal, entOK, templated int
			misses := map[string]int{}
			for _, u := range set.Utterances {
				norm := m.lang.normalize(u.Text)
				_, isPhrase := m.normalized[norm]
				require.Falsef(t, isPhrase, "eval utterance %q is a model phrase after normalization (%q)", u.Text, norm)
				if u.Intent != "" {
					require.Truef(t, intents[u.Intent], "eval utterance %q: unknown intent %q", u.Text, u.Intent)
				}
				if m.instantiates(norm) {
					templated++
				}
				r, err := e.Match(locale, u.Text, MatchOptions{Now: set.Now})
				require.NoError(t, err)
				if r.Intent == u.Intent {
					okIntent++
				} else {
					misses[u.Intent]++
					if r.Intent != "" {
						wrongIntent++
					}
					t.Logf("intent miss: %q want %q got %q (%.2f)", u.Text, u.Intent, r.Intent, r.Confidence)
				}
				for name, want := range u.Entities {
					entTotal++
					if got := r.Entities[name].Resolved; got == want {
						entOK++
					} else {
						t.Logf("entity miss: %q %s want %q got %q", u.Text, name, want, got)
					}
				}
			}
			n := len(set.Utterances)
			intentAcc := float64(okIntent) / float64(n)
			entityAcc := float64(entOK) / float64(entTotal)
			t.Logf("%s: %d utterances, intent accuracy %.1f%% (%d/%d; misses: %d without intent, %d with a wrong one), entity accuracy %.1f%% (%d/%d), %d utterances fill a phrase template word for word",
				locale, n, 100*intentAcc, okIntent, n, n-okIntent-wrongIntent, wrongIntent, 100*entityAcc, entOK, entTotal, templated)
			t.Logf("%s: misses by expected intent: %v", locale, sortedCounts(misses))
			assert.GreaterOrEqual(t, intentAcc, minIntentAccuracy, "intent accuracy below 90%%")
			assert.Less(t, float64(templated)/float64(n), 0.2, "too many eval utterances copy a phrase template")
		})
	}
}

// instantiates tells whether norm is a phrase of the model with its slots
// filled by some words, such as "my order number is forty two" for "my
// order number is {number}". Phrases that are nothing but slots do not
// count.
func (m *Model) instantiates(norm string) bool {
	words := strings.Fields(norm)
	for _, p := range m.phrases {
		lits := 0
		for _, e := range p.elems {
			if e.word >= 0 {
				lits++
			}
		}
		if lits > 0 && m.fits(p.elems, words) {
			return true
		}
	}
	return false
}

// fits matches words against elements exactly, a slot taking one or more
// words.
func (m *Model) fits(elems []elem, words []string) bool {
	if len(elems) == 0 {
		return len(words) == 0
	}
	e := elems[0]
	if e.word >= 0 {
		return len(words) > 0 && words[0] == m.vocab.words[e.word] && m.fits(elems[1:], words[1:])
	}
	for k := 1; k <= len(words); k++ {
		if m.fits(elems[1:], words[k:]) {
			return true
		}
	}
	return false
}

func sortedCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		if k == "" {
			b.WriteString("(none)")
		} else {
			b.WriteString(k)
		}
		b.WriteString("=")
		b.WriteString(strings.Repeat("|", m[k]))
		b.WriteString(" ")
	}
	return b.String()
}
