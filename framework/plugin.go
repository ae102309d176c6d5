package framework

import "context"

// Plugin extends an App. Its Name identifies it: two plugins of the same
// type are fine as long as their names differ; a repeated name is an error
// at Initialize.
//
// A plugin implements any of Installer, Initializer, Mounter and Dismounter
// for the hooks it needs.
type Plugin interface {
	Name() string
}

// Installer is implemented by plugins that register hooks, input types or
// child plugins. Install runs once, during App.Initialize, in the order the
// plugins were used.
type Installer interface {
	Install(r *Registrar) error
}

// Initializer is implemented by plugins with slow set-up work (loading a
// model, connecting to a database). Initialize runs once, after every plugin
// was installed.
type Initializer interface {
	Initialize(ctx context.Context, app *App) error
}

// Mounter is implemented by plugins that prepare something per request.
// Mount runs before request.start for every request of the plugin's scope.
type Mounter interface {
	Mount(c *Context) error
}

// Dismounter is implemented by plugins that clean up per request. Dismount
// runs after response.end, also when the request failed.
type Dismounter interface {
	Dismount(c *Context)
}

// Registrar is what an Installer registers with. A Registrar handed to a
// plugin nested under a platform scopes everything to that platform: its
// hooks run only for requests of that platform.
type Registrar struct {
	app      *App
	platform Platform
	path     string
}

// App returns the app being initialized.
func (r *Registrar) App() *App { return r.app }

// Platform returns the platform this registrar is scoped to, or nil.
func (r *Registrar) Platform() Platform { return r.platform }

// Hook adds fn to the named lifecycle phase or event (see the Phase and
// Event constants; "before." and "after." prefixes work too).
func (r *Registrar) Hook(name string, fn HookFunc) {
	r.app.hooks.add(name, hookEntry{fn: fn, platform: r.platform, owner: r.path})
}

// Use installs child plugins under this one. Under a platform, the children
// are scoped to that platform.
func (r *Registrar) Use(plugins ...Plugin) error {
	for _, p := range plugins {
		if err := r.app.install(p, r.platform, r.path); err != nil {
			return err
		}
	}
	return nil
}

// InputTypes declares input types the plugin produces, so that handlers
// registered for them pass the check at Initialize.
func (r *Registrar) InputTypes(types ...InputType) {
	for _, t := range types {
		r.app.inputTypes[t] = struct{}{}
	}
}
