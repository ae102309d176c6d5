package nlu_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jovo-go/jovo/framework/nlu"
)

// benchModel generates a model of 30 intents with 20 phrases each, built
// from a shared vocabulary so that intents overlap like real ones do;
// some phrases carry NUMBER, DATE or custom slots.
func benchModel() nlu.ModelData {
	r := rand.New(rand.NewPCG(1, 2))
	common := strings.Fields("i want to the a my please can you would like need is it for of and me about how what when where do")
	data := nlu.ModelData{
		Version: "4.0",
		Intents: map[string]nlu.Intent{},
		EntityTypes: map[string]nlu.EntityType{"Color": {Values: []nlu.EntityValue{
			{Value: "red", Synonyms: []string{"crimson"}}, {Value: "green"}, {Value: "blue", Synonyms: []string{"navy blue"}},
		}}},
	}
	for i := range 30 {
		topic := []string{fmt.Sprintf("topic%dalpha", i), fmt.Sprintf("subject%dbeta", i), fmt.Sprintf("matter%dgamma", i)}
		in := nlu.Intent{Entities: map[string]nlu.IntentEntity{
			"number": {Type: nlu.TypeRef{Name: "NUMBER"}},
			"date":   {Type: nlu.TypeRef{Name: "DATE"}},
			"color":  {Type: nlu.TypeRef{Name: "Color"}},
		}}
		for p := range 20 {
			var words []string
			for range 3 + r.IntN(5) {
				words = append(words, common[r.IntN(len(common))])
			}
			words = append(words, topic[r.IntN(len(topic))])
			switch p % 5 {
			case 1:
				words = append(words, "{number}")
			case 2:
				words = append(words, "on", "{date}")
			case 3:
				words = append(words, "in", "{color}")
			}
			in.Phrases = append(in.Phrases, strings.Join(words, " "))
		}
		data.Intents[fmt.Sprintf("Intent%02d", i)] = in
	}
	return data
}

var benchInputs = []string{
	"Um, I would like to talk about topic7alpha please",
	"can you tell me where subject12beta is, for forty two",
	"what about matter3gamma on the 3rd of march",
	"i need the navy blue subject29beta",
	"what's the weather like in berlin",
	"yes",
}

func BenchmarkMatch(b *testing.B) {
	m, err := nlu.NewModel("en-US", benchModel())
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	e, err := nlu.New(nlu.Config{Models: []*nlu.Model{m}, Now: func() time.Time { return now }})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := e.Match("en-US", benchInputs[i%len(benchInputs)], nlu.MatchOptions{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkLoadModel(b *testing.B) {
	raw, err := json.Marshal(benchModel())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := nlu.LoadModel("en-US", bytes.NewReader(raw)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatchPhoneBot matches speech-to-text lines against the
// 14-intent phone bot models of the evaluation.
func BenchmarkMatchPhoneBot(b *testing.B) {
	models, err := nlu.LoadDir(os.DirFS("testdata"), "models")
	if err != nil {
		b.Fatal(err)
	}
	e, err := nlu.New(nlu.Config{Models: models})
	if err != nil {
		b.Fatal(err)
	}
	lines := []struct{ locale, text string }{
		{"en-US", "Uh, my customer number is four seven one one."},
		{"en-US", "Can I book an appointment on Friday?"},
		{"de-DE", "Ähm, wann habt ihr denn geöffnet?"},
		{"de-DE", "Ist die Bestellung dreihundertfünfundzwanzig schon unterwegs?"},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		l := lines[i%len(lines)]
		if _, err := e.Match(l.locale, l.text, nlu.MatchOptions{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
