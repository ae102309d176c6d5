package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"go.uber.org/zap"
)

// Server is a Handler in an http.Server with the timeouts and limits of
// Options.HTTP, and a Run that shuts it down gracefully.
type Server struct {
	h  *Handler
	hs *http.Server
}

// New returns a Server for app with opts (nil: defaults); see NewHandler.
func New(app App, opts *Options) (*Server, error) {
	h, err := NewHandler(app, opts)
	if err != nil {
		return nil, err
	}
	o := h.opts
	if err := o.checkServer(); err != nil {
		return nil, err
	}
	hs := &http.Server{
		Addr:              o.Addr,
		Handler:           h,
		ReadHeaderTimeout: o.HTTP.ReadHeaderTimeout,
		ReadTimeout:       o.HTTP.ReadTimeout,
		WriteTimeout:      o.HTTP.WriteTimeout,
		IdleTimeout:       o.HTTP.IdleTimeout,
		MaxHeaderBytes:    o.HTTP.MaxHeaderBytes,
		ErrorLog:          zap.NewStdLog(h.log.Named("http")),
	}
	return &Server{h: h, hs: hs}, nil
}

// Handler returns the server's Handler.
func (s *Server) Handler() *Handler { return s.h }

// Run listens on Options.Addr and serves until ctx is cancelled, then
// shuts down gracefully within Options.ShutdownTimeout (see Shutdown).
// Wire it to signals with signal.NotifyContext(ctx, os.Interrupt,
// syscall.SIGTERM).
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.hs.Addr)
	if err != nil {
		return fmt.Errorf("server: listen on %s: %w", s.hs.Addr, err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is cancelled, then shuts down gracefully
// within Options.ShutdownTimeout. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.h.log.Info("server listening", zap.String("addr", ln.Addr().String()))
	served := make(chan error, 1)
	go func() { served <- s.hs.Serve(ln) }()
	select {
	case err := <-served:
		_ = s.h.Close()
		return fmt.Errorf("server: serve: %w", err)
	case <-ctx.Done():
	}
	start := time.Now()
	s.h.log.Info("server shutting down", zap.Duration("timeout", s.h.opts.ShutdownTimeout))
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.h.opts.ShutdownTimeout)
	defer cancel()
	err := s.Shutdown(sctx)
	<-served // http.ErrServerClosed, once the listener is closed
	s.h.log.Info("server stopped", zap.Duration("shutdown", time.Since(start)), zap.Error(err))
	return err
}

// Shutdown stops the listener, answers every accepted event, closes the
// WebSockets with 1001 and waits for running handlers. If ctx ends first,
// it closes whatever is left at once and returns an error wrapping
// ctx.Err().
func (s *Server) Shutdown(ctx context.Context) error {
	httpDone := make(chan error, 1)
	go func() { httpDone <- s.hs.Shutdown(ctx) }()
	herr := s.h.Shutdown(ctx)
	serr := <-httpDone
	if herr == nil && serr == nil {
		return nil
	}
	_ = s.hs.Close()
	_ = s.h.Close()
	return fmt.Errorf("server: graceful shutdown cut short, connections closed: %w", errors.Join(herr, serr))
}
