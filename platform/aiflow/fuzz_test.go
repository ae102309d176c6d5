package aiflow

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// addSamples seeds f with every testdata file matching pattern.
func addSamples(f *testing.F, pattern string) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	require.NoError(f, err)
	require.NotEmpty(f, files)
	for _, name := range files {
		f.Add(readSample(f, filepath.Base(name)))
	}
}

func FuzzDecodeEvent(f *testing.F) {
	addSamples(f, "event.*.json")
	for _, s := range []string{
		``, `null`, `[]`, `{}`, `{"type":1}`, `{"type":"x","session":{"id":"s"}} x`,
		`{"type":"user_speak","transcript":"hi","session":{"id":"s"}}`,
		`{"type":"sms_failed","error":{"code":1},"session":{"id":"s"}}`,
		`{"type":"assistant_speak","duration_ms":1e300,"session":{"id":"s"}}`,
		`{"TYPE":"dtmf_received","Digit":"#","SESSION":{"ID":"s"}}`,
		`{"type":"user_speak","text":"\ud800 \u2028","session":{"id":"s"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ev, err := DecodeEvent(b)
		if err != nil {
			require.Nil(t, ev)
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			require.NotEmpty(t, err.Error())
			return
		}
		require.NotEmpty(t, ev.Type, "a decoded event has a type")
		require.NotEmpty(t, ev.Session.ID, "a decoded event has a session id")
		if ev.Type == EventDTMFReceived {
			require.True(t, validDigit(ev.Digit))
		}

		// The slow path agrees with the fast one.
		careful, err := decodeEventCarefully(b)
		require.NoError(t, err)
		require.Equal(t, ev, careful)

		// Encoding and decoding again keeps every field.
		out, err := ev.MarshalJSON()
		require.NoError(t, err)
		again, err := DecodeEvent(out)
		require.NoError(t, err, "re-encoded: %s", out)
		again.Raw, ev.Raw = nil, nil
		require.Equal(t, ev, again)
	})
}

func FuzzDecodeActions(f *testing.F) {
	addSamples(f, "action.*.json")
	for _, s := range []string{
		``, `[]`, `[1]`, `{"type":"dtmf"}`,
		`[{"type":"speak","session_id":"s","text":"a & b"},{"type":"speak","session_id":"s","ssml":"<speak a=\"1\"><p>x</p></speak>"},{"type":"barge_in","session_id":"s"}]`,
		`[{"type":"speak","session_id":"s","ssml":"<speak/>"},{"type":"speak","session_id":"s","text":"<x>"}]`,
		`[{"type":"speak","session_id":"s","text":"a\u0001\ufffe"},{"type":"speak","session_id":"s","ssml":"<speak>x</speak>"}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		actions, err := DecodeActions(b)
		if err != nil {
			require.Nil(t, actions)
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			return
		}
		for _, a := range actions {
			if a.Validate() != nil {
				_, err := EncodeActions(actions)
				require.ErrorIs(t, err, ErrInvalidAction)
				return
			}
		}
		// Valid actions encode, and what the merge rules make of them is
		// valid too.
		out, err := EncodeActions(actions)
		require.NoError(t, err)
		back, err := DecodeActions(out)
		require.NoError(t, err, "encoded: %s", out)
		require.LessOrEqual(t, len(back), len(actions))
		for _, a := range back {
			require.NoError(t, a.Validate(), "encoded: %s", out)
		}
	})
}

func FuzzClassifyBargeIn(f *testing.F) {
	for _, s := range []string{"", "mhm", "Moment mal", "No, I said Tuesday", "Wie bitte?", "(laughs", "*", "Ä-ß’'"} {
		f.Add(s, "")
		f.Add(s, "de")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		k := ClassifyBargeIn(text, lang)
		require.NotEqual(t, "unknown", k.String())
		require.False(t, ShouldSilentAcknowledge(text, lang) && IsSubstantialInput(text, lang))
	})
}
