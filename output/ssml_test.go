package output

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsSSML(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{"<speak>Hi</speak>", true},
		{"  <speak>Hi</speak>\n", true},
		{`<speak xml:lang="de-DE">Hallo</speak>`, true},
		{"<speak></speak>", true},
		{"<speakers>Hi</speak>", false},
		{"Hi", false},
		{"", false},
		{"Hi <break/> there", false},
		{"<speak>Hi", false},
		{"Hi</speak>", false},
		{"</speak>", false},
		{"x <speak>Hi</speak>", false},
		{"<p>Hi</p></speak>", false},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, IsSSML(tt.give))
		})
	}
}

func TestStripSpeak(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{"<speak>Hi</speak>", "Hi"},
		{` <speak version="1.1"> Hi <break time="1s"/> there </speak> `, `Hi <break time="1s"/> there`},
		{"<speak>a</speak> <speak>b</speak>", "a b"},
		{"plain ", "plain"},
		{"a < b", "a < b"},
		{"<speak/>", ""},
		{"<speak>a <b unterminated", "a <b unterminated"},
		{"Hi.", "Hi."},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, StripSpeak(tt.give))
		})
	}
}

func TestRemoveSSML(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{"plain\ntext  kept", "plain\ntext  kept"},
		{"AT&amp;T without tags", "AT&amp;T without tags"},
		{"<speak>Hi</speak>", "Hi"},
		{"<speak>\n  Hello <break time='1s'/>world\n</speak>", "Hello world"},
		{"<speak><p>One</p><p>Two</p></speak>", "One Two"},
		{"<speak><s>One.</s><s>Two.</s></speak>", "One. Two."},
		{"<speak>Hel<emphasis>lo</emphasis></speak>", "Hello"},
		{"<speak>Tom &amp; Jerry &lt;3</speak>", "Tom & Jerry <3"},
		{`<speak><sub alias="World Wide Web">WWW</sub></speak>`, "WWW"},
		{"<speak><!-- note --> Hi</speak>", "Hi"},
		{"a <b unterminated", "a <b unterminated"},
		{"1 < 2 and <b>bold</b>", "1 < 2 and bold"},
		{"x <", "x <"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, RemoveSSML(tt.give))
		})
	}
}

func TestJoinSpeech(t *testing.T) {
	tests := []struct {
		name string
		give []string
		want string
	}{
		{"none", nil, ""},
		{"plain", []string{"Hi.", "How are you?"}, "Hi. How are you?"},
		{"blank parts skipped", []string{"", "Hi.", "  ", "Bye."}, "Hi. Bye."},
		{"ssml and plain", []string{"<speak>Hi.</speak>", "Bye."}, "<speak>Hi. Bye.</speak>"},
		{"plain and ssml", []string{"Hi.", "<speak>Bye <break/>now.</speak>"}, "<speak>Hi. Bye <break/>now.</speak>"},
		{"both ssml", []string{"<speak>a</speak>", "<speak>b</speak>"}, "<speak>a b</speak>"},
		{"first tag kept", []string{"x", `<speak xml:lang="de-DE">a</speak>`, "<speak>b</speak>"}, `<speak xml:lang="de-DE">x a b</speak>`},
		{"fragment without wrapper stays plain", []string{"Hi <break/>", "there"}, "Hi <break/> there"},
		{"single ssml", []string{"<speak>a</speak>"}, "<speak>a</speak>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, JoinSpeech(tt.give...))
		})
	}
}

func TestJoinText(t *testing.T) {
	tests := []struct {
		name string
		give []string
		want string
	}{
		{"none", nil, ""},
		{"plain", []string{"Hi.", "Bye."}, "Hi. Bye."},
		{"ssml removed", []string{"<speak>Hi <break/>there.</speak>", "", "Bye."}, "Hi there. Bye."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, JoinText(tt.give...))
		})
	}
}
