package framework

// hookEntry is one registered middleware function. A platform-scoped entry
// runs only for requests of its platform.
type hookEntry struct {
	fn       HookFunc
	platform Platform
	owner    string
}

// hookSet holds the app's middleware by name. It is filled during
// Initialize and read-only afterwards, so requests share it without locks;
// the fifteen phases are compiled into an array for the hot path.
type hookSet struct {
	byName map[string][]hookEntry
	phases [len(Phases)][3][]hookEntry // before, main, after
}

func newHookSet() *hookSet { return &hookSet{byName: make(map[string][]hookEntry)} }

func (h *hookSet) add(name string, e hookEntry) { h.byName[name] = append(h.byName[name], e) }

func (h *hookSet) has(name string) bool { return len(h.byName[name]) > 0 || len(h.byName[Before(name)]) > 0 || len(h.byName[After(name)]) > 0 }

func (h *hookSet) compile() {
	for i, p := range Phases {
		h.phases[i] = [3][]hookEntry{h.byName[Before(p)], h.byName[p], h.byName[After(p)]}
	}
}

// run calls entries in order until one fails or the chain is stopped.
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
	for _, n := range [3]string{Before(name), name, After(name)} {
		if err := runEntries(c, a.hooks.byName[n], payload); err != nil {
			return err
		}
	}
	return nil
}

// Fire runs the hooks registered under name (and its before./after.
// variants) with payload, for plugins that define their own events.
func (c *Context) Fire(name string, payload any) error { return c.app.fire(c, name, payload) }
