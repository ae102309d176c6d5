package aiflow_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// exampleT stands in for the *testing.T a test passes to testsuite.New:
// an example has none.
type exampleT struct{ testing.TB }

func (exampleT) Helper()                           {}
func (exampleT) Context() context.Context          { return context.Background() }
func (exampleT) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }

// Hotline is a small phone bot: it greets, answers one question by voice
// or keypad, and says goodbye.
type Hotline struct{}

func (Hotline) Define(d *framework.Def) {
	d.Name("Hotline")
	d.Handle(framework.Launch, func(c *framework.Context) error {
		return c.Send(output.Ask{Question: output.Speech("Hello! Say hours, or press 1.")})
	})
	d.Handle("Hours", func(c *framework.Context) error {
		return c.Send(output.Tell{Message: output.Speech("We are open from nine to five. Goodbye!")})
	}, framework.Types(framework.InputText, aiflow.InputDTMFReceived), framework.Global())
	d.Handle(framework.End, func(c *framework.Context) error {
		c.User.Data["calls"] = 1
		return nil
	})
}

// printBody prints a response the way the service receives it.
func printBody(r *testsuite.Result) {
	if r.Body == nil {
		fmt.Println("204 No Content")
		return
	}
	fmt.Println(string(r.Body))
}

// A test of a bot on AI Flow reads like the call: NewCall makes the
// events, testsuite runs them through the app, and the result holds the
// body the service would get.
func ExampleNewCall() {
	var t testing.TB = exampleT{} // in a test: the test's *testing.T
	platform := aiflow.New(aiflow.Config{UserInputTimeout: -1})
	suite := testsuite.New(t, framework.New(framework.Config{
		Components: []framework.Component{Hotline{}},
	}), testsuite.WithPlatform(platform))

	call := aiflow.NewCall("call-42")
	printBody(suite.Run(call.Start()))
	printBody(suite.Run(call.Press("1")))
	printBody(suite.Run(call.End()))
	fmt.Println("user:", suite.User().ID, suite.User().Data["calls"])
	// Output:
	// {"type":"speak","session_id":"call-42","text":"Hello! Say hours, or press 1.","tts":{"provider":"azure","language":"en-US","voice":"en-US-JennyNeural"},"barge_in":{"strategy":"minimum_characters","minimum_characters":3}}
	// [{"type":"speak","session_id":"call-42","text":"We are open from nine to five. Goodbye!","tts":{"provider":"azure","language":"en-US","voice":"en-US-JennyNeural"},"barge_in":{"strategy":"minimum_characters","minimum_characters":3}},{"type":"hangup","session_id":"call-42"}]
	// 204 No Content
	// user: +4915112345678 1
}

// Actions are outputs: send them like any other. The platform fills in the
// session id and, for a speak, the defaults it does not set itself.
func ExampleSpeak() {
	var t testing.TB = exampleT{}
	suite := testsuite.New(t, framework.New(framework.Config{
		Components: []framework.Component{comp(func(d *framework.Def) {
			d.Name("Bot")
			d.Handle(framework.Launch, func(c *framework.Context) error {
				return c.Send(
					&aiflow.ConfigureTranscription{Languages: []string{"de-DE"}},
					&aiflow.Speak{
						SSML:    `<speak xml:lang="de-DE">Hallo &amp; willkommen!</speak>`,
						TTS:     &aiflow.TTS{Provider: aiflow.TTSAzure, Language: "de-DE", Voice: "de-DE-KatjaNeural"},
						BargeIn: &aiflow.BargeInConfig{Strategy: aiflow.StrategyImmediate},
					},
					&aiflow.MixAudio{Audio: "UklGRiQAAABXQVZF", Volume: new(0.1)},
				)
			})
		})},
	}), testsuite.WithPlatform(aiflow.New(aiflow.Config{})))

	printBody(suite.Run(aiflow.NewCall("call-7").Start()))
	// Output:
	// [{"type":"configure_transcription","session_id":"call-7","languages":["de-DE"]},{"type":"speak","session_id":"call-7","ssml":"<speak xml:lang=\"de-DE\">Hallo &amp; willkommen!</speak>","tts":{"provider":"azure","language":"de-DE","voice":"de-DE-KatjaNeural"},"barge_in":{"strategy":"immediate"},"user_input_timeout_seconds":4},{"type":"mix_audio","session_id":"call-7","audio":"UklGRiQAAABXQVZF","volume":0.1}]
}

// A transfer with a timeout that nobody answers brings the call back as a
// second session_start with the same session id: the TRANSFER_FALLBACK
// handler takes it, with the state and session data of before.
func ExampleTransfer() {
	var t testing.TB = exampleT{}
	suite := testsuite.New(t, framework.New(framework.Config{
		Components: []framework.Component{comp(func(d *framework.Def) {
			d.Name("Desk").Global()
			d.Handle(framework.Launch, func(c *framework.Context) error {
				return c.Send(
					output.Say("Connecting you."),
					&aiflow.Transfer{TargetPhoneNumber: "+4921112345", CallerIDName: "Desk", CallerIDNumber: "+4921100000", Timeout: 20},
				)
			})
			d.Handle("NoAnswer", func(c *framework.Context) error {
				return c.Send(output.Tell{Message: output.Speech(fmt.Sprintf("Nobody answered (returned: %v).", aiflow.TransferReturned(c)))})
			}, framework.Types(aiflow.InputTransferFallback))
		})},
	}), testsuite.WithPlatform(aiflow.New(aiflow.Config{BargeIn: &aiflow.BargeInConfig{Strategy: aiflow.StrategyNone}})))

	call := aiflow.NewCall("call-9")
	printBody(suite.Run(call.Start()))
	printBody(suite.Run(call.Start())) // the transfer came back
	// Output:
	// [{"type":"speak","session_id":"call-9","text":"Connecting you.","tts":{"provider":"azure","language":"en-US","voice":"en-US-JennyNeural"},"barge_in":{"strategy":"none"}},{"type":"transfer","session_id":"call-9","target_phone_number":"4921112345","caller_id_name":"Desk","caller_id_number":"4921100000","timeout":20}]
	// [{"type":"speak","session_id":"call-9","text":"Nobody answered (returned: true).","tts":{"provider":"azure","language":"en-US","voice":"en-US-JennyNeural"},"barge_in":{"strategy":"none"}},{"type":"hangup","session_id":"call-9"}]
}

// Empty answers with no action: HTTP 204, no WebSocket frame.
func ExampleEmpty() {
	var t testing.TB = exampleT{}
	suite := testsuite.New(t, framework.New(framework.Config{
		Components: []framework.Component{comp(func(d *framework.Def) {
			d.Name("Bot")
			d.Handle("Silence", func(c *framework.Context) error { return c.Send(aiflow.Empty{}) },
				framework.Types(aiflow.InputUserInputTimeout), framework.Global())
		})},
	}), testsuite.WithPlatform(aiflow.New(aiflow.Config{})))
	printBody(suite.Run(aiflow.NewCall("call-3").Timeout()))
	// Output:
	// 204 No Content
}

// Keypad collects keys until the hash key and reads them back.
type Keypad struct{}

func (Keypad) Define(d *framework.Def) {
	d.Name("Keypad")
	d.Handle(framework.Launch, func(c *framework.Context) error {
		return c.Send(&aiflow.Speak{Text: "Enter your PIN, then press hash."})
	})
	d.Handle("Key", func(c *framework.Context) error {
		pin, _ := c.Session.Data["pin"].(string)
		if key := aiflow.Digit(c); key != "#" {
			c.Session.Data["pin"] = pin + key
			return c.Send(aiflow.Empty{})
		}
		return c.Send(&aiflow.Speak{Text: "Your PIN is " + pin + "."})
	}, framework.Types(aiflow.InputDTMFReceived), framework.Global())
}

// PressAll makes one step per key; they go to Run as they are, and Run
// returns the result of the last.
func ExampleCall_PressAll() {
	var t testing.TB = exampleT{} // in a test: the test's *testing.T
	suite := testsuite.New(t, framework.New(framework.Config{
		Components: []framework.Component{Keypad{}},
	}), testsuite.WithPlatform(aiflow.New(aiflow.Config{})))

	call := aiflow.NewCall("call-7")
	suite.Run(call.Start())
	res := suite.Run(call.PressAll("123#")...)
	fmt.Println(res.Response.([]aiflow.Action)[0].(*aiflow.Speak).Text)
	// Output:
	// Your PIN is 123.
}
