package nlu

import "fmt"

// valueSet is a custom entity type ready for matching: every value and
// synonym as a word sequence, indexed by its first word.
type valueSet struct {
	values  []EntityValue
	alts    []valueAlt
	first   *lexicon
	byFirst [][]int
}

// valueAlt is one way to say a value: the value itself or a synonym.
type valueAlt struct {
	value int
	words []string
}

// newValueSet indexes the values of an entity type.
func (l *language) newValueSet(values []EntityValue) (*valueSet, error) {
	vs := &valueSet{values: values, first: newLexicon(l.suffixes)}
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
			id := vs.first.add(words[0])
			for int(id) >= len(vs.byFirst) {
				vs.byFirst = append(vs.byFirst, nil)
			}
			vs.byFirst[id] = append(vs.byFirst[id], len(vs.alts))
			vs.alts = append(vs.alts, valueAlt{value: i, words: words})
		}
	}
	return vs, nil
}

// spans finds the values said in t. Each word may differ slightly
// (similarity); a span scores the mean similarity of its words. Tokens
// marked in known are words of the model's phrases, said as such; they
// start a value only if they are one, not if they resemble one.
func (vs *valueSet) spans(t *text, known []bool, dst []span) []span {
	var ms []lexMatch
	for i := range t.toks {
		ms = vs.first.find(t.toks[i].norm, ms[:0], known == nil || !known[i])
		for _, m := range ms {
			for _, ai := range vs.byFirst[m.id] {
				alt := vs.alts[ai]
				end := i + len(alt.words)
				if end > len(t.toks) {
					continue
				}
				sum := m.sim
				for k := 1; k < len(alt.words) && sum > 0; k++ {
					s := wordSim(t.toks[i+k].norm, alt.words[k], vs.first.suffixes)
					if s == 0 {
						sum = 0
					}
					sum += s
				}
				if sum == 0 {
					continue
				}
				v := vs.values[alt.value]
				sp := span{start: i, end: end, score: sum / float64(len(alt.words)), resolved: v.Value, id: v.id()}
				dst = addSpan(dst, sp)
			}
		}
	}
	return dst
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
