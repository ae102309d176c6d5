package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBareAnswer(t *testing.T) {
	ev, err := encodeEvent(Step{Type: typeDTMF, Arg: "2"}, call{ID: "sid-1", From: "+4915100000001"})
	require.NoError(t, err)
	out, err := bareAnswer(ev)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(out, &got))
	assert.Equal(t, "speak", got["type"])
	assert.Equal(t, "sid-1", got["session_id"])
	assert.Equal(t, bareText, got["text"])
	assert.Equal(t, "en-US-JennyNeural", got["tts"].(map[string]any)["voice"])

	end, err := encodeEvent(Step{Type: typeSessionEnd}, call{ID: "sid-1"})
	require.NoError(t, err)
	out, err = bareAnswer(end)
	require.NoError(t, err)
	assert.Nil(t, out, "session_end is not answered")

	_, err = bareAnswer([]byte(`{"type":`))
	assert.ErrorContains(t, err, "decode event")
}

func TestEncodeEvent(t *testing.T) {
	c := newCall(0xabcdef01, 3, 42)
	assert.Equal(t, "abcdef01-0003-4000-802a-00000000002a", c.ID)
	assert.Equal(t, "+4915100030042", c.From)
	tests := []struct {
		give Step
		want string
	}{
		{give: Step{Type: typeDTMF, Arg: "7"}, want: `{"type":"dtmf_received","digit":"7","session":{"id":"abcdef01-0003-4000-802a-00000000002a","account_id":"loadgen","phone_number":"+4921112345678","direction":"inbound","from_phone_number":"+4915100030042","to_phone_number":"+4921112345678"}}`},
		{give: Step{Type: typeUserSpeak, Arg: "hallo"}, want: `"type":"user_speak","text":"hallo","session"`},
		{give: Step{Type: typeSessionStart}, want: `{"type":"session_start","session"`},
	}
	for _, tt := range tests {
		got, err := encodeEvent(tt.give, c)
		require.NoError(t, err)
		assert.Contains(t, string(got), tt.want)
	}
}
