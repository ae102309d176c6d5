package aiflow

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"
)

// HeaderAPIToken is the header that carries the flow's shared secret on
// webhook requests and WebSocket upgrades.
const HeaderAPIToken = "X-API-TOKEN"

// canonicalAPIToken is HeaderAPIToken as net/http stores it. Looking up
// the canonical form spares http.Header.Get an allocation per request to
// canonicalise the key.
const canonicalAPIToken = "X-Api-Token"

// The errors of TokenChecker.Check. Neither ever contains a token.
var (
	// ErrMissingToken: a token is configured but the request has no
	// X-API-TOKEN header (or an empty one).
	ErrMissingToken = errors.New("aiflow: missing " + HeaderAPIToken + " header")
	// ErrWrongToken: the request's X-API-TOKEN matches no configured token.
	ErrWrongToken = errors.New("aiflow: wrong " + HeaderAPIToken)
)

// TokenChecker checks the X-API-TOKEN header against the tokens of the
// flow. Several tokens allow rotation: configure old and new, switch the
// flow, drop the old one. With no token, auth is off and every request
// passes: the service only sends the header when the flow has a secret.
//
// It keeps SHA-256 digests, not the tokens, and compares digests in
// constant time, so neither the content nor the length of a token leaks
// through timing. A TokenChecker is safe for concurrent use.
type TokenChecker struct {
	digests [][sha256.Size]byte
}

// NewTokenChecker returns a checker for tokens. Empty strings are skipped,
// so NewTokenChecker(os.Getenv("AIFLOW_TOKEN")) turns auth off when the
// variable is unset; check Enabled to log that.
func NewTokenChecker(tokens ...string) *TokenChecker {
	c := &TokenChecker{}
	for _, t := range tokens {
		if t != "" {
			c.digests = append(c.digests, sha256.Sum256([]byte(t)))
		}
	}
	return c
}

// Enabled reports whether any token is configured.
func (c *TokenChecker) Enabled() bool {
	return c != nil && len(c.digests) > 0
}

// Check returns nil when auth is off or h carries a configured token, and
// ErrMissingToken or ErrWrongToken otherwise. The header name is matched
// case-insensitively, also in headers built by hand.
func (c *TokenChecker) Check(h http.Header) error {
	if !c.Enabled() {
		return nil
	}
	got := headerValue(h, canonicalAPIToken)
	if got == "" {
		return ErrMissingToken
	}
	d := sha256.Sum256([]byte(got))
	match := 0
	for i := range c.digests {
		// No early exit: the time taken does not say which token matched.
		match |= subtle.ConstantTimeCompare(d[:], c.digests[i][:])
	}
	if match != 1 {
		return ErrWrongToken
	}
	return nil
}

// headerValue returns the first value of key in h. net/http canonicalises
// header names; a map written by hand may not be, so fall back to a
// case-insensitive search.
func headerValue(h http.Header, key string) string {
	if v := h.Get(key); v != "" {
		return v
	}
	for k, vs := range h {
		if strings.EqualFold(k, key) && len(vs) > 0 && vs[0] != "" {
			return vs[0]
		}
	}
	return ""
}
