package nlu

// maxCandidates is how many phrases, found through the inverted index, are
// aligned in full.
const maxCandidates = 12

// candidates returns the phrases most worth aligning: those sharing the
// most weight with the input through the index of words and slot types,
// relative to their size. Phrases of intents not allowed are skipped.
func (m *Model) candidates(in *input, allowed []bool) []int32 {
	acc := make([]float64, len(m.phrases))
	var touched []int32
	add := func(pi int32, v float64) {
		if allowed != nil && !allowed[m.phrases[pi].intent] {
			return
		}
		if acc[pi] == 0 {
			touched = append(touched, pi)
		}
		acc[pi] += v
	}
	for _, ms := range in.matches {
		for _, x := range ms {
			v := m.idf[x.id] * x.sim
			for _, pi := range m.postings[x.id] {
				add(pi, v)
			}
		}
	}
	for _, typ := range in.types {
		best := 0.0
		for _, sp := range in.spans[typ] {
			best = max(best, sp.score)
		}
		if best == 0 {
			continue
		}
		for _, pi := range m.slotPostings[typ] {
			add(pi, best*m.slotWeight)
		}
	}
	total := in.total()
	// Keep the best maxCandidates by acc/(phrase weight + input weight),
	// in a small array sorted by rank.
	top := make([]int32, 0, maxCandidates)
	rank := make([]float64, 0, maxCandidates)
	for _, pi := range touched {
		r := acc[pi] / (m.phrases[pi].weight + total)
		if len(top) == maxCandidates && r <= rank[len(rank)-1] {
			continue
		}
		k := len(top)
		if k < maxCandidates {
			top, rank = append(top, 0), append(rank, 0)
		} else {
			k--
		}
		for k > 0 && rank[k-1] < r {
			top[k], rank[k] = top[k-1], rank[k-1]
			k--
		}
		top[k], rank[k] = pi, r
	}
	return top
}

// match finds the best phrase for the input among the allowed intents.
func (m *Model) match(in *input, allowed []bool) (scored, bool) {
	var best scored
	found := false
	var sc scratch
	for _, pi := range m.candidates(in, allowed) {
		s, slots, used := m.score(&m.phrases[pi], in, &sc, best.score)
		if !found || s > best.score || (s == best.score && pi < best.phrase) {
			best, found = scored{phrase: pi, score: s, slots: slots, used: append(best.used[:0], used...)}, true
		}
	}
	if found {
		best.slots = m.fillRest(best, in)
	}
	return best, found
}

// fillRest fills the entities the intent declares but the phrase has no
// slot for, from tokens the phrase left unused: "can i get an appointment
// today" matches "can i get an appointment" and still yields the date.
func (m *Model) fillRest(best scored, in *input) []filled {
	intent := m.phrases[best.phrase].intent
	slots := best.slots
	used := append([]bool(nil), best.used...)
next:
	for _, ent := range m.intentEntities[intent] {
		for _, f := range slots {
			if f.slot == ent.name {
				continue next
			}
		}
		bi := -1
		for i, sp := range in.spans[ent.typ] {
			if free(used, sp) && (bi < 0 || better(sp, in.spans[ent.typ][bi])) {
				bi = i
			}
		}
		if bi < 0 {
			continue
		}
		sp := in.spans[ent.typ][bi]
		for j := sp.start; j < sp.end; j++ {
			used[j] = true
		}
		slots = append(slots, filled{slot: ent.name, sp: sp})
	}
	return slots
}
