package nlu

import (
	"fmt"
	"math"
	"sort"
)

// Model is the compiled model of one locale: phrases as token sequences,
// a fuzzy lexicon of their words, an inverted index from words to phrases,
// and the entity types. A Model is immutable and safe for concurrent use.
type Model struct {
	locale  string
	lang    *language
	intents []string
	phrases []phrase
	// byIntent lists the phrases of each intent.
	byIntent [][]int32
	// vocab holds every word of every phrase and the first words of the
	// entity values; idf weighs a word by how few intents use it.
	vocab *lexicon
	idf   []float64
	// postings lists the phrases that use a word, by word id.
	postings [][]int32
	// wordIntents lists the intents that use a word, by word id.
	wordIntents [][]int32
	// slotPostings lists the phrases with a slot of a type, by type key.
	slotPostings map[string][]int32
	// intentTypes lists the entity types each intent uses.
	intentTypes [][]string
	// intentEntities lists the entities each intent declares, by name.
	intentEntities [][]entityDecl
	// allTypes lists the entity types of all intents.
	allTypes []string
	// types holds the custom entity types, by name; typeData their values
	// as declared, for dynamic entities.
	types    map[string]*valueSet
	typeData map[string]EntityType
	// pairs maps the concatenation of two neighbouring phrase words to
	// them, to split a word speech-to-text joined ("kundennummer").
	pairs map[string][2]string
	// slotWeight is the weight of a slot; oovWeight the weight of a word
	// no phrase uses; functionWeight the most a function word weighs.
	slotWeight, oovWeight, functionWeight float64
	// normalized holds every phrase, normalized, for checks and keywords.
	normalized map[string]string
}

// phrase is a compiled phrase template.
type phrase struct {
	intent int32
	text   string
	elems  []elem
	// weight is the sum of the weights of the elements.
	weight float64
	// negated tells that the phrase has a negation ("that is not right");
	// answersNo that it has a "no" answer word ("nope", "nein").
	negated, answersNo bool
}

// entityDecl is an entity an intent declares.
type entityDecl struct{ name, typ string }

// elem is a word or a slot of a phrase.
type elem struct {
	// word is the vocabulary id of a word, -1 for a slot.
	word int32
	w    float64
	// slot and typ name the entity and its type key, for a slot.
	slot, typ string
}

// Locale returns the locale of the model, e.g. "en-US".
func (m *Model) Locale() string { return m.locale }

// Intents returns the intent names of the model, sorted.
func (m *Model) Intents() []string { return append([]string(nil), m.intents...) }

// NewModel checks and compiles model data for a locale such as "en-US" or
// "de-DE". The locale selects the language rules (English, German; other
// languages get the language-independent ones). Errors are *ModelError.
func NewModel(locale string, data ModelData) (*Model, error) {
	if locale == "" {
		return nil, &ModelError{Err: fmt.Errorf("%w: empty locale", ErrMalformedModel)}
	}
	if len(data.Intents) == 0 {
		return nil, &ModelError{Locale: locale, Err: fmt.Errorf("%w: no intents", ErrMalformedModel)}
	}
	m := &Model{
		locale:       locale,
		lang:         languageFor(locale),
		vocab:        newLexicon(nil),
		slotPostings: map[string][]int32{},
		types:        map[string]*valueSet{},
		typeData:     data.EntityTypes,
		pairs:        map[string][2]string{},
		normalized:   map[string]string{},
	}
	m.vocab.suffixes = m.lang.suffixes
	if err := m.compileTypes(data.EntityTypes); err != nil {
		return nil, err
	}
	for name := range data.Intents {
		if name == "" {
			return nil, &ModelError{Locale: locale, Err: fmt.Errorf("%w: an intent has an empty name", ErrMalformedModel)}
		}
		m.intents = append(m.intents, name)
	}
	sort.Strings(m.intents)
	aliases := builtinAliases()
	m.byIntent = make([][]int32, len(m.intents))
	m.intentTypes = make([][]string, len(m.intents))
	m.intentEntities = make([][]entityDecl, len(m.intents))
	for ii, name := range m.intents {
		if err := m.compileIntent(int32(ii), name, data.Intents[name], data.EntityTypes, aliases); err != nil {
			return nil, err
		}
	}
	m.weigh()
	m.allTypes = m.typesOf(nil)
	return m, nil
}

// compileTypes indexes the custom entity types.
func (m *Model) compileTypes(types map[string]EntityType) error {
	for name, et := range types {
		vs, err := m.lang.newValueSet(et.Values, m.vocab)
		if err != nil {
			return &ModelError{Locale: m.locale, Entity: name, Err: err}
		}
		m.types[name] = vs
	}
	return nil
}

// compileIntent parses the phrases of an intent.
func (m *Model) compileIntent(ii int32, name string, in Intent, custom map[string]EntityType, aliases map[string]string) error {
	phrases := append(append([]string(nil), in.Phrases...), in.Samples...)
	if len(phrases) == 0 {
		return &ModelError{Locale: m.locale, Intent: name, Err: ErrNoPhrases}
	}
	types := map[string]string{}
	for ename, ent := range in.Entities {
		key, err := resolveType(ent.Type, custom, aliases)
		if err != nil {
			return &ModelError{Locale: m.locale, Intent: name, Entity: ename, Err: err}
		}
		types[ename] = key
		m.intentEntities[ii] = append(m.intentEntities[ii], entityDecl{name: ename, typ: key})
	}
	sort.Slice(m.intentEntities[ii], func(a, b int) bool { return m.intentEntities[ii][a].name < m.intentEntities[ii][b].name })
	used := map[string]bool{}
	for _, d := range m.intentEntities[ii] {
		used[d.typ] = true
		m.intentTypes[ii] = append(m.intentTypes[ii], d.typ)
	}
	for _, p := range phrases {
		ph, err := m.compilePhrase(ii, p, types)
		if err != nil {
			return &ModelError{Locale: m.locale, Intent: name, Phrase: p, Err: err}
		}
		for _, e := range ph.elems {
			if e.word < 0 && !used[e.typ] {
				used[e.typ] = true
				m.intentTypes[ii] = append(m.intentTypes[ii], e.typ)
			}
		}
		m.byIntent[ii] = append(m.byIntent[ii], int32(len(m.phrases)))
		m.phrases = append(m.phrases, ph)
	}
	sort.Strings(m.intentTypes[ii])
	return nil
}

// compilePhrase turns a template into elements.
func (m *Model) compilePhrase(ii int32, p string, types map[string]string) (phrase, error) {
	segs, err := parseTemplate(p)
	if err != nil {
		return phrase{}, err
	}
	ph := phrase{intent: ii, text: p}
	var norm []byte
	for _, s := range segs {
		if s.slot != "" {
			typ, ok := types[s.slot]
			if !ok {
				return phrase{}, fmt.Errorf("%w: {%s} (declare it in the intent's entities)", ErrUndeclaredEntity, s.slot)
			}
			ph.elems = append(ph.elems, elem{word: -1, slot: s.slot, typ: typ})
			norm = append(norm, " {"+s.slot+"}"...)
			continue
		}
		for _, t := range m.lang.tokenize(s.literal) {
			ph.negated = ph.negated || m.lang.negations[t.norm]
			ph.answersNo = ph.answersNo || m.lang.yesNo[t.norm] == "no"
			ph.elems = append(ph.elems, elem{word: m.vocab.add(t.norm)})
			norm = append(norm, " "+t.norm...)
		}
	}
	if len(ph.elems) == 0 {
		return phrase{}, fmt.Errorf("%w: no words left after normalization", ErrMalformedPhrase)
	}
	if len(norm) > 0 {
		m.normalized[string(norm[1:])] = m.intents[ii]
	}
	for k := 0; k+1 < len(ph.elems); k++ {
		a, b := ph.elems[k], ph.elems[k+1]
		if a.word >= 0 && b.word >= 0 {
			wa, wb := m.vocab.words[a.word], m.vocab.words[b.word]
			m.pairs[wa+wb] = [2]string{wa, wb}
		}
	}
	return ph, nil
}

// weigh computes word weights (inverse intent frequency), the postings and
// the phrase weights, once all phrases are known.
func (m *Model) weigh() {
	n := len(m.vocab.words)
	df := make([]int, n)
	seen := make([]int32, n)
	for i := range seen {
		seen[i] = -1
	}
	for _, p := range m.phrases {
		for _, e := range p.elems {
			if e.word >= 0 && seen[e.word] != p.intent {
				seen[e.word] = p.intent
				df[e.word]++
			}
		}
	}
	nIntents := float64(len(m.intents))
	maxIdf := math.Log(1 + nIntents)
	m.slotWeight = 0.8 * maxIdf
	m.oovWeight = 0.6 * maxIdf
	// A function word ("ich", "the", "would") says little about the
	// intent however few intents use it: it weighs at most what a word
	// that every intent uses weighs.
	m.functionWeight = math.Log(2)
	m.idf = make([]float64, n)
	for i := range m.idf {
		switch {
		case m.lang.function[m.vocab.words[i]]:
			m.idf[i] = min(m.functionWeight, math.Log(1+nIntents/float64(max(df[i], 1))))
		case df[i] == 0:
			// An entity value word that no phrase uses weighs as unknown.
			m.idf[i] = m.oovWeight
		default:
			m.idf[i] = math.Log(1 + nIntents/float64(df[i]))
		}
	}
	m.postings = make([][]int32, n)
	m.wordIntents = make([][]int32, n)
	for pi := range m.phrases {
		p := &m.phrases[pi]
		p.weight = 0
		for k := range p.elems {
			e := &p.elems[k]
			if e.word < 0 {
				e.w = m.slotWeight
				m.slotPostings[e.typ] = appendOnce(m.slotPostings[e.typ], int32(pi))
			} else {
				e.w = m.idf[e.word]
				m.postings[e.word] = appendOnce(m.postings[e.word], int32(pi))
				m.wordIntents[e.word] = appendOnce(m.wordIntents[e.word], p.intent)
			}
			p.weight += e.w
		}
	}
}

// appendOnce appends v unless it is already the last element.
func appendOnce(s []int32, v int32) []int32 {
	if len(s) > 0 && s[len(s)-1] == v {
		return s
	}
	return append(s, v)
}

// typesOf returns the entity types the allowed intents use (all intents
// for nil), sorted.
func (m *Model) typesOf(allowed []bool) []string {
	seen := map[string]bool{}
	var out []string
	for i, types := range m.intentTypes {
		if allowed != nil && !allowed[i] {
			continue
		}
		for _, t := range types {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	sort.Strings(out)
	return out
}
