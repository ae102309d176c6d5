package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"
)

// envBareChild makes the test binary run as "loadgen bare", so the tests
// can start a bot process without building anything.
const envBareChild = "LOADGEN_TEST_BARE_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(envBareChild) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
		err := bareCommand(ctx, os.Args[1:], os.Stdout)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}
