package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// The demo metrics that the memory measurement reads.
const (
	metricHeapAlloc = "go_memstats_alloc_bytes"
	metricGCCount   = "go_gc_duration_seconds_count"
	metricLive      = "jovo_sessions_live"
)

// parseMetrics returns the values of the named unlabelled samples in a
// Prometheus text exposition; a name that is missing is an error.
func parseMetrics(text string, names ...string) (map[string]float64, error) {
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[n] = true
	}
	got := make(map[string]float64, len(names))
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), " ")
		if !ok || !want[name] {
			continue
		}
		if i := strings.IndexByte(value, ' '); i >= 0 {
			value = value[:i] // a timestamp follows
		}
		v, err := strconv.ParseFloat(value, 64)
		if err != nil {
			return nil, fmt.Errorf("metric %s: %w", name, err)
		}
		got[name] = v
	}
	for _, n := range names {
		if _, ok := got[n]; !ok {
			return nil, fmt.Errorf("metric %s: not exposed", n)
		}
	}
	return got, nil
}

// scrape reads the named metrics from base/metrics.
func scrape(ctx context.Context, client *http.Client, base *url.URL, names ...string) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint(base, "/metrics", false), nil)
	if err != nil {
		return nil, fmt.Errorf("scrape: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("scrape: %w", err)
	}
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return nil, fmt.Errorf("scrape: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("scrape: status %d", resp.StatusCode)
	}
	return parseMetrics(string(b), names...)
}
