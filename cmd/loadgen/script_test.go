package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseScript(t *testing.T) {
	tests := []struct {
		name string
		give string
		want Script
	}{
		{name: "short verbs", give: "start -> answer\ndtmf 2\nsay hello there -> any\ntimeout -> answer\nend -> none",
			want: Script{
				{Type: typeSessionStart, Expect: ExpectAnswer},
				{Type: typeDTMF, Arg: "2"},
				{Type: typeUserSpeak, Arg: "hello there"},
				{Type: typeInputTimeout, Expect: ExpectAnswer},
				{Type: typeSessionEnd, Expect: ExpectNone},
			}},
		{name: "event types, semicolons, comments and blanks", give: "# a call\n\n session_start ; dtmf_received #->hangup;user_speak ja\n",
			want: Script{
				{Type: typeSessionStart},
				{Type: typeDTMF, Arg: "#", Expect: ExpectHangup},
				{Type: typeUserSpeak, Arg: "ja"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseScript(tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseScriptErrors(t *testing.T) {
	tests := []struct {
		name string
		give string
		want string
	}{
		{name: "empty", give: " \n# nothing\n", want: "bad script: no steps"},
		{name: "unknown verb", give: "start\nhello", want: `step 2 "hello": unknown event "hello"`},
		{name: "unknown expectation", give: "start -> maybe", want: `unknown expectation "maybe"`},
		{name: "dtmf without digit", give: "dtmf", want: `dtmf wants one of 0-9, * or #, got ""`},
		{name: "dtmf with two digits", give: "dtmf 12", want: `got "12"`},
		{name: "dtmf letter", give: "dtmf a", want: `got "a"`},
		{name: "say without text", give: "say -> answer", want: "say wants a text"},
		{name: "argument to end", give: "end now", want: `end takes no argument, got "now"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseScript(tt.give)
			require.ErrorIs(t, err, errScript)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestParseScriptTooLong(t *testing.T) {
	text := ""
	for range maxSteps + 1 {
		text += "dtmf 1;"
	}
	_, err := ParseScript(text)
	require.ErrorIs(t, err, errScript)
	assert.ErrorContains(t, err, "1001 steps, at most 1000")
}

func TestDefaultScript(t *testing.T) {
	s, err := ParseScript(defaultScriptText)
	require.NoError(t, err)
	require.Len(t, s, 11)
	assert.Equal(t, Step{Type: typeSessionStart, Expect: ExpectAnswer}, s[0])
	assert.Equal(t, Step{Type: typeDTMF, Arg: "9", Expect: ExpectHangup}, s[9])
	assert.Equal(t, Step{Type: typeSessionEnd, Expect: ExpectNone}, s[10])
	assert.NoError(t, s.checkWebSocket(), "the default script must run over the WebSocket")
}

func TestCheckWebSocket(t *testing.T) {
	s, err := ParseScript("start -> answer; dtmf 1")
	require.NoError(t, err)
	err = s.checkWebSocket()
	require.ErrorIs(t, err, errScript)
	assert.ErrorContains(t, err, "step 2 (dtmf_received): the ws transport needs -> answer, hangup or none")
}

func TestExpectString(t *testing.T) {
	tests := []struct {
		give Expect
		want string
	}{
		{give: ExpectAny, want: "any"},
		{give: ExpectAnswer, want: "answer"},
		{give: ExpectNone, want: "none"},
		{give: ExpectHangup, want: "hangup"},
		{give: Expect(9), want: "Expect(9)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.give.String())
	}
}

func FuzzParseScript(f *testing.F) {
	f.Add(defaultScriptText)
	f.Add("say hallo -> any; dtmf * -> hangup")
	f.Add("start ->")
	f.Fuzz(func(t *testing.T, text string) {
		s, err := ParseScript(text)
		if err != nil {
			require.ErrorIs(t, err, errScript)
			return
		}
		require.NotEmpty(t, s)
		for _, st := range s {
			require.Contains(t, verbs, st.Type)
			if st.Type == typeDTMF {
				require.Len(t, st.Arg, 1)
			}
		}
	})
}
