package aiflow_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

const wav = "UklGRiQAAABXQVZF"

func TestOutputGolden(t *testing.T) {
	const sid = `"session_id":"call-1"`
	tests := []struct {
		name string
		give []output.Output
		want string // "" is no body: HTTP 204
	}{
		{"message is a speak with the defaults", []output.Output{output.Say("Hello!")},
			`{"type":"speak",` + sid + `,"text":"Hello!",` + defaults + `}`},
		{"ssml message", []output.Output{output.Say(`<speak>Hi <break time="1s"/> there</speak>`)},
			`{"type":"speak",` + sid + `,"ssml":"<speak>Hi <break time=\"1s\"/> there</speak>",` + defaults + `}`},
		{"speech wins over text", []output.Output{output.Template{Message: output.SpeechText("Say this", "Show this")}},
			`{"type":"speak",` + sid + `,"text":"Say this",` + defaults + `}`},
		{"messages of one turn merge", []output.Output{output.Say("Hello!"), output.Say("How can I help?")},
			`{"type":"speak",` + sid + `,"text":"Hello! How can I help?",` + defaults + `}`},
		{"listen false is speak then hangup, no timer", []output.Output{output.Tell{Message: output.Speech("Bye!")}},
			`[{"type":"speak",` + sid + `,"text":"Bye!",` + defTTS + `,` + defBargeIn + `},{"type":"hangup",` + sid + `}]`},
		{"listen false alone is a hangup", []output.Output{output.Template{Listen: &output.Listen{Open: false}}},
			`{"type":"hangup",` + sid + `}`},
		{"ask keeps listening", []output.Output{output.Ask{Question: output.Speech("Which day?")}},
			`{"type":"speak",` + sid + `,"text":"Which day?",` + defaults + `}`},

		{"speak output gets the session and the defaults", []output.Output{&aiflow.Speak{Text: "Hi"}},
			`{"type":"speak",` + sid + `,"text":"Hi",` + defaults + `}`},
		{"speak options win over the defaults", []output.Output{&aiflow.Speak{Text: "Hi",
			TTS:     &aiflow.TTS{Provider: aiflow.TTSElevenLabs, Voice: "v1"},
			BargeIn: &aiflow.BargeInConfig{Strategy: aiflow.StrategyNone}, UserInputTimeoutSeconds: 9, VAD: &aiflow.VAD{EndOfTurnSilenceMS: 800}}},
			`{"type":"speak",` + sid + `,"text":"Hi","tts":{"provider":"eleven_labs","voice":"v1"},"barge_in":{"strategy":"none"},"user_input_timeout_seconds":9,"vad":{"end_of_turn_silence_ms":800}}`},
		{"NoUserInputTimeout arms no timer", []output.Output{&aiflow.Speak{Text: "Hi", UserInputTimeoutSeconds: aiflow.NoUserInputTimeout}},
			`{"type":"speak",` + sid + `,"text":"Hi",` + defTTS + `,` + defBargeIn + `}`},
		{"a speak before a hangup arms no timer", []output.Output{output.Say("Bye"), &aiflow.Hangup{}},
			`[{"type":"speak",` + sid + `,"text":"Bye",` + defTTS + `,` + defBargeIn + `},{"type":"hangup",` + sid + `}]`},
		{"a speak before a transfer arms no timer", []output.Output{&aiflow.Speak{Text: "Connecting."},
			&aiflow.Transfer{TargetPhoneNumber: "+4921112345", CallerIDName: "Bot", CallerIDNumber: "+4921100000", Timeout: 30}},
			`[{"type":"speak",` + sid + `,"text":"Connecting.",` + defTTS + `,` + defBargeIn + `},` +
				`{"type":"transfer",` + sid + `,"target_phone_number":"4921112345","caller_id_name":"Bot","caller_id_number":"4921100000","timeout":30}]`},
		{"an explicit timer before a hangup stays", []output.Output{&aiflow.Speak{Text: "Bye", UserInputTimeoutSeconds: 2}, &aiflow.Hangup{}},
			`[{"type":"speak",` + sid + `,"text":"Bye",` + defTTS + `,` + defBargeIn + `,"user_input_timeout_seconds":2},{"type":"hangup",` + sid + `}]`},
		{"audio", []output.Output{&aiflow.Audio{Audio: wav}},
			`{"type":"audio",` + sid + `,"audio":"` + wav + `"}`},
		{"hangup", []output.Output{&aiflow.Hangup{}}, `{"type":"hangup",` + sid + `}`},
		{"barge_in goes first", []output.Output{output.Say("Sorry."), &aiflow.BargeIn{}},
			`[{"type":"barge_in",` + sid + `},{"type":"speak",` + sid + `,"text":"Sorry.",` + defaults + `}]`},
		{"mix_audio", []output.Output{&aiflow.MixAudio{Audio: wav, Volume: new(0.2)}},
			`{"type":"mix_audio",` + sid + `,"audio":"` + wav + `","volume":0.2}`},
		{"send_sms strips the +", []output.Output{&aiflow.SendSMS{PhoneNumber: "+4915112345678", Message: "Our address: Gladbacher Str. 74"}},
			`{"type":"send_sms",` + sid + `,"phone_number":"4915112345678","message":"Our address: Gladbacher Str. 74"}`},
		{"configure_transcription", []output.Output{&aiflow.ConfigureTranscription{Provider: aiflow.STTDeepgram, Languages: []string{"de-DE"}}},
			`{"type":"configure_transcription",` + sid + `,"provider":"DEEPGRAM","languages":["de-DE"]}`},
		{"configure_voice_to_voice", []output.Output{&aiflow.ConfigureVoiceToVoice{SystemPrompt: "Be brief.", Language: "de"}},
			`{"type":"configure_voice_to_voice",` + sid + `,"system_prompt":"Be brief.","language":"de"}`},
		{"a session id of the action's own is replaced", []output.Output{&aiflow.Hangup{SessionID: "other"}},
			`{"type":"hangup",` + sid + `}`},

		{"the aiflow override replaces the message", []output.Output{output.Template{
			Message:   output.Speech("Tap the button."),
			Platforms: map[string]*output.PlatformOutput{aiflow.OutputKey: {Template: output.Template{Message: output.Speech("Press 1.")}}},
		}}, `{"type":"speak",` + sid + `,"text":"Press 1.",` + defaults + `}`},
		{"other platforms' overrides are ignored", []output.Output{output.Template{
			Message:   output.Speech("Hi."),
			Platforms: map[string]*output.PlatformOutput{"alexa": {Template: output.Template{Message: output.Speech("Hey Alexa user.")}}},
		}}, `{"type":"speak",` + sid + `,"text":"Hi.",` + defaults + `}`},
		{"remove drops the generic message", []output.Output{output.Template{
			Message: output.Speech("Goodbye, see you on screen."), Listen: &output.Listen{Open: false},
			Platforms: map[string]*output.PlatformOutput{aiflow.OutputKey: {Remove: []output.Key{output.KeyMessage}}},
		}}, `{"type":"hangup",` + sid + `}`},
		{"native response is one action", []output.Output{output.Template{
			Message: output.Speech("Connecting you."),
			Platforms: map[string]*output.PlatformOutput{aiflow.OutputKey: {NativeResponse: map[string]any{
				"type": "transfer", "target_phone_number": "+4921112345", "caller_id_name": "Bot", "caller_id_number": "4921100000",
			}}},
		}}, `[{"type":"speak",` + sid + `,"text":"Connecting you.",` + defTTS + `,` + defBargeIn + `},` +
			`{"type":"transfer",` + sid + `,"target_phone_number":"4921112345","caller_id_name":"Bot","caller_id_number":"4921100000"}]`},
		{"override and native response together", []output.Output{output.Template{
			Message: output.Speech("Tap the button below."),
			Platforms: map[string]*output.PlatformOutput{aiflow.OutputKey: {
				Template:       output.Template{Message: output.Speech("Press 1.")},
				NativeResponse: map[string]any{"type": "mix_audio", "stop": true},
			}},
		}}, `[{"type":"speak",` + sid + `,"text":"Press 1.",` + defaults + `},{"type":"mix_audio",` + sid + `,"stop":true}]`},
		{"a native speak gets the defaults", []output.Output{output.Template{
			Platforms: map[string]*output.PlatformOutput{aiflow.OutputKey: {NativeResponse: map[string]any{
				"type": "speak", "session_id": "ignored", "text": "Native.", "barge_in": map[string]any{"strategy": "immediate"},
			}}},
		}}, `{"type":"speak",` + sid + `,"text":"Native.",` + defTTS + `,"barge_in":{"strategy":"immediate"},"user_input_timeout_seconds":4}`},

		{"empty is no action", []output.Output{aiflow.Empty{}}, ""},
		{"empty beside output changes nothing", []output.Output{aiflow.Empty{}, &aiflow.Hangup{}}, `{"type":"hangup",` + sid + `}`},
		{"nothing sent is no action", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newBot(func(d *framework.Def) { d.Handle(framework.Launch, send(tt.give...)) }).suite(t)
			res := s.Run(aiflow.NewCall(callID).Start())
			require.NoError(t, res.Err)
			assert.Equal(t, tt.want, body(res))
			if tt.want == "" {
				assert.Nil(t, res.Body, "no body means HTTP 204")
			}
		})
	}
}

func TestOutputDoesNotChangeTheSentAction(t *testing.T) {
	sp := &aiflow.Speak{Text: "Hi"}
	s, _ := newBot(func(d *framework.Def) { d.Handle(framework.Launch, send(sp)) }).suite(t)
	s.Run(aiflow.NewCall(callID).Start())
	assert.Equal(t, &aiflow.Speak{Text: "Hi"}, sp)
}

func TestPlatformDefaultsFromConfig(t *testing.T) {
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, send(output.Say("Hallo!"), &aiflow.Speak{Text: "Eigene Stimme.", TTS: &aiflow.TTS{Provider: aiflow.TTSAzure, Voice: "de-DE-ConradNeural"}}))
	})
	b.platform = aiflow.Config{
		TTS:              &aiflow.TTS{Provider: aiflow.TTSAzure, Language: "de-DE", Voice: "de-DE-KatjaNeural"},
		BargeIn:          &aiflow.BargeInConfig{Strategy: aiflow.StrategyImmediate, AllowAfterMS: 300},
		UserInputTimeout: 2500 * time.Millisecond,
	}
	s, _ := b.suite(t)
	res := s.Run(aiflow.NewCall(callID).Start())
	assert.Equal(t, `[{"type":"speak","session_id":"call-1","text":"Hallo!","tts":{"provider":"azure","language":"de-DE","voice":"de-DE-KatjaNeural"},`+
		`"barge_in":{"strategy":"immediate","allow_after_ms":300},"user_input_timeout_seconds":2.5},`+
		`{"type":"speak","session_id":"call-1","text":"Eigene Stimme.","tts":{"provider":"azure","voice":"de-DE-ConradNeural"},`+
		`"barge_in":{"strategy":"immediate","allow_after_ms":300},"user_input_timeout_seconds":2.5}]`, body(res))
}

func TestNoDefaultInputTimeout(t *testing.T) {
	b := newBot(func(d *framework.Def) { d.Handle(framework.Launch, send(output.Say("Hi"))) })
	b.platform.UserInputTimeout = -1
	s, _ := b.suite(t)
	res := s.Run(aiflow.NewCall(callID).Start())
	assert.Equal(t, `{"type":"speak","session_id":"call-1","text":"Hi",`+defTTS+`,`+defBargeIn+`}`, body(res))
}

func TestInvalidOutputFallsBack(t *testing.T) {
	const fallback = `{"type":"speak","session_id":"call-1","text":"Sorry, something went wrong.",` + defaults + `}`
	tests := []struct {
		name     string
		give     []output.Output
		wantErr  error
		wantText string
	}{
		{"invalid action", []output.Output{output.Say("Fine so far."), &aiflow.Speak{}},
			aiflow.ErrInvalidAction, `action 2 of 2: invalid speak action: field "text": one of text or ssml is required`},
		{"invalid transfer number", []output.Output{&aiflow.Transfer{TargetPhoneNumber: "0211 12345", CallerIDName: "Bot", CallerIDNumber: "4921100000"}},
			aiflow.ErrInvalidAction, `field "target_phone_number": want an E.164 number`},
		{"unknown native action", []output.Output{output.Template{Platforms: map[string]*output.PlatformOutput{
			aiflow.OutputKey: {NativeResponse: map[string]any{"type": "dtmf", "digits": "12"}}}}},
			aiflow.ErrInvalidValue, `output 1: native response: aiflow: invalid actions: field "type": invalid value: unknown action type "dtmf"`},
		{"invalid template", []output.Output{output.Template{Message: &output.Message{Speech: " "}}},
			framework.ErrOutputValidation, `output 1: `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBot(func(d *framework.Def) { d.Handle(framework.Launch, send(tt.give...)) })
			b.app.Fallback = []output.Template{output.Say("Sorry, something went wrong.")}
			s, _ := b.suite(t)
			res := s.Run(aiflow.NewCall(callID).Start())
			assert.Equal(t, fallback, body(res), "the fallback, never a half-formed response")
			require.Error(t, res.Err)
			assert.ErrorIs(t, res.Err, framework.ErrOutputValidation)
			assert.ErrorIs(t, res.Err, tt.wantErr)
			assert.Contains(t, res.Err.Error(), tt.wantText)
			errs := b.errs.all()
			require.Len(t, errs, 1, "the error listener heard of it")
			assert.Same(t, res.Err, errs[0])
		})
	}
}

func TestInvalidFallbackIsNoAction(t *testing.T) {
	b := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(*framework.Context) error { return errors.New("db down") })
	})
	b.app.Fallback = []output.Template{{Platforms: map[string]*output.PlatformOutput{
		aiflow.OutputKey: {NativeResponse: map[string]any{"type": "speak"}}}}}
	s, _ := b.suite(t)
	res := s.Run(aiflow.NewCall(callID).Start())
	assert.Nil(t, res.Body, "204 rather than an invalid action")
	var he *framework.HandlerError
	require.ErrorAs(t, res.Err, &he)
	errs := b.errs.all()
	require.Len(t, errs, 2)
	assert.ErrorIs(t, errs[1], aiflow.ErrInvalidAction, "the broken fallback is reported too")
}

func TestActions(t *testing.T) {
	var got []aiflow.Action
	var p *aiflow.Platform
	s, p := newBot(func(d *framework.Def) {
		d.Handle(framework.Launch, func(c *framework.Context) error {
			if err := c.Send(output.Tell{Message: output.Speech("Bye")}); err != nil {
				return err
			}
			var err error
			got, err = p.Actions(c, c.Output)
			return err
		})
	}).suite(t)
	s.Run(aiflow.NewCall(callID).Start())
	require.Len(t, got, 2)
	assert.Equal(t, &aiflow.Speak{SessionID: callID, Text: "Bye", TTS: p.Config().TTS, BargeIn: p.Config().BargeIn}, got[0])
	assert.Equal(t, &aiflow.Hangup{SessionID: callID}, got[1])
}
