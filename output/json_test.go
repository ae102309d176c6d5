package output

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMessageJSON(t *testing.T) {
	tests := []struct {
		name string
		give Message
		want string
	}{
		{"string", Message{Speech: "Hi", Text: "Hi"}, `"Hi"`},
		{"empty", Message{}, `""`},
		{"object", Message{Speech: "<speak>Hi</speak>", Text: "Hi!"}, `{"speech":"\u003cspeak\u003eHi\u003c/speak\u003e","text":"Hi!"}`},
		{"speech only", Message{Speech: "Hi"}, `{"speech":"Hi"}`},
		{"text only", Message{Text: "Hi"}, `{"text":"Hi"}`},
		{"variants", *Variants("Hi", "Hello"), `["Hi","Hello"]`},
		{"mixed variants", *OneOf(Speech("a"), SpeechText("b", "B")), `["a",{"speech":"b","text":"B"}]`},
		{"variants with speech", Message{Speech: "x", Text: "x", Variants: []Message{{Text: "y"}}}, `{"speech":"x","text":"x","variants":[{"text":"y"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))

			var got Message
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tt.give, got)
		})
	}
}

func TestMessageUnmarshal(t *testing.T) {
	tests := []struct {
		name string
		give string
		want Message
	}{
		{"string", `"Hi"`, Message{Speech: "Hi", Text: "Hi"}},
		{"object", `{"speech":"a","text":"b"}`, Message{Speech: "a", Text: "b"}},
		{"array", `["a",{"speech":"b"}]`, Message{Variants: []Message{{Speech: "a", Text: "a"}, {Speech: "b"}}}},
		{"empty array", `[]`, Message{}},
		{"null variant", `["a",null]`, Message{Variants: []Message{{Speech: "a", Text: "a"}, {}}}},
		{"space around", " \"Hi\" ", Message{Speech: "Hi", Text: "Hi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Message
			require.NoError(t, json.Unmarshal([]byte(tt.give), &got))
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestListenJSON(t *testing.T) {
	entities := &DynamicEntities{Mode: EntityReplace, Types: map[string]DynamicEntityType{
		"city": {Values: []EntityValue{{Value: "Berlin", Synonyms: []string{"BER"}}}},
	}}
	tests := []struct {
		name string
		give Listen
		want string
	}{
		{"true", Listen{Open: true}, `true`},
		{"false", Listen{Open: false}, `false`},
		{"intents", Listen{Open: true, Intents: []string{"YesIntent"}}, `{"intents":["YesIntent"]}`},
		{"entities", Listen{Open: true, Entities: entities},
			`{"entities":{"mode":"REPLACE","types":{"city":{"values":[{"value":"Berlin","synonyms":["BER"]}]}}}}`},
		{"closed object kept", Listen{Open: false, Intents: []string{"x"}}, `{"open":false,"intents":["x"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))

			var got Listen
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tt.give, got)
		})
	}
}

func TestListenUnmarshalObjectIsOpen(t *testing.T) {
	var got Listen
	require.NoError(t, json.Unmarshal([]byte(`{"intents":["A"]}`), &got))
	assert.Equal(t, Listen{Open: true, Intents: []string{"A"}}, got)
	require.NoError(t, json.Unmarshal([]byte(`{"open":true}`), &got))
	assert.Equal(t, Listen{Open: true}, got)
}

func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		wantErr string
	}{
		{"message number", `{"message":42}`, "message: want a string, an array of variants or an object {speech, text}, got 42"},
		{"message bool", `{"message":true}`, "message: want a string, an array of variants or an object {speech, text}, got true"},
		{"long value cut", `{"reprompt":12345678901234567890123}`, "message: want a string, an array of variants or an object {speech, text}, got 12345678901234567890…"},
		{"bad variant", `{"message":["a",1]}`, "message variants: message: want a string, an array of variants or an object {speech, text}, got 1"},
		{"bad message field", `{"message":{"speech":1}}`, "message: json: cannot unmarshal number"},
		{"listen string", `{"listen":"yes"}`, `listen: want true, false or an object {intents, entities}, got "yes"`},
		{"listen number", `{"listen":1}`, `listen: want true, false or an object {intents, entities}, got 1`},
		{"bad listen field", `{"listen":{"intents":"A"}}`, "listen: json: cannot unmarshal string"},
		{"bad platform block", `{"platforms":{"aiflow":{"card":1}}}`, "json: cannot unmarshal number"},
		{"bad platform message", `{"platforms":{"aiflow":{"message":1}}}`, "message: want a string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Template
			err := json.Unmarshal([]byte(tt.give), &got)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestDirectUnmarshalEmpty(t *testing.T) {
	var m Message
	assert.EqualError(t, m.UnmarshalJSON([]byte(" ")), "message: empty JSON value")
	var l Listen
	assert.EqualError(t, l.UnmarshalJSON(nil), "listen: empty JSON value")
	assert.NoError(t, m.UnmarshalJSON([]byte("null")))
	assert.NoError(t, l.UnmarshalJSON([]byte("null")))
	assert.Equal(t, Message{}, m)
	assert.Equal(t, Listen{}, l)
	var p PlatformOutput
	assert.Error(t, p.UnmarshalJSON([]byte(`{"remove":`)))
	assert.NoError(t, p.UnmarshalJSON([]byte(`null`)))
	assert.Equal(t, PlatformOutput{}, p)
}

func TestPlatformOutputNullRemoves(t *testing.T) {
	tests := []struct {
		name string
		give string
		want PlatformOutput
	}{
		{"jovo nulls", `{"card":null,"Reprompt":null,"message":"Hi"}`,
			PlatformOutput{Template: Say("Hi"), Remove: []Key{KeyReprompt, KeyCard}}},
		{"explicit remove", `{"remove":["carousel"]}`, PlatformOutput{Remove: []Key{KeyCarousel}}},
		{"both, no duplicates", `{"remove":["card"],"card":null,"listen":null}`,
			PlatformOutput{Remove: []Key{KeyCard, KeyListen}}},
		{"null of a non-generic key ignored", `{"nativeResponse":{"a":null},"richAudio":null}`,
			PlatformOutput{NativeResponse: map[string]any{"a": nil}}},
		{"later set wins over a null", `{"CARD":null,"card":{"title":"x"}}`,
			PlatformOutput{Template: Template{Card: &Card{Title: "x"}}}},
		{"later null wins over a set", `{"card":{"title":"x"},"CARD":null}`,
			PlatformOutput{Remove: []Key{KeyCard}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got PlatformOutput
			require.NoError(t, json.Unmarshal([]byte(tt.give), &got))
			assert.Equal(t, tt.want, got)
		})
	}
}

// jovoTemplate is a template as a Jovo user writes it.
const jovoTemplate = `{
  "message": ["Hi!", {"speech": "<speak>Hello!</speak>", "text": "Hello!"}],
  "reprompt": "Which city?",
  "listen": {"intents": ["CityIntent"], "entities": {"mode": "MERGE", "types": {"city": {"values": [{"value": "Berlin"}]}}}},
  "quickReplies": [{"text": "Berlin"}],
  "card": {"title": "Cities", "imageUrl": "https://example.com/c.png"},
  "carousel": {"items": [{"title": "Berlin", "selection": {"intent": "CityIntent", "entities": {"city": "Berlin"}}}], "selection": {"entityType": "city", "intent": "CityIntent"}},
  "platforms": {
    "aiflow": {"card": null, "carousel": null, "listen": false, "nativeResponse": {"barge_in": {"strategy": "none"}}, "extensions": {"hangup": true}}
  }
}`

func TestTemplateJSONRoundTrip(t *testing.T) {
	var got Template
	require.NoError(t, json.Unmarshal([]byte(jovoTemplate), &got))

	want := Template{
		Message:  OneOf(Speech("Hi!"), SpeechText("<speak>Hello!</speak>", "Hello!")),
		Reprompt: Speech("Which city?"),
		Listen: &Listen{Open: true, Intents: []string{"CityIntent"}, Entities: &DynamicEntities{
			Mode: EntityMerge, Types: map[string]DynamicEntityType{"city": {Values: []EntityValue{{Value: "Berlin"}}}},
		}},
		QuickReplies: []QuickReply{{Text: "Berlin"}},
		Card:         &Card{Title: "Cities", ImageURL: "https://example.com/c.png"},
		Carousel: &Carousel{
			Items: []CarouselItem{{Card: Card{Title: "Berlin"}, Selection: &ItemSelection{
				Intent: "CityIntent", Entities: map[string]string{"city": "Berlin"},
			}}},
			Selection: &CarouselSelection{EntityType: "city", Intent: "CityIntent"},
		},
		Platforms: map[string]*PlatformOutput{"aiflow": {
			Template:       Template{Listen: &Listen{Open: false}},
			Remove:         []Key{KeyCard, KeyCarousel},
			NativeResponse: map[string]any{"barge_in": map[string]any{"strategy": "none"}},
			Extensions:     map[string]any{"hangup": true},
		}},
	}
	assert.Equal(t, want, got)
	require.NoError(t, Validate(got))

	b, err := json.Marshal(got)
	require.NoError(t, err)
	var again Template
	require.NoError(t, json.Unmarshal(b, &again))
	assert.Equal(t, got, again)
}
