package nlu

import (
	"slices"

	"github.com/jovo-go/jovo/framework"
)

// KeywordPlugin is Jovo's KeywordNluPlugin: exact phrases per locale or
// language mapped to intents, checked on before.interpretation.nlu. A hit
// sets the intent with confidence 1 and Result.Keyword, so the NLU Plugin
// that runs next skips the input and its Service is not asked. Phrases
// and texts are compared normalized, as KeywordMap describes; a hit on an
// intent outside the turn's scope (ListenIntentsKey) is ignored.
//
// It is meant for a Plugin whose Service is slow or costs money; the
// embedded Engine checks Config.Keywords itself.
type KeywordPlugin struct {
	name  string
	kw    *Engine
	types []framework.InputType
}

// NewKeywordPlugin returns a keyword shortcut for keywords (locale or
// language → phrase → intent). It fails, with ErrInvalidConfig, on a
// phrase that is empty after normalization or that maps to two intents.
func NewKeywordPlugin(keywords KeywordMap, opts PluginOptions) (*KeywordPlugin, error) {
	e, err := New(Config{Keywords: keywords})
	if err != nil {
		return nil, err
	}
	k := &KeywordPlugin{name: opts.Name, kw: e, types: slices.Clone(opts.InputTypes)}
	if k.name == "" {
		k.name = defaultKeywordName
	}
	if len(k.types) == 0 {
		k.types = defaultInputTypes()
	}
	return k, nil
}

// Name implements framework.Plugin.
func (k *KeywordPlugin) Name() string { return k.name }

// Install hooks before.interpretation.nlu.
func (k *KeywordPlugin) Install(r *framework.Registrar) error {
	r.Hook(framework.Before(framework.PhaseInterpretationNLU), k.interpret)
	return nil
}

func (k *KeywordPlugin) interpret(c *framework.Context, _ any) error {
	if !wants(c, k.types) {
		return nil
	}
	intent, ok := k.kw.keyword(c.LocaleOrDefault(), c.Input.Text)
	if !ok {
		return nil
	}
	if scope := stringsOf(c.Session.Data[ListenIntentsKey]); len(scope) > 0 && !slices.Contains(scope, intent) {
		return nil
	}
	apply(c, Result{Intent: intent, Confidence: 1, Keyword: true})
	return nil
}
