package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseLoadFlags parses args as loadgen run does.
func parseLoadFlags(t *testing.T, args ...string) (loadConfig, error) {
	t.Helper()
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var f loadFlags
	f.register(fs, true)
	require.NoError(t, fs.Parse(args))
	return f.config(isSet(fs, "duration"))
}

func TestLoadFlagsDefaults(t *testing.T) {
	cfg, err := parseLoadFlags(t)
	require.NoError(t, err)
	assert.Equal(t, "http://127.0.0.1:3000", cfg.Base.String())
	assert.False(t, cfg.WS)
	assert.Equal(t, 32, cfg.Calls)
	assert.Equal(t, 10*time.Second, cfg.Duration)
	assert.Len(t, cfg.Script, 11)
}

func TestLoadFlagsTurnsAlone(t *testing.T) {
	cfg, err := parseLoadFlags(t, "-turns", "1000")
	require.NoError(t, err)
	assert.Equal(t, 1000, cfg.Turns)
	assert.Equal(t, maxDuration, cfg.Duration, "-turns alone is still bounded in time")

	cfg, err = parseLoadFlags(t, "-turns", "1000", "-duration", "5s")
	require.NoError(t, err)
	assert.Equal(t, 5*time.Second, cfg.Duration)
}

func TestLoadFlagsScriptFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "call.txt")
	require.NoError(t, os.WriteFile(path, []byte("start -> answer\nend -> none\n"), 0o600))
	cfg, err := parseLoadFlags(t, "-script", path, "-transport", "ws", "-target", "ws://[::1]:3000")
	require.NoError(t, err)
	assert.True(t, cfg.WS)
	assert.Equal(t, Script{{Type: typeSessionStart, Expect: ExpectAnswer}, {Type: typeSessionEnd, Expect: ExpectNone}}, cfg.Script)
}

func TestLoadFlagsRefused(t *testing.T) {
	dir := t.TempDir()
	anyScript := filepath.Join(dir, "any.txt")
	require.NoError(t, os.WriteFile(anyScript, []byte("start\n"), 0o600))
	tests := []struct {
		name string
		give []string
		want string
	}{
		{name: "too many calls", give: []string{"-calls", "10001"}, want: "-calls 10001: want 1 to 10000"},
		{name: "no calls", give: []string{"-calls", "0"}, want: "-calls 0"},
		{name: "too long", give: []string{"-duration", "3m"}, want: "-duration 3m0s: want more than 0 and at most 2m0s"},
		{name: "no duration", give: []string{"-duration", "0s"}, want: "-duration 0s"},
		{name: "too many turns", give: []string{"-turns", "10000001"}, want: "-turns 10000001: want 0 to 10000000"},
		{name: "negative think", give: []string{"-think", "-1s"}, want: "-think -1s"},
		{name: "long timeout", give: []string{"-timeout", "1m"}, want: "-timeout 1m0s"},
		{name: "transport", give: []string{"-transport", "grpc"}, want: `-transport "grpc": want http or ws`},
		{name: "remote target", give: []string{"-target", "http://192.0.2.1:3000"}, want: "not a loopback address"},
		{name: "missing script", give: []string{"-script", filepath.Join(dir, "none.txt")}, want: "-script: open"},
		{name: "ws needs expectations", give: []string{"-transport", "ws", "-script", anyScript}, want: "the ws transport needs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseLoadFlags(t, tt.give...)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestLoadFlagsLooseWS(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "any.txt")
	require.NoError(t, os.WriteFile(path, []byte("start\nend\n"), 0o600))
	cfg, err := parseLoadFlags(t, "-transport", "ws", "-loose", "-script", path)
	require.NoError(t, err)
	assert.True(t, cfg.waits(cfg.Script[0]), "loose: every event but session_end is answered")
	assert.False(t, cfg.waits(cfg.Script[1]))
}

func TestBenchFlags(t *testing.T) {
	var f benchFlags
	require.NoError(t, f.parse(nil))
	assert.Equal(t, 2*time.Second, f.load.duration)
	assert.Equal(t, 4, f.rounds)
	assert.Equal(t, "bin/demo", f.demo)
	assert.NotEmpty(t, f.load.token)

	tests := []struct {
		give []string
		want string
	}{
		{give: []string{"-rounds", "0"}, want: "-rounds 0: want 1 to 10"},
		{give: []string{"-live", "50001"}, want: "-live 50001"},
		{give: []string{"-starts", "21"}, want: "-starts 21"},
		{give: []string{"-rounds", "10", "-duration", "10s"}, want: "would take more than 10m0s"},
		{give: []string{"stray"}, want: `unexpected argument "stray"`},
	}
	for _, tt := range tests {
		var f benchFlags
		err := f.parse(tt.give)
		assert.ErrorContains(t, err, tt.want, tt.give)
	}

	fs := (&benchFlags{}).flagSet()
	assert.Equal(t, "2s", fs.Lookup("duration").DefValue, "the usage shows the bench's own default")
}
