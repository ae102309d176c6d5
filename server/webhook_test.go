package server

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWebhookAnswers(t *testing.T) {
	e := newTestEnv(t, nil)
	status, body, hdr := e.post(eventJSON("user_speak", "s1", "hi"))
	require.Equal(t, 200, status, body)
	assert.Equal(t, "application/json", hdr.Get("Content-Type"))
	assert.JSONEq(t, `{"type":"speak","session_id":"s1","text":"echo: hi"}`, body)

	status, body, _ = e.post(eventJSON("session_end", "s1", ""))
	assert.Equal(t, 204, status)
	assert.Empty(t, body)

	logs := e.eventLogs()
	require.Len(t, logs, 2)
	assert.Equal(t, "s1", logs[0]["session"])
	assert.Equal(t, "user_speak", logs[0]["type"])
	assert.Equal(t, "Bot.user_speak", logs[0]["route"])
	assert.Equal(t, OutcomeOK, logs[0]["outcome"])
	assert.EqualValues(t, 200, logs[0]["status"])
	assert.Contains(t, logs[0], "latency")
	assert.EqualValues(t, 204, logs[1]["status"])
}
