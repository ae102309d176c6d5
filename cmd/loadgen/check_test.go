package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckAnswer(t *testing.T) {
	const sid = "550e8400-e29b-41d4-a716-446655440000"
	speak := []byte(`{"type":"speak","session_id":"` + sid + `","text":"Hi"}`)
	hangup := []byte(`[{"type":"speak","session_id":"` + sid + `"},{"type":"hangup","session_id":"` + sid + `"}]`)
	other := []byte(`{"type":"speak","session_id":"another"}`)
	tests := []struct {
		name   string
		expect Expect
		give   answer
		loose  bool
		want   error // nil: accepted
	}{
		{name: "any accepts 200", expect: ExpectAny, give: answer{status: 200, body: speak}},
		{name: "any accepts 204", expect: ExpectAny, give: answer{status: 204}},
		{name: "answer", expect: ExpectAnswer, give: answer{status: 200, body: speak}},
		{name: "answer on the WebSocket", expect: ExpectAnswer, give: answer{body: speak}},
		{name: "answer missing", expect: ExpectAnswer, give: answer{status: 204}, want: errAnswer},
		{name: "answer for another session", expect: ExpectAnswer, give: answer{status: 200, body: other}, want: errAnswer},
		{name: "none", expect: ExpectNone, give: answer{status: 204}},
		{name: "none but answered", expect: ExpectNone, give: answer{status: 200, body: speak}, want: errAnswer},
		{name: "hangup", expect: ExpectHangup, give: answer{status: 200, body: hangup}},
		{name: "hangup missing", expect: ExpectHangup, give: answer{status: 200, body: speak}, want: errAnswer},
		{name: "server error", expect: ExpectAny, give: answer{status: 500, body: []byte(`{"error":"x"}`)}, want: errStatus},
		{name: "unauthorized", expect: ExpectAnswer, give: answer{status: 401}, want: errStatus},
		{name: "loose ignores the expectation", expect: ExpectNone, give: answer{status: 200, body: other}, loose: true},
		{name: "loose still checks the status", expect: ExpectAny, give: answer{status: 400}, loose: true, want: errStatus},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkAnswer(Step{Type: typeDTMF, Arg: "1", Expect: tt.expect}, tt.give, sid, tt.loose)
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), "dtmf_received")
		})
	}
}

func TestErrorKind(t *testing.T) {
	assert.Equal(t, "timeout", errorKind(transportError("read", errTimeoutCause())))
	assert.Equal(t, "transport", errorKind(transportError("dial", assert.AnError)))
	assert.Equal(t, "status", errorKind(checkAnswer(Step{}, answer{status: 503}, "", true)))
	assert.Equal(t, "other", errorKind(assert.AnError))
}

// errTimeoutCause is what a client returns when its deadline passed.
func errTimeoutCause() error { return fmt.Errorf("read: %w", context.DeadlineExceeded) }
