package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// The defaults of the flags.
const (
	defaultAddr       = ":3000"
	defaultLocale     = localeEN
	defaultTransferTo = "+441632960001"
)

// The languages the demo speaks; every text exists in both.
const (
	localeEN = "en-US"
	localeDE = "de-DE"
)

// config is what the demo is started with: flags and environment, and a
// few knobs only tests set.
type config struct {
	// Addr is the listen address (-addr, ADDR).
	Addr string
	// Token is the X-API-TOKEN the service must send (-token,
	// AIFLOW_API_TOKEN); empty turns authentication off.
	Token string
	// Locale is the language of every prompt (-locale).
	Locale string
	// TransferTo is the number option 0 transfers to (-transfer-to).
	TransferTo string
	// LogLevel and LogFormat configure the log (-log-level, -log-format).
	LogLevel, LogFormat string

	// logOutput receives the log; stderr when nil.
	logOutput io.Writer
	// logger, if set, replaces the logger built from the fields above.
	logger *zap.Logger
	// deadline is the per-event deadline; the server's default when 0.
	deadline time.Duration
	// extra are more root components: tests add handlers that panic or
	// are slow.
	extra []framework.Component
	// plugins are installed after the demo's own: tests add hooks that
	// panic.
	plugins []framework.Plugin
}

// parseFlags reads the command line; flags win over the environment.
func parseFlags(args []string, getenv func(string) string, usage io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(usage)
	fs.StringVar(&cfg.Addr, "addr", or(getenv("ADDR"), defaultAddr), "listen address (env ADDR)")
	fs.StringVar(&cfg.Token, "token", getenv("AIFLOW_API_TOKEN"),
		"X-API-TOKEN the service must send (env AIFLOW_API_TOKEN); empty turns authentication off")
	fs.StringVar(&cfg.Locale, "locale", defaultLocale, "language of the prompts: en-US or de-DE")
	fs.StringVar(&cfg.TransferTo, "transfer-to", defaultTransferTo, "E.164 number that option 0 transfers the caller to")
	fs.StringVar(&cfg.LogLevel, "log-level", "info", "log level: debug, info, warn or error")
	fs.StringVar(&cfg.LogFormat, "log-format", "console", "log format: console or json")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q: the demo takes flags only (see -h)", fs.Arg(0))
	}
	return cfg, cfg.check()
}

// check reports a locale the demo does not speak or a transfer target
// that is not a phone number.
func (cfg config) check() error {
	if cfg.Locale != localeEN && cfg.Locale != localeDE {
		return fmt.Errorf("-locale %q: want en-US or de-DE", cfg.Locale)
	}
	t := &aiflow.Transfer{SessionID: "check", TargetPhoneNumber: cfg.TransferTo, CallerIDName: "check", CallerIDNumber: "+4921112345678"}
	if err := t.Validate(); err != nil {
		return fmt.Errorf("-transfer-to %q: want an E.164 number such as +4930123456: %w", cfg.TransferTo, err)
	}
	return nil
}

// or returns s, or def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
