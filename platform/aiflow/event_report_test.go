package aiflow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEventTypeIsReport(t *testing.T) {
	tests := []struct {
		give EventType
		want bool
	}{
		{EventSessionEnd, true},
		{EventUserSpeechStarted, true},
		{EventAssistantSpeak, true},
		{EventAssistantSpeechEnded, true},
		{EventSMSFailed, true},
		{EventSessionStart, false},
		{EventUserSpeak, false},
		{EventUserBargeIn, false},
		{EventDTMFReceived, false},
		{EventUserInputTimeout, false},
		{EventType("call_recorded"), false},
	}
	for _, tt := range tests {
		t.Run(string(tt.give), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.give.IsReport())
		})
	}
}
