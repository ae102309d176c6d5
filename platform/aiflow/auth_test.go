package aiflow

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokenChecker(t *testing.T) {
	header := func(kv ...string) http.Header {
		h := http.Header{}
		for i := 0; i < len(kv); i += 2 {
			h.Set(kv[i], kv[i+1])
		}
		return h
	}
	tests := []struct {
		name    string
		tokens  []string
		give    http.Header
		wantErr error
	}{
		{"no token configured lets everything in", nil, header(), nil},
		{"empty tokens are skipped", []string{"", ""}, header(), nil},
		{"right token", []string{"secret"}, header("X-API-TOKEN", "secret"), nil},
		{"header name in any case", []string{"secret"}, header("x-api-token", "secret"), nil},
		{"non-canonical map key", []string{"secret"}, http.Header{"X-API-TOKEN": {"secret"}}, nil},
		{"old token during rotation", []string{"new", "old"}, header("X-API-TOKEN", "old"), nil},
		{"new token during rotation", []string{"new", "old"}, header("X-API-TOKEN", "new"), nil},
		{"missing header", []string{"secret"}, header(), ErrMissingToken},
		{"empty header", []string{"secret"}, http.Header{"X-Api-Token": {""}}, ErrMissingToken},
		{"wrong token", []string{"secret"}, header("X-API-TOKEN", "guess"), ErrWrongToken},
		{"prefix of the token", []string{"secret"}, header("X-API-TOKEN", "secre"), ErrWrongToken},
		{"token with a suffix", []string{"secret"}, header("X-API-TOKEN", "secret "), ErrWrongToken},
		{"token in another header", []string{"secret"}, header("X-API-Key", "secret"), ErrMissingToken},
		{"case matters in the value", []string{"secret"}, header("X-API-TOKEN", "SECRET"), ErrWrongToken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewTokenChecker(tt.tokens...)
			err := c.Check(tt.give)
			if tt.wantErr == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tt.wantErr)
			for _, tok := range tt.tokens {
				if tok != "" {
					assert.NotContains(t, err.Error(), tok, "never leak a token")
				}
			}
			if v := headerValue(tt.give, HeaderAPIToken); v != "" {
				assert.NotContains(t, err.Error(), v, "never echo the header")
			}
		})
	}
}

func TestTokenCheckerEnabled(t *testing.T) {
	assert.False(t, NewTokenChecker().Enabled())
	assert.False(t, NewTokenChecker("").Enabled())
	assert.True(t, NewTokenChecker("", "x").Enabled())
	var nilChecker *TokenChecker
	assert.False(t, nilChecker.Enabled())
	assert.NoError(t, nilChecker.Check(http.Header{}), "a nil checker is auth off")
}

func TestCanonicalAPIToken(t *testing.T) {
	assert.Equal(t, http.CanonicalHeaderKey(HeaderAPIToken), canonicalAPIToken)
}
