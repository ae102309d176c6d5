package output

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outputFunc adapts a function to Output for tests.
type outputFunc func() ([]Template, error)

func (f outputFunc) Templates() ([]Template, error) { return f() }

func TestWith(t *testing.T) {
	card := &Card{Title: "c"}
	two := outputFunc(func() ([]Template, error) {
		return []Template{Say("first"), {Message: Speech("second"), Card: card, Listen: &Listen{Open: true}}}, nil
	})
	tests := []struct {
		name     string
		base     Output
		override Template
		want     []Template
	}{
		{"empty override", Say("Hi"), Template{}, []Template{Say("Hi")}},
		{"replaces set keys of the last template", two, Template{Message: Speech("2nd"), Listen: &Listen{Open: false}},
			[]Template{Say("first"), {Message: Speech("2nd"), Card: card, Listen: &Listen{Open: false}}}},
		{"every key", Say("Hi"), Template{
			Message: Speech("m"), Reprompt: Speech("r"), Listen: &Listen{Open: true},
			QuickReplies: []QuickReply{{Text: "q"}}, Card: card, Carousel: &Carousel{Items: []CarouselItem{{Card: *card}}},
		}, []Template{{
			Message: Speech("m"), Reprompt: Speech("r"), Listen: &Listen{Open: true},
			QuickReplies: []QuickReply{{Text: "q"}}, Card: card, Carousel: &Carousel{Items: []CarouselItem{{Card: *card}}},
		}}},
		{"no templates built", outputFunc(func() ([]Template, error) { return nil, nil }), Say("x"), []Template{Say("x")}},
		{"platforms added", Say("Hi"), Template{Platforms: map[string]*PlatformOutput{"aiflow": {Template: Say("Hallo")}, "x": nil}},
			[]Template{{Message: Speech("Hi"), Platforms: map[string]*PlatformOutput{"aiflow": {Template: Say("Hallo")}}}}},
		{"platforms deep-merged", Template{Message: Speech("Hi"), Platforms: map[string]*PlatformOutput{
			"aiflow": {
				Template:       Template{Message: Speech("a"), Card: card},
				Remove:         []Key{KeyReprompt, KeyCarousel},
				NativeResponse: map[string]any{"x": 1.0, "tts": map[string]any{"voice": "a", "rate": 1.0}},
				Extensions:     map[string]any{"e": 1.0},
			},
			"alexa": {Template: Say("A")},
		}}, Template{Platforms: map[string]*PlatformOutput{"aiflow": {
			Template:       Template{Reprompt: Speech("r")},
			Remove:         []Key{KeyCard, KeyListen},
			NativeResponse: map[string]any{"x": nil, "tts": map[string]any{"voice": "b"}},
			Extensions:     map[string]any{"f": 2.0},
		}}}, []Template{{Message: Speech("Hi"), Platforms: map[string]*PlatformOutput{
			"aiflow": {
				Template:       Template{Message: Speech("a"), Reprompt: Speech("r")},
				Remove:         []Key{KeyCarousel, KeyCard, KeyListen},
				NativeResponse: map[string]any{"x": nil, "tts": map[string]any{"voice": "b", "rate": 1.0}},
				Extensions:     map[string]any{"e": 1.0, "f": 2.0},
			},
			"alexa": {Template: Say("A")},
		}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := With(tt.base, tt.override).Templates()
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			for _, g := range got {
				assert.NoError(t, Validate(g))
			}
		})
	}
}

func TestWithDoesNotModifyBase(t *testing.T) {
	built := []Template{Say("a"), Say("b")}
	base := outputFunc(func() ([]Template, error) { return built, nil })
	_, err := With(base, Template{Message: Speech("c")}).Templates()
	require.NoError(t, err)
	assert.Equal(t, []Template{Say("a"), Say("b")}, built)
}

func TestWithPassesErrorsOn(t *testing.T) {
	_, err := With(Ask{}, Template{Message: Speech("x")}).Templates()
	var ve *ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, "ask.question", ve.Field)
}
