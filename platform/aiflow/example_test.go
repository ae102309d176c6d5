package aiflow_test

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/jovo-go/jovo/platform/aiflow"
)

func ExampleDecodeEvent() {
	body := []byte(`{
		"type": "user_speak",
		"text": "Wait",
		"barged_in": true,
		"session": {"id": "550e8400", "account_id": "account-123", "phone_number": "+1234567890"}
	}`)
	ev, err := aiflow.DecodeEvent(body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.Type, ev.Session.ID)
	if p, ok := ev.UserSpeak(); ok {
		fmt.Printf("%q barged in: %v\n", p.Text, p.BargedIn)
	}
	// Output:
	// user_speak 550e8400
	// "Wait" barged in: true
}

func ExampleDecodeEvent_errors() {
	for _, body := range []string{
		`{"type":"dtmf_received","digit":"A","session":{"id":"s"}}`,
		`{"type":"user_speak","text":42,"session":{"id":"s"}}`,
		`{"type":"session_start"}`,
		`{"type":"session_end","session":{"id":"s"}} trailing`,
	} {
		_, err := aiflow.DecodeEvent([]byte(body))
		var de *aiflow.DecodeError
		if errors.As(err, &de) {
			fmt.Printf("%-8s %v\n", de.Field, errors.Is(err, aiflow.ErrMissingField))
		}
		fmt.Println(err)
	}
	// Output:
	// digit    false
	// aiflow: invalid event: field "digit": invalid value: want one of 0-9, * or #, got "A"
	// text     false
	// aiflow: invalid event: field "text": wrong type: want string, got number
	// session  true
	// aiflow: invalid event: field "session": missing field
	//          false
	// aiflow: invalid event: data after the JSON value: "trailing" at offset 44
}

func ExampleEncodeActions() {
	const id = "550e8400"
	body, err := aiflow.EncodeActions([]aiflow.Action{
		&aiflow.Speak{SessionID: id, Text: "Sorry, let me correct that."},
		&aiflow.Speak{SessionID: id, SSML: `<speak xml:lang="en-US">It ships <emphasis>tomorrow</emphasis>.</speak>`},
		&aiflow.BargeIn{SessionID: id},
		&aiflow.Transfer{SessionID: id, TargetPhoneNumber: "+4921112345", CallerIDName: "Support", CallerIDNumber: "4921100000", Timeout: 30},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
	// Output:
	// [{"type":"barge_in","session_id":"550e8400"},{"type":"speak","session_id":"550e8400","ssml":"<speak xml:lang=\"en-US\">Sorry, let me correct that. It ships <emphasis>tomorrow</emphasis>.</speak>"},{"type":"transfer","session_id":"550e8400","target_phone_number":"4921112345","caller_id_name":"Support","caller_id_number":"4921100000","timeout":30}]
}

func ExampleEncodeActions_shapes() {
	none, _ := aiflow.EncodeActions(nil)
	fmt.Println(none == nil) // HTTP 204, nothing on a WebSocket

	one, _ := aiflow.EncodeActions([]aiflow.Action{&aiflow.Hangup{SessionID: "s"}})
	fmt.Println(string(one))

	_, err := aiflow.EncodeActions([]aiflow.Action{
		&aiflow.Hangup{SessionID: "s"},
		&aiflow.MixAudio{SessionID: "s", Audio: "UklGRiQA", Volume: new(1.5)},
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, aiflow.ErrInvalidAction))
	// Output:
	// true
	// {"type":"hangup","session_id":"s"}
	// aiflow: encode actions: action 2 of 2: invalid mix_audio action: field "volume": want 0–1, got 1.5
	// true
}

func ExampleClassifyBargeIn() {
	for _, text := range []string{
		"ähm",
		"Mhm, genau.",
		"Moment mal!",
		"No, I said Tuesday.",
		"Eigentlich möchte ich etwas anderes fragen",
		"What does it cost?",
	} {
		k := aiflow.ClassifyBargeIn(text, "")
		fmt.Printf("%-15s silent=%-5v substantial=%v\n", k,
			aiflow.ShouldSilentAcknowledge(text, ""), aiflow.IsSubstantialInput(text, ""))
	}
	// Output:
	// noise           silent=true  substantial=false
	// acknowledgment  silent=true  substantial=false
	// stop            silent=false substantial=false
	// correction      silent=false substantial=true
	// redirect        silent=false substantial=true
	// new_question    silent=false substantial=true
}

func ExampleTokenChecker() {
	tokens := aiflow.NewTokenChecker("new-secret", "old-secret") // rotation: both pass

	h := http.Header{}
	fmt.Println(tokens.Check(h))
	h.Set(aiflow.HeaderAPIToken, "guess")
	fmt.Println(tokens.Check(h))
	h.Set(aiflow.HeaderAPIToken, "old-secret")
	fmt.Println(tokens.Check(h))
	// Output:
	// aiflow: missing X-API-TOKEN header
	// aiflow: wrong X-API-TOKEN
	// <nil>
}
