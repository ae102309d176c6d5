package main

import (
	"context"
	"os"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/jovo-go/jovo/server"
)

// newServer builds the demo as the binary runs it: the bot, initialized,
// behind the server with the demo's options. main serves it on a
// listener; the tests serve srv.Handler() on loopback, so both run the
// same handler.
func newServer(ctx context.Context, cfg config) (*server.Server, error) {
	log, err := cfg.newLogger()
	if err != nil {
		return nil, err
	}
	b, err := newBot(cfg, log)
	if err != nil {
		return nil, err
	}
	if err := b.app.Initialize(ctx); err != nil {
		return nil, err
	}
	opts := &server.Options{
		Addr:      cfg.Addr,
		Logger:    log,
		OnArrival: server.AIFlowBargeIn(b.platform),
		Fallback:  b.lateAnswer,
	}
	if b.platform.AuthEnabled() {
		opts.Auth = server.AuthenticatorFunc(b.platform.CheckAuth)
	} else {
		log.Warn("no token set (-token or AIFLOW_API_TOKEN): authentication is off; only run it like this behind something that checks")
	}
	if cfg.deadline > 0 {
		opts.Deadline = cfg.deadline
		opts.ShutdownTimeout = cfg.deadline + server.DefaultShutdownTimeout
		opts.HTTP.WriteTimeout = cfg.deadline + server.DefaultWriteTimeout
	}
	return server.New(b.app, opts)
}

// newLogger returns the configured logger, or one built from the flags.
func (cfg config) newLogger() (*zap.Logger, error) {
	if cfg.logger != nil {
		return cfg.logger, nil
	}
	lc := server.LogConfig{Level: cfg.LogLevel, Format: cfg.LogFormat}
	switch out := cfg.logOutput.(type) {
	case *zapcore.BufferedWriteSyncer:
		lc.Output = out // safe for concurrent use on its own
	case nil:
		lc.Output = zapcore.Lock(os.Stderr)
	default:
		lc.Output = zapcore.Lock(zapcore.AddSync(out))
	}
	return server.NewLogger(lc)
}
