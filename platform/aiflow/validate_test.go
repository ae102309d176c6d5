package aiflow

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// validRow is one row of TestValidate: give is valid when wantField is
// "-", else it is invalid in wantField ("" for the action as a whole).
type validRow struct {
	name      string
	give      Action
	wantField string
}

const valid = "-"

func TestValidate(t *testing.T) {
	const id = "s"
	const wav = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA="
	text := func(s *Speak) *Speak { s.SessionID = id; s.Text = "Hi"; return s }
	bi := func(c BargeInConfig) *Speak { return text(&Speak{BargeIn: &c}) }
	tr := func(target, name, number string, timeout int) *Transfer {
		return &Transfer{SessionID: id, TargetPhoneNumber: target, CallerIDName: name, CallerIDNumber: number, Timeout: timeout}
	}
	words := func(n int, w string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = w
		}
		return out
	}
	tests := []validRow{
		// session_id and nil, for every action type.
		{"speak without session", &Speak{Text: "Hi"}, "session_id"},
		{"audio without session", &Audio{Audio: wav}, "session_id"},
		{"hangup", &Hangup{SessionID: id}, valid},
		{"hangup without session", &Hangup{}, "session_id"},
		{"barge_in", &BargeIn{SessionID: id}, valid},
		{"barge_in without session", &BargeIn{}, "session_id"},
		{"transfer without session", &Transfer{TargetPhoneNumber: "4930", CallerIDName: "n", CallerIDNumber: "4930"}, "session_id"},
		{"mix_audio without session", &MixAudio{Stop: true}, "session_id"},
		{"send_sms without session", &SendSMS{PhoneNumber: "4930", Message: "m"}, "session_id"},
		{"configure_transcription without session", &ConfigureTranscription{Provider: STTAzure}, "session_id"},
		{"configure_voice_to_voice without session", &ConfigureVoiceToVoice{SystemPrompt: "p"}, "session_id"},
		{"nil speak", (*Speak)(nil), ""},
		{"nil audio", (*Audio)(nil), ""},
		{"nil hangup", (*Hangup)(nil), ""},
		{"nil barge_in", (*BargeIn)(nil), ""},
		{"nil transfer", (*Transfer)(nil), ""},
		{"nil mix_audio", (*MixAudio)(nil), ""},
		{"nil send_sms", (*SendSMS)(nil), ""},
		{"nil configure_transcription", (*ConfigureTranscription)(nil), ""},
		{"nil configure_voice_to_voice", (*ConfigureVoiceToVoice)(nil), ""},

		// speak: text xor ssml.
		{"speak text", text(&Speak{}), valid},
		{"speak neither text nor ssml", &Speak{SessionID: id}, "text"},
		{"speak text and ssml", &Speak{SessionID: id, Text: "a", SSML: "<speak>a</speak>"}, "ssml"},
		{"speak blank text", &Speak{SessionID: id, Text: " \n"}, "text"},
		{"speak ssml", &Speak{SessionID: id, SSML: `<speak version="1.0" xml:lang="en-US">Hi <break time="1s"/></speak>`}, valid},
		{"speak ssml with declaration and comment", &Speak{SessionID: id, SSML: "<?xml version=\"1.0\"?>\n<!-- hi --><speak>Hi</speak>\n"}, valid},
		{"speak ssml with namespace prefix", &Speak{SessionID: id, SSML: `<s:speak xmlns:s="http://www.w3.org/2001/10/synthesis">Hi</s:speak>`}, valid},
		{"speak empty ssml document", &Speak{SessionID: id, SSML: `<speak/>`}, valid},
		{"speak ssml plain text", &Speak{SessionID: id, SSML: "Hello"}, "ssml"},
		{"speak ssml wrong root", &Speak{SessionID: id, SSML: "<voice>Hello</voice>"}, "ssml"},
		{"speak ssml unclosed", &Speak{SessionID: id, SSML: "<speak>Hello"}, "ssml"},
		{"speak ssml mismatched tags", &Speak{SessionID: id, SSML: "<speak><p>Hello</speak></p>"}, "ssml"},
		{"speak ssml text after root", &Speak{SessionID: id, SSML: "<speak>Hi</speak> there"}, "ssml"},
		{"speak ssml two roots", &Speak{SessionID: id, SSML: "<speak>a</speak><speak>b</speak>"}, "ssml"},
		{"speak ssml HTML entity", &Speak{SessionID: id, SSML: "<speak>a&nbsp;b</speak>"}, "ssml"},
		{"speak ssml bare ampersand", &Speak{SessionID: id, SSML: "<speak>Tom & Jerry</speak>"}, "ssml"},

		// speak: tts.
		{"tts azure", text(&Speak{TTS: &TTS{Provider: TTSAzure, Language: "en-US", Voice: "en-US-JennyNeural"}}), valid},
		{"tts eleven labs", text(&Speak{TTS: &TTS{Provider: TTSElevenLabs, Voice: "abc"}}), valid},
		{"tts kugelaudio", text(&Speak{TTS: &TTS{Provider: TTSKugelaudio}}), valid},
		{"tts without provider", text(&Speak{TTS: &TTS{Voice: "x"}}), "tts.provider"},
		{"tts unknown provider", text(&Speak{TTS: &TTS{Provider: "google"}}), "tts.provider"},
		{"tts provider in upper case", text(&Speak{TTS: &TTS{Provider: "AZURE"}}), "tts.provider"},
		{"tts bad language", text(&Speak{TTS: &TTS{Provider: TTSAzure, Language: "en_US"}}), "tts.language"},

		// speak and audio: barge_in.
		{"barge-in none", bi(BargeInConfig{Strategy: StrategyNone}), valid},
		{"barge-in manual", bi(BargeInConfig{Strategy: StrategyManual}), valid},
		{"barge-in immediate", bi(BargeInConfig{Strategy: StrategyImmediate, AllowAfterMS: 500}), valid},
		{"barge-in minimum characters default", bi(BargeInConfig{Strategy: StrategyMinimumCharacters}), valid},
		{"barge-in minimum characters 1", bi(BargeInConfig{Strategy: StrategyMinimumCharacters, MinimumCharacters: 1}), valid},
		{"barge-in minimum characters 100", bi(BargeInConfig{Strategy: StrategyMinimumCharacters, MinimumCharacters: 100}), valid},
		{"barge-in minimum characters 101", bi(BargeInConfig{Strategy: StrategyMinimumCharacters, MinimumCharacters: 101}), "barge_in.minimum_characters"},
		{"barge-in minimum characters -1", bi(BargeInConfig{Strategy: StrategyMinimumCharacters, MinimumCharacters: -1}), "barge_in.minimum_characters"},
		{"barge-in minimum characters with another strategy", bi(BargeInConfig{Strategy: StrategyImmediate, MinimumCharacters: 3}), "barge_in.minimum_characters"},
		{"barge-in without strategy", bi(BargeInConfig{AllowAfterMS: 5}), "barge_in.strategy"},
		{"barge-in unknown strategy", bi(BargeInConfig{Strategy: "always"}), "barge_in.strategy"},
		{"barge-in allow after 10000", bi(BargeInConfig{Strategy: StrategyNone, AllowAfterMS: 10000}), valid},
		{"barge-in allow after 10001", bi(BargeInConfig{Strategy: StrategyNone, AllowAfterMS: 10001}), "barge_in.allow_after_ms"},
		{"barge-in allow after -1", bi(BargeInConfig{Strategy: StrategyNone, AllowAfterMS: -1}), "barge_in.allow_after_ms"},
		{"audio barge-in checked", &Audio{SessionID: id, Audio: wav, BargeIn: &BargeInConfig{Strategy: "x"}}, "barge_in.strategy"},

		// speak: timeout and vad.
		{"timeout unset", text(&Speak{UserInputTimeoutSeconds: 0}), valid},
		{"timeout fractional", text(&Speak{UserInputTimeoutSeconds: 0.5}), valid},
		{"timeout negative", text(&Speak{UserInputTimeoutSeconds: -1}), "user_input_timeout_seconds"},
		{"timeout NaN", text(&Speak{UserInputTimeoutSeconds: math.NaN()}), "user_input_timeout_seconds"},
		{"timeout infinite", text(&Speak{UserInputTimeoutSeconds: math.Inf(1)}), "user_input_timeout_seconds"},
		{"vad 1 ms", text(&Speak{VAD: &VAD{EndOfTurnSilenceMS: 1}}), valid},
		{"vad zero", text(&Speak{VAD: &VAD{}}), "vad.end_of_turn_silence_ms"},
		{"vad negative", text(&Speak{VAD: &VAD{EndOfTurnSilenceMS: -5}}), "vad.end_of_turn_silence_ms"},

		// audio.
		{"audio", &Audio{SessionID: id, Audio: wav}, valid},
		{"audio one padding byte", &Audio{SessionID: id, Audio: "YWI="}, valid},
		{"audio missing", &Audio{SessionID: id}, "audio"},
		{"audio length not a multiple of 4", &Audio{SessionID: id, Audio: "YWJ"}, "audio"},
		{"audio with white space", &Audio{SessionID: id, Audio: "YWJj\nZGVm"}, "audio"},
		{"audio URL alphabet", &Audio{SessionID: id, Audio: "ab-_"}, "audio"},
		{"audio padding only", &Audio{SessionID: id, Audio: "===="}, "audio"},
		{"audio padding in the middle", &Audio{SessionID: id, Audio: "YW=iYWJj"}, "audio"},

		// transfer.
		{"transfer", tr("4921112345", "Support", "4921100000", 0), valid},
		{"transfer with +", tr("+4921112345", "Support", "+4921100000", 0), valid},
		{"transfer timeout 5", tr("4921112345", "Support", "4921100000", 5), valid},
		{"transfer timeout 120", tr("4921112345", "Support", "4921100000", 120), valid},
		{"transfer timeout 4", tr("4921112345", "Support", "4921100000", 4), "timeout"},
		{"transfer timeout 121", tr("4921112345", "Support", "4921100000", 121), "timeout"},
		{"transfer timeout negative", tr("4921112345", "Support", "4921100000", -1), "timeout"},
		{"transfer without target", tr("", "Support", "4921100000", 0), "target_phone_number"},
		{"transfer national target", tr("021112345", "Support", "4921100000", 0), "target_phone_number"},
		{"transfer target with dashes", tr("49-211-12345", "Support", "4921100000", 0), "target_phone_number"},
		{"transfer target 1 digit", tr("+4", "Support", "4921100000", 0), "target_phone_number"},
		{"transfer target 2 digits", tr("+49", "Support", "4921100000", 0), valid},
		{"transfer target 15 digits", tr("+123456789012345", "Support", "4921100000", 0), valid},
		{"transfer target 16 digits", tr("+1234567890123456", "Support", "4921100000", 0), "target_phone_number"},
		{"transfer target double +", tr("++4921112345", "Support", "4921100000", 0), "target_phone_number"},
		{"transfer without caller id name", tr("4921112345", "", "4921100000", 0), "caller_id_name"},
		{"transfer blank caller id name", tr("4921112345", "  ", "4921100000", 0), "caller_id_name"},
		{"transfer without caller id number", tr("4921112345", "Support", "", 0), "caller_id_number"},
		{"transfer bad caller id number", tr("4921112345", "Support", "support", 0), "caller_id_number"},

		// mix_audio.
		{"mix_audio", &MixAudio{SessionID: id, Audio: wav}, valid},
		{"mix_audio volume 0", &MixAudio{SessionID: id, Audio: wav, Volume: new(0.0)}, valid},
		{"mix_audio volume 1", &MixAudio{SessionID: id, Audio: wav, Volume: new(1.0)}, valid},
		{"mix_audio volume above 1", &MixAudio{SessionID: id, Audio: wav, Volume: new(1.01)}, "volume"},
		{"mix_audio volume negative", &MixAudio{SessionID: id, Audio: wav, Volume: new(-0.1)}, "volume"},
		{"mix_audio volume NaN", &MixAudio{SessionID: id, Audio: wav, Volume: new(math.NaN())}, "volume"},
		{"mix_audio without audio", &MixAudio{SessionID: id}, "audio"},
		{"mix_audio bad audio", &MixAudio{SessionID: id, Audio: "not base64!"}, "audio"},
		{"mix_audio stop", &MixAudio{SessionID: id, Stop: true}, valid},
		{"mix_audio stop with audio", &MixAudio{SessionID: id, Stop: true, Audio: wav}, "audio"},
		{"mix_audio stop with volume", &MixAudio{SessionID: id, Stop: true, Volume: new(0.5)}, "volume"},

		// send_sms.
		{"send_sms", &SendSMS{SessionID: id, PhoneNumber: "+4915112345678", Message: "Hi"}, valid},
		{"send_sms without number", &SendSMS{SessionID: id, Message: "Hi"}, "phone_number"},
		{"send_sms bad number", &SendSMS{SessionID: id, PhoneNumber: "0151 123", Message: "Hi"}, "phone_number"},
		{"send_sms without message", &SendSMS{SessionID: id, PhoneNumber: "4915112345678"}, "message"},
		{"send_sms blank message", &SendSMS{SessionID: id, PhoneNumber: "4915112345678", Message: "\t"}, "message"},

		// configure_transcription.
		{"transcription provider", &ConfigureTranscription{SessionID: id, Provider: STTDeepgram}, valid},
		{"transcription every provider", &ConfigureTranscription{SessionID: id, Provider: STTSipgateQwen}, valid},
		{"transcription nothing to do", &ConfigureTranscription{SessionID: id}, ""},
		{"transcription unknown provider", &ConfigureTranscription{SessionID: id, Provider: "WHISPER"}, "provider"},
		{"transcription provider in lower case", &ConfigureTranscription{SessionID: id, Provider: "deepgram"}, "provider"},
		{"transcription 1 language", &ConfigureTranscription{SessionID: id, Languages: []string{"de-DE"}}, valid},
		{"transcription 4 languages", &ConfigureTranscription{SessionID: id, Languages: []string{"de-DE", "en-US", "fr-FR", "zh-Hans-CN"}}, valid},
		{"transcription 0 languages", &ConfigureTranscription{SessionID: id, Languages: []string{}}, "languages"},
		{"transcription 5 languages", &ConfigureTranscription{SessionID: id, Languages: []string{"de", "en", "fr", "it", "es"}}, "languages"},
		{"transcription bad language", &ConfigureTranscription{SessionID: id, Languages: []string{"de-DE", "en_US"}}, "languages[1]"},
		{"transcription language too long a subtag", &ConfigureTranscription{SessionID: id, Languages: []string{"de-abcdefghi"}}, "languages[0]"},
		{"transcription 100 words", &ConfigureTranscription{SessionID: id, CustomVocabulary: words(100, "sipgate")}, valid},
		{"transcription 101 words", &ConfigureTranscription{SessionID: id, CustomVocabulary: words(101, "sipgate")}, "custom_vocabulary"},
		{"transcription 200 characters", &ConfigureTranscription{SessionID: id, CustomVocabulary: []string{strings.Repeat("ü", 200)}}, valid},
		{"transcription 201 characters", &ConfigureTranscription{SessionID: id, CustomVocabulary: []string{strings.Repeat("a", 201)}}, "custom_vocabulary[0]"},
		{"transcription blank word", &ConfigureTranscription{SessionID: id, CustomVocabulary: []string{"a", " "}}, "custom_vocabulary[1]"},
		{"transcription clear vocabulary", &ConfigureTranscription{SessionID: id, CustomVocabulary: []string{}}, valid},
		{"transcription vad", &ConfigureTranscription{SessionID: id, VAD: &VAD{EndOfTurnSilenceMS: 1200}}, valid},
		{"transcription bad vad", &ConfigureTranscription{SessionID: id, VAD: &VAD{}}, "vad.end_of_turn_silence_ms"},

		// configure_voice_to_voice.
		{"voice to voice", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p"}, valid},
		{"voice to voice without prompt", &ConfigureVoiceToVoice{SessionID: id, Greeting: "Hi"}, "system_prompt"},
		{"voice to voice temperature 0", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p", Temperature: new(0.0)}, valid},
		{"voice to voice temperature 2", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p", Temperature: new(2.0)}, valid},
		{"voice to voice temperature above 2", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p", Temperature: new(2.1)}, "temperature"},
		{"voice to voice temperature negative", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p", Temperature: new(-0.1)}, "temperature"},
		{"voice to voice language", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p", Language: "en-US"}, valid},
		{"voice to voice bad language", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p", Language: "english"}, "language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.give.Validate()
			if tt.wantField == valid {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidAction)
			var ae *ActionError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.give.Type(), ae.Action)
			assert.Equal(t, tt.wantField, ae.Field)
			assert.NotEmpty(t, ae.Reason)
			assert.Contains(t, err.Error(), string(tt.give.Type()))

			_, err = EncodeActions([]Action{tt.give})
			assert.ErrorIs(t, err, ErrInvalidAction, "EncodeActions refuses it too")
		})
	}
}

func TestActionErrorMessage(t *testing.T) {
	err := (&Speak{SessionID: "s"}).Validate()
	assert.EqualError(t, err, `invalid speak action: field "text": one of text or ssml is required`)

	err = (&ConfigureTranscription{SessionID: "s"}).Validate()
	assert.EqualError(t, err, `invalid configure_transcription action: nothing to configure: set provider, languages, custom_vocabulary or vad`)

	err = (&Transfer{SessionID: "s", TargetPhoneNumber: "0211", CallerIDName: "n", CallerIDNumber: "49"}).Validate()
	assert.EqualError(t, err, `invalid transfer action: field "target_phone_number": want an E.164 number (optional +, 2–15 digits, no leading 0), got "0211"`)
}

func TestMarshalJSONValidates(t *testing.T) {
	_, err := (&Speak{SessionID: "s"}).MarshalJSON()
	assert.ErrorIs(t, err, ErrInvalidAction)
}

func TestIsE164(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{"+4915112345678", true},
		{"4915112345678", true},
		{"+12", true},
		{"+1", false},
		{"+1234567890123456", false},
		{"015112345678", false},
		{"+49 151 1234567", false},
		{"anonymous", false},
		{"", false},
		{"+", false},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, IsE164(tt.give))
		})
	}
}
