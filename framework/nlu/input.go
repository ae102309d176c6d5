package nlu

import "time"

// input is a text prepared for matching against one model: its tokens,
// the phrase words each token resembles, token weights, and the entity
// values found in it by type.
type input struct {
	t       *text
	matches [][]lexMatch
	weights []float64
	// prefix holds prefix sums of weights: the weight of tokens [i, j) is
	// prefix[j] - prefix[i].
	prefix []float64
	spans  map[string][]span
	// types lists the keys of spans, sorted.
	types []string
	// starts indexes the spans of a type by their first token:
	// starts[typ][j] lists the indexes into spans[typ] that start at j.
	starts map[string][][]int32
	// known holds, per token and intent, how well the token resembles a
	// word of any phrase of the intent: known[j*intents+i].
	known   []float64
	intents int
	// negations are the positions of the negation tokens ("nicht",
	// "not").
	negations []int
}

// knownTo returns how well token j resembles a word of intent i.
func (in *input) knownTo(j int, i int32) float64 { return in.known[j*in.intents+int(i)] }

// total is the weight of all tokens.
func (in *input) total() float64 { return in.prefix[len(in.prefix)-1] }

// analyze prepares raw for matching. types are the entity types to look
// for; dyn changes custom types for this match.
func (m *Model) analyze(raw string, types []string, dyn map[string]*valueSet, now time.Time) *input {
	toks := m.lang.tokenize(raw)
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	t := m.lang.textOf(raw, m.fixCompounds(toks))
	in := &input{
		t:       t,
		matches: make([][]lexMatch, len(t.toks)),
		weights: make([]float64, len(t.toks)),
		prefix:  make([]float64, len(t.toks)+1),
		spans:   make(map[string][]span, len(types)),
		types:   types,
		starts:  make(map[string][][]int32, len(types)),
		known:   make([]float64, len(t.toks)*len(m.intents)),
		intents: len(m.intents),
	}
	for j, tok := range t.toks {
		if m.lang.negations[tok.norm] {
			in.negations = append(in.negations, j)
		}
		// Number words are numbers, not misheard words.
		ms := m.vocab.lookup(tok.norm, nil, t.nums[j] == nil)
		in.matches[j] = ms
		w, best := m.oovWeight, 0.0
		for _, x := range ms {
			if x.sim > best && len(m.wordIntents[x.id]) > 0 {
				w, best = m.idf[x.id], x.sim
			}
			for _, ii := range m.wordIntents[x.id] {
				k := j*len(m.intents) + int(ii)
				in.known[k] = max(in.known[k], x.sim)
			}
		}
		if m.lang.function[tok.norm] {
			// Also when the model does not know it, or it resembles
			// another word.
			w = min(w, m.functionWeight)
		}
		in.weights[j] = w
		in.prefix[j+1] = in.prefix[j] + w
	}
	for _, typ := range types {
		var spans []span
		if vs, ok := m.valueSet(typ, dyn); ok {
			spans = vs.spans(t, in.matches, nil)
		} else {
			spans = m.lang.builtinSpans(typ, t, now)
		}
		in.spans[typ] = spans
		if len(spans) == 0 {
			continue
		}
		starts := make([][]int32, len(t.toks))
		for k, sp := range spans {
			starts[sp.start] = append(starts[sp.start], int32(k))
		}
		in.starts[typ] = starts
	}
	return in
}

// fixCompounds repairs words that speech-to-text joined or split
// differently from the phrases: "e mail" becomes "email" if a phrase says
// "email", "kundennummer" becomes "kunden nummer" if a phrase says that.
func (m *Model) fixCompounds(toks []token) []token {
	out := make([]token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) {
			c := t.norm + toks[i+1].norm
			_, inVocab := m.vocab.ids[c]
			_, spaced := m.pairs[c]
			if inVocab && !spaced {
				out = append(out, token{norm: c, start: t.start, end: toks[i+1].end})
				i++
				continue
			}
		}
		if _, ok := m.vocab.ids[t.norm]; !ok {
			if p, ok := m.pairs[t.norm]; ok {
				out = append(out, token{norm: p[0], start: t.start, end: t.end}, token{norm: p[1], start: t.start, end: t.end})
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// negates tells whether a negation of the text bears on what a phrase
// of intent i matched: the phrase used the negation, or a token next to
// it is among the tokens the phrase used or those the score credits to
// the intent (see Model.dice). "das ist nicht korrekt" negates the
// "korrekt" of a yes phrase; "ich komme nicht weiter, hilfe" does not
// negate "hilfe".
func (in *input) negates(used []bool, i int32) bool {
	bears := func(j int) bool { return j >= 0 && j < len(used) && (used[j] || in.knownTo(j, i) > 0) }
	for _, j := range in.negations {
		if used[j] || bears(j-1) || bears(j+1) {
			return true
		}
	}
	return false
}

// simOf returns how well a token resembles the phrase word id.
func simOf(ms []lexMatch, id int32) float64 {
	for _, m := range ms {
		if m.id == id {
			return m.sim
		}
	}
	return 0
}
