package output

import "strings"

// Speech returns a message that is spoken as s and displayed as s (with any
// SSML removed on screen).
func Speech(s string) *Message { return &Message{Speech: s, Text: s} }

// SpeechText returns a message that is spoken as speech and displayed as
// text, for when the two should differ (SSML for the ear, plain words for the
// eye).
func SpeechText(speech, text string) *Message { return &Message{Speech: speech, Text: text} }

// Variants returns a message that stands for one of ss, spoken and
// displayed; one is picked at random when the template is normalized, so a
// bot does not repeat itself word for word.
func Variants(ss ...string) *Message {
	vs := make([]Message, len(ss))
	for i, s := range ss {
		vs[i] = Message{Speech: s, Text: s}
	}
	return &Message{Variants: vs}
}

// OneOf returns a message that stands for one of ms, like Variants but with
// messages whose speech and text may differ. Nil entries are skipped.
func OneOf(ms ...*Message) *Message {
	vs := make([]Message, 0, len(ms))
	for _, m := range ms {
		if m != nil {
			vs = append(vs, *m)
		}
	}
	return &Message{Variants: vs}
}

// IsZero reports whether m says nothing: no speech, no text (blank counts as
// none) and no variants.
func (m Message) IsZero() bool {
	return strings.TrimSpace(m.Speech) == "" && strings.TrimSpace(m.Text) == "" && len(m.Variants) == 0
}

// Spoken returns what a voice platform says: Speech, or Text when Speech is
// empty.
func (m Message) Spoken() string {
	if m.Speech != "" {
		return m.Speech
	}
	return m.Text
}

// Displayed returns what a screen shows: Text, or Speech when Text is empty,
// with SSML removed either way.
func (m Message) Displayed() string {
	if m.Text != "" {
		return RemoveSSML(m.Text)
	}
	return RemoveSSML(m.Speech)
}

// Pick returns m with its variants resolved: one variant chosen with r
// (recursively, should a variant have variants of its own), or m itself
// when it has none. A nil r uses math/rand/v2.
func (m Message) Pick(r Rand) Message {
	for len(m.Variants) > 0 {
		m = m.Variants[intN(r, len(m.Variants))]
	}
	m.Variants = nil
	return m
}
