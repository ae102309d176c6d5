package aiflow

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestActionSamplesEncodeIdentically decodes every action sample of the
// documentation into the typed structs and encodes it again: the JSON must
// mean the same. The one exception is the legacy transfer sample, whose
// numbers lose their +, as PROTOCOL 10.7 decides for the target (and the
// newer sample shows for the caller id).
func TestActionSamplesEncodeIdentically(t *testing.T) {
	want := map[string]string{
		"action.transfer.legacy-docs.json": `{"type":"transfer","session_id":"550e8400-e29b-41d4-a716-446655440000",` +
			`"target_phone_number":"1234567890","caller_id_name":"Support Department","caller_id_number":"1234567890"}`,
	}
	files, err := filepath.Glob("testdata/action.*.json")
	require.NoError(t, err)
	require.Len(t, files, 20)
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			b := readSample(t, name)
			actions, err := DecodeActions(b)
			require.NoError(t, err)
			for _, a := range actions {
				require.NoError(t, a.Validate())
			}
			got, err := EncodeActions(actions)
			require.NoError(t, err)
			if w, ok := want[name]; ok {
				assert.JSONEq(t, w, string(got))
				return
			}
			assert.JSONEq(t, string(b), string(got))
		})
	}
}

// TestActionGolden pins the exact bytes of every action type and option.
func TestActionGolden(t *testing.T) {
	const id = "s-1"
	const wav = "UklGRiQAAABXQVZF"
	tests := []struct {
		name string
		give Action
		want string
	}{
		{"speak text", &Speak{SessionID: id, Text: "Hi"},
			`{"type":"speak","session_id":"s-1","text":"Hi"}`},
		{"speak ssml keeps markup readable", &Speak{SessionID: id, SSML: `<speak>Hi &amp; <break time="1s"/></speak>`},
			`{"type":"speak","session_id":"s-1","ssml":"<speak>Hi &amp; <break time=\"1s\"/></speak>"}`},
		{"speak azure tts", &Speak{SessionID: id, Text: "Hi", TTS: &TTS{Provider: TTSAzure, Language: "en-US", Voice: "en-US-JennyNeural"}},
			`{"type":"speak","session_id":"s-1","text":"Hi","tts":{"provider":"azure","language":"en-US","voice":"en-US-JennyNeural"}}`},
		{"speak eleven labs tts", &Speak{SessionID: id, Text: "Hi", TTS: &TTS{Provider: TTSElevenLabs, Voice: "zrHi"}},
			`{"type":"speak","session_id":"s-1","text":"Hi","tts":{"provider":"eleven_labs","voice":"zrHi"}}`},
		{"speak kugelaudio default voice", &Speak{SessionID: id, Text: "Hi", TTS: &TTS{Provider: TTSKugelaudio}},
			`{"type":"speak","session_id":"s-1","text":"Hi","tts":{"provider":"kugelaudio"}}`},
		{"speak barge-in none", &Speak{SessionID: id, Text: "Hi", BargeIn: &BargeInConfig{Strategy: StrategyNone}},
			`{"type":"speak","session_id":"s-1","text":"Hi","barge_in":{"strategy":"none"}}`},
		{"speak barge-in manual", &Speak{SessionID: id, Text: "Hi", BargeIn: &BargeInConfig{Strategy: StrategyManual}},
			`{"type":"speak","session_id":"s-1","text":"Hi","barge_in":{"strategy":"manual"}}`},
		{"speak barge-in minimum characters", &Speak{SessionID: id, Text: "Hi", BargeIn: &BargeInConfig{Strategy: StrategyMinimumCharacters, MinimumCharacters: 5, AllowAfterMS: 250}},
			`{"type":"speak","session_id":"s-1","text":"Hi","barge_in":{"strategy":"minimum_characters","minimum_characters":5,"allow_after_ms":250}}`},
		{"speak barge-in immediate", &Speak{SessionID: id, Text: "Hi", BargeIn: &BargeInConfig{Strategy: StrategyImmediate, AllowAfterMS: 500}},
			`{"type":"speak","session_id":"s-1","text":"Hi","barge_in":{"strategy":"immediate","allow_after_ms":500}}`},
		{"speak user input timeout", &Speak{SessionID: id, Text: "Hi", UserInputTimeoutSeconds: 8},
			`{"type":"speak","session_id":"s-1","text":"Hi","user_input_timeout_seconds":8}`},
		{"speak fractional timeout", &Speak{SessionID: id, Text: "Hi", UserInputTimeoutSeconds: 2.5},
			`{"type":"speak","session_id":"s-1","text":"Hi","user_input_timeout_seconds":2.5}`},
		{"speak vad", &Speak{SessionID: id, Text: "Hi", VAD: &VAD{EndOfTurnSilenceMS: 1500}},
			`{"type":"speak","session_id":"s-1","text":"Hi","vad":{"end_of_turn_silence_ms":1500}}`},
		{"speak everything", &Speak{SessionID: id, Text: "Hi", TTS: &TTS{Provider: TTSAzure, Language: "de-DE", Voice: "de-DE-KatjaNeural"},
			BargeIn: &BargeInConfig{Strategy: StrategyImmediate}, UserInputTimeoutSeconds: 4, VAD: &VAD{EndOfTurnSilenceMS: 800}},
			`{"type":"speak","session_id":"s-1","text":"Hi","tts":{"provider":"azure","language":"de-DE","voice":"de-DE-KatjaNeural"},` +
				`"barge_in":{"strategy":"immediate"},"user_input_timeout_seconds":4,"vad":{"end_of_turn_silence_ms":800}}`},
		{"speak text escaping", &Speak{SessionID: id, Text: "Tom & \"Jerry\"\n<3\x00"},
			`{"type":"speak","session_id":"s-1","text":"Tom & \"Jerry\"\n<3\u0000"}`},
		{"audio", &Audio{SessionID: id, Audio: wav},
			`{"type":"audio","session_id":"s-1","audio":"UklGRiQAAABXQVZF"}`},
		{"audio barge-in", &Audio{SessionID: id, Audio: wav, BargeIn: &BargeInConfig{Strategy: StrategyNone}},
			`{"type":"audio","session_id":"s-1","audio":"UklGRiQAAABXQVZF","barge_in":{"strategy":"none"}}`},
		{"hangup", &Hangup{SessionID: id},
			`{"type":"hangup","session_id":"s-1"}`},
		{"barge_in", &BargeIn{SessionID: id},
			`{"type":"barge_in","session_id":"s-1"}`},
		{"transfer", &Transfer{SessionID: id, TargetPhoneNumber: "4921112345", CallerIDName: "Support", CallerIDNumber: "4921100000"},
			`{"type":"transfer","session_id":"s-1","target_phone_number":"4921112345","caller_id_name":"Support","caller_id_number":"4921100000"}`},
		{"transfer strips + from both numbers, not from the name", &Transfer{SessionID: id, TargetPhoneNumber: "+4921112345", CallerIDName: "+4921100000", CallerIDNumber: "+4921100000", Timeout: 30},
			`{"type":"transfer","session_id":"s-1","target_phone_number":"4921112345","caller_id_name":"+4921100000","caller_id_number":"4921100000","timeout":30}`},
		{"mix_audio", &MixAudio{SessionID: id, Audio: wav},
			`{"type":"mix_audio","session_id":"s-1","audio":"UklGRiQAAABXQVZF"}`},
		{"mix_audio volume", &MixAudio{SessionID: id, Audio: wav, Volume: new(0.3)},
			`{"type":"mix_audio","session_id":"s-1","audio":"UklGRiQAAABXQVZF","volume":0.3}`},
		{"mix_audio volume zero", &MixAudio{SessionID: id, Audio: wav, Volume: new(0.0)},
			`{"type":"mix_audio","session_id":"s-1","audio":"UklGRiQAAABXQVZF","volume":0}`},
		{"mix_audio stop", &MixAudio{SessionID: id, Stop: true},
			`{"type":"mix_audio","session_id":"s-1","stop":true}`},
		{"send_sms", &SendSMS{SessionID: id, PhoneNumber: "4915112345678", Message: "Code 4242"},
			`{"type":"send_sms","session_id":"s-1","phone_number":"4915112345678","message":"Code 4242"}`},
		{"send_sms strips +", &SendSMS{SessionID: id, PhoneNumber: "+4915112345678", Message: "Code 4242"},
			`{"type":"send_sms","session_id":"s-1","phone_number":"4915112345678","message":"Code 4242"}`},
		{"configure_transcription provider", &ConfigureTranscription{SessionID: id, Provider: STTElevenLabs},
			`{"type":"configure_transcription","session_id":"s-1","provider":"ELEVEN_LABS"}`},
		{"configure_transcription every provider", &ConfigureTranscription{SessionID: id, Provider: STTSipgateParakeet, Languages: []string{"de-DE"}},
			`{"type":"configure_transcription","session_id":"s-1","provider":"SIPGATE_PARAKEET","languages":["de-DE"]}`},
		{"configure_transcription languages", &ConfigureTranscription{SessionID: id, Languages: []string{"de-DE", "en-US", "fr", "tr-TR"}},
			`{"type":"configure_transcription","session_id":"s-1","languages":["de-DE","en-US","fr","tr-TR"]}`},
		{"configure_transcription vocabulary", &ConfigureTranscription{SessionID: id, Provider: STTAzure, CustomVocabulary: []string{"sipgate", "Jovo \"Go\""}},
			`{"type":"configure_transcription","session_id":"s-1","provider":"AZURE","custom_vocabulary":["sipgate","Jovo \"Go\""]}`},
		{"configure_transcription clears vocabulary", &ConfigureTranscription{SessionID: id, CustomVocabulary: []string{}},
			`{"type":"configure_transcription","session_id":"s-1","custom_vocabulary":[]}`},
		{"configure_transcription vad", &ConfigureTranscription{SessionID: id, VAD: &VAD{EndOfTurnSilenceMS: 1200}},
			`{"type":"configure_transcription","session_id":"s-1","vad":{"end_of_turn_silence_ms":1200}}`},
		{"configure_voice_to_voice minimal", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "Be nice."},
			`{"type":"configure_voice_to_voice","session_id":"s-1","system_prompt":"Be nice."}`},
		{"configure_voice_to_voice all", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "Be nice.", Greeting: "Hallo!", Temperature: new(0.0), Language: "de"},
			`{"type":"configure_voice_to_voice","session_id":"s-1","system_prompt":"Be nice.","greeting":"Hallo!","temperature":0,"language":"de"}`},
		{"configure_voice_to_voice temperature", &ConfigureVoiceToVoice{SessionID: id, SystemPrompt: "p", Temperature: new(1.25)},
			`{"type":"configure_voice_to_voice","session_id":"s-1","system_prompt":"p","temperature":1.25}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EncodeActions([]Action{tt.give})
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))

			m, err := tt.give.(interface{ MarshalJSON() ([]byte, error) }).MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(m), "MarshalJSON writes the same bytes")

			back, err := DecodeActions(got)
			require.NoError(t, err)
			require.Len(t, back, 1)
			assert.Equal(t, tt.give.Type(), back[0].Type())
			again, err := EncodeActions(back)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(again), "decoding and encoding again changes nothing")
		})
	}
}

// TestBargeInFragmentSample checks the documentation's barge_in fragment
// for the immediate strategy against the struct and the encoder.
func TestBargeInFragmentSample(t *testing.T) {
	var frag struct {
		BargeIn *BargeInConfig `json:"barge_in"`
	}
	require.NoError(t, json.Unmarshal(readSample(t, "fragment.barge_in.immediate.json"), &frag))
	require.Equal(t, &BargeInConfig{Strategy: StrategyImmediate, AllowAfterMS: 500}, frag.BargeIn)

	got, err := EncodeActions([]Action{&Speak{SessionID: "s", Text: "Hi", BargeIn: frag.BargeIn}})
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(got, &m))
	assert.JSONEq(t, `{"strategy":"immediate","allow_after_ms":500}`, string(m["barge_in"]))
}
