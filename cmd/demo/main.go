// Command demo runs the jovo-go demo bot for sipgate AI Flow: a phone
// menu with the opening hours, a customer number entered by keypad or
// speech and confirmed, the address by SMS, a transfer to a person and a
// goodbye, in English or German, over the webhook and the WebSocket.
//
// It is built from the framework's components (Menu, Digits with its
// YesNo, Transfer, NoInputFallback, BargeIn), the embedded NLU with the
// models in models/, and the texts in locales/.
//
//	go run ./cmd/demo                                   # :3000, en-US, no auth
//	go run ./cmd/demo -addr :8080 -locale de-DE -token s3cret -transfer-to +4930123456
//
// The flags -addr and -token fall back to the environment variables ADDR
// and AIFLOW_API_TOKEN. Without a token, authentication is off and the
// demo says so. On start it prints the URLs to enter in the AI Flow
// settings and a curl command to try it; SIGINT or SIGTERM shut it down
// gracefully.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"go.uber.org/zap/zapcore"
)

// logFlushInterval bounds how long a log line waits in the buffer.
const logFlushInterval = time.Second

// defaultGCPercent is the demo's GOGC when the environment sets none.
// The demo's live heap is a few MiB while every event allocates some
// 20 KiB, so at Go's default of 100 the collector runs dozens of times a
// second under load and took about a quarter of the demo's CPU; at 400
// it runs a quarter as often, for a heap of at most five times the live
// one (idle RSS does not change). GOGC=100 restores Go's default.
const defaultGCPercent = 400

func main() {
	if pct, ok := gcPercent(os.Getenv); ok {
		debug.SetGCPercent(pct)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	switch {
	case errors.Is(err, flag.ErrHelp):
	case err != nil:
		fmt.Fprintln(os.Stderr, "demo:", err)
		os.Exit(1)
	}
}

// gcPercent returns the GOGC the demo sets, unless the environment has
// one of its own (which the runtime has applied already).
func gcPercent(getenv func(string) string) (int, bool) {
	if getenv("GOGC") != "" {
		return 0, false
	}
	return defaultGCPercent, true
}

// run parses args (with getenv for the environment fallbacks), starts the
// demo, prints how to reach it to stdout and serves until ctx ends. Logs
// go to stderr.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, getenv, stderr)
	if err != nil {
		return err
	}
	// The log is buffered: under load, a write(2) per event line costs
	// the demo a few percent of its CPU. Stop flushes what is left when
	// run returns, after the server's last line.
	logs := &zapcore.BufferedWriteSyncer{WS: zapcore.AddSync(stderr), FlushInterval: logFlushInterval}
	defer func() { _ = logs.Stop() }()
	cfg.logOutput = logs
	srv, err := newServer(ctx, cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		_ = srv.Handler().Close()
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	printUsage(stdout, ln.Addr().String(), cfg)
	return srv.Serve(ctx, ln)
}
