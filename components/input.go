package components

import (
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// isAnswer reports whether the input is the caller's words or a key:
// what the answer handlers of the components take.
func isAnswer(c *framework.Context) bool {
	switch c.Input.Type {
	case framework.InputText, framework.InputIntent, framework.InputTranscribedSpeech, aiflow.InputDTMFReceived:
		return true
	}
	return false
}

// isNotice reports whether the input is a notice about the assistant's
// speech or the caller's voice onset, which a waiting dialogue ignores.
func isNotice(c *framework.Context) bool {
	switch c.Input.Type {
	case aiflow.InputAssistantSpeak, aiflow.InputAssistantSpeechEnded, aiflow.InputUserSpeechStarted:
		return true
	}
	return false
}

// isKey reports whether the input is a key press.
func isKey(c *framework.Context) bool { return c.Input.Type == aiflow.InputDTMFReceived }

// pressed returns the key of a dtmf_received input.
func pressed(c *framework.Context) string {
	if d := aiflow.Digit(c); d != "" {
		return d
	}
	return c.Input.Text
}
