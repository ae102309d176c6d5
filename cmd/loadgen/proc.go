package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// process is a bot loadgen started for bench: the demo or its own bare
// handler, on a loopback port of its own.
type process struct {
	name    string
	cmd     *exec.Cmd
	base    *url.URL
	started time.Time
	cancel  context.CancelFunc
	exited  chan struct{}
	stderr  *os.File // the process's standard error, read when it fails
}

// freeAddr returns a loopback address with a port that was free a moment
// ago.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("find a free port: %w", err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		return "", fmt.Errorf("find a free port: %w", err)
	}
	return addr, nil
}

// startProcess starts path with args, the listen address appended as
// -addr. Its standard output is discarded and its standard error goes to
// a temporary file, so that loadgen spends nothing on its logs. SIGTERM
// stops it; it dies with loadgen on Linux.
func startProcess(ctx context.Context, name, path string, args ...string) (*process, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	stderr, err := os.CreateTemp("", "loadgen-"+name+"-*.log")
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	_ = os.Remove(stderr.Name()) // the open file lives on until closed
	ctx, cancel := context.WithCancel(ctx)
	cmd := exec.CommandContext(ctx, path, append(args, "-addr", addr)...)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	cmd.SysProcAttr = sysProcAttr()
	cmd.Stderr = stderr
	p := &process{name: name, cmd: cmd, base: &url.URL{Scheme: "http", Host: addr}, cancel: cancel, exited: make(chan struct{}), stderr: stderr}
	p.started = time.Now()
	if err := cmd.Start(); err != nil {
		cancel()
		_ = stderr.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	go func() {
		_ = cmd.Wait()
		close(p.exited)
	}()
	return p, nil
}

// stop sends SIGTERM and waits until the process is gone; it may be
// called more than once.
func (p *process) stop() {
	p.cancel()
	<-p.exited
	_ = p.stderr.Close()
}

// errorOutput returns the start of what the process wrote to standard
// error.
func (p *process) errorOutput() string {
	b := make([]byte, 4<<10)
	n, _ := p.stderr.ReadAt(b, 0)
	return string(bytes.TrimSpace(b[:n]))
}

// waitFirstAnswer polls the webhook with a session_start until it answers
// 2xx and returns the time from the process start to that answer.
func (p *process) waitFirstAnswer(ctx context.Context, client *http.Client, token string) (time.Duration, error) {
	st := Step{Type: typeSessionStart, Expect: ExpectAnswer}
	ev, err := encodeEvent(st, call{ID: "00000000-0000-4000-8000-000000000001", From: "+4915100000000"})
	if err != nil {
		return 0, err
	}
	l := &httpLine{client: client, url: endpoint(p.base, "/webhook", false), token: token}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for {
		a, err := l.send(ctx, ev, true)
		if err == nil {
			if err := checkAnswer(st, a, "", true); err != nil {
				return 0, fmt.Errorf("%s: first answer: %w", p.name, err)
			}
			return time.Since(p.started), nil
		}
		select {
		case <-p.exited:
			return 0, fmt.Errorf("%s exited before it answered: %s", p.name, p.errorOutput())
		case <-ctx.Done():
			return 0, fmt.Errorf("%s did not answer: %w", p.name, errors.Join(err, ctx.Err()))
		case <-time.After(200 * time.Microsecond):
		}
	}
}

// rss returns the resident set size of the process.
func (p *process) rss() (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return 0, fmt.Errorf("%s: %w", p.name, err)
	}
	return parseVmRSS(string(b))
}
