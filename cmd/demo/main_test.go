package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
)

func TestGCPercent(t *testing.T) {
	pct, ok := gcPercent(func(string) string { return "" })
	assert.True(t, ok)
	assert.Equal(t, defaultGCPercent, pct)
	_, ok = gcPercent(func(k string) string { return map[string]string{"GOGC": "100"}[k] })
	assert.False(t, ok, "the environment's GOGC wins")
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name    string
		give    []string
		env     map[string]string
		want    config
		wantErr string
	}{
		{name: "defaults", want: config{Addr: ":3000", Locale: "en-US", TransferTo: defaultTransferTo, LogLevel: "info", LogFormat: "console"}},
		{name: "environment", env: map[string]string{"ADDR": ":8080", "AIFLOW_API_TOKEN": "s3cret"},
			want: config{Addr: ":8080", Token: "s3cret", Locale: "en-US", TransferTo: defaultTransferTo, LogLevel: "info", LogFormat: "console"}},
		{name: "flags win over the environment",
			give: []string{"-addr", "127.0.0.1:9000", "-token", "flag", "-locale", "de-DE", "-transfer-to", "+4930123456", "-log-level", "debug", "-log-format", "json"},
			env:  map[string]string{"ADDR": ":8080", "AIFLOW_API_TOKEN": "env"},
			want: config{Addr: "127.0.0.1:9000", Token: "flag", Locale: "de-DE", TransferTo: "+4930123456", LogLevel: "debug", LogFormat: "json"}},
		{name: "unknown locale", give: []string{"-locale", "fr-FR"}, wantErr: `-locale "fr-FR": want en-US or de-DE`},
		{name: "transfer target not a number", give: []string{"-transfer-to", "reception"}, wantErr: `-transfer-to "reception": want an E.164 number`},
		{name: "transfer target with a leading 0", give: []string{"-transfer-to", "030123456"}, wantErr: "E.164"},
		{name: "argument", give: []string{"now"}, wantErr: `unexpected argument "now"`},
		{name: "unknown flag", give: []string{"-port", "3000"}, wantErr: "flag provided but not defined: -port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseFlags(tt.give, func(k string) string { return tt.env[k] }, io.Discard)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseFlagsHelp(t *testing.T) {
	var out strings.Builder
	_, err := parseFlags([]string{"-h"}, func(string) string { return "" }, &out)
	require.ErrorIs(t, err, flag.ErrHelp)
	for _, name := range []string{"-addr", "-token", "-locale", "-transfer-to", "AIFLOW_API_TOKEN", "ADDR"} {
		assert.Contains(t, out.String(), name)
	}
}

func TestLocalURL(t *testing.T) {
	tests := []struct{ give, want string }{
		{":3000", "localhost:3000"},
		{"0.0.0.0:3000", "localhost:3000"},
		{"[::]:3000", "localhost:3000"},
		{"127.0.0.1:3000", "127.0.0.1:3000"},
		{"[::1]:3000", "[::1]:3000"},
		{"demo.example.com:80", "demo.example.com:80"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, localURL(tt.give), tt.give)
	}
}

func TestPrintUsage(t *testing.T) {
	var out strings.Builder
	printUsage(&out, "[::]:3000", config{Locale: "de-DE", TransferTo: "+4930123456"})
	s := out.String()
	for _, want := range []string{
		"http://localhost:3000/webhook", "ws://localhost:3000/ws", "https://<your-host>/webhook", "wss://<your-host>/ws",
		"Ausgehender API Token", "curl -s -X POST http://localhost:3000/webhook", `"type":"session_start"`,
		"de-DE", "+4930123456", "authentication off",
	} {
		assert.Contains(t, s, want)
	}
	assert.NotContains(t, s, "X-API-TOKEN:", "no token, no header in the curl command")

	out.Reset()
	printUsage(&out, "127.0.0.1:3000", config{Locale: "en-US", Token: "s3cret", TransferTo: "+4930123456"})
	assert.Contains(t, out.String(), `-H "X-API-TOKEN: $AIFLOW_API_TOKEN"`)
	assert.NotContains(t, out.String(), "s3cret", "the token is never printed")
}

// TestRun runs the binary's run as `go run ./cmd/demo` does, on a free
// loopback port, reads the URL it prints, starts a call with the printed
// curl request and stops it as SIGTERM would. The buffered log is all
// written by the time run returns.
func TestRun(t *testing.T) {
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	stdout, w := io.Pipe()
	done := make(chan error, 1)
	env := map[string]string{"AIFLOW_API_TOKEN": testToken}
	var logs syncBuffer
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-locale", "de-DE", "-log-format", "json"},
			func(k string) string { return env[k] }, w, &logs)
		_ = w.Close()
	}()
	url := ""
	sc := bufio.NewScanner(stdout)
	for url == "" && sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 2 && f[0] == "webhook:" {
			url = f[1]
		}
	}
	require.NotEmpty(t, url, "run printed the webhook URL")
	go func() { _, _ = io.Copy(io.Discard, stdout) }()

	x := newTexts(t, localeDE)
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: waitLimit}
	status, b, err := postTo(ctx, client, strings.TrimSuffix(url, "/webhook"), body(t, aiflow.NewCall("run-1").Start()))
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, status, "%s", b)
	assert.Equal(t, join(x.get("greeting"), x.menu("menu.intro")), spoken(decode(t, b)))

	stop()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(waitLimit):
		t.Fatal("run did not return after its context ended")
	}
	log := logs.String()
	assert.Contains(t, log, `"session":"run-1","type":"session_start"`, "the event's line")
	assert.Contains(t, log, `"msg":"server stopped"`, "the last line")
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRunFailsOnBadFlagsAndBusyPort(t *testing.T) {
	getenv := func(string) string { return "" }
	err := run(context.Background(), []string{"-locale", "xx"}, getenv, io.Discard, io.Discard)
	require.ErrorContains(t, err, "-locale")

	e := newEnv(t, testConfig(localeEN))
	busy := strings.TrimPrefix(e.srv.URL, "http://")
	err = run(context.Background(), []string{"-addr", busy, "-log-level", "error"}, getenv, io.Discard, io.Discard)
	require.ErrorContains(t, err, "listen on "+busy)
}
