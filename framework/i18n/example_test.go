package i18n_test

import (
	"errors"
	"fmt"
	"testing/fstest"

	"github.com/jovo-go/jovo/framework/i18n"
)

func ExampleNew() {
	tr, err := i18n.New(i18n.Options{
		Resources: i18n.Resources{
			"en": {
				"translation": map[string]any{
					"welcome": "Welcome, {{name}}!",
					"menu":    map[string]any{"greeting": "How can I help?"},
				},
				"aiflow": map[string]any{
					"translation": map[string]any{"menu": map[string]any{"greeting": "How can I help you on the phone?"}},
				},
			},
			"de": {
				"translation": map[string]any{"welcome": "Willkommen, {{ name }}!"},
			},
		},
		FallbackLocale: "en",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tr.Translate("de-DE", "", "welcome", map[string]any{"name": "Ada"}))
	fmt.Println(tr.Translate("de-DE", "", "menu.greeting", nil))
	fmt.Println(tr.Translate("de-DE", "aiflow", "menu.greeting", nil))
	fmt.Println(tr.Translate("de-DE", "", "missing.key", nil))
	// Output:
	// Willkommen, Ada!
	// How can I help?
	// How can I help you on the phone?
	// missing.key
}

func ExampleI18n_Translate_plural() {
	tr, err := i18n.New(i18n.Options{Resources: i18n.Resources{
		"en": {"translation": map[string]any{
			"messages_zero":  "You have no new messages.",
			"messages_one":   "You have one new message.",
			"messages_other": "You have {{count}} new messages.",
		}},
		"de": {"translation": map[string]any{
			"messages_one":   "Sie haben eine neue Nachricht.",
			"messages_other": "Sie haben {{count}} neue Nachrichten.",
		}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range []int{0, 1, 2} {
		fmt.Println(tr.Translate("en", "", "messages", map[string]any{"count": n}))
		fmt.Println(tr.Translate("de", "", "messages", map[string]any{"count": n}))
	}
	// Output:
	// You have no new messages.
	// Sie haben 0 neue Nachrichten.
	// You have one new message.
	// Sie haben eine neue Nachricht.
	// You have 2 new messages.
	// Sie haben 2 neue Nachrichten.
}

// rotation answers 0, 1, 2, … so the example output is fixed. It is only
// used from one goroutine; New guards injected sources with a mutex anyway.
type rotation struct{ next int }

func (r *rotation) IntN(n int) int {
	k := r.next % n
	r.next++
	return k
}

func ExampleI18n_Translate_variants() {
	tr, err := i18n.New(i18n.Options{
		Resources: i18n.Resources{"en": {"translation": map[string]any{
			"bye": []string{"Goodbye!", "See you, {{name}}!", "Talk soon!"},
		}}},
		Rand: &rotation{},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for range 3 {
		fmt.Println(tr.Translate("en", "", "bye", map[string]any{"name": "Ada"}))
	}
	// Output:
	// Goodbye!
	// See you, Ada!
	// Talk soon!
}

func ExampleI18n_Lookup() {
	tr, err := i18n.New(i18n.Options{Resources: i18n.Resources{
		"en": {"translation": map[string]any{"hello": "Hello!"}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Try several keys in turn, like Jovo's $t(["greeting.vip", "hello"]).
	for _, key := range []string{"greeting.vip", "hello"} {
		if text, ok := tr.Lookup("en", "", key, nil); ok {
			fmt.Println(text)
			break
		}
		fmt.Println("missing:", key)
	}
	// Output:
	// missing: greeting.vip
	// Hello!
}

func ExampleLoadFS() {
	// In an app this is an embed.FS or os.DirFS("locales").
	fsys := fstest.MapFS{
		"locales/en.json": {Data: []byte(`{"translation": {"hello": "Hello!"}}`)},
		"locales/de.json": {Data: []byte(`{"translation": {"hello": "Hallo!", "bye": "Tschüss",}}`)},
	}
	_, err := i18n.LoadFS(fsys, "locales")
	fmt.Println(err)
	fmt.Println(errors.Is(err, i18n.ErrMalformed))

	fsys["locales/de.json"] = &fstest.MapFile{Data: []byte(`{"translation": {"hello": "Hallo!"}}`)}
	res, err := i18n.LoadFS(fsys, "locales")
	if err != nil {
		fmt.Println(err)
		return
	}
	tr, err := i18n.New(i18n.Options{Resources: res, FallbackLocale: "en"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tr.Locales())
	fmt.Println(tr.Translate("de-AT", "", "hello", nil))
	// Output:
	// i18n: locale "de" (locales/de.json): invalid JSON: invalid character '}' looking for beginning of object key string
	// true
	// [de en]
	// Hallo!
}
