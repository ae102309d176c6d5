package framework

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"
)

// App holds the component tree, the plugins and their hooks. Build it with
// New, add plugins with Use and hooks with Hook, then call Initialize once;
// after that Handle is safe for concurrent requests.
type App struct {
	cfg        Config
	log        *zap.Logger
	now        func() time.Time
	store      Store
	plugins    []Plugin
	installed  map[string]string // plugin path → type
	order      []scoped
	platforms  []Platform
	intentMaps []map[string]string // per platform: app map with the platform's laid over it
	inputTypes map[InputType]struct{}
	hooks      *hookSet
	listeners  []ErrorListener
	tree       *Tree
	data       sync.Map
	initMu     sync.Mutex
	tried      bool
	ready      atomic.Bool
}

// New returns an App for cfg. Nothing is checked until Initialize.
func New(cfg Config) *App {
	a := &App{
		cfg:        cfg,
		log:        cfg.Logger,
		now:        cfg.Clock,
		store:      cfg.Storage.Store,
		plugins:    append([]Plugin(nil), cfg.Plugins...),
		installed:  make(map[string]string),
		inputTypes: make(map[InputType]struct{}),
		hooks:      newHookSet(),
	}
	if a.log == nil {
		a.log = zap.NewNop()
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.cfg.Locale == "" {
		a.cfg.Locale = "en-US"
	}
	if a.cfg.Storage.SessionExpiresAfter == 0 {
		a.cfg.Storage.SessionExpiresAfter = DefaultSessionExpiry
	}
	for k, v := range cfg.Data {
		a.data.Store(k, v)
	}
	return a
}

// Use adds plugins (platforms included); they are installed at Initialize.
func (a *App) Use(plugins ...Plugin) *App {
	a.plugins = append(a.plugins, plugins...)
	return a
}

// Register adds root components.
func (a *App) Register(components ...Component) *App {
	a.cfg.Components = append(a.cfg.Components, components...)
	return a
}

// Hook adds middleware to a lifecycle phase or event by name, e.g.
// "before.dialogue.router" or EventSend.
//
// Hooks are compiled at Initialize: adding one afterwards is a programming
// error and panics, rather than being silently ignored.
func (a *App) Hook(name string, fn HookFunc) *App {
	if a.ready.Load() {
		panic("framework: App.Hook(" + name + ") called after Initialize")
	}
	a.hooks.add(name, hookEntry{fn: fn, owner: "app"})
	return a
}

// OnError adds an error listener. Listeners see every error of the app:
// handler errors and panics, routing and output failures, bad requests.
func (a *App) OnError(fn ErrorListener) *App {
	a.listeners = append(a.listeners, fn)
	return a
}

// Data is app data shared by all requests (Jovo's $app.data).
func (a *App) Data() *sync.Map { return &a.data }

// Logger returns the app's logger.
func (a *App) Logger() *zap.Logger { return a.log }

// Now returns the app clock's current time.
func (a *App) Now() time.Time { return a.now() }

// Store returns the app's store (after Initialize: never nil).
func (a *App) Store() Store { return a.store }

// Tree returns the component tree built by Initialize.
func (a *App) Tree() *Tree { return a.tree }

// Platforms returns the installed platforms in detection order.
func (a *App) Platforms() []Platform { return a.platforms }

// Config returns the app's configuration with defaults applied.
func (a *App) Config() Config { return a.cfg }

// Initialize installs and initializes the plugins, builds the component
// tree and checks it. Every configuration mistake is reported here, never
// at request time; the error joins all of them.
func (a *App) Initialize(ctx context.Context) error {
	a.initMu.Lock()
	defer a.initMu.Unlock()
	if a.ready.Load() {
		return fmt.Errorf("%w: Initialize called twice", ErrInvalidConfig)
	}
	if a.tried {
		return fmt.Errorf("%w: Initialize already failed; build a new App", ErrInvalidConfig)
	}
	a.tried = true
	if a.store == nil {
		a.store = NewMemoryStore(MemoryStoreOptions{Clock: a.now})
	}
	for _, t := range builtinInputTypes {
		a.inputTypes[t] = struct{}{}
	}
	for _, t := range a.cfg.InputTypes {
		a.inputTypes[t] = struct{}{}
	}
	a.installBuiltins()
	var errs ConfigErrors
	for _, p := range a.plugins {
		if err := a.install(p, nil, ""); err != nil {
			errs = append(errs, err)
		}
	}
	if len(a.platforms) == 0 {
		errs = append(errs, fmt.Errorf("%w: no platform installed", ErrInvalidConfig))
	}
	tree, err := BuildTree(a.cfg.Components, a.inputTypes)
	if err != nil {
		errs = append(errs, err)
	} else {
		a.tree = tree
		if err := tree.checkDuplicateGlobals(a.cfg.Routing.IntentMap); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		for _, sp := range a.order {
			p := sp.plugin
			if in, ok := p.(Initializer); ok {
				if err := in.Initialize(ctx, a); err != nil {
					errs = append(errs, fmt.Errorf("initialize plugin %q: %w", p.Name(), err))
				}
			}
		}
	}
	if len(errs) > 0 {
		a.notify(nil, errs)
		return errs
	}
	a.hooks.compile()
	a.intentMaps = make([]map[string]string, len(a.platforms))
	for i, p := range a.platforms {
		a.intentMaps[i] = a.mergeIntentMap(p)
	}
	a.ready.Store(true)
	return nil
}

// install installs one plugin and, through its Install, its children.
func (a *App) install(p Plugin, platform Platform, owner string) error {
	if p == nil {
		return fmt.Errorf("%w: nil plugin under %q", ErrInvalidConfig, owner)
	}
	name := p.Name()
	if name == "" {
		return fmt.Errorf("%w: plugin %T has an empty name", ErrInvalidConfig, p)
	}
	path := name
	if owner != "" {
		path = owner + "/" + name
	}
	if prev, dup := a.installed[path]; dup {
		return fmt.Errorf("%w: two plugins named %q (%s and %T); give each instance its own name", ErrInvalidConfig, path, prev, p)
	}
	a.installed[path] = fmt.Sprintf("%T", p)
	if pf, ok := p.(Platform); ok && platform == nil {
		a.platforms = append(a.platforms, pf)
		platform = pf
	}
	a.order = append(a.order, scoped{plugin: p, platform: platform})
	if in, ok := p.(Installer); ok {
		r := &Registrar{app: a, platform: platform, path: path}
		if err := in.Install(r); err != nil {
			return fmt.Errorf("install plugin %q: %w", path, err)
		}
	}
	return nil
}

// notify hands err to every listener; c is nil during Initialize.
func (a *App) notify(c *Context, err error) {
	for _, l := range a.listeners {
		l(c, err)
	}
}

// scoped is an installed plugin with the platform it is scoped to (nil for
// app-wide plugins).
type scoped struct {
	plugin   Plugin
	platform Platform
}

// Initialized reports whether Initialize succeeded.
func (a *App) Initialized() bool {
	return a.ready.Load()
}
