package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/platform/aiflow"
)

// A turn is one event of a scripted call and what the demo must answer.
type turn struct {
	// give builds the event for the call in a locale.
	give func(c *aiflow.Call, locale string) aiflow.Step
	// want are the types of the answer's actions; none: no answer.
	want []string
	// say is the text the answer's speaks must say together; nil does
	// not check it.
	say func(x *texts) string
	// check, if set, checks the actions further.
	check func(t *testing.T, acts []aiflow.Action)
}

// script runs turns on a new call over l and checks every answer.
func script(t *testing.T, l line, x *texts, call *aiflow.Call, turns []turn) {
	t.Helper()
	for i, tt := range turns {
		step := tt.give(call, x.locale)
		acts := l.send(t, step, len(tt.want) > 0)
		require.Equal(t, tt.want, nilIfEmpty(kinds(acts)), "turn %d (%s)", i+1, step.Event.Type)
		if tt.say != nil {
			require.Equal(t, tt.say(x), spoken(acts), "turn %d (%s)", i+1, step.Event.Type)
		}
		for _, a := range acts {
			require.Equal(t, call.Session.ID, sessionOf(a), "turn %d", i+1)
		}
		if tt.check != nil {
			tt.check(t, acts)
		}
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// sessionOf returns the session id of an action.
func sessionOf(a aiflow.Action) string {
	switch a := a.(type) {
	case *aiflow.Speak:
		return a.SessionID
	case *aiflow.Hangup:
		return a.SessionID
	case *aiflow.Transfer:
		return a.SessionID
	case *aiflow.SendSMS:
		return a.SessionID
	case *aiflow.BargeIn:
		return a.SessionID
	}
	return ""
}

// The events of a call, for turns.

func start() func(*aiflow.Call, string) aiflow.Step {
	return func(c *aiflow.Call, _ string) aiflow.Step { return c.Start() }
}

func press(key string) func(*aiflow.Call, string) aiflow.Step {
	return func(c *aiflow.Call, _ string) aiflow.Step { return c.Press(key) }
}

// say is user_speak with the words in English or German.
func say(en, de string) func(*aiflow.Call, string) aiflow.Step {
	return func(c *aiflow.Call, locale string) aiflow.Step { return c.Say(pick(locale, en, de)) }
}

// bargeIn is user_speak with barged_in.
func bargeIn(en, de string) func(*aiflow.Call, string) aiflow.Step {
	return func(c *aiflow.Call, locale string) aiflow.Step { return c.BargeIn(pick(locale, en, de)) }
}

func silence() func(*aiflow.Call, string) aiflow.Step {
	return func(c *aiflow.Call, _ string) aiflow.Step { return c.Timeout() }
}

func end() func(*aiflow.Call, string) aiflow.Step {
	return func(c *aiflow.Call, _ string) aiflow.Step { return c.End() }
}

func pick(locale, en, de string) string {
	if locale == localeDE {
		return de
	}
	return en
}

// The answers, for turns.

// speaks is an answer of one speak; hangsUp a speak and a hangup.
func speaks() []string  { return []string{"speak"} }
func hangsUp() []string { return []string{"speak", "hangup"} }

// text says the text of key.
func text(key string, kv ...any) func(*texts) string {
	return func(x *texts) string { return x.get(key, kv...) }
}

// menu says the menu with the intro of introKey, after the texts of
// before.
func menu(introKey string, before ...string) func(*texts) string {
	return func(x *texts) string {
		parts := make([]string, 0, len(before)+1)
		for _, k := range before {
			parts = append(parts, x.get(k))
		}
		return join(append(parts, x.menu(introKey))...)
	}
}

// then joins what the parts say.
func then(parts ...func(*texts) string) func(*texts) string {
	return func(x *texts) string {
		s := make([]string, 0, len(parts))
		for _, p := range parts {
			s = append(s, p(x))
		}
		return join(s...)
	}
}

// greeting is the answer to session_start.
func greeting() turn {
	return turn{give: start(), want: speaks(), say: menu("menu.intro", "greeting")}
}
