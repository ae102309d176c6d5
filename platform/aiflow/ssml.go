package aiflow

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// ssmlDoc is an SSML document cut into its root element's opening tag, its
// content and its closing tag, as they appear in the source.
type ssmlDoc struct {
	open, inner, close string
}

// parseSSML checks that s is a well-formed XML document whose root element
// is <speak> (any namespace prefix) and cuts it into opening tag, content
// and closing tag. An XML declaration, comments and white space around the
// root are allowed and dropped.
func parseSSML(s string) (ssmlDoc, error) {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = true
	var (
		doc       ssmlDoc
		depth     int
		rootSeen  bool
		openStart int64
		openEnd   int64
	)
	for {
		before := d.InputOffset()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return doc, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				if rootSeen {
					return doc, errors.New("more than one root element")
				}
				if t.Name.Local != "speak" {
					return doc, errors.New("root element is <" + t.Name.Local + ">, want <speak>")
				}
				rootSeen = true
				openStart, openEnd = before, d.InputOffset()
			}
			depth++
		case xml.EndElement:
			depth--
			if depth == 0 {
				doc.open = s[openStart:openEnd]
				doc.inner = s[openEnd:before]
				doc.close = s[before:d.InputOffset()]
				if before == openEnd && strings.HasSuffix(doc.open, "/>") {
					// <speak/>: the decoder made up the end tag.
					doc.open = strings.TrimSuffix(doc.open, "/>") + ">"
					doc.close = "</" + tagName(doc.open) + ">"
				}
			}
		case xml.CharData:
			if depth == 0 && strings.TrimSpace(string(t)) != "" {
				return doc, errors.New("text outside the <speak> element")
			}
		}
	}
	switch {
	case !rootSeen:
		return doc, errors.New("no <speak> element")
	case depth != 0:
		return doc, errors.New("unclosed element")
	}
	return doc, nil
}

// tagName returns the element name of an opening tag as written, with its
// namespace prefix: "ssml:speak" for `<ssml:speak xmlns:ssml="…">`.
func tagName(open string) string {
	name := strings.TrimPrefix(open, "<")
	if i := strings.IndexAny(name, " \t\r\n/>"); i >= 0 {
		name = name[:i]
	}
	return name
}

// escapeXMLText escapes s for use as XML character data. Characters XML
// does not allow at all (control characters other than tab and newlines,
// U+FFFE, U+FFFF) become spaces and invalid UTF-8 becomes U+FFFD, so plain
// text merged into SSML always gives a well-formed document.
func escapeXMLText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s { // invalid UTF-8 comes out as U+FFFD
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case !xmlChar(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether r may appear in an XML 1.0 document.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
