package nlu

import "fmt"

// valueSet is a custom entity type ready for matching: every value and
// synonym as a word sequence, indexed by its first word. The words of a
// model's own types live in the model's lexicon, so one lookup per token
// serves the phrases and every type; dynamic entities bring their own.
type valueSet struct {
	values []EntityValue
	alts   []valueAlt
	// lex is the lexicon the first words are in; own tells that it is the
	// set's own, not the model's.
	lex *lexicon
	own bool
	// byFirst lists the alternatives by the lexicon id of their first word.
	byFirst map[int32][]int
}

// valueAlt is one way to say a value: the value itself or a synonym.
type valueAlt struct {
	value int
	words []string
}

// newValueSet indexes the values of an entity type in lex, or in a
// lexicon of its own if lex is nil.
func (l *language) newValueSet(values []EntityValue, lex *lexicon) (*valueSet, error) {
	vs := &valueSet{values: values, lex: lex, byFirst: map[int32][]int{}}
	if lex == nil {
		vs.lex, vs.own = newLexicon(l.suffixes), true
	}
	for i, v := range values {
		if v.Value == "" {
			return nil, fmt.Errorf("%w: value %d is empty", ErrInvalidEntityType, i+1)
		}
		for _, s := range append([]string{v.Value}, v.Synonyms...) {
			toks := l.tokenize(s)
			if len(toks) == 0 {
				if s == v.Value {
					return nil, fmt.Errorf("%w: value %q has no words to match", ErrInvalidEntityType, s)
				}
				continue
			}
			words := make([]string, len(toks))
			for k, t := range toks {
				words[k] = t.norm
			}
			id := vs.lex.add(words[0])
			vs.byFirst[id] = append(vs.byFirst[id], len(vs.alts))
			vs.alts = append(vs.alts, valueAlt{value: i, words: words})
		}
	}
	return vs, nil
}

// spans finds the values said in t. matches are the lookups of the tokens
// in the model's lexicon; a set with a lexicon of its own looks the tokens
// up itself. Each word may differ slightly (wordSim); a span scores the
// mean similarity of its words.
func (vs *valueSet) spans(t *text, matches [][]lexMatch, dst []span) []span {
	var own []lexMatch
	for i := range t.toks {
		ms := matches[i]
		if vs.own {
			own = vs.lex.lookup(t.toks[i].norm, own[:0], t.nums[i] == nil)
			ms = own
		}
		for _, m := range ms {
			for _, ai := range vs.byFirst[m.id] {
				if sp, ok := vs.match(t, i, m.sim, vs.alts[ai]); ok {
					dst = addSpan(dst, sp)
				}
			}
		}
	}
	return dst
}

// match checks the words of alt after its first, which token i resembles
// with similarity sim.
func (vs *valueSet) match(t *text, i int, sim float64, alt valueAlt) (span, bool) {
	end := i + len(alt.words)
	if end > len(t.toks) {
		return span{}, false
	}
	sum := sim
	for k := 1; k < len(alt.words); k++ {
		s := wordSim(t.toks[i+k].norm, alt.words[k], vs.lex.suffixes)
		if s == 0 {
			return span{}, false
		}
		sum += s
	}
	v := vs.values[alt.value]
	return span{start: i, end: end, score: sum / float64(len(alt.words)), resolved: v.Value, id: v.id()}, true
}

// addSpan adds sp unless a span over the same tokens scores at least as
// well; a better one replaces it.
func addSpan(dst []span, sp span) []span {
	for k := range dst {
		if dst[k].start == sp.start && dst[k].end == sp.end {
			if sp.score > dst[k].score {
				dst[k] = sp
			}
			return dst
		}
	}
	return append(dst, sp)
}
