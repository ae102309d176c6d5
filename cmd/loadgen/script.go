package main

import (
	"errors"
	"fmt"
	"strings"
)

// Event types of sipgate AI Flow that a script can send.
const (
	typeSessionStart = "session_start"
	typeDTMF         = "dtmf_received"
	typeUserSpeak    = "user_speak"
	typeInputTimeout = "user_input_timeout"
	typeSessionEnd   = "session_end"
)

// Expect is what a step's answer must look like.
type Expect int

// The expectations a step can carry; the checks are loose on purpose.
const (
	// ExpectAny accepts any successful answer, empty or not.
	ExpectAny Expect = iota
	// ExpectAnswer wants a non-empty answer naming the call's session.
	ExpectAnswer
	// ExpectNone wants no answer (HTTP 204).
	ExpectNone
	// ExpectHangup wants an answer that contains a hangup action.
	ExpectHangup
)

var expectNames = map[string]Expect{"any": ExpectAny, "answer": ExpectAnswer, "none": ExpectNone, "hangup": ExpectHangup}

// String returns the expectation as a script writes it.
func (e Expect) String() string {
	for name, v := range expectNames {
		if v == e {
			return name
		}
	}
	return fmt.Sprintf("Expect(%d)", int(e))
}

// answered reports whether a frame comes back for the step on a
// WebSocket, where loadgen must know it in advance.
func (e Expect) answered() bool { return e == ExpectAnswer || e == ExpectHangup }

// Step is one event of a scripted call: its type, its digit or text, and
// what its answer must look like.
type Step struct {
	Type   string
	Arg    string
	Expect Expect
}

// Script is the list of events one call plays, in order.
type Script []Step

// errScript is wrapped by every script syntax error.
var errScript = errors.New("bad script")

// defaultScriptText is the customer-number dialogue of the demo: the menu,
// option 2, six digits (the first stops the prompt with a barge_in, the
// sixth is read back), 1 to confirm, 9 to say goodbye and hang up, and the
// end of the call.
const defaultScriptText = `
start  -> answer
dtmf 2 -> answer
dtmf 4 -> answer
dtmf 7 -> none
dtmf 1 -> none
dtmf 1 -> none
dtmf 0 -> none
dtmf 8 -> answer
dtmf 1 -> answer
dtmf 9 -> hangup
end    -> none
`

// startOnlyScriptText opens a call and leaves it open.
const startOnlyScriptText = `start -> answer`

// verbs maps the words a script may use to event types.
var verbs = map[string]string{
	"start": typeSessionStart, typeSessionStart: typeSessionStart,
	"dtmf": typeDTMF, typeDTMF: typeDTMF,
	"say": typeUserSpeak, typeUserSpeak: typeUserSpeak,
	"timeout": typeInputTimeout, typeInputTimeout: typeInputTimeout,
	"end": typeSessionEnd, typeSessionEnd: typeSessionEnd,
}

// ParseScript reads a script: one step per line or per ";", "#" starts a
// comment line, blank steps are skipped.
func ParseScript(text string) (Script, error) {
	var s Script
	for i, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == ';' }) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		st, err := parseStep(line)
		if err != nil {
			return nil, fmt.Errorf("%w: step %d %q: %w", errScript, i+1, line, err)
		}
		s = append(s, st)
	}
	switch {
	case len(s) == 0:
		return nil, fmt.Errorf("%w: no steps", errScript)
	case len(s) > maxSteps:
		return nil, fmt.Errorf("%w: %d steps, at most %d", errScript, len(s), maxSteps)
	}
	return s, nil
}

func parseStep(line string) (Step, error) {
	var st Step
	if body, exp, ok := strings.Cut(line, "->"); ok {
		e, known := expectNames[strings.TrimSpace(exp)]
		if !known {
			return st, fmt.Errorf("unknown expectation %q (want answer, none, hangup or any)", strings.TrimSpace(exp))
		}
		st.Expect, line = e, strings.TrimSpace(body)
	}
	verb, arg, _ := strings.Cut(line, " ")
	typ, ok := verbs[verb]
	if !ok {
		return st, fmt.Errorf("unknown event %q (want start, dtmf, say, timeout or end)", verb)
	}
	st.Type, st.Arg = typ, strings.TrimSpace(arg)
	switch {
	case typ == typeDTMF && (len(st.Arg) != 1 || !strings.Contains("0123456789*#", st.Arg)):
		return st, fmt.Errorf("dtmf wants one of 0-9, * or #, got %q", st.Arg)
	case typ == typeUserSpeak && st.Arg == "":
		return st, errors.New("say wants a text")
	case typ != typeDTMF && typ != typeUserSpeak && st.Arg != "":
		return st, fmt.Errorf("%s takes no argument, got %q", verb, st.Arg)
	}
	return st, nil
}

// checkWebSocket reports a step that a WebSocket run cannot play: there,
// loadgen must know whether a frame comes back.
func (s Script) checkWebSocket() error {
	for i, st := range s {
		if st.Expect == ExpectAny {
			return fmt.Errorf("%w: step %d (%s): the ws transport needs -> answer, hangup or none", errScript, i+1, st.Type)
		}
	}
	return nil
}
