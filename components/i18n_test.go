package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/i18n"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

func translatedSuite(t *testing.T, locale string, tr framework.Translator, root framework.Component) *testsuite.Suite {
	t.Helper()
	a := framework.New(framework.Config{Locale: locale, I18n: tr, Components: []framework.Component{root}})
	return testsuite.New(t, a, testsuite.WithPlatform(aiflow.New(aiflow.Config{})))
}

func TestTextsFromTranslator(t *testing.T) {
	tr, err := i18n.New(i18n.Options{Resources: i18n.Resources{
		"en": {"translation": map[string]any{
			"components":     map[string]any{"YesNo": map[string]any{"prompt": "Is that okay?"}},
			"confirmAddress": "Should I send it to {{street}}?",
		}},
		"de": {"translation": map[string]any{
			"components": map[string]any{"YesNo": map[string]any{"unclear": "Wie bitte?"}},
		}},
	}})
	require.NoError(t, err)

	t.Run("component key", func(t *testing.T) {
		s := translatedSuite(t, "en-US", tr, yesNoApp(nil))
		assert.Equal(t, "Is that okay?", said(t, s.Run(aiflow.NewCall("c1").Start())))
	})
	t.Run("config names a key", func(t *testing.T) {
		cfg := components.YesNoConfig{Settings: components.Settings{
			Texts: components.Texts{"prompt": "confirmAddress"}, Vars: map[string]any{"street": "Main Street 1"},
		}}.Map()
		s := translatedSuite(t, "en-US", tr, yesNoApp(cfg))
		assert.Equal(t, "Should I send it to Main Street 1?", said(t, s.Run(aiflow.NewCall("c1").Start())))
	})
	t.Run("missing keys fall back to the defaults", func(t *testing.T) {
		s := translatedSuite(t, "de-DE", tr, yesNoApp(nil))
		call := aiflow.NewCall("c1")
		assert.Equal(t, "Ist das richtig?", said(t, s.Run(call.Start())))
		assert.Equal(t, "Wie bitte? Bitte sagen Sie ja oder nein, oder drücken Sie die 1 für ja und die 2 für nein.",
			said(t, s.Run(call.Say("hä"))))
	})
}

// plainTranslator knows one key and returns other keys unchanged, like
// i18next; it has no Lookup.
type plainTranslator struct{}

func (plainTranslator) Translate(_, _, key string, _ map[string]any) string {
	if key == "components.YesNo.prompt" {
		return "Right?"
	}
	return key
}

func TestTextsFromPlainTranslator(t *testing.T) {
	s := translatedSuite(t, "en-US", plainTranslator{}, yesNoApp(nil))
	call := aiflow.NewCall("c1")
	assert.Equal(t, "Right?", said(t, s.Run(call.Start())))
	assert.Equal(t, "Sorry, I didn't get that. Please say yes or no, or press 1 for yes and 2 for no.", said(t, s.Run(call.Say("hm"))))
}

func TestTextsOtherLocaleIsEnglish(t *testing.T) {
	s := newSuite(t, "fr-FR", yesNoApp(nil))
	assert.Equal(t, "Is that correct?", said(t, s.Run(aiflow.NewCall("c1").Start())))
}

func TestTextsSSML(t *testing.T) {
	cfg := components.YesNoConfig{Settings: components.Settings{Texts: components.Texts{
		"prompt": `<speak>Is <emphasis>that</emphasis> correct?</speak>`,
	}}}.Map()
	s := newSuite(t, "en-US", yesNoApp(cfg))
	call := aiflow.NewCall("c1")
	sp := speakOf(t, s.Run(call.Start()))
	assert.Equal(t, `<speak>Is <emphasis>that</emphasis> correct?</speak>`, sp.SSML)
	assert.Empty(t, sp.Text)
	res := s.Run(call.Timeout())
	assert.Len(t, actions(t, res), 3, "plain, SSML and plain again: three speaks")
	assert.Contains(t, string(res.Body), `"ssml":"<speak>I didn't hear anything. Is <emphasis>that</emphasis> correct? Please say yes or no`,
		"merged into one utterance on the wire")
}
