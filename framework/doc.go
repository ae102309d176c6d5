// Package framework is the core of jovo-go: the App with its plugins and
// lifecycle, components and their handlers, the router, the state stack,
// the per-request Context, storage and errors.
//
// A request flows through the fifteen lifecycle phases of Jovo v4
// (request.start … response.end). The platform that owns the raw request
// decodes it into an Input; the router picks a handler of a registered
// component; the handler sends output templates; the platform turns them
// into its native response.
//
// Nothing in this package is global: every App carries its own components,
// plugins, hooks, store and clock, and a request costs a small Context, not
// a copy of the App.
package framework
