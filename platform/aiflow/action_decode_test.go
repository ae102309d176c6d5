package aiflow

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeActions(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []Action
	}{
		{"empty body is no action", ``, nil},
		{"white space is no action", " \n", nil},
		{"empty array", `[]`, []Action{}},
		{"one object", `{"type":"hangup","session_id":"s"}`, []Action{&Hangup{SessionID: "s"}}},
		{"array", `[{"type":"barge_in","session_id":"s"},{"type":"speak","session_id":"s","text":"x","extra":1}]`,
			[]Action{&BargeIn{SessionID: "s"}, &Speak{SessionID: "s", Text: "x"}}},
		{"nested objects", `{"type":"speak","session_id":"s","text":"x","tts":{"provider":"azure"},"barge_in":{"strategy":"none","allow_after_ms":5},"vad":{"end_of_turn_silence_ms":9}}`,
			[]Action{&Speak{SessionID: "s", Text: "x", TTS: &TTS{Provider: TTSAzure}, BargeIn: &BargeInConfig{Strategy: StrategyNone, AllowAfterMS: 5}, VAD: &VAD{EndOfTurnSilenceMS: 9}}}},
		{"not validated", `{"type":"transfer","session_id":"","target_phone_number":"abc"}`,
			[]Action{&Transfer{TargetPhoneNumber: "abc"}}},
		{"mix audio volume", `{"type":"mix_audio","session_id":"s","audio":"YWJj","volume":0}`,
			[]Action{&MixAudio{SessionID: "s", Audio: "YWJj", Volume: new(0.0)}}},
		{"send_sms", `{"type":"send_sms","session_id":"s","phone_number":"49","message":"m"}`,
			[]Action{&SendSMS{SessionID: "s", PhoneNumber: "49", Message: "m"}}},
		{"voice to voice", `{"type":"configure_voice_to_voice","session_id":"s","system_prompt":"p","temperature":0.5,"language":"de","greeting":"g"}`,
			[]Action{&ConfigureVoiceToVoice{SessionID: "s", SystemPrompt: "p", Temperature: new(0.5), Language: "de", Greeting: "g"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeActions([]byte(tt.give))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDecodeActionsErrors(t *testing.T) {
	tests := []struct {
		name      string
		give      string
		wantErr   error
		wantField string
		wantMsg   string
	}{
		{"not JSON", `{`, ErrNotJSON, "", ``},
		{"trailing data", `{"type":"hangup","session_id":"s"} {}`, ErrTrailingData, "", ``},
		{"a string", `"speak"`, ErrNotObject, "", `aiflow: invalid actions: not a JSON object: got string`},
		{"array of numbers", `[1]`, ErrNotObject, "[0]", `aiflow: invalid actions: field "[0]": not a JSON object: got number`},
		{"no type", `{"session_id":"s"}`, ErrMissingField, "type", ``},
		{"unknown type", `[{"type":"hangup","session_id":"s"},{"type":"dtmf","session_id":"s"}]`, ErrInvalidValue, "[1].type",
			`aiflow: invalid actions: field "[1].type": invalid value: unknown action type "dtmf"`},
		{"wrong type", `{"type":"speak","session_id":"s","text":1}`, ErrWrongType, "text", ``},
		{"wrong nested type", `[{"type":"speak","session_id":"s","text":"a","tts":{"provider":1}}]`, ErrWrongType, "[0].tts.provider", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeActions([]byte(tt.give))
			assert.Nil(t, got)
			assert.ErrorIs(t, err, tt.wantErr)
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.wantField, de.Field)
			if tt.wantMsg != "" {
				assert.EqualError(t, err, tt.wantMsg)
			}
		})
	}
}
