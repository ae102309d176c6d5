package nlu

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// DefaultThreshold is the confidence below which Match reports no intent,
// when Config.Threshold is zero.
const DefaultThreshold = 0.6

// Config configures an Engine. The zero value of every field but Models is
// a sensible default.
type Config struct {
	// Models are the compiled models, at most one per locale.
	Models []*Model
	// Threshold is the confidence (0–1] a match needs to count; zero means
	// DefaultThreshold.
	Threshold float64
	// Keywords are exact phrases checked before the models.
	Keywords KeywordMap
	// Now is the clock for relative dates; nil means time.Now.
	Now func() time.Time
}

// Engine matches texts against the models of several locales. It is
// immutable and safe for concurrent use.
type Engine struct {
	models    map[string]*Model
	byLang    map[string]*Model
	keywords  map[string]keywords
	threshold float64
	now       func() time.Time
}

// New builds an Engine. It fails on a nil model, two models for one
// locale, a threshold outside [0, 1] or an empty keyword.
func New(cfg Config) (*Engine, error) {
	e := &Engine{
		models:    map[string]*Model{},
		byLang:    map[string]*Model{},
		keywords:  map[string]keywords{},
		threshold: cfg.Threshold,
		now:       cfg.Now,
	}
	if e.threshold == 0 {
		e.threshold = DefaultThreshold
	}
	if e.threshold < 0 || e.threshold > 1 {
		return nil, fmt.Errorf("nlu: %w: threshold %v is not within [0, 1]", ErrInvalidConfig, cfg.Threshold)
	}
	if e.now == nil {
		e.now = time.Now
	}
	for i, m := range cfg.Models {
		if m == nil {
			return nil, fmt.Errorf("nlu: %w: model %d is nil", ErrInvalidConfig, i)
		}
		key := strings.ToLower(m.locale)
		if _, dup := e.models[key]; dup {
			return nil, fmt.Errorf("nlu: %w: two models for locale %s", ErrInvalidConfig, m.locale)
		}
		e.models[key] = m
		if _, ok := e.byLang[m.lang.code]; !ok {
			e.byLang[m.lang.code] = m
		}
	}
	for key, kw := range cfg.Keywords {
		c, err := compileKeywords(key, kw)
		if err != nil {
			return nil, err
		}
		e.keywords[strings.ToLower(key)] = c
	}
	return e, nil
}

// Threshold returns the confidence a match needs.
func (e *Engine) Threshold() float64 { return e.threshold }

// model returns the model for a locale, or for its language ("de-AT" uses
// the "de-DE" model if there is no "de-AT" one).
func (e *Engine) model(locale string) (*Model, bool) {
	if m, ok := e.models[strings.ToLower(locale)]; ok {
		return m, true
	}
	m, ok := e.byLang[langCode(locale)]
	return m, ok
}

// Match understands text, said in locale: first by the keywords, then by
// the model of the locale. A result below the threshold has no Intent. It
// fails only for a locale without model or keywords, or for invalid
// dynamic entities.
func (e *Engine) Match(locale, text string, opts MatchOptions) (Result, error) {
	m, hasModel := e.model(locale)
	inScope := scope(opts.Intents)
	if intent, ok := e.keyword(locale, text); ok && (inScope == nil || inScope[intent]) {
		return Result{Intent: intent, Confidence: 1, Keyword: true}, nil
	}
	if !hasModel {
		if e.hasKeywords(locale) {
			return Result{}, nil
		}
		return Result{}, fmt.Errorf("nlu: %w: %q", ErrUnknownLocale, locale)
	}
	dyn, err := m.dynamicSets(opts.DynamicEntities)
	if err != nil {
		return Result{}, err
	}
	var allowed []bool
	types := m.allTypes
	if inScope != nil {
		allowed = make([]bool, len(m.intents))
		for i, name := range m.intents {
			allowed[i] = inScope[name]
		}
		types = m.typesOf(allowed)
	}
	now := opts.Now
	if now.IsZero() {
		now = e.now()
	}
	in := m.analyze(text, types, dyn, now)
	best, ok := m.match(in, allowed)
	if !ok {
		return Result{}, nil
	}
	res := Result{Confidence: math.Round(best.score*1e4) / 1e4}
	if best.score < e.threshold {
		return res, nil
	}
	res.Intent = m.intents[m.phrases[best.phrase].intent]
	if len(best.slots) > 0 {
		res.Entities = make(map[string]Entity, len(best.slots))
		for _, f := range best.slots {
			res.Entities[f.slot] = Entity{Value: in.t.said(f.sp.start, f.sp.end), Resolved: f.sp.resolved, ID: f.sp.id}
		}
	}
	return res, nil
}

// scope turns an intent list into a set; nil for no restriction.
func scope(intents []string) map[string]bool {
	if len(intents) == 0 {
		return nil
	}
	s := make(map[string]bool, len(intents))
	for _, i := range intents {
		s[i] = true
	}
	return s
}

// hasKeywords tells whether keywords exist for the locale or its language.
func (e *Engine) hasKeywords(locale string) bool {
	_, a := e.keywords[strings.ToLower(locale)]
	_, b := e.keywords[langCode(locale)]
	return a || b
}
