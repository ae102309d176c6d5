package main

import (
	"context"
	"errors"
	"fmt"
)

// errTimeout is wrapped when an answer did not come in time.
var errTimeout = errors.New("timeout")

// line is one worker's connection to the bot, over which it plays its
// calls one after another, as a phone line carries one call at a time.
type line interface {
	// open makes sure the line is connected, outside the timed events.
	open(ctx context.Context) error
	// send delivers one event and returns its answer; on the WebSocket it
	// waits for a frame only when wait is set.
	send(ctx context.Context, ev []byte, wait bool) (answer, error)
	// close releases the line.
	close()
}

// transportError wraps err as a transport error or, when the deadline
// passed, a timeout.
func transportError(what string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w: %s: %w", errTimeout, what, err)
	}
	return fmt.Errorf("%w: %s: %w", errTransport, what, err)
}
