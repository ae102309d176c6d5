package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testExposition = `# HELP go_gc_duration_seconds A summary of the wall-time pause (stop-the-world) duration in garbage collection cycles.
# TYPE go_gc_duration_seconds summary
go_gc_duration_seconds{quantile="0"} 2.1e-05
go_gc_duration_seconds_sum 0.000317
go_gc_duration_seconds_count 7
go_memstats_alloc_bytes 2.056448e+06
go_memstats_alloc_bytes_total 9.1e+07
jovo_sessions_live 5001 1712345678000
jovo_events_total{outcome="ok",transport="http",type="dtmf_received"} 12
`

func TestParseMetrics(t *testing.T) {
	got, err := parseMetrics(testExposition, metricGCCount, metricHeapAlloc, metricLive)
	require.NoError(t, err)
	assert.Equal(t, map[string]float64{metricGCCount: 7, metricHeapAlloc: 2056448, metricLive: 5001}, got)
}

func TestParseMetricsErrors(t *testing.T) {
	tests := []struct {
		name  string
		give  string
		names []string
		want  string
	}{
		{name: "missing", give: testExposition, names: []string{"go_memstats_heap_inuse_bytes"}, want: "metric go_memstats_heap_inuse_bytes: not exposed"},
		{name: "labelled only", give: testExposition, names: []string{"jovo_events_total"}, want: "not exposed"},
		{name: "not a number", give: "jovo_sessions_live many\n", names: []string{metricLive}, want: `metric jovo_sessions_live: strconv.ParseFloat: parsing "many"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseMetrics(tt.give, tt.names...)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestParseVmRSS(t *testing.T) {
	got, err := parseVmRSS("Name:\tdemo\nVmPeak:\t 1700000 kB\nVmRSS:\t   16160 kB\nThreads:\t8\n")
	require.NoError(t, err)
	assert.Equal(t, int64(16160*1024), got)

	tests := []struct {
		give string
		want string
	}{
		{give: "Name:\tdemo\n", want: "no VmRSS line"},
		{give: "VmRSS:\t12 MB\n", want: `VmRSS "12 MB": want a number and kB`},
		{give: "VmRSS:\tlots kB\n", want: `VmRSS "lots"`},
	}
	for _, tt := range tests {
		_, err := parseVmRSS(tt.give)
		assert.ErrorContains(t, err, tt.want, tt.give)
	}
}
