package aiflow

import "strings"

// arrange applies the response rules to valid actions: barge_in first (the
// first per session kept), then consecutive speaks with the same settings
// merged. It never changes the actions it is given. The result is built
// in out, which must be empty: its room may be on the caller's stack.
func arrange(out, actions []Action) []Action {
	for _, a := range actions {
		b, ok := a.(*BargeIn)
		if !ok {
			continue
		}
		dup := false
		for _, o := range out {
			if o.(*BargeIn).SessionID == b.SessionID {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, b)
		}
	}
	for _, a := range actions {
		switch a := a.(type) {
		case *BargeIn:
			continue
		case *Speak:
			if n := len(out); n > 0 {
				if prev, ok := out[n-1].(*Speak); ok && prev.sameSettings(a) {
					out[n-1] = mergeSpeak(prev, a)
					continue
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// sameSettings reports whether s and t differ only in text and ssml, so
// that they can be spoken as one.
func (s *Speak) sameSettings(t *Speak) bool {
	return s.SessionID == t.SessionID &&
		equalPtr(s.TTS, t.TTS) &&
		equalPtr(s.BargeIn, t.BargeIn) &&
		s.UserInputTimeoutSeconds == t.UserInputTimeoutSeconds &&
		equalPtr(s.VAD, t.VAD)
}

// equalPtr reports whether a and b are both nil or point to equal values.
func equalPtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// mergeSpeak returns one speak that says s and then t, which have the same
// settings. Two texts are joined with a space. If either is SSML, the
// result is one <speak> document: the content of each part (plain text
// XML-escaped) joined with a space, inside the opening tag of the first
// SSML part. The other parts' <speak> attributes (xml:lang, say) are lost. s and t are valid, so their SSML parses.
func mergeSpeak(s, t *Speak) *Speak {
	m := *s
	if s.SSML == "" && t.SSML == "" {
		m.Text = s.Text + " " + t.Text
		return &m
	}
	var open, close string
	part := func(sp *Speak) string {
		if sp.SSML == "" {
			return escapeXMLText(sp.Text)
		}
		doc, _ := parseSSML(sp.SSML)
		if open == "" {
			open, close = doc.open, doc.close
		}
		return doc.inner
	}
	first, second := part(s), part(t)
	var b strings.Builder
	b.Grow(len(open) + len(first) + 1 + len(second) + len(close))
	b.WriteString(open)
	b.WriteString(first)
	if first != "" && second != "" {
		b.WriteByte(' ')
	}
	b.WriteString(second)
	b.WriteString(close)
	m.Text, m.SSML = "", b.String()
	return &m
}
