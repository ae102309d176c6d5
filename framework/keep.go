package framework

// keepSession returns the copy of r a MemoryStore keeps when it replaces
// old, its own copy of the session. A map of r that equals the one in the
// same place of old is not copied again: old's maps are the store's own,
// never handed out and never changed once stored, so the new copy may
// share them. A turn changes one or two maps of a session at most; the
// others cost nothing to save.
func keepSession(r SessionRecord, old *SessionRecord) SessionRecord {
	if old == nil {
		return cloneSession(r)
	}
	r.Data = keepMap(r.Data, old.Data)
	r.State = keepState(r.State, old.State)
	return r
}

// keepMap is cloneMap reusing old if it equals m.
func keepMap(m, old map[string]any) map[string]any {
	if len(m) == 0 {
		return nil
	}
	if equalMap(m, old) {
		return old
	}
	return copyMap(m)
}

// keepStrings is cloneStrings reusing old if it equals m.
func keepStrings(m, old map[string]string) map[string]string {
	if equalStrings(m, old) {
		return old
	}
	return cloneStrings(m)
}

// keepState is State.Clone reusing what old holds in the same place: the
// whole stack when nothing changed, else the items that did not change
// and the maps that did not change of those that did.
func keepState(s, old State) State {
	if len(s) == 0 || len(old) == 0 {
		return s.Clone()
	}
	same := 0
	for same < len(s) && same < len(old) && equalItem(&s[same], &old[same]) {
		same++
	}
	if same == len(s) && same == len(old) {
		return old
	}
	out := make(State, len(s))
	copy(out, old[:same])
	for i := same; i < len(s); i++ {
		it := s[i]
		if i >= len(old) {
			out[i] = cloneItem(it)
			continue
		}
		prev := &old[i]
		it.Data = keepMap(it.Data, prev.Data)
		it.Resolve = keepStrings(it.Resolve, prev.Resolve)
		it.Config = keepMap(it.Config, prev.Config)
		out[i] = it
	}
	return out
}

// equalItem reports whether a copy of a would be the same as b, a copy.
func equalItem(a, b *StateItem) bool {
	return a.Component == b.Component && a.SubState == b.SubState &&
		equalMap(a.Data, b.Data) && equalStrings(a.Resolve, b.Resolve) && equalMap(a.Config, b.Config)
}
