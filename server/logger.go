package server

import (
	"fmt"
	"os"
	"strings"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// LogConfig is the small declarative configuration of NewLogger, for a
// demo to fill from flags and environment.
type LogConfig struct {
	// Level is debug, info, warn or error; info if empty.
	Level string
	// Format is json (one object per line, for log collectors) or console
	// (for people); json if empty.
	Format string
	// Output receives the log; os.Stderr if nil.
	Output zapcore.WriteSyncer
	// LogRawPhoneNumbers turns phone-number masking off (see MaskCore).
	LogRawPhoneNumbers bool
}

// NewLogger builds a zap logger from cfg, masking phone numbers unless
// cfg says otherwise. Hand the same logger to the app (framework.Config)
// and the server (Options.Logger), so both log alike.
func NewLogger(cfg LogConfig) (*zap.Logger, error) {
	level := zapcore.InfoLevel
	if cfg.Level != "" {
		l, err := zapcore.ParseLevel(cfg.Level)
		if err != nil {
			return nil, fmt.Errorf("server: log level %q: want debug, info, warn or error", cfg.Level)
		}
		level = l
	}
	var enc zapcore.Encoder
	switch strings.ToLower(cfg.Format) {
	case "", "json":
		ec := zap.NewProductionEncoderConfig()
		ec.EncodeTime = zapcore.ISO8601TimeEncoder
		ec.EncodeDuration = fractionalMillis
		enc = zapcore.NewJSONEncoder(ec)
	case "console":
		ec := zap.NewDevelopmentEncoderConfig()
		ec.EncodeDuration = zapcore.StringDurationEncoder
		enc = zapcore.NewConsoleEncoder(ec)
	default:
		return nil, fmt.Errorf("server: log format %q: want json or console", cfg.Format)
	}
	out := cfg.Output
	if out == nil {
		out = zapcore.Lock(os.Stderr)
	}
	core := zapcore.NewCore(enc, out, level)
	if !cfg.LogRawPhoneNumbers {
		core = MaskCore(core)
	}
	return zap.New(core, zap.ErrorOutput(out)), nil
}

// fractionalMillis writes a duration as milliseconds with their fraction
// (0.412): an event takes well under a millisecond, which zap's
// MillisDurationEncoder would write as 0.
func fractionalMillis(d time.Duration, enc zapcore.PrimitiveArrayEncoder) {
	enc.AppendFloat64(float64(d) / float64(time.Millisecond))
}
