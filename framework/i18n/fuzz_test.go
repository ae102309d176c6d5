package i18n_test

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/i18n"
)

// FuzzLoadFS feeds arbitrary bytes as a resource file. Either LoadFS
// rejects them as malformed, or New accepts what LoadFS accepted and
// lookups on it neither panic nor fail.
func FuzzLoadFS(f *testing.F) {
	seeds := []string{
		`{"translation": {"hello": "Hello, {{name}}!"}}`,
		`{"translation": {"a": {"b": ["x", "y {{ n }}"]}, "c_one": "1", "c_other": "{{count}}"}, "aiflow": {"translation": {"a.b": "z"}}}`,
		`{"translation": {"x": "{{"}}`,
		`{"translation": {"x": 1}}`,
		`{"translation": []}`,
		`{"hello": "x"}`,
		`{} {}`,
		`[]`,
		``,
		`{"translation": {"a.b": "x", "a": {"b": "y"}}}`,
		`{"translation": {"k_other": "x", "k_plural": "y"}}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := i18n.LoadFS(fstest.MapFS{"en.json": &fstest.MapFile{Data: data}}, ".")
		if err != nil {
			require.ErrorIs(t, err, i18n.ErrMalformed)
			return
		}
		tr, err := i18n.New(i18n.Options{Resources: res, FallbackLocale: "en", Rand: fixedRand(1)})
		require.NoError(t, err, "LoadFS accepted what New rejects")
		vars := map[string]any{"name": "Ada", "count": 2}
		for _, key := range []string{"hello", "a.b", "c", "x", "translation"} {
			got, ok := tr.Lookup("en-US", "aiflow", key, vars)
			if !ok {
				require.Empty(t, got)
				require.Equal(t, key, tr.Translate("en-US", "aiflow", key, vars))
			}
		}
	})
}
