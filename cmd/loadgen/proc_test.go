package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProcessLifecycle(t *testing.T) {
	t.Setenv(envBareChild, "1")
	p, err := startProcess(context.Background(), "bare", os.Args[0])
	require.NoError(t, err)
	defer p.stop()
	client := newHTTPClient(1, 5*time.Second)
	defer client.CloseIdleConnections()

	d, err := p.waitFirstAnswer(context.Background(), client, "")
	require.NoError(t, err)
	assert.Positive(t, d)
	rss, err := p.rss()
	require.NoError(t, err)
	assert.Greater(t, rss, int64(1<<20), "a Go process has more than 1 MiB resident")

	p.stop()
	select {
	case <-p.exited:
	default:
		t.Fatal("stop returned before the process exited")
	}
}

func TestProcessExitsBeforeAnswer(t *testing.T) {
	script := filepath.Join(t.TempDir(), "fail.sh")
	require.NoError(t, os.WriteFile(script, []byte("#!/bin/sh\necho 'cannot listen' >&2\nexit 3\n"), 0o700))
	p, err := startProcess(context.Background(), "broken", script)
	require.NoError(t, err)
	defer p.stop()
	_, err = p.waitFirstAnswer(context.Background(), newHTTPClient(1, time.Second), "")
	assert.ErrorContains(t, err, "broken exited before it answered: cannot listen")
}

func TestStartProcessMissing(t *testing.T) {
	_, err := startProcess(context.Background(), "demo", filepath.Join(t.TempDir(), "no-such-demo"))
	assert.ErrorContains(t, err, "start demo:")
}

// fakeMetrics serves a webhook that answers and /metrics with a GC count
// that rises every third scrape and a heap that shrinks after each GC.
type fakeMetrics struct {
	mu      sync.Mutex
	scrapes int
	heaps   []float64
}

func (f *fakeMetrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/webhook" {
		bareWebhook(w, r)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.scrapes++
	gcs := f.scrapes / 3
	heap := f.heaps[min(gcs, len(f.heaps)-1)]
	_, _ = fmt.Fprintf(w, "%s %d\n%s %g\n%s 7\n", metricGCCount, gcs, metricHeapAlloc, heap, metricLive)
}

func TestLiveHeap(t *testing.T) {
	f := &fakeMetrics{heaps: []float64{9e6, 5e6, 4e6, 6e6, 3e6}}
	p := &process{name: "fake", base: serve(t, f)}
	client := newHTTPClient(1, 5*time.Second)
	defer client.CloseIdleConnections()
	got, err := liveHeap(context.Background(), client, p, "")
	require.NoError(t, err)
	assert.Equal(t, 4e6, got, "the least heap read after each of three GCs")
}

func TestLiveHeapCancelled(t *testing.T) {
	p := &process{name: "fake", base: serve(t, &fakeMetrics{heaps: []float64{1e6}})}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := liveHeap(ctx, newHTTPClient(1, time.Second), p, "")
	assert.ErrorContains(t, err, "context canceled")
}
