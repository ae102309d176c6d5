package server

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// holdCore holds the first "event" log line of outcome ok until release
// is closed: the event it belongs to is settled, but its answer is not
// sent yet (the line is written first).
type holdCore struct {
	zapcore.LevelEnabler
	held    chan struct{} // closed when the line is held
	release chan struct{}
	once    *bool
}

func (c holdCore) With([]zapcore.Field) zapcore.Core { return c }

func (c holdCore) Check(e zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	return ce.AddCore(e, c)
}

func (c holdCore) Write(e zapcore.Entry, fields []zapcore.Field) error {
	if e.Message != "event" || *c.once {
		return nil
	}
	for _, f := range fields {
		if f.Key == "outcome" && f.String == OutcomeOK {
			*c.once = true
			close(c.held)
			<-c.release
		}
	}
	return nil
}

func (holdCore) Sync() error { return nil }

// TestWebSocketAnswersKeepTheSessionsOrder answers an event of a session
// with the app's result and, while that answer is on its way, the next
// event of the session with the deadline's fallback: on a WebSocket,
// where an answer carries no event id, the fallback must not overtake the
// answer of the event before it.
func TestWebSocketAnswersKeepTheSessionsOrder(t *testing.T) {
	hc := holdCore{LevelEnabler: zapcore.DebugLevel, held: make(chan struct{}), release: make(chan struct{}), once: new(bool)}
	opts := deadlineOptions()
	opts.Logger = zap.New(hc)
	e := newTestEnv(t, opts)
	c := e.dial()

	wsSend(t, c, eventJSON("user_speak", "s1", "first"))
	<-hc.held // "first" is answered, its answer not yet sent
	wsSend(t, c, eventJSON("user_speak", "s1", "second"))
	// "second" waits behind "first" until its deadline; its fallback is
	// then ready to go.
	require.Eventually(t, func() bool {
		for _, l := range e.eventLogs() {
			if l["outcome"] == OutcomeTimeout {
				return true
			}
		}
		return false
	}, 10*time.Second, time.Millisecond)
	close(hc.release)

	_, text := wsRead(t, c)
	assert.Equal(t, "echo: first", text, "the first event's answer goes first")
	_, text = wsRead(t, c)
	assert.Equal(t, "one moment", text, "then the second's fallback")
}
