package aiflow

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sampleID = "550e8400-e29b-41d4-a716-446655440000"

// shortSession is the partial session object most documentation samples show.
var shortSession = Session{ID: sampleID, AccountID: "account-123", PhoneNumber: "+1234567890"}

// fullSession is the complete inbound session object of the samples.
var fullSession = Session{
	ID: sampleID, AccountID: "account-123", PhoneNumber: "+1234567890", Direction: DirectionInbound,
	FromPhoneNumber: "+9876543210", ToPhoneNumber: "+1234567890",
}

func readSample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

func TestDecodeEventSamples(t *testing.T) {
	tests := []struct {
		give string
		want Event
	}{
		{"event.session_start.json", Event{Type: EventSessionStart, Session: fullSession}},
		{"event.session_start.outbound.json", Event{Type: EventSessionStart, Session: Session{
			ID: sampleID, PhoneNumber: "+4915790000687", Direction: DirectionOutbound,
			FromPhoneNumber: "+4921155660", ToPhoneNumber: "+4915790000687",
		}}},
		{"event.user_speak.json", Event{Type: EventUserSpeak, Session: shortSession, Text: "Hello, I need help"}},
		{"event.user_speak.barged_in.json", Event{Type: EventUserSpeak, Session: shortSession, Text: "Wait", BargedIn: true}},
		{"event.user_speak.http-webhook-example.json", Event{Type: EventUserSpeak, Text: "Hello", Session: Session{
			ID: sampleID, AccountID: "account-123", PhoneNumber: "+1234567890",
			FromPhoneNumber: "+9876543210", ToPhoneNumber: "+1234567890",
		}}},
		{"event.user_speak.n8n-readme.json", Event{Type: EventUserSpeak, Text: "Hello", Session: Session{
			ID: sampleID, AccountID: "account-123", PhoneNumber: "+491234567890", Direction: DirectionInbound,
			FromPhoneNumber: "+499876543210", ToPhoneNumber: "+491234567890",
		}}},
		{"event.user_speech_started.json", Event{Type: EventUserSpeechStarted, Session: fullSession}},
		{"event.dtmf_received.json", Event{Type: EventDTMFReceived, Session: fullSession, Digit: "1"}},
		{"event.assistant_speak.json", Event{
			Type: EventAssistantSpeak, Session: shortSession, Text: "Hello! How can I help you?",
			SSML:       `<speak version="1.0" xml:lang="en-US"><voice name="en-US-JennyNeural">Hello!</voice></speak>`,
			DurationMS: 2000, SpeechStartedAt: 1234567890,
		}},
		{"event.assistant_speech_ended.json", Event{Type: EventAssistantSpeechEnded, Session: shortSession}},
		{"event.user_input_timeout.json", Event{Type: EventUserInputTimeout, Session: fullSession}},
		{"event.session_end.json", Event{Type: EventSessionEnd, Session: shortSession}},
	}
	files, err := filepath.Glob("testdata/event.*.json")
	require.NoError(t, err)
	require.Len(t, tests, len(files), "every event sample has a row")
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			b := readSample(t, tt.give)
			got, err := DecodeEvent(b)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(got.Raw))
			got.Raw = nil
			assert.Equal(t, tt.want, *got)
			assert.True(t, got.Type.Known())
		})
	}
}

func TestDecodeEventLenient(t *testing.T) {
	tests := []struct {
		name string
		give string
		want Event
	}{
		{"unknown fields are ignored", `{"type":"session_end","reason":"hangup","timestamp":17,"session":{"id":"s","x":[1]}}`,
			Event{Type: EventSessionEnd, Session: Session{ID: "s"}}},
		{"session with id only", `{"type":"session_start","session":{"id":"s"}}`,
			Event{Type: EventSessionStart, Session: Session{ID: "s"}}},
		{"unknown type keeps its name", `{"type":"call_recorded","session":{"id":"s"},"text":5,"url":"u"}`,
			Event{Type: "call_recorded", Session: Session{ID: "s"}}},
		{"unknown direction is kept", `{"type":"session_start","session":{"id":"s","direction":"sideways"}}`,
			Event{Type: EventSessionStart, Session: Session{ID: "s", Direction: "sideways"}}},
		{"barged_in omitted means false", `{"type":"user_speak","text":"hi","session":{"id":"s"}}`,
			Event{Type: EventUserSpeak, Text: "hi", Session: Session{ID: "s"}}},
		{"empty user text is text", `{"type":"user_speak","text":"","session":{"id":"s"}}`,
			Event{Type: EventUserSpeak, Session: Session{ID: "s"}}},
		{"legacy transcript stands in for text", `{"type":"user_speak","transcript":"hi","session":{"id":"s"}}`,
			Event{Type: EventUserSpeak, Text: "hi", Session: Session{ID: "s"}}},
		{"text wins over transcript", `{"type":"user_speak","text":"a","transcript":"b","session":{"id":"s"}}`,
			Event{Type: EventUserSpeak, Text: "a", Session: Session{ID: "s"}}},
		{"transcript stands in for empty text", `{"type":"user_speak","text":"","transcript":"b","session":{"id":"s"}}`,
			Event{Type: EventUserSpeak, Text: "b", Session: Session{ID: "s"}}},
		{"wrong transcript type is ignored", `{"type":"user_speak","text":"a","transcript":1,"session":{"id":"s"}}`,
			Event{Type: EventUserSpeak, Text: "a", Session: Session{ID: "s"}}},
		{"fields of other types are not used", `{"type":"session_start","text":"x","digit":"zz","barged_in":"no","session":{"id":"s"}}`,
			Event{Type: EventSessionStart, Session: Session{ID: "s"}}},
		{"legacy user_barge_in", `{"type":"user_barge_in","text":"stop","session":{"id":"s"}}`,
			Event{Type: EventUserBargeIn, Text: "stop", Session: Session{ID: "s"}}},
		{"user_barge_in without text", `{"type":"user_barge_in","session":{"id":"s"}}`,
			Event{Type: EventUserBargeIn, Session: Session{ID: "s"}}},
		{"sms_failed string fields", `{"type":"sms_failed","text":"hi","phone_number":"49151","error":"blocked","session":{"id":"s"}}`,
			Event{Type: EventSMSFailed, Text: "hi", PhoneNumber: "49151", SMSError: "blocked", Session: Session{ID: "s"}}},
		{"sms_failed odd fields go to Raw only", `{"type":"sms_failed","text":"hi","error":{"code":3},"phone_number":49,"session":{"id":"s"}}`,
			Event{Type: EventSMSFailed, Text: "hi", Session: Session{ID: "s"}}},
		{"assistant_speak without timing", `{"type":"assistant_speak","text":"hi","session":{"id":"s"}}`,
			Event{Type: EventAssistantSpeak, Text: "hi", Session: Session{ID: "s"}}},
		{"fractional milliseconds are dropped", `{"type":"assistant_speak","duration_ms":1500.7,"speech_started_at":1.7e12,"session":{"id":"s"}}`,
			Event{Type: EventAssistantSpeak, DurationMS: 1500, SpeechStartedAt: 1700000000000, Session: Session{ID: "s"}}},
		{"null optional fields", `{"type":"user_speak","text":"a","barged_in":null,"session":{"id":"s","direction":null}}`,
			Event{Type: EventUserSpeak, Text: "a", Session: Session{ID: "s"}}},
		{"white space around the object", " \n\t{\"type\":\"session_end\",\"session\":{\"id\":\"s\"}}\r\n ",
			Event{Type: EventSessionEnd, Session: Session{ID: "s"}}},
		{"duplicate keys: the last value wins", `{"type":"user_speak","text":5,"text":"a","session":{"id":"s"}}`,
			Event{Type: EventUserSpeak, Text: "a", Session: Session{ID: "s"}}},
		{"duplicate session objects merge, as in encoding/json", `{"type":"session_start","session":{"id":"a"},"session":{"account_id":"b"}}`,
			Event{Type: EventSessionStart, Session: Session{ID: "a", AccountID: "b"}}},
		{"keys match case-insensitively, as in encoding/json", `{"Type":"dtmf_received","DIGIT":"5","Session":{"Id":"s"}}`,
			Event{Type: EventDTMFReceived, Digit: "5", Session: Session{ID: "s"}}},
		{"star and hash keys", `{"type":"dtmf_received","digit":"#","session":{"id":"s"}}`,
			Event{Type: EventDTMFReceived, Digit: "#", Session: Session{ID: "s"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeEvent([]byte(tt.give))
			require.NoError(t, err)
			assert.Equal(t, []byte(tt.give), []byte(got.Raw))
			got.Raw = nil
			assert.Equal(t, tt.want, *got)
		})
	}
}

func TestDecodeEventErrors(t *testing.T) {
	tests := []struct {
		name      string
		give      string
		wantErr   error
		wantField string
		wantMsg   string
	}{
		{"empty body", ``, ErrNotJSON, "", `aiflow: invalid event: not JSON: empty body`},
		{"white space only", " \n ", ErrNotJSON, "", `aiflow: invalid event: not JSON: empty body`},
		{"not JSON", `hello`, ErrNotJSON, "", `aiflow: invalid event: not JSON: invalid character 'h' looking for beginning of value at byte 1`},
		{"truncated", `{"type":"session_end"`, ErrNotJSON, "", `aiflow: invalid event: not JSON: unexpected end of input`},
		{"array", `[{"type":"session_end","session":{"id":"s"}}]`, ErrNotObject, "", `aiflow: invalid event: not a JSON object: got array`},
		{"string", `"session_end"`, ErrNotObject, "", `aiflow: invalid event: not a JSON object: got string`},
		{"null", `null`, ErrNotObject, "", `aiflow: invalid event: not a JSON object: got null`},
		{"trailing garbage", `{"type":"session_end","session":{"id":"s"}} x`, ErrTrailingData, "", `aiflow: invalid event: data after the JSON value: "x" at offset 44`},
		{"two objects", `{"type":"session_end","session":{"id":"s"}}{"type":"session_end","session":{"id":"s"}}`, ErrTrailingData, "", `aiflow: invalid event: data after the JSON value: "{\"type\":\"session"… at offset 43`},
		{"no type", `{"session":{"id":"s"}}`, ErrMissingField, "type", `aiflow: invalid event: field "type": missing field`},
		{"empty type", `{"type":"","session":{"id":"s"}}`, ErrMissingField, "type", ``},
		{"null type", `{"type":null,"session":{"id":"s"}}`, ErrMissingField, "type", ``},
		{"type not a string", `{"type":7,"session":{"id":"s"}}`, ErrWrongType, "type", `aiflow: invalid event: field "type": wrong type: want string, got number`},
		{"no session", `{"type":"session_start"}`, ErrMissingField, "session", `aiflow: invalid event: field "session": missing field`},
		{"null session", `{"type":"session_start","session":null}`, ErrMissingField, "session", ``},
		{"session not an object", `{"type":"session_start","session":"s"}`, ErrWrongType, "session", `aiflow: invalid event: field "session": wrong type: want object, got string`},
		{"no session id", `{"type":"session_start","session":{"account_id":"a"}}`, ErrMissingField, "session.id", `aiflow: invalid event: field "session.id": missing field`},
		{"empty session id", `{"type":"session_start","session":{"id":""}}`, ErrMissingField, "session.id", ``},
		{"session id a number", `{"type":"session_start","session":{"id":42}}`, ErrWrongType, "session.id", `aiflow: invalid event: field "session.id": wrong type: want string, got number`},
		{"session field a number", `{"type":"session_start","session":{"id":"s","from_phone_number":49}}`, ErrWrongType, "session.from_phone_number", ``},
		{"text a number", `{"type":"user_speak","text":5,"session":{"id":"s"}}`, ErrWrongType, "text", `aiflow: invalid event: field "text": wrong type: want string, got number`},
		{"no user text", `{"type":"user_speak","session":{"id":"s"}}`, ErrMissingField, "text", ``},
		{"barged_in a string", `{"type":"user_speak","text":"a","barged_in":"true","session":{"id":"s"}}`, ErrWrongType, "barged_in", `aiflow: invalid event: field "barged_in": wrong type: want boolean, got string`},
		{"legacy text a number", `{"type":"user_barge_in","text":1,"session":{"id":"s"}}`, ErrWrongType, "text", ``},
		{"no digit", `{"type":"dtmf_received","session":{"id":"s"}}`, ErrMissingField, "digit", ``},
		{"digit a number", `{"type":"dtmf_received","digit":1,"session":{"id":"s"}}`, ErrWrongType, "digit", ``},
		{"digit not a key", `{"type":"dtmf_received","digit":"A","session":{"id":"s"}}`, ErrInvalidValue, "digit", `aiflow: invalid event: field "digit": invalid value: want one of 0-9, * or #, got "A"`},
		{"two digits", `{"type":"dtmf_received","digit":"12","session":{"id":"s"}}`, ErrInvalidValue, "digit", ``},
		{"duration a string", `{"type":"assistant_speak","duration_ms":"2s","session":{"id":"s"}}`, ErrWrongType, "duration_ms", ``},
		{"ssml a bool", `{"type":"assistant_speak","ssml":true,"session":{"id":"s"}}`, ErrWrongType, "ssml", ``},
		{"duration out of range", `{"type":"assistant_speak","duration_ms":1e300,"session":{"id":"s"}}`, ErrInvalidValue, "duration_ms", ``},
		{"start out of float range", `{"type":"assistant_speak","speech_started_at":1e400,"session":{"id":"s"}}`, ErrInvalidValue, "speech_started_at", ``},
		{"wrong type reported before missing session", `{"type":"user_speak","text":5}`, ErrMissingField, "session", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := DecodeEvent([]byte(tt.give))
			require.Error(t, err)
			assert.Nil(t, ev)
			assert.ErrorIs(t, err, tt.wantErr)
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.wantField, de.Field)
			if tt.wantMsg != "" {
				assert.Equal(t, tt.wantMsg, err.Error())
			}
		})
	}
}

func TestDecodeErrorUnwrapsJSONError(t *testing.T) {
	_, err := DecodeEvent([]byte(`{"type":`))
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		assert.ErrorIs(t, err, ErrNotJSON)
		return
	}
	assert.Positive(t, se.Offset)
}

func TestDecodeEventDoesNotKeepInput(t *testing.T) {
	b := []byte(`{"type":"user_speak","text":"hi","session":{"id":"s"}}`)
	ev, err := DecodeEvent(b)
	require.NoError(t, err)
	for i := range b {
		b[i] = 'x'
	}
	assert.Equal(t, "hi", ev.Text)
	assert.JSONEq(t, `{"type":"user_speak","text":"hi","session":{"id":"s"}}`, string(ev.Raw))
}

func TestEventAccessors(t *testing.T) {
	speak := &Event{Type: EventUserSpeak, Text: "hi", BargedIn: true}
	p, ok := speak.UserSpeak()
	assert.True(t, ok)
	assert.Equal(t, UserSpeak{Text: "hi", BargedIn: true}, p)
	_, ok = speak.DTMF()
	assert.False(t, ok)
	_, ok = speak.AssistantSpeak()
	assert.False(t, ok)
	_, ok = speak.UserBargeIn()
	assert.False(t, ok)
	_, ok = speak.SMSFailed()
	assert.False(t, ok)

	d, ok := (&Event{Type: EventDTMFReceived, Digit: "*"}).DTMF()
	assert.True(t, ok)
	assert.Equal(t, DTMFReceived{Digit: "*"}, d)
	_, ok = (&Event{Type: EventSessionStart}).UserSpeak()
	assert.False(t, ok)

	b, ok := (&Event{Type: EventUserBargeIn, Text: "wait"}).UserBargeIn()
	assert.True(t, ok)
	assert.Equal(t, UserBargeIn{Text: "wait"}, b)

	a, ok := (&Event{Type: EventAssistantSpeak, Text: "t", SSML: "s", DurationMS: 2000, SpeechStartedAt: 1234567890}).AssistantSpeak()
	assert.True(t, ok)
	assert.Equal(t, "t", a.Text)
	assert.Equal(t, "s", a.SSML)
	assert.Equal(t, 2*time.Second, a.Duration)
	assert.True(t, a.StartedAt.Equal(time.UnixMilli(1234567890)))

	s, ok := (&Event{Type: EventSMSFailed, Text: "t", PhoneNumber: "49", SMSError: "e"}).SMSFailed()
	assert.True(t, ok)
	assert.Equal(t, SMSFailed{Text: "t", PhoneNumber: "49", Error: "e"}, s)
}

func TestEventExtra(t *testing.T) {
	tests := []struct {
		name string
		give string
		want map[string]string
	}{
		{"none", `{"type":"user_speak","text":"a","barged_in":false,"session":{"id":"s"}}`, nil},
		{"added fields", `{"type":"session_end","reason":"hangup","timestamp":17,"session":{"id":"s"}}`,
			map[string]string{"reason": `"hangup"`, "timestamp": `17`}},
		{"fields of other types", `{"type":"session_start","text":"x","session":{"id":"s"}}`,
			map[string]string{"text": `"x"`}},
		{"unknown type", `{"type":"call_recorded","url":"u","session":{"id":"s"}}`,
			map[string]string{"url": `"u"`}},
		{"sms_failed with an object error", `{"type":"sms_failed","error":{"code":3},"session":{"id":"s"}}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := DecodeEvent([]byte(tt.give))
			require.NoError(t, err)
			got := map[string]string{}
			for k, v := range ev.Extra() {
				got[k] = string(v)
			}
			if tt.want == nil {
				assert.Nil(t, ev.Extra())
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Nil(t, (&Event{Type: EventSessionEnd}).Extra(), "no Raw, no extra")
}

func TestKnownEnums(t *testing.T) {
	assert.False(t, EventType("call_recorded").Known())
	assert.True(t, DirectionInbound.Known())
	assert.True(t, DirectionOutbound.Known())
	assert.False(t, Direction("sideways").Known())
}
