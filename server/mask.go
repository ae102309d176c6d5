package server

import "strings"

// minPhoneDigits is the shortest digit run MaskPhoneNumbers treats as a
// phone number: E.164 numbers have at least seven digits in practice.
const minPhoneDigits = 7

// MaskPhoneNumber masks one phone number for the log: the first digits
// (country and network code, at most five) and the last three stay, every
// digit between becomes '*'. "+4915112345678" becomes "+49151*****678".
// Numbers of six digits or fewer are masked entirely; characters other
// than digits stay as they are.
func MaskPhoneNumber(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	keepHead, keepTail := 0, 0
	if n >= minPhoneDigits {
		keepTail = 3
		keepHead = min(5, (n-keepTail)/2)
	}
	b := []byte(s)
	d := 0
	for i, c := range b {
		if !isDigit(c) {
			continue
		}
		if d >= keepHead && d < n-keepTail {
			b[i] = '*'
		}
		d++
	}
	return string(b)
}

// MaskPhoneNumbers masks every phone number in free text with
// MaskPhoneNumber. A phone number is a run of at least seven digits,
// optionally after a '+', that is not part of a word or a number with
// letters (a hex id) and not part of a UUID, so session ids stay readable.
// Masking twice gives the same result as masking once. Text without a
// phone number is returned as it is, without allocating.
func MaskPhoneNumbers(s string) string {
	var b *strings.Builder
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i < len(s); {
		if n := uuidAt(s, i); n > 0 {
			i += n
			continue
		}
		start, end := phoneAt(s, i)
		if end == 0 {
			i++
			continue
		}
		if b == nil {
			b = &strings.Builder{}
			b.Grow(len(s))
		}
		b.WriteString(s[last:start])
		b.WriteString(MaskPhoneNumber(s[start:end]))
		last, i = end, end
	}
	if b == nil {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// phoneAt reports the phone number starting at s[i], if one does: its
// bounds, or end 0.
func phoneAt(s string, i int) (start, end int) {
	start = i
	if i > 0 && isWordByte(s[i-1]) {
		return 0, 0
	}
	j := i
	if s[j] == '+' {
		j++
	}
	k := j
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-j < minPhoneDigits || (k < len(s) && isWordByte(s[k])) {
		return 0, 0
	}
	return start, k
}

// uuidAt returns the length of a UUID (8-4-4-4-12 hex digits) that starts
// a word at s[i], or 0.
func uuidAt(s string, i int) int {
	const n = 36
	if i > 0 && isWordByte(s[i-1]) || len(s)-i < n {
		return 0
	}
	for k := 0; k < n; k++ {
		c := s[i+k]
		switch k {
		case 8, 13, 18, 23:
			if c != '-' {
				return 0
			}
		default:
			if !isHex(c) {
				return 0
			}
		}
	}
	if len(s)-i > n && isWordByte(s[i+n]) {
		return 0
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// isWordByte reports whether c continues a word or an identifier, so that
// a digit run next to it is part of something else than a phone number.
func isWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}
