package output

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSayAndTemplate(t *testing.T) {
	got, err := Say("Hi").Templates()
	require.NoError(t, err)
	assert.Equal(t, []Template{{Message: &Message{Speech: "Hi", Text: "Hi"}}}, got)
}

func TestAsk(t *testing.T) {
	tests := []struct {
		name string
		give Ask
		want Template
	}{
		{"reprompt defaults to question", Ask{Question: Speech("Which city?")},
			Template{Message: Speech("Which city?"), Reprompt: Speech("Which city?"), Listen: &Listen{Open: true}}},
		{"own reprompt and intents", Ask{Question: Variants("City?", "Where?"), Reprompt: Speech("Sorry, which city?"), Intents: []string{"CityIntent"}},
			Template{Message: Variants("City?", "Where?"), Reprompt: Speech("Sorry, which city?"), Listen: &Listen{Open: true, Intents: []string{"CityIntent"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.give.Templates()
			require.NoError(t, err)
			assert.Equal(t, []Template{tt.want}, got)
		})
	}
}

func TestTell(t *testing.T) {
	got, err := Tell{Message: Speech("Bye")}.Templates()
	require.NoError(t, err)
	assert.Equal(t, []Template{{Message: Speech("Bye"), Listen: &Listen{Open: false}}}, got)
}

func TestOutputTypeErrors(t *testing.T) {
	tests := []struct {
		name      string
		give      Output
		wantField string
	}{
		{"ask without question", Ask{}, "ask.question"},
		{"ask with empty question", Ask{Question: Speech("")}, "ask.question"},
		{"ask with empty reprompt", Ask{Question: Speech("Q"), Reprompt: &Message{}}, "ask.reprompt"},
		{"ask with empty intent", Ask{Question: Speech("Q"), Intents: []string{""}}, "ask.intents[0]"},
		{"tell without message", Tell{}, "tell.message"},
		{"tell with empty variants", Tell{Message: Variants("")}, "tell.message.variants[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.give.Templates()
			assert.Nil(t, got)
			var ve *ValidationError
			require.True(t, errors.As(err, &ve), "want a *ValidationError, got %v", err)
			assert.Equal(t, tt.wantField, ve.Field)
		})
	}
}

func TestKeys(t *testing.T) {
	for _, k := range Keys() {
		assert.True(t, k.Valid(), k)
		assert.False(t, Template{}.has(k))
		full := fullTemplate()
		assert.True(t, full.has(k), k)
		assert.False(t, full.without(k).has(k), k)
	}
	for _, k := range []Key{"", "platforms", "Message", "richAudio"} {
		assert.False(t, k.Valid(), k)
		assert.False(t, fullTemplate().has(k), k)
		assert.Equal(t, fullTemplate(), fullTemplate().without(k), k)
	}
}
