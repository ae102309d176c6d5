package i18n_test

import (
	"testing"

	"github.com/jovo-go/jovo/framework/i18n"
)

func benchI18n(b *testing.B) *i18n.I18n {
	b.Helper()
	tr, err := i18n.New(i18n.Options{Resources: testResources(), FallbackLocale: "en", Rand: fixedRand(1)})
	if err != nil {
		b.Fatal(err)
	}
	return tr
}

func BenchmarkTranslate(b *testing.B) {
	tr := benchI18n(b)
	vars := map[string]any{"name": "Ada", "count": 2}
	benches := []struct {
		name string
		give call
	}{
		{"plain", call{"en", "aiflow", "hello", nil}},
		{"interpolation", call{"de-DE", "aiflow", "welcome", vars}},
		{"plural", call{"de", "", "apple", vars}},
		{"variant", call{"en", "", "bye", vars}},
		{"fallback", call{"de-AT", "aiflow", "onlyEnglish", nil}},
		{"missing", call{"de-AT", "aiflow", "nope", nil}},
	}
	for _, bb := range benches {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = tr.Translate(bb.give.locale, bb.give.platform, bb.give.key, bb.give.vars)
			}
		})
	}
}

func BenchmarkTranslateParallel(b *testing.B) {
	tr := benchI18n(b)
	vars := map[string]any{"name": "Ada"}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			_ = tr.Translate("de-DE", "aiflow", "welcome", vars)
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := i18n.New(i18n.Options{Resources: testResources(), FallbackLocale: "en"}); err != nil {
			b.Fatal(err)
		}
	}
}
