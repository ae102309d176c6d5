package aiflow

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bareAction is an action whose fields may all be left out, which no
// action of the protocol is: jsonEncoder.action must still close it.
type bareAction struct {
	X string `json:"x,omitempty"`
}

func (*bareAction) Type() ActionType               { return "bare" }
func (*bareAction) Validate() error                { return nil }
func (a *bareAction) wire() any                    { return a }
func (a *bareAction) withSession(id string) Action { return a }

func TestJSONEncoderAction(t *testing.T) {
	tests := []struct {
		name string
		give Action
		want string
	}{
		{"no fields", &bareAction{}, `{"type":"bare"}`},
		{"one field", &bareAction{X: "y"}, `{"type":"bare","x":"y"}`},
		{"speak", &Speak{SessionID: "s", SSML: `<speak>a & b</speak>`, UserInputTimeoutSeconds: 4},
			`{"type":"speak","session_id":"s","ssml":"<speak>a & b</speak>","user_input_timeout_seconds":4}`},
		{"transfer without its +", &Transfer{SessionID: "s", TargetPhoneNumber: "+4921155660", CallerIDName: "x", CallerIDNumber: "+49"},
			`{"type":"transfer","session_id":"s","target_phone_number":"4921155660","caller_id_name":"x","caller_id_number":"49"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := getEncoder()
			defer e.release()
			require.NoError(t, e.action(tt.give))
			assert.Equal(t, tt.want, e.buf.String())
		})
	}
}

// TestEncodeActionsConcurrent encodes from several goroutines at once, so
// the race detector sees encoders shared through the pool, and a body
// larger than the pool keeps in between.
func TestEncodeActionsConcurrent(t *testing.T) {
	long := strings.Repeat("a", 2*maxPooledBuffer)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 50 {
				text := fmt.Sprintf("goroutine %d, action %d", g, i)
				if i == 25 {
					text = long
				}
				got, err := EncodeActions([]Action{&Speak{SessionID: "s", Text: text}, &Hangup{SessionID: "s"}})
				if !assert.NoError(t, err) {
					return
				}
				assert.Equal(t, `[{"type":"speak","session_id":"s","text":"`+text+`"},{"type":"hangup","session_id":"s"}]`, string(got))
			}
		})
	}
	wg.Wait()
}
