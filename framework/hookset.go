package framework

import "strings"

// hookEntry is one registered middleware function. A platform-scoped entry
// runs only for requests of its platform.
type hookEntry struct {
	fn       HookFunc
	platform Platform
	owner    string
}

// hookSet holds the app's middleware by name. It is filled during
// Initialize and read-only afterwards, so requests share it without locks.
// compile turns it into the tables of the hot path: the fifteen phases as
// an array, and every other name (the events) as before/main/after triples,
// so that firing an event neither builds strings nor allocates.
type hookSet struct {
	byName map[string][]hookEntry
	phases [len(Phases)][3][]hookEntry // before, main, after
	events map[string]*[3][]hookEntry  // name → before, main, after
}

func newHookSet() *hookSet { return &hookSet{byName: make(map[string][]hookEntry)} }

func (h *hookSet) add(name string, e hookEntry) { h.byName[name] = append(h.byName[name], e) }

// has reports whether anything is hooked to name or its before./after.
// variants. It is only meaningful after compile.
func (h *hookSet) has(name string) bool { return h.events[name] != nil }

func (h *hookSet) compile() {
	for i, p := range Phases {
		h.phases[i] = [3][]hookEntry{h.byName[Before(p)], h.byName[p], h.byName[After(p)]}
	}
	h.events = make(map[string]*[3][]hookEntry, len(h.byName))
	slot := func(name string, i int, entries []hookEntry) {
		ev := h.events[name]
		if ev == nil {
			ev = new([3][]hookEntry)
			h.events[name] = ev
		}
		ev[i] = entries
	}
	for name, entries := range h.byName {
		if len(entries) == 0 {
			continue
		}
		slot(name, 1, entries)
		if base, ok := strings.CutPrefix(name, "before."); ok {
			slot(base, 0, entries)
		}
		if base, ok := strings.CutPrefix(name, "after."); ok {
			slot(base, 2, entries)
		}
	}
}

// runEntries calls entries in order until one fails or the chain is stopped.
func runEntries(c *Context, entries []hookEntry, payload any) error {
	for _, e := range entries {
		if c.stopped {
			return nil
		}
		if e.platform != nil && e.platform != c.Platform {
			continue
		}
		if err := e.fn(c, payload); err != nil {
			return err
		}
	}
	return nil
}

// fire runs the named hook with its before. and after. variants. Any name
// works, so plugins can define and fire their own events.
func (a *App) fire(c *Context, name string, payload any) error {
	ev := a.hooks.events[name]
	if ev == nil {
		return nil
	}
	for i := range ev {
		if err := runEntries(c, ev[i], payload); err != nil {
			return err
		}
	}
	return nil
}

// Fire runs the hooks registered under name (and its before./after.
// variants) with payload, for plugins that define their own events.
func (c *Context) Fire(name string, payload any) error { return c.app.fire(c, name, payload) }
