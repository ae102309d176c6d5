package server

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/jovo-go/jovo/platform/aiflow"
)

func TestLogsCarryNoTokenAndNoPhoneNumber(t *testing.T) {
	e := newTestEnv(t, &Options{Auth: aiflow.NewTokenChecker(testToken), Fallback: fallbackBody})
	tok := []string{"X-API-TOKEN", testToken}
	for _, text := range []string{"hi", "error", "panic", "call me at " + testPhone} {
		e.post(eventJSON("user_speak", "s1", text), tok...)
	}
	e.post(eventJSON("user_speak", testPhone, "session id with a number"), tok...)
	e.post(eventJSON("user_speak", "s1", "hi"), "X-API-TOKEN", "wrong-"+testToken)
	e.post(`{"type":"user_speak","session":{"id":"`+testPhone+`"},"text":5,"token":"`+testToken+`"}`, tok...)
	e.post(`{"`+testToken+testPhone, tok...)

	c := e.dial(tok...)
	wsSend(t, c, `{"`+testToken+testPhone)
	wsSend(t, c, eventJSON("user_speak", "s2", "panic"))
	wsRead(t, c)

	text := allLogText(t, e.logs)
	require.NotEmpty(t, text)
	assert.NotContains(t, text, testToken)
	assert.NotContains(t, text, rawDigits)
	assert.Contains(t, text, "+49151*****678", "the numbers were there, masked")
	assert.Contains(t, text, "boom while calling")
	assert.Contains(t, text, "transfer to")
}

func TestLogRawPhoneNumbers(t *testing.T) {
	e := newTestEnv(t, &Options{LogRawPhoneNumbers: true})
	e.post(eventJSON("user_speak", "s1", "error"))
	assert.Contains(t, allLogText(t, e.logs), testPhone)
}

type stringer string

func (s stringer) String() string { return string(s) }

type number struct {
	Phone string
	N     int
}

type objectField struct{}

func (objectField) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("phone", testPhone)
	enc.AddInt64("count", 4915112345678)
	return nil
}

type arrayField struct{}

func (arrayField) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	enc.AppendString(testPhone)
	return nil
}

func TestMaskCoreFields(t *testing.T) {
	tests := []struct {
		name  string
		give  zap.Field
		key   string
		want  any
		check func(t *testing.T, v any)
	}{
		{name: "string", give: zap.String("k", "to "+testPhone), key: "k", want: "to +49151*****678"},
		{name: "bytes", give: zap.ByteString("k", []byte(testPhone)), key: "k", want: "+49151*****678"},
		{name: "error", give: zap.Error(errors.New("call " + testPhone)), key: "error", want: "call +49151*****678"},
		{name: "wrapped error", give: zap.Error(fmt.Errorf("outer: %w", errors.New(rawDigits))), key: "error", want: "outer: 49151*****678"},
		{name: "stringer", give: zap.Stringer("k", stringer(testPhone)), key: "k", want: "+49151*****678"},
		{name: "strings", give: zap.Strings("k", []string{testPhone}), key: "k", want: []any{"+49151*****678"}},
		{name: "struct", give: zap.Any("k", number{Phone: testPhone, N: 3}), key: "k",
			want: map[string]any{"Phone": "+49151*****678", "N": float64(3)}},
		{name: "map", give: zap.Any("k", map[string]string{"p": testPhone}), key: "k", want: map[string]any{"p": "+49151*****678"}},
		{name: "object", give: zap.Object("k", objectField{}), key: "k",
			want: map[string]any{"phone": "+49151*****678", "count": int64(4915112345678)}},
		{name: "array", give: zap.Array("k", arrayField{}), key: "k", want: []any{"+49151*****678"}},
		{name: "inline", give: zap.Inline(objectField{}), key: "phone", want: "+49151*****678"},
		{name: "number untouched", give: zap.Int64("k", 4915112345678), key: "k", want: int64(4915112345678)},
		{name: "uuid untouched", give: zap.String("k", "550e8400-e29b-41d4-a716-446655440000"), key: "k",
			want: "550e8400-e29b-41d4-a716-446655440000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			core, logs := observer.New(zapcore.DebugLevel)
			zap.New(MaskCore(core)).Info("msg", tt.give)
			require.Equal(t, 1, logs.Len())
			assert.Equal(t, tt.want, logs.All()[0].ContextMap()[tt.key])
		})
	}
}

func TestMaskCoreMessageWithAndLevel(t *testing.T) {
	core, logs := observer.New(zapcore.InfoLevel)
	masked := MaskCore(core)
	assert.Same(t, masked, MaskCore(masked), "masking twice wraps once")
	log := zap.New(masked).With(zap.String("caller_number", testPhone))
	log.Debug("below the level " + testPhone)
	log.Info("calling " + testPhone)
	require.Equal(t, 1, logs.Len())
	le := logs.All()[0]
	assert.Equal(t, "calling +49151*****678", le.Message)
	assert.Equal(t, "+49151*****678", le.ContextMap()["caller_number"])
	assert.Equal(t, zapcore.InfoLevel, zapcore.LevelOf(masked))

	fields := []zap.Field{zap.String("k", testPhone)}
	log.Info("again", fields...)
	assert.Equal(t, testPhone, fields[0].String, "the caller's fields are not changed")
}

func TestNewLogger(t *testing.T) {
	tests := []struct {
		name    string
		give    LogConfig
		wantErr string
		want    []string
		notWant []string
	}{
		{name: "defaults: json, info, masked", give: LogConfig{},
			want: []string{`"level":"info"`, `"msg":"calling +49151*****678"`, `"latency":0.412`}, notWant: []string{"debug line", rawDigits}},
		{name: "console debug", give: LogConfig{Level: "debug", Format: "console"},
			want: []string{"INFO", "debug line", "calling +49151*****678"}, notWant: []string{`"level"`, rawDigits}},
		{name: "warn hides info", give: LogConfig{Level: "warn"}, notWant: []string{"calling"}},
		{name: "raw numbers", give: LogConfig{LogRawPhoneNumbers: true}, want: []string{testPhone}},
		{name: "bad level", give: LogConfig{Level: "loud"}, wantErr: `log level "loud"`},
		{name: "bad format", give: LogConfig{Format: "xml"}, wantErr: `log format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			tt.give.Output = zapcore.AddSync(&buf)
			log, err := NewLogger(tt.give)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			log.Debug("debug line")
			log.Info("calling "+testPhone, zap.Duration("latency", 412*time.Microsecond))
			out := buf.String()
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, out, w)
			}
			assert.False(t, strings.Contains(out, rawDigits) && !tt.give.LogRawPhoneNumbers)
		})
	}
}
