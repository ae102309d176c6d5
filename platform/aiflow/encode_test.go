package aiflow

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEncodeActionsShape(t *testing.T) {
	tests := []struct {
		name string
		give []Action
		want string // "" means a nil body
	}{
		{"nil means no action", nil, ""},
		{"empty means no action", []Action{}, ""},
		{"one action is a bare object", []Action{&Hangup{SessionID: "s"}},
			`{"type":"hangup","session_id":"s"}`},
		{"several are an array in order", []Action{&Speak{SessionID: "s", Text: "Bye"}, &Hangup{SessionID: "s"}},
			`[{"type":"speak","session_id":"s","text":"Bye"},{"type":"hangup","session_id":"s"}]`},
		{"barge_in goes first", []Action{&Speak{SessionID: "s", Text: "Sorry"}, &BargeIn{SessionID: "s"}},
			`[{"type":"barge_in","session_id":"s"},{"type":"speak","session_id":"s","text":"Sorry"}]`},
		{"barge_in once per session", []Action{&BargeIn{SessionID: "s"}, &Hangup{SessionID: "s"}, &BargeIn{SessionID: "s"}},
			`[{"type":"barge_in","session_id":"s"},{"type":"hangup","session_id":"s"}]`},
		{"a lone duplicate barge_in is one object", []Action{&BargeIn{SessionID: "s"}, &BargeIn{SessionID: "s"}},
			`{"type":"barge_in","session_id":"s"}`},
		{"barge_in of two sessions keep their order", []Action{&Hangup{SessionID: "a"}, &BargeIn{SessionID: "b"}, &BargeIn{SessionID: "a"}},
			`[{"type":"barge_in","session_id":"b"},{"type":"barge_in","session_id":"a"},{"type":"hangup","session_id":"a"}]`},
		{"other actions keep their order", []Action{&ConfigureTranscription{SessionID: "s", Provider: STTDeepgram}, &Speak{SessionID: "s", Text: "Hi"}, &MixAudio{SessionID: "s", Stop: true}},
			`[{"type":"configure_transcription","session_id":"s","provider":"DEEPGRAM"},{"type":"speak","session_id":"s","text":"Hi"},{"type":"mix_audio","session_id":"s","stop":true}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EncodeActions(tt.give)
			require.NoError(t, err)
			if tt.want == "" {
				assert.Nil(t, got)
				return
			}
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestEncodeActionsMerge(t *testing.T) {
	tts := func() *TTS { return &TTS{Provider: TTSAzure, Voice: "v"} }
	sp := func(text string) *Speak { return &Speak{SessionID: "s", Text: text} }
	ssml := func(doc string) *Speak { return &Speak{SessionID: "s", SSML: doc} }
	tests := []struct {
		name string
		give []Action
		want string
	}{
		{"two texts join with a space", []Action{sp("Hello."), sp("How are you?")},
			`{"type":"speak","session_id":"s","text":"Hello. How are you?"}`},
		{"three texts", []Action{sp("a"), sp("b"), sp("c")},
			`{"type":"speak","session_id":"s","text":"a b c"}`},
		{"equal settings in different pointers merge", []Action{
			&Speak{SessionID: "s", Text: "a", TTS: tts(), BargeIn: &BargeInConfig{Strategy: StrategyNone}, UserInputTimeoutSeconds: 5, VAD: &VAD{EndOfTurnSilenceMS: 700}},
			&Speak{SessionID: "s", Text: "b", TTS: tts(), BargeIn: &BargeInConfig{Strategy: StrategyNone}, UserInputTimeoutSeconds: 5, VAD: &VAD{EndOfTurnSilenceMS: 700}}},
			`{"type":"speak","session_id":"s","text":"a b","tts":{"provider":"azure","voice":"v"},"barge_in":{"strategy":"none"},"user_input_timeout_seconds":5,"vad":{"end_of_turn_silence_ms":700}}`},
		{"different tts do not merge", []Action{sp("a"), &Speak{SessionID: "s", Text: "b", TTS: tts()}},
			`[{"type":"speak","session_id":"s","text":"a"},{"type":"speak","session_id":"s","text":"b","tts":{"provider":"azure","voice":"v"}}]`},
		{"different voices do not merge", []Action{&Speak{SessionID: "s", Text: "a", TTS: tts()}, &Speak{SessionID: "s", Text: "b", TTS: &TTS{Provider: TTSAzure, Voice: "w"}}},
			`[{"type":"speak","session_id":"s","text":"a","tts":{"provider":"azure","voice":"v"}},{"type":"speak","session_id":"s","text":"b","tts":{"provider":"azure","voice":"w"}}]`},
		{"different barge-in do not merge", []Action{sp("a"), &Speak{SessionID: "s", Text: "b", BargeIn: &BargeInConfig{Strategy: StrategyNone}}},
			`[{"type":"speak","session_id":"s","text":"a"},{"type":"speak","session_id":"s","text":"b","barge_in":{"strategy":"none"}}]`},
		{"different timeouts do not merge", []Action{sp("a"), &Speak{SessionID: "s", Text: "b", UserInputTimeoutSeconds: 3}},
			`[{"type":"speak","session_id":"s","text":"a"},{"type":"speak","session_id":"s","text":"b","user_input_timeout_seconds":3}]`},
		{"different vad do not merge", []Action{sp("a"), &Speak{SessionID: "s", Text: "b", VAD: &VAD{EndOfTurnSilenceMS: 900}}},
			`[{"type":"speak","session_id":"s","text":"a"},{"type":"speak","session_id":"s","text":"b","vad":{"end_of_turn_silence_ms":900}}]`},
		{"different sessions do not merge", []Action{sp("a"), &Speak{SessionID: "t", Text: "b"}},
			`[{"type":"speak","session_id":"s","text":"a"},{"type":"speak","session_id":"t","text":"b"}]`},
		{"speaks apart do not merge", []Action{sp("a"), &Audio{SessionID: "s", Audio: "YWJj"}, sp("b")},
			`[{"type":"speak","session_id":"s","text":"a"},{"type":"audio","session_id":"s","audio":"YWJj"},{"type":"speak","session_id":"s","text":"b"}]`},
		{"a barge_in between speaks moves out and they merge", []Action{sp("a"), &BargeIn{SessionID: "s"}, sp("b")},
			`[{"type":"barge_in","session_id":"s"},{"type":"speak","session_id":"s","text":"a b"}]`},
		{"text then ssml", []Action{sp("Tom & Jerry <3"), ssml(`<speak version="1.0" xml:lang="en-US"><break time="1s"/>Bye</speak>`)},
			`{"type":"speak","session_id":"s","ssml":"<speak version=\"1.0\" xml:lang=\"en-US\">Tom &amp; Jerry &lt;3 <break time=\"1s\"/>Bye</speak>"}`},
		{"ssml then text keeps the first tag", []Action{ssml(`<speak xml:lang="de-DE">Hallo</speak>`), sp("a>b")},
			`{"type":"speak","session_id":"s","ssml":"<speak xml:lang=\"de-DE\">Hallo a&gt;b</speak>"}`},
		{"two ssml keep the first tag", []Action{ssml(`<speak xml:lang="de-DE">Eins</speak>`), ssml(`<speak xml:lang="en-US"><p>Two</p></speak>`)},
			`{"type":"speak","session_id":"s","ssml":"<speak xml:lang=\"de-DE\">Eins <p>Two</p></speak>"}`},
		{"declaration and white space dropped", []Action{ssml("<?xml version=\"1.0\"?>\n<speak>Eins</speak>\n"), sp("zwei")},
			`{"type":"speak","session_id":"s","ssml":"<speak>Eins zwei</speak>"}`},
		{"empty document", []Action{ssml(`<speak version="1.0"/>`), sp("zwei")},
			`{"type":"speak","session_id":"s","ssml":"<speak version=\"1.0\">zwei</speak>"}`},
		{"namespace prefix kept", []Action{sp("a"), ssml(`<s:speak xmlns:s="http://www.w3.org/2001/10/synthesis">b</s:speak>`)},
			`{"type":"speak","session_id":"s","ssml":"<s:speak xmlns:s=\"http://www.w3.org/2001/10/synthesis\">a b</s:speak>"}`},
		{"characters XML does not allow become spaces", []Action{sp("a\x01b\uFFFEc\xffd"), ssml(`<speak>e</speak>`)},
			`{"type":"speak","session_id":"s","ssml":"<speak>a b c` + "\uFFFD" + `d e</speak>"}`},
		{"three parts, ssml in the middle", []Action{sp("a"), ssml(`<speak rate="x">b</speak>`), sp("c")},
			`{"type":"speak","session_id":"s","ssml":"<speak rate=\"x\">a b c</speak>"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EncodeActions(tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))

			back, err := DecodeActions(got)
			require.NoError(t, err)
			for _, a := range back {
				assert.NoError(t, a.Validate(), "the merged actions are valid")
			}
		})
	}
}

func TestEncodeActionsDoesNotChangeItsInput(t *testing.T) {
	a := &Speak{SessionID: "s", Text: "a"}
	b := &Speak{SessionID: "s", SSML: "<speak>b</speak>"}
	in := []Action{a, &BargeIn{SessionID: "s"}, b}
	_, err := EncodeActions(in)
	require.NoError(t, err)
	assert.Equal(t, &Speak{SessionID: "s", Text: "a"}, a)
	assert.Equal(t, &Speak{SessionID: "s", SSML: "<speak>b</speak>"}, b)
	assert.Equal(t, ActionSpeak, in[0].Type())
	assert.Equal(t, ActionBargeIn, in[1].Type())
}

func TestEncodeActionsErrors(t *testing.T) {
	tests := []struct {
		name    string
		give    []Action
		wantMsg string
	}{
		{"an invalid action stops everything", []Action{&Speak{SessionID: "s", Text: "ok"}, &Hangup{}, &BargeIn{SessionID: "s"}},
			`aiflow: encode actions: action 2 of 3: invalid hangup action: field "session_id": required`},
		{"a nil action", []Action{&Hangup{SessionID: "s"}, nil},
			`aiflow: encode actions: action 2 of 2: invalid action: nil action`},
		{"a typed nil action", []Action{(*Speak)(nil)},
			`aiflow: encode actions: action 1 of 1: invalid speak action: nil action`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EncodeActions(tt.give)
			assert.Nil(t, got)
			assert.EqualError(t, err, tt.wantMsg)
			assert.ErrorIs(t, err, ErrInvalidAction)
			var ae *ActionError
			assert.ErrorAs(t, err, &ae)
		})
	}
}

func TestParseSSML(t *testing.T) {
	tests := []struct {
		give      string
		wantOpen  string
		wantInner string
		wantClose string
	}{
		{`<speak>Hi</speak>`, `<speak>`, `Hi`, `</speak>`},
		{`<speak version="1.0"><p>a</p> b</speak>`, `<speak version="1.0">`, `<p>a</p> b`, `</speak>`},
		{"  <speak >x</speak >  ", `<speak >`, `x`, `</speak >`},
		{`<speak/>`, `<speak>`, ``, `</speak>`},
		{`<speak a="1" />`, `<speak a="1" >`, ``, `</speak>`},
		{`<x:speak xmlns:x="u"/>`, `<x:speak xmlns:x="u">`, ``, `</x:speak>`},
		{`<speak>a &amp; <![CDATA[b]]></speak>`, `<speak>`, `a &amp; <![CDATA[b]]>`, `</speak>`},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			doc, err := parseSSML(tt.give)
			require.NoError(t, err)
			assert.Equal(t, ssmlDoc{open: tt.wantOpen, inner: tt.wantInner, close: tt.wantClose}, doc)
		})
	}
}

func TestParseSSMLErrors(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{``, "no <speak> element"},
		{`hello`, "text outside the <speak> element"},
		{`<p>x</p>`, "root element is <p>, want <speak>"},
		{`<speak>a</speak><speak>b</speak>`, "more than one root element"},
		{`<speak>`, "unexpected EOF"},
		{`<speak><p></speak>`, "element <p> closed by </speak>"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			_, err := parseSSML(tt.give)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
