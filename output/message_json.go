package output

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// messageObject is the object form of a Message in JSON.
type messageObject struct {
	Speech   string    `json:"speech,omitempty"`
	Text     string    `json:"text,omitempty"`
	Variants []Message `json:"variants,omitempty"`
}

// MarshalJSON writes m the way Jovo templates read: a string when speech
// and text are the same and there are no variants, an array when there are
// only variants, and {"speech", "text", "variants"} otherwise.
func (m Message) MarshalJSON() ([]byte, error) {
	switch {
	case len(m.Variants) == 0 && m.Speech == m.Text:
		return json.Marshal(m.Speech)
	case len(m.Variants) > 0 && m.Speech == "" && m.Text == "":
		return json.Marshal(m.Variants)
	}
	return json.Marshal(messageObject(m))
}

// UnmarshalJSON reads a string (spoken and displayed), an array (variants,
// each any of the three forms) or an object {"speech", "text",
// "variants"}. null leaves m unchanged.
func (m *Message) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return fmt.Errorf("message: empty JSON value")
	}
	switch b[0] {
	case 'n': // null: nothing to set
		return nil
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return fmt.Errorf("message: %w", err)
		}
		*m = Message{Speech: s, Text: s}
	case '[':
		var vs []Message
		if err := json.Unmarshal(b, &vs); err != nil {
			return fmt.Errorf("message variants: %w", err)
		}
		if len(vs) == 0 {
			vs = nil
		}
		*m = Message{Variants: vs}
	case '{':
		var o messageObject
		if err := json.Unmarshal(b, &o); err != nil {
			return fmt.Errorf("message: %w", err)
		}
		*m = Message(o)
	default:
		return fmt.Errorf("message: want a string, an array of variants or an object {speech, text}, got %s", snippet(b))
	}
	return nil
}

// snippet returns the start of a JSON value for an error message.
func snippet(b []byte) string {
	const max = 20
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}
