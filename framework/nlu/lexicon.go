package nlu

import (
	"strings"
	"unicode/utf8"
)

// lexicon is a set of words with a fuzzy lookup. It indexes every word
// under the variants made by deleting up to maxEdits letters (the SymSpell
// idea), so a lookup costs some map reads instead of a scan, and under the
// stems its inflection suffixes leave.
type lexicon struct {
	ids     map[string]int32
	words   []string
	deletes map[string][]int32
	// stems indexes every word under the stems its suffixes leave, so
	// "haben" finds "habt" and "termin" finds "termine".
	stems    map[string][]int32
	suffixes []string
}

// lexMatch is a word of the lexicon that a token resembles.
type lexMatch struct {
	id  int32
	sim float64
}

// stemSim is the similarity of two forms of one word ("termin",
// "termine").
const stemSim = 0.85

func newLexicon(suffixes []string) *lexicon {
	return &lexicon{ids: map[string]int32{}, deletes: map[string][]int32{}, stems: map[string][]int32{}, suffixes: suffixes}
}

// add adds a word and returns its id.
func (x *lexicon) add(w string) int32 {
	if id, ok := x.ids[w]; ok {
		return id
	}
	id := int32(len(x.words))
	x.ids[w] = id
	x.words = append(x.words, w)
	forDeletes(w, maxEdits(utf8.RuneCountInString(w)), func(v []byte) {
		key := string(v)
		ids := x.deletes[key]
		if len(ids) == 0 || ids[len(ids)-1] != id {
			x.deletes[key] = append(ids, id)
		}
	})
	forStems(w, x.suffixes, func(v string) {
		ids := x.stems[v]
		if len(ids) == 0 || ids[len(ids)-1] != id {
			x.stems[v] = append(ids, id)
		}
	})
	return id
}

// lookup appends the words that w resembles: the word itself (similarity
// 1), other forms of it (stemSim) and, if w is no word of the lexicon and
// fuzzy is set, words within maxEdits (similarity).
func (x *lexicon) lookup(w string, dst []lexMatch, fuzzy bool) []lexMatch {
	exact, hasExact := x.ids[w]
	if hasExact {
		dst = append(dst, lexMatch{id: exact, sim: 1})
	}
	first := len(dst)
	seen := func(id int32) int {
		if hasExact && id == exact {
			return first - 1
		}
		for k := first; k < len(dst); k++ {
			if dst[k].id == id {
				return k
			}
		}
		return -1
	}
	forStems(w, x.suffixes, func(v string) {
		for _, id := range x.stems[v] {
			if seen(id) < 0 {
				dst = append(dst, lexMatch{id: id, sim: stemSim})
			}
		}
	})
	if hasExact || !fuzzy {
		return dst
	}
	k := maxEdits(utf8.RuneCountInString(w))
	if k == 0 {
		return dst
	}
	stemmed := len(dst)
	forDeletes(w, k, func(v []byte) {
		for _, id := range x.deletes[string(v)] {
			if seen(id) < 0 {
				dst = append(dst, lexMatch{id: id})
			}
		}
	})
	// Score the new candidates once each and drop those too far apart.
	out := dst[:stemmed]
	for _, m := range dst[stemmed:] {
		if s := similarity(w, x.words[m.id]); s > 0 {
			out = append(out, lexMatch{id: m.id, sim: s})
		}
	}
	return out
}

// forStems calls fn with w and with every stem of at least three letters
// that removing one of the suffixes leaves.
func forStems(w string, suffixes []string, fn func(string)) {
	fn(w)
	n := utf8.RuneCountInString(w)
	for _, suf := range suffixes {
		if strings.HasSuffix(w, suf) && n-utf8.RuneCountInString(suf) >= 3 {
			fn(w[:len(w)-len(suf)])
		}
	}
}

// sameStem tells whether a and b are forms of one word: whether they share
// a stem.
func sameStem(a, b string, suffixes []string) bool {
	found := false
	forStems(a, suffixes, func(sa string) {
		if found {
			return
		}
		forStems(b, suffixes, func(sb string) {
			found = found || sa == sb
		})
	})
	return found
}

// wordSim is similarity extended by word forms: 1 for equal words,
// stemSim for forms of one word, else similarity.
func wordSim(a, b string, suffixes []string) float64 {
	s := similarity(a, b)
	if s < stemSim && sameStem(a, b, suffixes) {
		return stemSim
	}
	return s
}

// forDeletes calls fn with w and every variant of w with one or, for
// k = 2, two letters deleted (duplicates possible). The bytes passed to fn
// are only valid during the call.
func forDeletes(w string, k int, fn func([]byte)) {
	buf := make([]byte, 0, len(w))
	fn(append(buf[:0], w...))
	if k == 0 {
		return
	}
	var rs [64]rune
	r := rs[:0]
	for _, c := range w {
		if len(r) == len(rs) {
			return // no word is this long; skip the fuzzy variants
		}
		r = append(r, c)
	}
	emit := func(skip1, skip2 int) {
		buf = buf[:0]
		for i, c := range r {
			if i != skip1 && i != skip2 {
				buf = utf8.AppendRune(buf, c)
			}
		}
		fn(buf)
	}
	for i := range r {
		emit(i, -1)
		if k > 1 {
			for j := i + 1; j < len(r); j++ {
				emit(i, j)
			}
		}
	}
}
