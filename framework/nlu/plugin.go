package nlu

import (
	"encoding/json"
	"slices"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
)

// Session data keys of intent scoping and dynamic entities, as Jovo names
// the first one.
const (
	ListenIntentsKey   = "_JOVO_LISTEN_INTENTS_"
	ListenEntitiesKey  = "_JOVO_LISTEN_ENTITIES_"
	defaultPluginName  = "nlu"
	defaultKeywordName = "keyword-nlu"
)

// PluginOptions configure a Plugin.
type PluginOptions struct {
	// Name is the plugin's name; "nlu" when empty.
	Name string
	// InputTypes are the input types the plugin interprets; TEXT,
	// TRANSCRIBED_SPEECH and SPEECH when empty.
	InputTypes []framework.InputType
}

// Plugin runs an Engine on the interpretation.nlu phase (Jovo's
// NluPlugin): for a text input it sets the intent, the entities and the
// confidence. After the response it stores listen.intents (intent scoping
// for the next turn) and listen.entities (dynamic entities for the
// session) in the session. Install it under a platform, or app-wide.
type Plugin struct {
	name   string
	engine *Engine
	types  []framework.InputType
}

// NewPlugin returns a plugin for engine.
func NewPlugin(engine *Engine, opts PluginOptions) *Plugin {
	p := &Plugin{name: opts.Name, engine: engine, types: opts.InputTypes}
	if p.name == "" {
		p.name = defaultPluginName
	}
	if len(p.types) == 0 {
		p.types = []framework.InputType{framework.InputText, framework.InputTranscribedSpeech, framework.InputSpeech}
	}
	return p
}

// Name implements framework.Plugin.
func (p *Plugin) Name() string { return p.name }

// Install registers the NLU and scoping hooks.
func (p *Plugin) Install(r *framework.Registrar) error {
	r.Hook(framework.PhaseInterpretationNLU, p.interpret)
	r.Hook(framework.After(framework.PhaseResponseOutput), p.remember)
	return nil
}

func (p *Plugin) interpret(c *framework.Context, _ any) error {
	if c.Input.Text == "" || c.Input.IntentName() != "" || !slices.Contains(p.types, c.Input.Type) {
		return nil
	}
	opts := MatchOptions{Intents: stringsOf(c.Session.Data[ListenIntentsKey]), Now: c.App().Now()}
	if raw, ok := c.Session.Data[ListenEntitiesKey]; ok {
		var dyn DynamicEntities
		if b, err := json.Marshal(raw); err == nil && json.Unmarshal(b, &dyn) == nil {
			opts.DynamicEntities = &dyn
		}
	}
	res, err := p.engine.Match(c.LocaleOrDefault(), c.Input.Text, opts)
	if err != nil {
		c.Logger().Warn("nlu: no match", zap.String("locale", c.LocaleOrDefault()), zap.Error(err))
		return nil
	}
	apply(c, res)
	return nil
}

// apply writes a match result onto the input.
func apply(c *framework.Context, res Result) {
	c.Input.NLU = framework.NLU{Intent: res.Intent, Confidence: res.Confidence, Native: res}
	if res.Intent == "" {
		return
	}
	c.Input.Intent = res.Intent
	if len(res.Entities) > 0 {
		em := make(framework.EntityMap, len(res.Entities))
		for k, e := range res.Entities {
			em[k] = framework.Entity{ID: e.ID, Value: e.Value, Resolved: e.Resolved}
		}
		c.Input.Entities = em
		c.Input.NLU.Entities = em
	}
}

// remember stores listen.intents and listen.entities of the response.
func (p *Plugin) remember(c *framework.Context, _ any) error {
	if c.Session.Data == nil {
		return nil
	}
	var listen *output.Listen
	for _, t := range c.Output {
		if t.Listen != nil {
			listen = t.Listen
		}
	}
	delete(c.Session.Data, ListenIntentsKey)
	if listen == nil {
		return nil
	}
	if len(listen.Intents) > 0 {
		c.Session.Data[ListenIntentsKey] = slices.Clone(listen.Intents)
	}
	if e := listen.Entities; e != nil {
		switch {
		case e.Mode == output.EntityClear || !listen.Open:
			delete(c.Session.Data, ListenEntitiesKey)
		default:
			var m map[string]any
			if b, err := json.Marshal(e); err == nil && json.Unmarshal(b, &m) == nil {
				c.Session.Data[ListenEntitiesKey] = m
			}
		}
	}
	return nil
}

// stringsOf reads a []string that may have been through JSON ([]any).
func stringsOf(v any) []string {
	switch t := v.(type) {
	case []string:
		return t
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// KeywordPlugin is Jovo's KeywordNluPlugin: exact phrases per locale mapped
// to intents, checked before the NLU; a hit skips the real NLU.
type KeywordPlugin struct {
	name    string
	engine  *Engine
	enabled []framework.InputType
}

// NewKeywordPlugin returns a keyword shortcut for keywords (locale →
// phrase → intent). The name defaults to "keyword-nlu".
func NewKeywordPlugin(name string, keywords KeywordMap) (*KeywordPlugin, error) {
	e, err := New(Config{Keywords: keywords})
	if err != nil {
		return nil, err
	}
	if name == "" {
		name = defaultKeywordName
	}
	return &KeywordPlugin{name: name, engine: e,
		enabled: []framework.InputType{framework.InputText, framework.InputTranscribedSpeech, framework.InputSpeech}}, nil
}

// Name implements framework.Plugin.
func (k *KeywordPlugin) Name() string { return k.name }

// Install hooks before.interpretation.nlu.
func (k *KeywordPlugin) Install(r *framework.Registrar) error {
	r.Hook(framework.Before(framework.PhaseInterpretationNLU), func(c *framework.Context, _ any) error {
		if c.Input.Text == "" || !slices.Contains(k.enabled, c.Input.Type) {
			return nil
		}
		scope := stringsOf(c.Session.Data[ListenIntentsKey])
		if intent, ok := k.engine.keyword(c.LocaleOrDefault(), c.Input.Text); ok && (len(scope) == 0 || slices.Contains(scope, intent)) {
			apply(c, Result{Intent: intent, Confidence: 1, Keyword: true})
		}
		return nil
	})
	return nil
}
