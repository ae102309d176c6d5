package i18n_test

import (
	"encoding/json"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework/i18n"
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"locales/en.json": file(`{
			"translation": {"hello": "Hello!", "bye": ["Bye!", "Ciao!"], "menu": {"greeting": "Menu"}},
			"aiflow": {"translation": {"hello": "Hello, caller!"}}
		}`),
		"locales/de-DE.json":      file(`{"translation": {"hello": "Hallo!"}}`),
		"locales/README.md":       file(`not a resource`),
		"locales/nested/fr.json":  file(`{"translation": {"hello": "Bonjour"}}`),
		"locales/broken.json.bak": file(`{`),
	}
	res, err := i18n.LoadFS(fsys, "locales")
	require.NoError(t, err)
	assert.Len(t, res, 2)

	tr, err := i18n.New(i18n.Options{Resources: res, FallbackLocale: "en", Rand: fixedRand(1)})
	require.NoError(t, err)
	runCalls(t, tr, []translateCase{
		{"locale from file name", call{"de-DE", "", "hello", nil}, "Hallo!"},
		{"language of a region file is not invented", call{"de", "", "hello", nil}, "Hello!"},
		{"platform block from JSON", call{"en", "aiflow", "hello", nil}, "Hello, caller!"},
		{"array from JSON", call{"en", "", "bye", nil}, "Ciao!"},
		{"nested from JSON", call{"en", "", "menu.greeting", nil}, "Menu"},
		{"subdirectory ignored", call{"fr", "", "hello", nil}, "Hello!"},
	})
}

func TestLoadFSAddGoLocale(t *testing.T) {
	res, err := i18n.LoadFS(fstest.MapFS{"en.json": file(`{"translation": {"hello": "Hello!"}}`)}, ".")
	require.NoError(t, err)
	res["it"] = map[string]any{"translation": map[string]any{"hello": "Ciao!"}}
	tr, err := i18n.New(i18n.Options{Resources: res})
	require.NoError(t, err)
	assert.Equal(t, "Ciao!", tr.Translate("it", "", "hello", nil))
	assert.Equal(t, "Hello!", tr.Translate("en", "", "hello", nil))
}

func TestLoadFSErrors(t *testing.T) {
	tests := []struct {
		name      string
		give      string // content of dir/de.json
		wantPath  string
		wantMsg   string
		wantCause any
	}{
		{"syntax error", `{"translation": {"hello": "Hallo!",}}`, "",
			`i18n: locale "de" (dir/de.json): invalid JSON: invalid character '}'`, new(*json.SyntaxError)},
		{"truncated", `{"translation": {"hello": "Hallo!"`, "",
			`invalid JSON: unexpected EOF`, nil},
		{"trailing data", `{"translation": {}} {"x": 1}`, "",
			`data after the resource object`, nil},
		{"trailing garbage", `{"translation": {}} }`, "",
			`data after the resource object`, nil},
		{"empty file", ``, "", `empty file; want a JSON object`, nil},
		{"only whitespace", " \n\t", "", `empty file; want a JSON object`, nil},
		{"array at top", `["Hallo"]`, "", `file holds an array; want a JSON object like {"translation": {...}}`, nil},
		{"null at top", `null`, "", `file holds null`, nil},
		{"number value", `{"translation": {"n": 1.5}}`, "translation.n",
			`i18n: locale "de" (dir/de.json) at translation.n: value is a number`, nil},
		{"key outside translation", `{"hello": "Hallo!"}`, "hello",
			`keys belong under "translation"`, nil},
		{"bad template", `{"translation": {"hi": ["Hi", "Hi {{name"]}}`, "translation.hi[1]",
			`unclosed {{`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := i18n.LoadFS(fstest.MapFS{"dir/de.json": file(tt.give)}, "dir")
			require.Error(t, err)
			assert.ErrorIs(t, err, i18n.ErrMalformed)
			var re *i18n.ResourceError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, "de", re.Locale)
			assert.Equal(t, "dir/de.json", re.File)
			assert.Equal(t, tt.wantPath, re.Path)
			assert.Contains(t, err.Error(), tt.wantMsg)
			if tt.wantCause != nil {
				assert.ErrorAs(t, err, tt.wantCause)
			}
		})
	}
}

func TestLoadFSDirectoryErrors(t *testing.T) {
	t.Run("missing directory", func(t *testing.T) {
		_, err := i18n.LoadFS(fstest.MapFS{}, "locales")
		require.ErrorIs(t, err, fs.ErrNotExist)
		assert.Contains(t, err.Error(), `read resource directory "locales"`)
	})
	t.Run("no json files", func(t *testing.T) {
		_, err := i18n.LoadFS(fstest.MapFS{"locales/en.yaml": file("x: y")}, "locales")
		require.ErrorIs(t, err, i18n.ErrNoResources)
		assert.Contains(t, err.Error(), `"locales"`)
	})
	t.Run("ill-formed locale in file name", func(t *testing.T) {
		_, err := i18n.LoadFS(fstest.MapFS{"en US.json": file(`{"translation": {}}`)}, ".")
		require.ErrorIs(t, err, i18n.ErrMalformed)
		assert.Contains(t, err.Error(), `(en US.json)`)
	})
	t.Run("same locale in two files", func(t *testing.T) {
		res, err := i18n.LoadFS(fstest.MapFS{
			"en-US.json": file(`{"translation": {}}`),
			"en_us.json": file(`{"translation": {}}`),
		}, ".")
		require.NoError(t, err, "each file is valid on its own")
		_, err = i18n.New(i18n.Options{Resources: res})
		require.ErrorIs(t, err, i18n.ErrMalformed)
		assert.Contains(t, err.Error(), `same locale as "en-US"`)
	})
}
