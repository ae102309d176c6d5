package aiflow

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sameMeaning decodes a JSON event into a generic map with the one
// difference the protocol declares meaningless removed: user_speak's
// barged_in false and absent are the same.
func sameMeaning(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	if m["barged_in"] == false {
		delete(m, "barged_in")
	}
	return m
}

func TestEventSamplesRoundTrip(t *testing.T) {
	files, err := filepath.Glob("testdata/event.*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b := readSample(t, filepath.Base(f))
			ev, err := DecodeEvent(b)
			require.NoError(t, err)
			ev.Raw = nil // prove the encoder works from the fields alone
			out, err := json.Marshal(ev)
			require.NoError(t, err)
			assert.Equal(t, sameMeaning(t, b), sameMeaning(t, out))

			again, err := DecodeEvent(out)
			require.NoError(t, err)
			again.Raw = nil
			assert.Equal(t, ev, again)
		})
	}
}

func TestEventMarshalJSON(t *testing.T) {
	s := Session{ID: "s"}
	tests := []struct {
		name string
		give Event
		want string
	}{
		{"session_start with full session", Event{Type: EventSessionStart, Session: fullSession},
			`{"type":"session_start","session":{"id":"550e8400-e29b-41d4-a716-446655440000","account_id":"account-123","phone_number":"+1234567890","direction":"inbound","from_phone_number":"+9876543210","to_phone_number":"+1234567890"}}`},
		{"user_speak always has barged_in", Event{Type: EventUserSpeak, Text: "hi", Session: s},
			`{"type":"user_speak","text":"hi","barged_in":false,"session":{"id":"s"}}`},
		{"user_speak barged in", Event{Type: EventUserSpeak, Text: "wait", BargedIn: true, Session: s},
			`{"type":"user_speak","text":"wait","barged_in":true,"session":{"id":"s"}}`},
		{"user_barge_in", Event{Type: EventUserBargeIn, Text: "stop", Session: s},
			`{"type":"user_barge_in","text":"stop","session":{"id":"s"}}`},
		{"dtmf", Event{Type: EventDTMFReceived, Digit: "#", Session: s},
			`{"type":"dtmf_received","digit":"#","session":{"id":"s"}}`},
		{"assistant_speak", Event{Type: EventAssistantSpeak, SSML: "<speak>a&b</speak>", DurationMS: 5, SpeechStartedAt: 6, Session: s},
			`{"type":"assistant_speak","ssml":"<speak>a&b</speak>","duration_ms":5,"speech_started_at":6,"session":{"id":"s"}}`},
		{"sms_failed", Event{Type: EventSMSFailed, Text: "t", PhoneNumber: "49", SMSError: "e", Session: s},
			`{"type":"sms_failed","text":"t","phone_number":"49","error":"e","session":{"id":"s"}}`},
		{"fields of other types are not written", Event{Type: EventSessionEnd, Text: "x", Digit: "1", Session: s},
			`{"type":"session_end","session":{"id":"s"}}`},
		{"unknown type", Event{Type: "call_recorded", Session: s, Raw: json.RawMessage(`{"url":"u"}`)},
			`{"type":"call_recorded","session":{"id":"s"}}`},
		{"escaping", Event{Type: EventUserSpeak, Text: "a\"b\\c\nd\x01\u2028", Session: s},
			`{"type":"user_speak","text":"a\"b\\c\nd\u0001\u2028","barged_in":false,"session":{"id":"s"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.give.MarshalJSON() // json.Marshal would re-escape <, > and &
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestEventMarshalJSONByValue(t *testing.T) {
	v := struct {
		E Event `json:"e"`
	}{Event{Type: EventSessionEnd, Session: Session{ID: "s"}}}
	got, err := json.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, `{"e":{"type":"session_end","session":{"id":"s"}}}`, string(got))
}
