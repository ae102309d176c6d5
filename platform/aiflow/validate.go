package aiflow

import (
	"math"
	"strings"
)

// checkSessionID is the rule every action shares.
func checkSessionID(a ActionType, id string) error {
	if id == "" {
		return actionError(a, "session_id", "required")
	}
	return nil
}

// blank reports whether s has nothing but white space.
func blank(s string) bool {
	return strings.TrimSpace(s) == ""
}

// finite reports whether f is neither NaN nor infinite.
func finite(f float64) bool {
	return !math.IsNaN(f) && !math.IsInf(f, 0)
}

// IsE164 reports whether s is a phone number in the form transfer and
// send_sms accept: an optional +, then 2–15 digits, the first not 0. A
// withheld caller ("anonymous") or a national number ("015112345678") is
// not.
func IsE164(s string) bool {
	s = strings.TrimPrefix(s, "+")
	if len(s) < 2 || len(s) > 15 || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// wireNumber is the form of a phone number the service prefers: E.164
// without the leading +.
func wireNumber(s string) string {
	return strings.TrimPrefix(s, "+")
}

// validBase64 reports whether s is non-empty standard base64 with padding
// (RFC 4648 section 4), without white space. It checks the shape without
// decoding, so validating a large audio clip allocates nothing.
func validBase64(s string) bool {
	n := len(s)
	if n == 0 || n%4 != 0 {
		return false
	}
	pad := 0
	if s[n-1] == '=' {
		pad++
		if s[n-2] == '=' {
			pad++
		}
	}
	for i := 0; i < n-pad; i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
			return false
		}
	}
	return true
}

// validLanguageTag reports whether s has the shape of a BCP-47 tag: a
// primary language of 2–3 letters, then subtags of 1–8 letters or digits,
// separated by hyphens ("de", "en-US", "zh-Hans-CN"). It does not check
// the registry.
func validLanguageTag(s string) bool {
	if len(s) > 35 {
		return false
	}
	for i := 0; ; i++ {
		sub, rest, more := strings.Cut(s, "-")
		if len(sub) < 1 || len(sub) > 8 || i == 0 && (len(sub) < 2 || len(sub) > 3) {
			return false
		}
		for j := 0; j < len(sub); j++ {
			c := sub[j]
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
			if !letter && (i == 0 || c < '0' || c > '9') {
				return false
			}
		}
		if !more {
			return true
		}
		s = rest
	}
}
