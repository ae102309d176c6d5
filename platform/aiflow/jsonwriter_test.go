package aiflow

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAppendJSONString(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{"", `""`},
		{"plain", `"plain"`},
		{`q"b\`, `"q\"b\\"`},
		{"\n\r\t\x00\x1f", `"\n\r\t\u0000\u001f"`},
		{"<speak>&</speak>", `"<speak>&</speak>"`},
		{"grüße 😀", `"grüße 😀"`},
		{"bad \xff byte", `"bad \ufffd byte"`},
		{"cut \xe2\x82", `"cut \ufffd\ufffd"`},
		{"line\u2028para\u2029", `"line\u2028para\u2029"`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := appendJSONString(nil, tt.give)
			assert.Equal(t, tt.want, string(got))
			var back string
			require.NoError(t, json.Unmarshal(got, &back), "valid JSON")
			std, err := json.Marshal(tt.give)
			require.NoError(t, err)
			var stdBack string
			require.NoError(t, json.Unmarshal(std, &stdBack))
			assert.Equal(t, stdBack, back, "same string as encoding/json")
		})
	}
}

func TestAppendJSONFloat(t *testing.T) {
	tests := []struct {
		give float64
		want string
	}{
		{0, "0"}, {8, "8"}, {0.3, "0.3"}, {0.8, "0.8"}, {1.25, "1.25"}, {-2, "-2"},
		{1e-7, "1e-7"}, {1e21, "1e+21"}, {123456789, "123456789"}, {math.SmallestNonzeroFloat64, "5e-324"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := string(appendJSONFloat(nil, tt.give))
			assert.Equal(t, tt.want, got)
			std, err := json.Marshal(tt.give)
			require.NoError(t, err)
			assert.Equal(t, string(std), got, "same as encoding/json")
		})
	}
}
