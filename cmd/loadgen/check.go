package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
)

// The kinds of errors a run counts.
var (
	errTransport = errors.New("transport")
	errStatus    = errors.New("status")
	errAnswer    = errors.New("answer")
)

// answer is what came back for one event: the HTTP status (0 on the
// WebSocket) and the body or frame, nil for none.
type answer struct {
	status int
	body   []byte
}

// checkAnswer checks an answer loosely against its step: a 2xx status on
// HTTP and, unless loose, the expectation: a non-empty answer that names
// the call's session, none, or one with a hangup.
func checkAnswer(st Step, a answer, sessionID string, loose bool) error {
	if a.status != 0 && (a.status < 200 || a.status > 299) {
		return fmt.Errorf("%w: %s answered %d", errStatus, st.Type, a.status)
	}
	if loose {
		return nil
	}
	empty := len(a.body) == 0 || a.status == http.StatusNoContent
	switch st.Expect {
	case ExpectNone:
		if !empty {
			return fmt.Errorf("%w: %s wants no answer, got %d bytes", errAnswer, st.Type, len(a.body))
		}
	case ExpectAnswer, ExpectHangup:
		if empty {
			return fmt.Errorf("%w: %s wants an answer, got none", errAnswer, st.Type)
		}
		if !bytes.Contains(a.body, []byte(sessionID)) {
			return fmt.Errorf("%w: %s: the answer does not name session %s", errAnswer, st.Type, sessionID)
		}
		if st.Expect == ExpectHangup && !bytes.Contains(a.body, []byte(`"hangup"`)) {
			return fmt.Errorf("%w: %s wants a hangup, got %.80s", errAnswer, st.Type, a.body)
		}
	}
	return nil
}
