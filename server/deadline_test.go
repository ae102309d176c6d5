package server

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
)

// deadlineOptions make the deadline short and answer it with a fallback.
func deadlineOptions() *Options {
	return &Options{Deadline: 100 * time.Millisecond, Fallback: fallbackBody}
}

func TestDeadlineFallbackHTTP(t *testing.T) {
	e := newTestEnv(t, deadlineOptions())
	status, body, _ := e.post(eventJSON("user_speak", "s1", "block"))
	require.Equal(t, 200, status)
	assert.JSONEq(t, `{"type":"speak","session_id":"s1","text":"one moment"}`, body, "the fallback answered, once")

	// The late result ("late") is dropped once the handler returns.
	require.Eventually(t, func() bool { return len(e.logsWith("late result dropped")) == 1 }, 5*time.Second, 5*time.Millisecond)
	late := e.logsWith("late result dropped")[0].ContextMap()
	assert.Equal(t, "Bot.user_speak", late["route"])

	logs := e.eventLogs()
	require.Len(t, logs, 1, "one line per event")
	assert.Equal(t, OutcomeTimeout, logs[0]["outcome"])
	assert.EqualValues(t, 200, logs[0]["status"])
	assert.Equal(t, 1.0, e.events("http", "user_speak", OutcomeTimeout))
	assert.Equal(t, 0.0, e.events("http", "user_speak", OutcomeOK))

	// The session's queue is free again: the next event is answered.
	status, body, _ = e.post(eventJSON("user_speak", "s1", "next"))
	require.Equal(t, 200, status)
	assert.JSONEq(t, `{"type":"speak","session_id":"s1","text":"echo: next"}`, body)
}

func TestDeadlineWithoutFallbackAnswers204(t *testing.T) {
	e := newTestEnv(t, &Options{Deadline: 50 * time.Millisecond})
	status, body, _ := e.post(eventJSON("user_speak", "s1", "block"))
	assert.Equal(t, 204, status)
	assert.Empty(t, body)
}

func TestDeadlineFallbackWebSocket(t *testing.T) {
	e := newTestEnv(t, deadlineOptions())
	c := e.dial()
	wsSend(t, c, eventJSON("user_speak", "s1", "block"))
	session, text := wsRead(t, c)
	assert.Equal(t, "s1", session)
	assert.Equal(t, "one moment", text)

	// The late handler's push is refused, and its result is dropped: the
	// next frame on the connection answers the next event.
	require.Eventually(t, func() bool { return len(e.logsWith("late result dropped")) == 1 }, 5*time.Second, 5*time.Millisecond)
	wsSend(t, c, eventJSON("user_speak", "s1", "next"))
	session, text = wsRead(t, c)
	assert.Equal(t, "s1", session)
	assert.Equal(t, "echo: next", text)

	e.bot.mu.Lock()
	pushErrs := append([]error(nil), e.bot.pushErrs...)
	e.bot.mu.Unlock()
	require.Len(t, pushErrs, 1)
	assert.ErrorIs(t, pushErrs[0], ErrAnswered)
	assert.Equal(t, 1.0, e.events("websocket", "user_speak", OutcomeTimeout))
}

// TestDeadlineCountsQueueWait: the first event holds the session past
// both deadlines; the second expires in the queue, is answered by the
// fallback at once and never runs, over HTTP (where it gives up its place
// only when the first is done) and over WebSocket.
func TestDeadlineCountsQueueWait(t *testing.T) {
	for _, transport := range []string{"http", "websocket"} {
		t.Run(transport, func(t *testing.T) {
			e := newTestEnv(t, deadlineOptions())
			e.bot.release = make(chan struct{})
			if transport == "http" {
				post := func(text string) <-chan string {
					answer := make(chan string, 1)
					go func() {
						_, body, _ := e.post(eventJSON("user_speak", "s1", text))
						answer <- body
					}()
					return answer
				}
				first := post("block")
				require.Equal(t, "s1", <-e.bot.started)
				second := post("queued")
				assert.Contains(t, <-first, "one moment")
				assert.Contains(t, <-second, "one moment", "answered while the first still runs")
			} else {
				c := e.dial()
				wsSend(t, c, eventJSON("user_speak", "s1", "block"))
				require.Equal(t, "s1", <-e.bot.started)
				wsSend(t, c, eventJSON("user_speak", "s1", "queued"))
				for range 2 {
					_, text := wsRead(t, c)
					assert.Equal(t, "one moment", text)
				}
			}
			close(e.bot.release)
			require.Eventually(t, func() bool { return e.h.queues.len() == 0 }, 5*time.Second, 5*time.Millisecond)
			assert.Equal(t, []string{"block"}, e.bot.texts(), "the expired event did not run")
			assert.Equal(t, 2.0, e.events(transport, "user_speak", OutcomeTimeout))
		})
	}
}

// TestDeadlineReportsGetNoAction: session_end and the service's reports
// (PROTOCOL 10.3: nobody waits for an answer to them) never get the
// fallback, over HTTP or WebSocket, while a caller's event does.
func TestDeadlineReportsGetNoAction(t *testing.T) {
	slow := AppFunc(func(ctx context.Context, _ *framework.Request) (*framework.Result, error) {
		<-ctx.Done()
		return &framework.Result{}, nil
	})
	e := newTestEnvApp(t, slow, nil, deadlineOptions())
	reports := []string{
		eventJSON("user_speech_started", "s1", ""),
		eventJSON("assistant_speak", "s1", "hello"),
		eventJSON("assistant_speech_ended", "s1", ""),
		`{"type":"sms_failed","session":{"id":"s1"}}`,
		eventJSON("session_end", "s1", ""),
	}
	for _, r := range reports {
		status, body, _ := e.post(r)
		assert.Equal(t, 204, status, "%s gets no action, not even the fallback", r)
		assert.Empty(t, body)
	}
	c := e.dial()
	for _, r := range reports {
		wsSend(t, c, r)
	}
	wsSend(t, c, eventJSON("user_speak", "s2", "hi"))
	_, text := wsRead(t, c)
	assert.Equal(t, "one moment", text, "the first frame is the fallback of the caller's event")
	status, body, _ := e.post(eventJSON("user_speak", "s1", "hi"))
	assert.Equal(t, 200, status)
	assert.Contains(t, body, "one moment")
}
