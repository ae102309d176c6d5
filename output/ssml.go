package output

import (
	"html"
	"strings"
)

// IsSSML reports whether s is an SSML document: trimmed of space, it opens
// with a <speak> tag (attributes allowed) and closes with </speak>.
func IsSSML(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, "</speak>") {
		return false
	}
	tag, ok := firstTag(s)
	return ok && strings.HasPrefix(s, tag) && isSpeakTag(tag) && !strings.HasPrefix(tag, "</")
}

// StripSpeak returns s without its <speak> and </speak> tags, trimmed, so
// that SSML documents can be joined and wrapped again. Other tags stay.
func StripSpeak(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	eachPart(s, func(text string, tag bool) {
		if !tag || !isSpeakTag(text) {
			b.WriteString(text)
		}
	})
	return strings.TrimSpace(b.String())
}

// RemoveSSML returns the plain text of s for display: tags removed (a
// paragraph, sentence or break becomes a space), entities such as &amp;
// decoded and runs of white space collapsed. A string without tags is
// returned unchanged, line breaks and all.
func RemoveSSML(s string) string {
	if _, ok := firstTag(s); !ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	eachPart(s, func(text string, tag bool) {
		switch {
		case !tag:
			b.WriteString(text)
		case isSpacingTag(text):
			b.WriteByte(' ')
		}
	})
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// JoinSpeech joins speech parts with one space, skipping blank ones. When
// any part is an SSML document, every part is stripped of its <speak> tags
// and the result is wrapped in one <speak> document, opened with the first
// SSML part's tag so that attributes such as xml:lang survive.
func JoinSpeech(parts ...string) string {
	open := ""
	for _, p := range parts {
		if IsSSML(p) {
			open, _ = firstTag(strings.TrimSpace(p))
			break
		}
	}
	kept := make([]string, 0, len(parts))
	for _, p := range parts {
		if open != "" {
			p = StripSpeak(p)
		} else {
			p = strings.TrimSpace(p)
		}
		if p != "" {
			kept = append(kept, p)
		}
	}
	if open == "" {
		return strings.Join(kept, " ")
	}
	return open + strings.Join(kept, " ") + "</speak>"
}

// JoinText joins display text parts with one space after removing SSML from
// each, skipping blank ones.
func JoinText(parts ...string) string {
	kept := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = strings.TrimSpace(RemoveSSML(p)); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

// eachPart calls fn for every run of text and every tag of s, in order. A
// tag is "<" followed by a letter, "/", "!" or "?" up to the next ">"; any
// other "<" is text.
func eachPart(s string, fn func(part string, tag bool)) {
	for s != "" {
		i := tagStart(s)
		if i < 0 {
			fn(s, false)
			return
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			fn(s, false)
			return
		}
		if i > 0 {
			fn(s[:i], false)
		}
		fn(s[i:i+end+1], true)
		s = s[i+end+1:]
	}
}

// firstTag returns the first complete tag of s.
func firstTag(s string) (string, bool) {
	i := tagStart(s)
	if i < 0 {
		return "", false
	}
	end := strings.IndexByte(s[i:], '>')
	if end < 0 {
		return "", false
	}
	return s[i : i+end+1], true
}

// tagStart returns the index of the first "<" of s that opens a tag, or -1.
func tagStart(s string) int {
	off := 0
	for {
		i := strings.IndexByte(s[off:], '<')
		if i < 0 {
			return -1
		}
		i += off
		if i+1 < len(s) {
			switch c := s[i+1]; {
			case c == '/', c == '!', c == '?', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
				return i
			}
		}
		off = i + 1
	}
}

// tagName returns the element name of a tag such as "<speak a='b'>",
// "</speak>" or "<break/>".
func tagName(tag string) string {
	name := strings.TrimPrefix(strings.TrimSuffix(tag[1:], ">"), "/")
	if i := strings.IndexAny(name, " \t\r\n/"); i >= 0 {
		name = name[:i]
	}
	return name
}

func isSpeakTag(tag string) bool { return tagName(tag) == "speak" }

// isSpacingTag reports whether removing tag should leave a space, because it
// separates words (paragraphs, sentences, breaks, the document itself).
func isSpacingTag(tag string) bool {
	switch tagName(tag) {
	case "speak", "p", "s", "break":
		return true
	}
	return false
}
