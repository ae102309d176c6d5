package nlu

import (
	"fmt"
	"slices"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

const (
	defaultPluginName  = "nlu"
	defaultKeywordName = "keyword-nlu"
)

// PluginOptions configure a Plugin or a KeywordPlugin.
type PluginOptions struct {
	// Name is the plugin's name; "nlu" (Plugin) or "keyword-nlu"
	// (KeywordPlugin) when empty. Two plugins of one app need two names.
	Name string
	// InputTypes are the input types the plugin interprets (Jovo's
	// input.supportedTypes); TEXT, TRANSCRIBED_SPEECH and SPEECH when
	// empty. Add aiflow.InputUserBargeIn to understand what a caller said
	// while interrupting.
	InputTypes []framework.InputType
}

// defaultInputTypes are the types of Jovo's NluPlugin.
func defaultInputTypes() []framework.InputType {
	return []framework.InputType{framework.InputText, framework.InputTranscribedSpeech, framework.InputSpeech}
}

// Plugin runs a Service on the interpretation.nlu phase (Jovo's
// NluPlugin). For an input of a supported type that has a text and no
// intent yet, it asks the Service and sets Input.Intent, Input.Entities
// and Input.NLU (intent, entities, confidence, native result). It asks in
// the effective locale (Context.LocaleOrDefault), with the request's
// context.Context, and dates relative to the app's clock. A Service error
// is logged and the turn goes on without an intent.
//
// After the response (after.response.output) it keeps listen.intents of
// the output in the session for the next turn only (intent scoping,
// ListenIntentsKey) and listen.entities until they are cleared (dynamic
// entities, ListenEntitiesKey); both are passed to the Service in
// MatchOptions.
//
// Use it app-wide (Config.Plugins) or nested under a platform
// (aiflow.New(cfg, nlu.NewPlugin(engine, nlu.PluginOptions{}))), where it
// runs for that platform's requests only. The router applies the intent
// map after it, so Input.NLU.Intent keeps the intent the Service
// recognized.
type Plugin struct {
	name  string
	svc   Service
	types []framework.InputType
}

// NewPlugin returns a plugin for svc: an *Engine, or any other Service.
// A nil svc makes Install fail.
func NewPlugin(svc Service, opts PluginOptions) *Plugin {
	p := &Plugin{name: opts.Name, svc: svc, types: slices.Clone(opts.InputTypes)}
	if p.name == "" {
		p.name = defaultPluginName
	}
	if len(p.types) == 0 {
		p.types = defaultInputTypes()
	}
	return p
}

// Name implements framework.Plugin.
func (p *Plugin) Name() string { return p.name }

// Install registers the NLU hook and the hook that remembers listen
// intents and entities. It fails without a Service.
func (p *Plugin) Install(r *framework.Registrar) error {
	if p.svc == nil {
		return fmt.Errorf("nlu: %w: plugin %q has no service", ErrInvalidConfig, p.name)
	}
	r.Hook(framework.PhaseInterpretationNLU, p.interpret)
	r.Hook(framework.After(framework.PhaseResponseOutput), rememberListen)
	return nil
}

// interpret asks the Service about the input's text.
func (p *Plugin) interpret(c *framework.Context, _ any) error {
	if !wants(c, p.types) {
		return nil
	}
	locale := c.LocaleOrDefault()
	opts := turnOptions(c)
	res, err := p.svc.Understand(c.Context(), locale, c.Input.Text, opts)
	if err != nil {
		c.Logger().Warn("nlu: the service failed; the turn goes on without an intent",
			zap.String("plugin", p.name), zap.String("locale", locale), zap.Error(err))
		return nil
	}
	apply(c, res)
	if ce := c.Logger().Check(zap.DebugLevel, "nlu"); ce != nil {
		ce.Write(zap.String("plugin", p.name), zap.String("locale", locale), zap.String("intent", res.Intent),
			zap.Float64("confidence", res.Confidence), zap.Int("entities", len(res.Entities)),
			zap.Strings("scope", opts.Intents), zap.Bool("keyword", res.Keyword))
	}
	return nil
}

// wants tells whether an NLU should look at the input: it has a text, no
// intent yet (a keyword hit or the platform set one) and a supported type.
func wants(c *framework.Context, types []framework.InputType) bool {
	return c.Input.Text != "" && c.Input.IntentName() == "" && slices.Contains(types, c.Input.Type)
}

// apply writes a result onto the input. Without an intent only Input.NLU
// changes, so the confidence of a miss can still be read.
func apply(c *framework.Context, res Result) {
	var native any = res
	if res.Native != nil {
		native = res.Native
	}
	c.Input.NLU = framework.NLU{Intent: res.Intent, Confidence: res.Confidence, Native: native}
	if res.Intent == "" {
		return
	}
	c.Input.Intent = res.Intent
	c.Input.Entities = nil
	if len(res.Entities) > 0 {
		em := make(framework.EntityMap, len(res.Entities))
		for k, e := range res.Entities {
			em[k] = framework.Entity{ID: e.ID, Value: e.Value, Resolved: e.Resolved}
		}
		c.Input.Entities = em
		c.Input.NLU.Entities = em
	}
}
