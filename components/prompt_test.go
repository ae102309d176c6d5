package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// TestPromptRecord records a turn's prompt over whatever the session
// holds under SessionPromptKey, with both plugins installed (each records
// it): a record of its own, as it comes back from a store, is brought up
// to date, anything else replaced.
func TestPromptRecord(t *testing.T) {
	want := map[string]any{"text": "Is that correct?", "ssml": "", "silences": 0}
	tests := []struct {
		name string
		seed any
	}{
		{"none", nil},
		{"from a JSON store", map[string]any{"text": "Old?", "ssml": "<speak>Old?</speak>", "silences": 2.0}},
		{"the same prompt", map[string]any{"text": "Is that correct?", "ssml": "", "silences": 0}},
		{"other keys", map[string]any{"text": "Old?", "ssml": "", "silences": 1, "extra": true}},
		{"keys missing", map[string]any{"text": "Old?", "ssml": "", "other": 1}},
		{"not a map", "Old?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, "en-US", yesNoApp(nil), components.NoInputFallback{}, components.BargeIn{})
			if tt.seed != nil {
				s.SetSessionData(components.SessionPromptKey, tt.seed)
			}
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, want, s.Session().Data[components.SessionPromptKey])
			unclear := "Sorry, I didn't get that. Please say yes or no, or press 1 for yes and 2 for no."
			assert.Equal(t, unclear, said(t, s.Run(call.Say("hmm"))))
			assert.Equal(t, map[string]any{"text": unclear, "ssml": "", "silences": 0}, s.Session().Data[components.SessionPromptKey])
		})
	}
}
