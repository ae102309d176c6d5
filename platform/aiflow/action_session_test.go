package aiflow

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWithSessionCopies sets the session id of an action of every type,
// taken from the samples: the copy has the new id and everything else of
// the original, and the original is not changed.
func TestWithSessionCopies(t *testing.T) {
	files, err := filepath.Glob("testdata/action.*.json")
	require.NoError(t, err)
	types := make(map[ActionType]bool)
	for _, f := range files {
		actions, err := DecodeActions(readSample(t, filepath.Base(f)))
		require.NoError(t, err)
		for _, a := range actions {
			t.Run(filepath.Base(f)+"/"+string(a.Type()), func(t *testing.T) {
				types[a.Type()] = true
				before, err := json.Marshal(a)
				require.NoError(t, err)
				var old struct {
					SessionID string `json:"session_id"`
				}
				require.NoError(t, json.Unmarshal(before, &old))

				got := a.withSession("new-session")
				after, err := json.Marshal(a)
				require.NoError(t, err)
				assert.JSONEq(t, string(before), string(after), "the original is not changed")
				assert.NotSame(t, a, got)
				copied, err := json.Marshal(got)
				require.NoError(t, err)
				want := strings.Replace(string(before), `"session_id":"`+old.SessionID+`"`, `"session_id":"new-session"`, 1)
				assert.JSONEq(t, want, string(copied))
			})
		}
	}
	assert.Len(t, types, 9, "every action type")
}
