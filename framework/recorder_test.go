package framework_test

import (
	"context"
	"fmt"

	"github.com/jovo-go/jovo/framework"
)

// recorder is a plugin that implements every plugin interface and records
// what it saw: Install, Initialize, Mount and Dismount, and every hook it
// was asked to register (hooks, by name).
type recorder struct {
	name       string
	hooks      []string
	children   []framework.Plugin
	installErr error
	initErr    error
	mountErr   error

	calls       []string
	initialized int
	mounts      int
	dismounts   int
	platform    framework.Platform
}

func (r *recorder) Name() string { return r.name }

func (r *recorder) Install(reg *framework.Registrar) error {
	if r.installErr != nil {
		return r.installErr
	}
	r.platform = reg.Platform()
	for _, h := range r.hooks {
		reg.Hook(h, func(c *framework.Context, payload any) error {
			r.calls = append(r.calls, describe(h, payload))
			return nil
		})
	}
	if r.hooks == nil {
		reg.Hook(framework.PhaseRequestStart, func(*framework.Context, any) error {
			r.calls = append(r.calls, framework.PhaseRequestStart)
			return nil
		})
	}
	return reg.Use(r.children...)
}

func (r *recorder) Initialize(ctx context.Context, app *framework.App) error {
	r.initialized++
	return r.initErr
}

func (r *recorder) Mount(c *framework.Context) error {
	r.mounts++
	r.calls = append(r.calls, "mount")
	return r.mountErr
}

func (r *recorder) Dismount(c *framework.Context) {
	r.dismounts++
	r.calls = append(r.calls, "dismount")
}

// describe renders a hook call with its payload.
func describe(name string, payload any) string {
	switch p := payload.(type) {
	case *framework.SendEvent:
		return fmt.Sprintf("%s %q", name, p.Templates[0].Message.Speech)
	case *framework.RedirectEvent:
		return fmt.Sprintf("%s %s.%s", name, p.Component, p.Handler)
	case *framework.DelegateEvent:
		return fmt.Sprintf("%s %s %v", name, p.Component, p.Options.Resolve)
	case *framework.ResolveEvent:
		return fmt.Sprintf("%s %s→%s %v", name, p.Event, p.Handler, p.Args)
	case *framework.HandlerEvent:
		return fmt.Sprintf("%s %s.%s", name, p.Component, p.Handler)
	}
	return name
}
