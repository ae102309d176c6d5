package aiflow

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"testing"

	"github.com/jovo-go/jovo/framework"
)

// The floor benchmarks measure what plain encoding/json costs for the same
// payloads, without any checks: DecodeEvent and EncodeActions should stay
// within a small factor of them.

func BenchmarkDecodeEvent(b *testing.B) {
	for _, name := range []string{"event.user_speak.n8n-readme.json", "event.assistant_speak.json", "event.session_start.json"} {
		payload := readSample(b, name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(payload)))
			for b.Loop() {
				if _, err := DecodeEvent(payload); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeEventError measures the careful path a bad event takes.
func BenchmarkDecodeEventError(b *testing.B) {
	payload := []byte(`{"type":"user_speak","text":5,"session":{"id":"550e8400-e29b-41d4-a716-446655440000"}}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeEvent(payload); err == nil {
			b.Fatal("no error")
		}
	}
}

// BenchmarkDecodeEventWithDecoder is the road not taken: json.Decoder with
// a check for trailing data, instead of json.Unmarshal (which rejects
// trailing data itself).
func BenchmarkDecodeEventWithDecoder(b *testing.B) {
	payload := readSample(b, "event.user_speak.n8n-readme.json")
	b.ReportAllocs()
	for b.Loop() {
		dec := json.NewDecoder(bytes.NewReader(payload))
		var w wireEvent
		if err := dec.Decode(&w); err != nil {
			b.Fatal(err)
		}
		if _, err := dec.Token(); err == nil {
			b.Fatal("trailing data")
		}
		if _, err := w.event(payload); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFloorDecodeMap(b *testing.B) {
	payload := readSample(b, "event.user_speak.n8n-readme.json")
	b.ReportAllocs()
	b.SetBytes(int64(len(payload)))
	for b.Loop() {
		var m map[string]any
		if err := json.Unmarshal(payload, &m); err != nil {
			b.Fatal(err)
		}
	}
}

// benchSpeak is action.speak.json as a typed action.
func benchSpeak() *Speak {
	return &Speak{
		SessionID: "550e8400-e29b-41d4-a716-446655440000",
		Text:      "Hello! How can I help you?",
		TTS:       &TTS{Provider: TTSAzure, Language: "en-US", Voice: "en-US-JennyNeural"},
		BargeIn:   &BargeInConfig{Strategy: StrategyMinimumCharacters, MinimumCharacters: 3},
	}
}

func BenchmarkEncodeAction(b *testing.B) {
	actions := []Action{benchSpeak()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EncodeActions(actions); err != nil {
			b.Fatal(err)
		}
	}
}

// floorSpeak is action.speak.json as a plain tagged struct.
type floorSpeak struct {
	Type      string         `json:"type"`
	SessionID string         `json:"session_id"`
	Text      string         `json:"text,omitempty"`
	TTS       *TTS           `json:"tts,omitempty"`
	BargeIn   *BargeInConfig `json:"barge_in,omitempty"`
}

// BenchmarkFloorEncodeStruct is the floor of BenchmarkEncodeAction: one
// json.Marshal of a tagged struct, without validation and without the
// unescaped-HTML encoder.
func BenchmarkFloorEncodeStruct(b *testing.B) {
	s := benchSpeak()
	v := floorSpeak{Type: "speak", SessionID: s.SessionID, Text: s.Text, TTS: s.TTS, BargeIn: s.BargeIn}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeEvent is what the test tools pay to play the service.
func BenchmarkEncodeEvent(b *testing.B) {
	ev, err := DecodeEvent(readSample(b, "event.user_speak.n8n-readme.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFloorEncodeMap(b *testing.B) {
	var m map[string]any
	if err := json.Unmarshal(readSample(b, "action.speak.json"), &m); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeActionsMerge(b *testing.B) {
	actions := []Action{
		&Speak{SessionID: "s", Text: "Your order ships tomorrow."},
		&BargeIn{SessionID: "s"},
		&Speak{SessionID: "s", Text: "Anything else?"},
		&Hangup{SessionID: "s"},
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EncodeActions(actions); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeActionSSML(b *testing.B) {
	actions := []Action{&Speak{SessionID: "s", SSML: `<speak version="1.0" xml:lang="en-US"><voice name="en-US-JennyNeural"><prosody rate="slow">Please listen carefully.</prosody><break time="500ms"/>Your account balance is <say-as interpret-as="currency">$42.50</say-as></voice></speak>`}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EncodeActions(actions); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClassifyBargeIn(b *testing.B) {
	for _, text := range []string{"mhm", "Nein, ich meinte Dienstag.", "Actually, I want to talk about my bill"} {
		b.Run(text, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ClassifyBargeIn(text, "")
			}
		})
	}
}

func BenchmarkTokenCheck(b *testing.B) {
	c := NewTokenChecker("old-secret-token-value", "new-secret-token-value")
	h := http.Header{}
	h.Set(HeaderAPIToken, "new-secret-token-value")
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Check(h); err != nil && !errors.Is(err, ErrWrongToken) {
			b.Fatal(err)
		}
	}
}

// turnBot answers every user_speak with one speak.
type turnBot struct{}

func (turnBot) Define(d *framework.Def) {
	d.Name("Bot")
	d.Handle(framework.Launch, func(c *framework.Context) error { return c.Send(&Speak{Text: "Hello!"}) })
	d.Handle("Answer", func(c *framework.Context) error {
		return c.Send(&Speak{Text: "We are open from nine to five."})
	}, framework.Types(framework.InputText), framework.Global())
}

// BenchmarkTurn is one full turn, event bytes in and action bytes out:
// the platform decodes a user_speak, the memory store loads the session,
// the router resolves, the handler sends one speak, the platform fills in
// the session and the defaults, validates and encodes, the store saves.
// BenchmarkFloorTurn is the floor for the same payloads.
func BenchmarkTurn(b *testing.B) {
	app := framework.New(framework.Config{Components: []framework.Component{turnBot{}}})
	app.Use(New(Config{}))
	if err := app.Initialize(context.Background()); err != nil {
		b.Fatal(err)
	}
	call := NewCall("550e8400-e29b-41d4-a716-446655440000")
	ctx := context.Background()
	start, err := call.Start().Request()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := app.Handle(ctx, start); err != nil {
		b.Fatal(err)
	}
	say, err := call.Say("When are you open?").Request()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(say.Body)))
	for b.Loop() {
		res, err := app.Handle(ctx, &framework.Request{Body: say.Body, Transport: framework.TransportHTTP})
		if err != nil || res.Err != nil || res.Response.Body == nil {
			b.Fatal(err, res.Err)
		}
	}
}

// BenchmarkFloorTurn is bare encoding/json on the payloads of
// BenchmarkTurn: decode the user_speak into a tagged struct, encode the
// speak with the defaults from a tagged struct. No checks, no app.
func BenchmarkFloorTurn(b *testing.B) {
	say, err := NewCall("550e8400-e29b-41d4-a716-446655440000").Say("When are you open?").Request()
	if err != nil {
		b.Fatal(err)
	}
	type event struct {
		Type     string  `json:"type"`
		Text     string  `json:"text"`
		BargedIn bool    `json:"barged_in"`
		Session  Session `json:"session"`
	}
	type speak struct {
		Type      string         `json:"type"`
		SessionID string         `json:"session_id"`
		Text      string         `json:"text,omitempty"`
		TTS       *TTS           `json:"tts,omitempty"`
		BargeIn   *BargeInConfig `json:"barge_in,omitempty"`
		Timeout   float64        `json:"user_input_timeout_seconds,omitempty"`
	}
	cfg := Config{}.withDefaults()
	b.ReportAllocs()
	b.SetBytes(int64(len(say.Body)))
	for b.Loop() {
		var ev event
		if err := json.Unmarshal(say.Body, &ev); err != nil {
			b.Fatal(err)
		}
		out := speak{Type: "speak", SessionID: ev.Session.ID, Text: "We are open from nine to five.", TTS: cfg.TTS, BargeIn: cfg.BargeIn, Timeout: 4}
		if _, err := json.Marshal(&out); err != nil {
			b.Fatal(err)
		}
	}
}
