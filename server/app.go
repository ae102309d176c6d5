package server

import (
	"context"

	"github.com/jovo-go/jovo/framework"
)

// App handles one event; *framework.App implements it. The server needs
// nothing else of the app, so tests and benchmarks can stand in a
// function (AppFunc).
type App interface {
	Handle(ctx context.Context, req *framework.Request) (*framework.Result, error)
}

// AppFunc adapts a function to App.
type AppFunc func(ctx context.Context, req *framework.Request) (*framework.Result, error)

// Handle calls f(ctx, req).
func (f AppFunc) Handle(ctx context.Context, req *framework.Request) (*framework.Result, error) {
	return f(ctx, req)
}
