package nlu_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/jovo-go/jovo/framework/nlu"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUScratch(t *testing.T) {
	m, _ := nlu.NewModel("en-US", benchModel())
	e, _ := nlu.New(nlu.Config{Models: []*nlu.Model{m}})
	for i := 0; i < 2000; i++ {
		e.Match("en-US", benchInputs[i%len(benchInputs)], nlu.MatchOptions{})
	}
	const n = 30000
	c0, w0 := cpuNow(), time.Now()
	for i := 0; i < n; i++ {
		e.Match("en-US", benchInputs[i%len(benchInputs)], nlu.MatchOptions{})
	}
	fmt.Printf("match: cpu %v/op wall %v/op\n", (cpuNow()-c0)/n, time.Since(w0)/n)
	raw, _ := json.Marshal(benchModel())
	const k = 40
	c0, w0 = cpuNow(), time.Now()
	for i := 0; i < k; i++ {
		nlu.LoadModel("en-US", bytes.NewReader(raw))
	}
	fmt.Printf("load: cpu %v/op wall %v/op\n", (cpuNow()-c0)/k, time.Since(w0)/k)
}
