package aiflow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTurnRecord(t *testing.T) {
	a, b, c := &Hangup{SessionID: "a"}, &Hangup{SessionID: "b"}, &Hangup{SessionID: "c"}

	var tr turn
	tr.record(nil)
	tr.record([]Action{})
	assert.Nil(t, tr.actions, "no actions, nothing recorded")

	first := make([]Action, 1, 4)
	first[0] = a
	tr.record(first)
	assert.Equal(t, []Action{a}, tr.actions)

	tr.record([]Action{b, c})
	assert.Equal(t, []Action{a, b, c}, tr.actions)
	assert.Equal(t, []Action{a, nil, nil, nil}, first[:4], "the first batch's spare room is not written")
}
