package nlu

import "math"

// orderPenalty discounts a match that needs words in another order than
// the phrase has them.
const orderPenalty = 0.92

// negationPenalty discounts a match where one of phrase and text is
// negated and the other is not: "that is not correct" is no "that is
// correct". A negation of the text counts only if it stands next to a
// token the phrase matched (see input.negates). Phrases with a "no"
// answer word ("nein danke") are exempt: "nein, ich glaube nicht" agrees
// with them.
const negationPenalty = 0.6

// filled is a slot of a phrase filled with a span of the input.
type filled struct {
	slot string
	sp   span
}

// scored is a phrase scored against an input.
type scored struct {
	phrase int32
	score  float64
	slots  []filled
	// used tells which tokens the phrase matched.
	used []bool
}

// score rates how well the input says phrase p, between 0 and 1, fills
// its slots, and tells which tokens the phrase used. Two alignments are
// tried: in any order (each phrase word takes the best unused token, each
// slot the best free span) and, if that one crossed, in order (dynamic
// programming over elements and tokens that allows missing and extra
// words). The rating is the Dice coefficient of the weights: twice the
// matched weight over the weight of the phrase plus the weight of the
// input, where a filled slot counts as one element on both sides.
//
// floor is the best score found so far. A phrase whose any-order score
// does not exceed it can hardly win (an in-order alignment matches at most
// what the any-order one does), so its in-order alignment is skipped.
func (m *Model) score(p *phrase, in *input, sc *scratch, floor float64) (float64, []filled, []bool) {
	s, f, u, inOrder := m.alignAnyOrder(p, in, sc)
	if !inOrder {
		crossed := s
		s *= orderPenalty
		if crossed > floor {
			if s1, f1, u1 := m.alignInOrder(p, in, sc); s1 >= s {
				s, f, u = s1, f1, u1
			}
		}
	}
	if !p.answersNo && p.negated != in.negates(u, p.intent) {
		s *= negationPenalty
	}
	return s, f, u
}

// scratch holds the buffers of the alignments of one match, reused from
// phrase to phrase.
type scratch struct {
	val          []float64
	move         []uint8
	from         []int32
	used, usedAO []bool
	at           []int32
}

// dp returns the cleared tables for n cells.
func (sc *scratch) dp(n int) ([]float64, []uint8, []int32) {
	if cap(sc.val) < n {
		sc.val, sc.move, sc.from = make([]float64, n), make([]uint8, n), make([]int32, n)
	}
	val, move, from := sc.val[:n], sc.move[:n], sc.from[:n]
	for i := range val {
		val[i] = math.Inf(-1)
	}
	return val, move, from
}

// clearBools returns buf as n false values.
func clearBools(buf *[]bool, n int) []bool {
	if cap(*buf) < n {
		*buf = make([]bool, n)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

// dice computes the rating from the matched weight and the weight the
// filled spans remove from the input. Input tokens the phrase leaves
// unmatched (used[j] false) but that other phrases of the intent use count
// as matched on the input side: a caller mixing two phrases of one intent
// says nothing foreign to it.
func (m *Model) dice(p *phrase, in *input, gain, spanWeight float64, slots int, used []bool) float64 {
	den := p.weight + in.total() - spanWeight + float64(slots)*m.slotWeight
	if den <= 0 {
		return 0
	}
	known := 0.0
	for j, u := range used {
		if !u {
			known += in.weights[j] * in.knownTo(j, p.intent)
		}
	}
	return min(1, (2*gain+known)/den)
}

// Moves of the in-order alignment.
const (
	mvStart uint8 = iota
	mvSkipToken
	mvSkipElem
	mvWord
	mvSlot
)

// alignInOrder finds the best alignment that keeps the order of the
// phrase, by dynamic programming over (elements, tokens).
func (m *Model) alignInOrder(p *phrase, in *input, sc *scratch) (float64, []filled, []bool) {
	ne, nt := len(p.elems), len(in.t.toks)
	w := nt + 1
	val, move, from := sc.dp((ne + 1) * w) // from: span index for mvSlot
	val[0] = 0
	relax := func(cell int, v float64, mv uint8, sp int32) {
		if v > val[cell] {
			val[cell], move[cell], from[cell] = v, mv, sp
		}
	}
	for a := 0; a <= ne; a++ {
		for j := 0; j <= nt; j++ {
			v := val[a*w+j]
			if math.IsInf(v, -1) {
				continue
			}
			if j < nt {
				relax(a*w+j+1, v, mvSkipToken, 0)
			}
			if a == ne {
				continue
			}
			relax((a+1)*w+j, v, mvSkipElem, 0)
			e := &p.elems[a]
			if e.word >= 0 {
				if j < nt {
					if s := simOf(in.matches[j], e.word); s > 0 {
						relax((a+1)*w+j+1, v+2*s*e.w, mvWord, 0)
					}
				}
				continue
			}
			spans, starts := in.spans[e.typ], in.starts[e.typ]
			if j >= len(starts) {
				continue
			}
			for _, k := range starts[j] {
				sp := spans[k]
				covered := in.prefix[sp.end] - in.prefix[sp.start]
				gain := 2*sp.score*e.w + covered - m.slotWeight
				relax((a+1)*w+sp.end, v+gain, mvSlot, int32(k))
			}
		}
	}
	// Walk back to total the matched weight and collect the slots.
	var gain, spanWeight float64
	var slots []filled
	used := clearBools(&sc.used, nt)
	a, j := ne, nt
	for a > 0 || j > 0 {
		cell := a*w + j
		switch move[cell] {
		case mvSkipToken:
			j--
		case mvSkipElem:
			a--
		case mvWord:
			a--
			j--
			used[j] = true
			gain += simOf(in.matches[j], p.elems[a].word) * p.elems[a].w
		case mvSlot:
			a--
			e := &p.elems[a]
			sp := in.spans[e.typ][from[cell]]
			gain += sp.score * e.w
			spanWeight += in.prefix[sp.end] - in.prefix[sp.start]
			slots = append(slots, filled{slot: e.slot, sp: sp})
			for k := sp.start; k < sp.end; k++ {
				used[k] = true
			}
			j = sp.start
		default:
			a, j = 0, 0
		}
	}
	return m.dice(p, in, gain, spanWeight, len(slots), used), slots, used
}

// alignAnyOrder matches each phrase word to the best token not yet used,
// wherever it is, then fills each slot with the best span of unused
// tokens. It also tells whether the alignment kept the phrase's order.
func (m *Model) alignAnyOrder(p *phrase, in *input, sc *scratch) (float64, []filled, []bool, bool) {
	nt := len(in.t.toks)
	used := clearBools(&sc.usedAO, nt)
	if cap(sc.at) < len(p.elems) {
		sc.at = make([]int32, len(p.elems))
	}
	at := sc.at[:len(p.elems)] // token (word) or span index (slot), -1 if none
	var gain, spanWeight float64
	for k := range p.elems {
		e := &p.elems[k]
		at[k] = -1
		if e.word < 0 {
			continue
		}
		best := 0.0
		for j := 0; j < nt; j++ {
			if used[j] {
				continue
			}
			if s := simOf(in.matches[j], e.word); s > best {
				best, at[k] = s, int32(j)
			}
		}
		if at[k] >= 0 {
			used[at[k]] = true
			gain += best * e.w
		}
	}
	var slots []filled
	for k := range p.elems {
		e := &p.elems[k]
		if e.word >= 0 {
			continue
		}
		spans := in.spans[e.typ]
		for i, sp := range spans {
			if free(used, sp) && (at[k] < 0 || better(sp, spans[at[k]])) {
				at[k] = int32(i)
			}
		}
		if at[k] < 0 {
			continue
		}
		sp := spans[at[k]]
		for j := sp.start; j < sp.end; j++ {
			used[j] = true
		}
		gain += sp.score * e.w
		spanWeight += in.prefix[sp.end] - in.prefix[sp.start]
		slots = append(slots, filled{slot: e.slot, sp: sp})
	}
	inOrder, pos := true, 0
	for k := range p.elems {
		e := &p.elems[k]
		switch {
		case at[k] < 0:
		case e.word >= 0:
			inOrder = inOrder && int(at[k]) >= pos
			pos = int(at[k]) + 1
		default:
			sp := in.spans[e.typ][at[k]]
			inOrder = inOrder && sp.start >= pos
			pos = sp.end
		}
	}
	return m.dice(p, in, gain, spanWeight, len(slots), used), slots, used, inOrder
}

// free tells whether no token of sp is used.
func free(used []bool, sp span) bool {
	for j := sp.start; j < sp.end; j++ {
		if used[j] {
			return false
		}
	}
	return true
}

// better prefers the higher score, then the longer span, then the earlier.
func better(a, b span) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if la, lb := a.end-a.start, b.end-b.start; la != lb {
		return la > lb
	}
	return a.start < b.start
}
