package i18n

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompileTemplate(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		want    []part
		wantErr string
	}{
		{"plain", "Hello!", nil, ""},
		{"single braces are text", "a {b} c", nil, ""},
		{"closing braces alone are text", "a }} b", nil, ""},
		{"one variable", "Hi {{name}}!", []part{{lit: "Hi ", name: "name"}, {lit: "!"}}, ""},
		{"spaces", "{{ name }}", []part{{name: "name"}, {}}, ""},
		{"unescape marker", "{{- name}}", []part{{name: "name"}, {}}, ""},
		{"format ignored", "{{ price , currency(EUR) }}", []part{{name: "price"}, {}}, ""},
		{"dotted", "{{a.b.c}}", []part{{name: "a.b.c", path: []string{"a", "b", "c"}}, {}}, ""},
		{"adjacent", "{{a}}{{b}}", []part{{name: "a"}, {name: "b"}, {}}, ""},
		{"unclosed", "a {{b", nil, `unclosed {{ at byte 2 of "a {{b"`},
		{"unclosed after a variable", "{{a}} {{", nil, "unclosed {{ at byte 6"},
		{"empty", "{{}}", nil, "empty variable name {{}} at byte 0"},
		{"only format", "{{, x}}", nil, "empty variable name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := compileTemplate(tt.give)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.give, got.raw)
			assert.Equal(t, tt.want, got.parts)
		})
	}
}

// FuzzCompileTemplate checks the template parser: it never panics, only
// "{{" can make it fail, text without "{{" is kept whole, and rendering
// without variables gives exactly the literal parts.
func FuzzCompileTemplate(f *testing.F) {
	for _, s := range []string{"", "Hi {{name}}!", "{{", "}}{{a}}", "{{ a , b }}", "{{-x}}{{y.z}}", "{{}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := compileTemplate(s)
		if err != nil {
			require.Contains(t, s, "{{")
			return
		}
		if !strings.Contains(s, "{{") {
			require.Nil(t, tm.parts)
			require.Equal(t, s, tm.render(nil))
			return
		}
		var lits int
		for _, p := range tm.parts {
			lits += len(p.lit)
		}
		require.LessOrEqual(t, lits, len(s))
		require.Equal(t, lits, len(tm.render(nil)), "absent variables render empty")
	})
}
