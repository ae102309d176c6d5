package output

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzTemplateJSON checks that decoding any JSON either fails cleanly or
// gives a template that encodes, decodes to itself after one round, and
// survives validation, normalization and merging without panicking.
func FuzzTemplateJSON(f *testing.F) {
	for _, seed := range []string{
		jovoTemplate,
		`{"message":"Hi"}`,
		`{"message":["a",["b"],{"speech":"c","variants":["d"]}],"reprompt":null}`,
		`{"listen":true}`, `{"listen":{"open":false,"intents":[]}}`, `{"listen":{"entities":{}}}`,
		`{"platforms":{"aiflow":{"card":null,"remove":["x"],"nativeResponse":{"a":[1,{"b":null}]}}}}`,
		`{"platforms":{"a":null,"b":{"platforms":{"c":{}}}}}`,
		`{"quickReplies":[{"text":"a","entities":{"k":"v"}}],"carousel":{"items":[]}}`,
		`[]`, `null`, `"x"`, `{"message":1}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var first Template
		if json.Unmarshal(data, &first) != nil {
			return
		}
		b1, err := json.Marshal(first)
		require.NoError(t, err)
		var second Template
		require.NoError(t, json.Unmarshal(b1, &second), "re-decoding %s", b1)
		b2, err := json.Marshal(second)
		require.NoError(t, err)
		assert.JSONEq(t, string(b1), string(b2))

		_ = Validate(second)
		for name := range second.Platforms {
			if n, err := Normalize(second, name, fixedRand(7)); err == nil {
				_ = Merge([]Template{n, n})
			}
		}
	})
}
