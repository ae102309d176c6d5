package output

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNormalize(t *testing.T) {
	card := &Card{Title: "Generic"}
	tests := []struct {
		name string
		give Template
		want Template
	}{
		{"no platforms", Say("Hi"), Say("Hi")},
		{"other platforms dropped", Template{
			Message:   Speech("Hi"),
			Platforms: map[string]*PlatformOutput{"alexa": {Template: Say("Alexa")}, "web": nil},
		}, Say("Hi")},
		{"set fields replace", Template{
			Message: Speech("Hi"), Reprompt: Speech("Hm?"), Card: card,
			Platforms: map[string]*PlatformOutput{"aiflow": {Template: Template{
				Message:      Speech("Hello caller"),
				Listen:       &Listen{Open: false},
				QuickReplies: []QuickReply{{Text: "q"}},
				Carousel:     &Carousel{Items: []CarouselItem{{Card: Card{Title: "c"}}}},
				Reprompt:     Speech("Still there?"),
				Card:         &Card{Title: "Phone"},
			}}},
		}, Template{
			Message: Speech("Hello caller"), Reprompt: Speech("Still there?"), Listen: &Listen{Open: false},
			QuickReplies: []QuickReply{{Text: "q"}}, Card: &Card{Title: "Phone"},
			Carousel: &Carousel{Items: []CarouselItem{{Card: Card{Title: "c"}}}},
		}},
		{"remove keys delete", Template{
			Message: Speech("Hi"), Reprompt: Speech("Hm?"), Listen: &Listen{Open: true},
			QuickReplies: []QuickReply{{Text: "q"}}, Card: card, Carousel: &Carousel{},
			Platforms: map[string]*PlatformOutput{"aiflow": {Remove: []Key{
				KeyReprompt, KeyListen, KeyQuickReplies, KeyCard, KeyCarousel,
			}}},
		}, Say("Hi")},
		{"remove message", Template{
			Message: Speech("Hi"), Card: card,
			Platforms: map[string]*PlatformOutput{"aiflow": {Remove: []Key{KeyMessage}}},
		}, Template{Card: card}},
		{"native response and extensions kept", Template{
			Message: Speech("Hi"),
			Platforms: map[string]*PlatformOutput{
				"aiflow": {
					Template:       Template{Card: card},
					NativeResponse: map[string]any{"barge_in": map[string]any{"strategy": "none"}, "gone": nil},
					Extensions:     map[string]any{"hangup": true},
				},
				"alexa": {NativeResponse: map[string]any{"x": 1.0}},
			},
		}, Template{
			Message: Speech("Hi"), Card: card,
			Platforms: map[string]*PlatformOutput{"aiflow": {
				NativeResponse: map[string]any{"barge_in": map[string]any{"strategy": "none"}, "gone": nil},
				Extensions:     map[string]any{"hangup": true},
			}},
		}},
		{"variants picked in message and reprompt", Template{
			Message: Variants("a", "b"), Reprompt: Variants("c", "d"),
		}, Template{Message: Speech("b"), Reprompt: Speech("d")}},
		{"variants of the override picked", Template{
			Message:   Speech("generic"),
			Platforms: map[string]*PlatformOutput{"aiflow": {Template: Template{Message: Variants("x", "y")}}},
		}, Template{Message: Speech("y")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize(tt.give, "aiflow", fixedRand(1))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNormalizeErrors(t *testing.T) {
	tests := []struct {
		name      string
		give      PlatformOutput
		wantField string
		wantErr   string
	}{
		{"unknown key", PlatformOutput{Remove: []Key{KeyCard, "richAudio"}},
			"platforms.aiflow.remove[1]", `invalid output: platforms.aiflow.remove[1]: unknown key "richAudio"`},
		{"set and removed", PlatformOutput{Template: Template{Card: &Card{Title: "x"}}, Remove: []Key{KeyCard}},
			"platforms.aiflow.remove[0]", `invalid output: platforms.aiflow.remove[0]: key "card" is both set and removed`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Normalize(Template{Platforms: map[string]*PlatformOutput{"aiflow": &tt.give}}, "aiflow", nil)
			var ve *ValidationError
			require.True(t, errors.As(err, &ve))
			assert.Equal(t, tt.wantField, ve.Field)
			assert.EqualError(t, err, tt.wantErr)
		})
	}
}

func TestNormalizeDoesNotModifyInput(t *testing.T) {
	give := Template{
		Message:   Variants("a", "b"),
		Card:      &Card{Title: "t"},
		Platforms: map[string]*PlatformOutput{"aiflow": {Remove: []Key{KeyCard}}},
	}
	got, err := Normalize(give, "aiflow", fixedRand(0))
	require.NoError(t, err)
	assert.Equal(t, Speech("a"), got.Message)
	assert.Nil(t, got.Card)
	assert.Len(t, give.Message.Variants, 2)
	assert.NotNil(t, give.Card)
	assert.Len(t, give.Platforms, 1)
}

func BenchmarkNormalize(b *testing.B) {
	t := Template{
		Message:  Variants("Hi, how can I help?", "Hello, what can I do for you?", "Welcome!"),
		Reprompt: Speech("Are you still there?"),
		Card:     &Card{Title: "Help"},
		Platforms: map[string]*PlatformOutput{
			"aiflow": {
				Template:       Template{Listen: &Listen{Open: true, Intents: []string{"HelpIntent"}}},
				Remove:         []Key{KeyCard},
				NativeResponse: map[string]any{"barge_in": map[string]any{"strategy": "minimum_characters"}},
			},
			"alexa": {Template: Template{Card: &Card{Title: "Alexa"}}},
		},
	}
	r := fixedRand(1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Normalize(t, "aiflow", r); err != nil {
			b.Fatal(err)
		}
	}
}
