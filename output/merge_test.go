package output

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMerge(t *testing.T) {
	scoped := &Listen{Open: true, Intents: []string{"YesIntent"}}
	withEntities := &Listen{Open: true, Entities: &DynamicEntities{
		Types: map[string]DynamicEntityType{"city": {Values: []EntityValue{{Value: "Berlin"}}}},
	}}
	cardA, cardB := &Card{Title: "A"}, &Card{Title: "B"}
	carA, carB := &Carousel{Items: []CarouselItem{{Card: Card{Title: "a"}}}}, &Carousel{Items: []CarouselItem{{Card: Card{Title: "b"}}}}

	tests := []struct {
		name string
		give []Template
		want Template
	}{
		{"nothing", nil, Template{}},
		{"one", []Template{Say("Hi")}, Say("Hi")},
		{"messages joined with one space", []Template{Say("Hi."), Say("How are you?")},
			Template{Message: Speech("Hi. How are you?")}},
		{"message missing in one", []Template{Say("Hi."), {Card: cardA}, Say("Bye.")},
			Template{Message: Speech("Hi. Bye."), Card: cardA}},
		{"ssml re-wrapped, text without ssml", []Template{
			{Message: Speech("<speak>Hi <break/>there.</speak>")}, Say("Bye."),
		}, Template{Message: SpeechText("<speak>Hi <break/>there. Bye.</speak>", "Hi there. Bye.")}},
		{"speech and text merged separately", []Template{
			Say("Hi."), {Message: SpeechText("<speak>Pick one.</speak>", "Pick one:")},
		}, Template{Message: SpeechText("<speak>Hi. Pick one.</speak>", "Hi. Pick one:")}},
		{"speech-only part displays its speech", []Template{
			{Message: &Message{Speech: "Hi."}}, {Message: &Message{Text: "Bye."}},
		}, Template{Message: Speech("Hi. Bye.")}},
		{"empty message part skipped", []Template{{Message: &Message{}}, Say("Hi."), {Message: &Message{}}},
			Template{Message: Speech("Hi.")}},
		{"reprompts joined", []Template{{Reprompt: Speech("a")}, {Reprompt: Speech("b")}},
			Template{Reprompt: Speech("a b")}},
		{"variants distributed", []Template{{Message: Variants("Hi.", "Hello.")}, Say("Bye.")},
			Template{Message: Variants("Hi. Bye.", "Hello. Bye.")}},
		{"variants on the right", []Template{Say("Hi."), {Message: Variants("a", "b")}},
			Template{Message: Variants("Hi. a", "Hi. b")}},
		{"variants on both sides", []Template{{Message: Variants("a", "b")}, {Message: Variants("c", "d")}},
			Template{Message: &Message{Variants: []Message{*Variants("a c", "a d"), *Variants("b c", "b d")}}}},
		{"quick replies concatenated", []Template{
			{QuickReplies: []QuickReply{{Text: "a"}}}, {}, {QuickReplies: []QuickReply{{Text: "b"}, {Text: "c"}}},
		}, Template{QuickReplies: []QuickReply{{Text: "a"}, {Text: "b"}, {Text: "c"}}}},
		{"card last wins", []Template{{Card: cardA}, {Card: cardB}, {}}, Template{Card: cardB}},
		{"carousel last wins", []Template{{Carousel: carA}, {Carousel: carB}, {}}, Template{Carousel: carB}},
		{"listen later wins", []Template{{Listen: &Listen{Open: true}}, {Listen: &Listen{Open: false}}},
			Template{Listen: &Listen{Open: false}}},
		{"listen unset keeps earlier", []Template{{Listen: scoped}, {}}, Template{Listen: scoped}},
		{"listen plain true keeps earlier intents", []Template{{Listen: scoped}, {Listen: &Listen{Open: true}}},
			Template{Listen: scoped}},
		{"listen plain true keeps earlier entities", []Template{{Listen: withEntities}, {Listen: &Listen{Open: true}}},
			Template{Listen: withEntities}},
		{"listen later object replaces", []Template{{Listen: withEntities}, {Listen: scoped}},
			Template{Listen: scoped}},
		{"listen close drops entities", []Template{{Listen: withEntities}, {Listen: &Listen{Open: false}}},
			Template{Listen: &Listen{Open: false}}},
		{"listen close drops its own scope", []Template{{Listen: &Listen{Open: false, Intents: []string{"x"}}}},
			Template{Listen: &Listen{Open: false}}},
		{"listen true after false opens", []Template{{Listen: &Listen{Open: false}}, {Listen: &Listen{Open: true}}},
			Template{Listen: &Listen{Open: true}}},
		{"platform blocks merged", []Template{
			{Platforms: map[string]*PlatformOutput{"aiflow": {
				Template:       Template{Message: Speech("a"), Card: cardA},
				Remove:         []Key{KeyReprompt},
				NativeResponse: map[string]any{"x": 1.0, "list": []any{1.0}},
				Extensions:     map[string]any{"action": "one"},
			}}},
			{Platforms: map[string]*PlatformOutput{"other": nil, "aiflow": {
				Template:       Template{Message: Speech("b")},
				Remove:         []Key{KeyReprompt, KeyCarousel},
				NativeResponse: map[string]any{"x": nil, "list": []any{2.0}, "y": map[string]any{"z": true}},
				Extensions:     map[string]any{"action": "two"},
			}}},
		}, Template{Platforms: map[string]*PlatformOutput{"aiflow": {
			Template:       Template{Message: Speech("a b"), Card: cardA},
			Remove:         []Key{KeyReprompt, KeyCarousel},
			NativeResponse: map[string]any{"x": nil, "list": []any{1.0, 2.0}, "y": map[string]any{"z": true}},
			Extensions:     map[string]any{"action": "two"},
		}}}},
		{"platform blocks of different platforms kept apart", []Template{
			{Platforms: map[string]*PlatformOutput{"a": {Template: Say("1")}}},
			{Platforms: map[string]*PlatformOutput{"b": {Template: Say("2")}}},
		}, Template{Platforms: map[string]*PlatformOutput{"a": {Template: Say("1")}, "b": {Template: Say("2")}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Merge(tt.give))
		})
	}
}

func TestMergeDoesNotModifyInputs(t *testing.T) {
	qr := make([]QuickReply, 1, 4)
	qr[0] = QuickReply{Text: "a"}
	native := map[string]any{"m": map[string]any{"k": 1.0}, "l": []any{1.0}}
	give := []Template{
		{Message: Speech("Hi."), QuickReplies: qr, Platforms: map[string]*PlatformOutput{"p": {NativeResponse: native}}},
		{Message: Speech("Bye."), QuickReplies: []QuickReply{{Text: "b"}}, Platforms: map[string]*PlatformOutput{"p": {
			NativeResponse: map[string]any{"m": map[string]any{"k": 2.0}, "l": []any{2.0}},
		}}},
	}
	got := Merge(give)

	assert.Equal(t, "Hi.", give[0].Message.Speech)
	assert.Equal(t, "Bye.", give[1].Message.Speech)
	assert.Len(t, qr[:cap(qr)][1].Text, 0, "spare capacity of the first slice untouched")
	assert.Equal(t, map[string]any{"m": map[string]any{"k": 1.0}, "l": []any{1.0}}, native)
	require.Len(t, got.QuickReplies, 2)
	assert.Equal(t, map[string]any{"m": map[string]any{"k": 2.0}, "l": []any{1.0, 2.0}}, got.Platforms["p"].NativeResponse)
}

func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{1, 4, 16} {
		ts := make([]Template, n)
		for i := range ts {
			ts[i] = Template{
				Message:      SpeechText(fmt.Sprintf("<speak>Part %d <break time='200ms'/>done.</speak>", i), fmt.Sprintf("Part %d done.", i)),
				QuickReplies: []QuickReply{{Text: "yes"}},
				Listen:       &Listen{Open: true},
				Platforms:    map[string]*PlatformOutput{"aiflow": {NativeResponse: map[string]any{"n": float64(i)}}},
			}
		}
		b.Run(fmt.Sprintf("templates=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Merge(ts)
			}
		})
	}
}

func TestMergeBoundsVariantCombinations(t *testing.T) {
	five := Template{Message: Variants("a", "b", "c", "d", "e")}
	ts := make([]Template, 10)
	for i := range ts {
		ts[i] = five
	}
	got := Merge(ts)
	require.NotNil(t, got.Message)
	n := leaves(*got.Message)
	assert.LessOrEqual(t, n, maxMergedVariants)
	assert.Equal(t, 125, n, "5^3 kept, 5^4 = 625 would pass the bound")
	assert.Equal(t, "a a a a a a a a a a", got.Message.Pick(fixedRand(0)).Speech)
	assert.Equal(t, "e e e a a a a a a a", got.Message.Pick(fixedRand(4)).Speech)

	nested := Message{Variants: []Message{{Speech: "x"}, *Variants("y", "z")}}
	assert.Equal(t, 3, leaves(nested))
}
