package output

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMessageConstructors(t *testing.T) {
	tests := []struct {
		name string
		give *Message
		want Message
	}{
		{"speech", Speech("Hi"), Message{Speech: "Hi", Text: "Hi"}},
		{"speech and text", SpeechText("<speak>Hi</speak>", "Hi!"), Message{Speech: "<speak>Hi</speak>", Text: "Hi!"}},
		{"variants", Variants("Hi", "Hello"), Message{Variants: []Message{{Speech: "Hi", Text: "Hi"}, {Speech: "Hello", Text: "Hello"}}}},
		{"no variants", Variants(), Message{Variants: []Message{}}},
		{"one of", OneOf(SpeechText("a", "A"), nil, Speech("b")), Message{Variants: []Message{{Speech: "a", Text: "A"}, {Speech: "b", Text: "b"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, *tt.give)
		})
	}
}

func TestMessageAccessors(t *testing.T) {
	tests := []struct {
		name          string
		give          Message
		wantZero      bool
		wantSpoken    string
		wantDisplayed string
	}{
		{"zero", Message{}, true, "", ""},
		{"blank", Message{Speech: " ", Text: "\n"}, true, " ", "\n"},
		{"both", Message{Speech: "<speak>Hi <break/>there</speak>", Text: "Hi there!"}, false, "<speak>Hi <break/>there</speak>", "Hi there!"},
		{"speech only", Message{Speech: "<speak>Hi &amp; bye</speak>"}, false, "<speak>Hi &amp; bye</speak>", "Hi & bye"},
		{"text only", Message{Text: "Hi"}, false, "Hi", "Hi"},
		{"variants only", Message{Variants: []Message{{Text: "a"}}}, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantZero, tt.give.IsZero())
			assert.Equal(t, tt.wantSpoken, tt.give.Spoken())
			assert.Equal(t, tt.wantDisplayed, tt.give.Displayed())
		})
	}
}

func TestMessagePick(t *testing.T) {
	nested := Message{Variants: []Message{
		{Speech: "a", Text: "a"},
		{Variants: []Message{{Speech: "b1"}, {Speech: "b2"}}},
	}}
	tests := []struct {
		name string
		give Message
		rand Rand
		want Message
	}{
		{"no variants", Message{Speech: "x", Text: "y"}, fixedRand(1), Message{Speech: "x", Text: "y"}},
		{"first", *Variants("a", "b", "c"), fixedRand(0), Message{Speech: "a", Text: "a"}},
		{"last", *Variants("a", "b", "c"), fixedRand(2), Message{Speech: "c", Text: "c"}},
		{"out of range wraps", *Variants("a", "b", "c"), fixedRand(4), Message{Speech: "b", Text: "b"}},
		{"negative wraps", *Variants("a", "b", "c"), fixedRand(-1), Message{Speech: "c", Text: "c"}},
		{"nested", nested, &seqRand{vals: []int{1, 1}}, Message{Speech: "b2"}},
		{"empty variants", Message{Speech: "s", Variants: []Message{}}, fixedRand(0), Message{Speech: "s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.give.Pick(tt.rand))
		})
	}
}

func TestMessagePickNilRand(t *testing.T) {
	m := Variants("a", "b", "c")
	for range 50 {
		got := m.Pick(nil)
		assert.Contains(t, []string{"a", "b", "c"}, got.Speech)
		assert.Nil(t, got.Variants)
	}
}
