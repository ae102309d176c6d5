package aiflow_test

import (
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

func TestInputTypes(t *testing.T) {
	call := aiflow.NewCall(callID)
	tests := []struct {
		name      string
		give      aiflow.Step
		wantType  framework.InputType
		wantText  string
		wantDigit string
		wantBarge bool
	}{
		{"session_start is LAUNCH", call.Start(), framework.InputLaunch, "", "", false},
		{"user_speak is TEXT", call.Say("opening hours"), framework.InputText, "opening hours", "", false},
		{"user_speak barged in", call.BargeIn("no, Tuesday"), aiflow.InputUserBargeIn, "no, Tuesday", "", true},
		{"legacy user_barge_in", call.LegacyBargeIn("stop"), aiflow.InputUserBargeIn, "stop", "", true},
		{"user_speech_started", call.SpeechStarted(), aiflow.InputUserSpeechStarted, "", "", false},
		{"dtmf_received carries the digit", call.Press("#"), aiflow.InputDTMFReceived, "#", "#", false},
		{"assistant_speak carries the text", call.AssistantSpeak("Welcome!", 1200, 1700000000000), aiflow.InputAssistantSpeak, "Welcome!", "", false},
		{"assistant_speech_ended", call.SpeechEnded(), aiflow.InputAssistantSpeechEnded, "", "", false},
		{"user_input_timeout", call.Timeout(), aiflow.InputUserInputTimeout, "", "", false},
		{"sms_failed", call.SMSFailed("+4915112345678", "blocked"), aiflow.InputSMSFailed, "", "", false},
		{"session_end is END", call.End(), framework.InputEnd, "", "", false},
		{"unknown types keep their name", call.Unknown("call_recorded"), "call_recorded", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newBot(func(d *framework.Def) {}).suite(t)
			res := s.Run(tt.give)
			c := res.Context
			assert.Equal(t, tt.wantType, c.Input.Type)
			assert.Equal(t, tt.wantText, c.Input.Text)
			assert.Equal(t, tt.wantDigit, aiflow.Digit(c))
			assert.Equal(t, tt.wantBarge, aiflow.BargedIn(c))
			ev := aiflow.EventOf(c)
			require.NotNil(t, ev)
			assert.Same(t, ev, c.Input.Raw)
			assert.Equal(t, tt.give.Event.Type, ev.Type)
			assert.Equal(t, call.Session, aiflow.SessionInfo(c))
			assert.Equal(t, callID, c.Session.ID)
			assert.Equal(t, "+4915112345678", c.User.ID)
		})
	}
}

func TestInputTypeOf(t *testing.T) {
	for _, tt := range []struct {
		give aiflow.Event
		want framework.InputType
	}{
		{aiflow.Event{Type: aiflow.EventUserSpeak, BargedIn: false}, framework.InputText},
		{aiflow.Event{Type: aiflow.EventUserSpeak, BargedIn: true}, aiflow.InputUserBargeIn},
		{aiflow.Event{Type: aiflow.EventSessionEnd}, aiflow.InputSessionEnd},
		{aiflow.Event{Type: "x_new"}, "x_new"},
	} {
		t.Run(string(tt.want), func(t *testing.T) {
			assert.Equal(t, tt.want, aiflow.InputTypeOf(&tt.give))
		})
	}
}

func TestTypedAccess(t *testing.T) {
	call := aiflow.NewCall(callID)
	call.Session.Direction = aiflow.DirectionOutbound
	var got struct {
		speak aiflow.AssistantSpeak
		ok    bool
		info  aiflow.Session
	}
	s, _ := newBot(func(d *framework.Def) {
		d.Handle("Spoke", func(c *framework.Context) error {
			got.speak, got.ok = aiflow.EventOf(c).AssistantSpeak()
			got.info = aiflow.SessionInfo(c)
			return nil
		}, framework.Types(aiflow.InputAssistantSpeak), framework.Global())
	}).suite(t)
	res := s.Run(call.AssistantSpeak("Hi", 1500, 1700000000000))
	require.True(t, got.ok)
	assert.Equal(t, aiflow.AssistantSpeak{Text: "Hi", Duration: 1500 * time.Millisecond, StartedAt: time.UnixMilli(1700000000000)}, got.speak)
	assert.Equal(t, aiflow.DirectionOutbound, got.info.Direction)
	assert.Equal(t, "+4921112345678", res.Context.User.ID, "outbound: the callee is the user")
}

func TestUserID(t *testing.T) {
	tests := []struct {
		name string
		give aiflow.Session
		want string
	}{
		{"inbound: the caller", aiflow.Session{FromPhoneNumber: "+4915112345678", ToPhoneNumber: "+492111"}, "+4915112345678"},
		{"outbound: the callee", aiflow.Session{Direction: aiflow.DirectionOutbound, FromPhoneNumber: "+492111", ToPhoneNumber: "4915112345678"}, "4915112345678"},
		{"no direction counts as inbound", aiflow.Session{FromPhoneNumber: "+4930123"}, "+4930123"},
		{"withheld number", aiflow.Session{FromPhoneNumber: "anonymous"}, ""},
		{"no number", aiflow.Session{}, ""},
		{"too short", aiflow.Session{FromPhoneNumber: "+1"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, aiflow.UserID(tt.give))
		})
	}
}

func TestWithheldNumbersShareNoUser(t *testing.T) {
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			c.User.Data["seen"] = true
			return nil
		})
	})
	s, _ := b.suite(t)
	call := aiflow.NewCall(callID)
	call.Session.FromPhoneNumber = "anonymous"
	res := s.Run(call.Start())
	assert.Empty(t, res.Context.User.ID)
	_, err := s.App().Store().LoadUser(t.Context(), "anonymous")
	assert.ErrorIs(t, err, framework.ErrNotFound)
}

func TestBadEvent(t *testing.T) {
	s, _ := newBot(func(d *framework.Def) {}).suite(t)
	_, err := s.RunE(rawStep(`{"type":"dtmf_received","digit":"A","session":{"id":"s"}}`))
	require.Error(t, err)
	assert.ErrorIs(t, err, framework.ErrBadRequest)
	assert.ErrorIs(t, err, aiflow.ErrInvalidValue)
	assert.EqualError(t, err, `bad request: aiflow: invalid event: field "digit": invalid value: want one of 0-9, * or #, got "A"`)
}

// rawStep sends a body as it came.
type rawStep string

func (s rawStep) Request() (*framework.Request, error) {
	return &framework.Request{Body: []byte(s), Transport: framework.TransportTest}, nil
}

func TestDecodedEventIsTakenAsIs(t *testing.T) {
	s, _ := newBot(func(d *framework.Def) {}).suite(t)
	ev := &aiflow.Event{Type: aiflow.EventDTMFReceived, Digit: "7", Session: aiflow.Session{ID: "s-9"}}
	res, err := s.RunE(valueStep{ev})
	require.NoError(t, err)
	assert.Same(t, ev, aiflow.EventOf(res.Context))
	assert.Equal(t, "s-9", res.Context.Session.ID)
}

// valueStep hands the app an event decoded elsewhere, as the server does.
type valueStep struct{ ev *aiflow.Event }

func (s valueStep) Request() (*framework.Request, error) {
	return &framework.Request{Value: s.ev, Transport: framework.TransportHTTP}, nil
}

func TestAccessorsOnOtherPlatforms(t *testing.T) {
	var c *framework.Context
	s := testsuite.New(t, framework.New(framework.Config{Components: []framework.Component{comp(func(d *framework.Def) {
		d.Name("Bot")
		d.Handle(framework.Launch, func(ctx *framework.Context) error { c = ctx; return nil })
	})}}))
	s.Run(testsuite.Launch())
	require.NotNil(t, c)
	assert.Nil(t, aiflow.EventOf(c))
	assert.Empty(t, aiflow.Digit(c))
	assert.False(t, aiflow.BargedIn(c))
	assert.False(t, aiflow.TransferReturned(c))
	assert.Zero(t, aiflow.BargeInCount(c))
	assert.Equal(t, aiflow.Session{}, aiflow.SessionInfo(c))
}

func TestConfigDefaults(t *testing.T) {
	p := aiflow.New(aiflow.Config{})
	cfg := p.Config()
	assert.Equal(t, "aiflow", p.Name())
	assert.Equal(t, &aiflow.TTS{Provider: aiflow.TTSAzure, Language: "en-US", Voice: "en-US-JennyNeural"}, cfg.TTS)
	assert.Equal(t, &aiflow.BargeInConfig{Strategy: aiflow.StrategyMinimumCharacters, MinimumCharacters: 3}, cfg.BargeIn)
	assert.Equal(t, 4*time.Second, cfg.UserInputTimeout)
	assert.Equal(t, aiflow.AsyncAuto, cfg.Async)
	assert.False(t, p.AuthEnabled())
	assert.Equal(t, "aiflow.Platform(aiflow)", p.String())

	named := aiflow.New(aiflow.Config{Name: "hotline", IntentMap: map[string]string{"A": "B"}})
	assert.Equal(t, "hotline", named.Name())
	assert.Equal(t, map[string]string{"A": "B"}, named.IntentMap())
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		give aiflow.Config
		want string
	}{
		{"unknown tts provider", aiflow.Config{TTS: &aiflow.TTS{Provider: "polly"}},
			`aiflow: Config.TTS: invalid speak action: field "tts.provider": unknown provider "polly"`},
		{"barge-in out of range", aiflow.Config{BargeIn: &aiflow.BargeInConfig{Strategy: aiflow.StrategyMinimumCharacters, MinimumCharacters: 500}},
			`aiflow: Config.BargeIn: invalid speak action: field "barge_in.minimum_characters": want 1–100, got 500`},
		{"unknown async mode", aiflow.Config{Async: 7}, `aiflow: Config.Async: unknown mode 7`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := framework.New(framework.Config{Components: []framework.Component{comp(func(d *framework.Def) { d.Name("Bot") })}})
			err := app.Use(aiflow.New(tt.give)).Initialize(t.Context())
			require.Error(t, err)
			assert.ErrorIs(t, err, framework.ErrInvalidConfig)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestCheckAuth(t *testing.T) {
	header := func(v string) http.Header {
		h := http.Header{}
		if v != "" {
			h.Set(aiflow.HeaderAPIToken, v)
		}
		return h
	}
	tests := []struct {
		name        string
		tokens      []string
		give        http.Header
		want        error
		wantEnabled bool
	}{
		{"no token configured lets everything in", nil, header(""), nil, false},
		{"empty tokens are skipped", []string{""}, header("x"), nil, false},
		{"missing header", []string{"secret"}, header(""), aiflow.ErrMissingToken, true},
		{"wrong token", []string{"secret"}, header("guess"), aiflow.ErrWrongToken, true},
		{"right token", []string{"secret"}, header("secret"), nil, true},
		{"old token during rotation", []string{"new", "old"}, header("old"), nil, true},
		{"lower-case header written by hand", []string{"secret"}, http.Header{"x-api-token": {"secret"}}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := aiflow.New(aiflow.Config{Tokens: tt.tokens})
			err := p.CheckAuth(tt.give)
			if tt.want == nil {
				assert.NoError(t, err)
			} else {
				assert.True(t, errors.Is(err, tt.want), "got %v", err)
			}
			assert.Equal(t, tt.wantEnabled, p.AuthEnabled())
		})
	}
}
