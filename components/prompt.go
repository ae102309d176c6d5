package components

import (
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// SessionPromptKey is the session data key under which NoInputFallback
// and BargeIn keep the last prompt of the app: the last speak of a turn
// that armed the input timer, and the timeouts since. The dialogue
// components never write session data; these two global handler sets
// have no state stack item to keep it in.
const SessionPromptKey = "components.prompt"

// lastPrompt is the record under SessionPromptKey.
type lastPrompt struct {
	Text, SSML string
	Silences   int
}

// loadPrompt reads the last prompt; numbers may have been through JSON.
func loadPrompt(c *framework.Context) lastPrompt {
	m, _ := c.Session.Data[SessionPromptKey].(map[string]any)
	var p lastPrompt
	p.Text, _ = m["text"].(string)
	p.SSML, _ = m["ssml"].(string)
	p.Silences = intOf(m["silences"])
	return p
}

// store records p. A record already there is the session's own (a store
// hands out copies), so it is updated in place, and only where it differs:
// NoInputFallback and BargeIn each record the same prompt after a turn.
func (p lastPrompt) store(c *framework.Context) {
	m, ok := c.Session.Data[SessionPromptKey].(map[string]any)
	if !ok || !isPromptRecord(m) {
		c.Session.Data[SessionPromptKey] = map[string]any{"text": p.Text, "ssml": p.SSML, "silences": p.Silences}
		return
	}
	if s, isStr := m["text"].(string); !isStr || s != p.Text {
		m["text"] = p.Text
	}
	if s, isStr := m["ssml"].(string); !isStr || s != p.SSML {
		m["ssml"] = p.SSML
	}
	if n, isInt := m["silences"].(int); !isInt || n != p.Silences {
		m["silences"] = p.Silences
	}
}

// isPromptRecord reports whether m has the keys of a lastPrompt, and no
// others.
func isPromptRecord(m map[string]any) bool {
	_, text := m["text"]
	_, ssml := m["ssml"]
	_, silences := m["silences"]
	return len(m) == 3 && text && ssml && silences
}

// say returns the prompt's text or SSML.
func (p lastPrompt) say() string {
	if p.SSML != "" {
		return p.SSML
	}
	return p.Text
}

// keepPromptKey marks a request whose output re-prompts: the prompt on
// record stays as it is.
type keepPromptKey struct{}

// capturePrompt records the turn's last speak that armed the input timer
// as the last prompt (after.response.output, from the actions the platform
// actually sent), unless the turn hangs up or transfers, or re-prompted.
func capturePrompt(c *framework.Context, _ any) error {
	if c.Value(keepPromptKey{}) != nil {
		return nil
	}
	var last *aiflow.Speak
	for _, a := range aiflow.SentActions(c) {
		switch a := a.(type) {
		case *aiflow.Speak:
			if a.UserInputTimeoutSeconds > 0 {
				last = a
			}
		case *aiflow.Hangup, *aiflow.Transfer:
			return nil
		}
	}
	if last != nil {
		lastPrompt{Text: last.Text, SSML: last.SSML}.store(c)
	}
	return nil
}
