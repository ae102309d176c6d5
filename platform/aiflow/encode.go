package aiflow

import "fmt"

// EncodeActions validates actions and encodes them as one response body
// (HTTP) or frame (WebSocket).
//
// Every action is validated first; if one is invalid nothing is encoded
// and the error (wrapping its *ActionError) names its position. No actions
// give a nil body: answer HTTP 204 and send nothing on a WebSocket. One
// action is encoded as a bare JSON object, several as a JSON array in
// order, after two rewrites: barge_in actions move to the front (one per
// session), and consecutive speak actions with the same settings (session,
// tts, barge_in, timeout, vad) merge into one, so the caller hears one
// utterance. Texts are joined with a space; if any part is SSML, the
// result is one <speak> document: the opening tag of the first SSML part
// (other parts' <speak> attributes are dropped), then the parts' contents
// joined with a space, plain text XML-escaped.
//
// The JSON is encoding/json's, keys in the order of the struct fields
// after `type`, with <, > and & left unescaped so SSML stays readable.
// Phone numbers of transfer.target_phone_number and send_sms.phone_number
// lose a leading +; everything else is sent as given.
func EncodeActions(actions []Action) ([]byte, error) {
	for i, a := range actions {
		if a == nil {
			return nil, encodeError(i, len(actions), &ActionError{Reason: "nil action"})
		}
		if err := a.Validate(); err != nil {
			return nil, encodeError(i, len(actions), err)
		}
	}
	if len(actions) == 0 {
		return nil, nil
	}
	if len(actions) > 1 {
		var buf [8]Action // a response has a few actions
		actions = arrange(buf[:0], actions)
	}
	e := getEncoder()
	defer e.release()
	many := len(actions) > 1
	if many {
		e.buf.WriteByte('[')
	}
	for i, a := range actions {
		if i > 0 {
			e.buf.WriteByte(',')
		}
		if err := encodeValid(e, a); err != nil {
			return nil, err
		}
	}
	if many {
		e.buf.WriteByte(']')
	}
	return e.bytes(), nil
}

// encodeValid writes a validated action to e. Validation rules out
// everything encoding/json rejects (NaN, infinities), so an error here is
// a bug.
func encodeValid(e *jsonEncoder, a Action) error {
	if err := e.action(a); err != nil {
		return fmt.Errorf("aiflow: encode actions: %w", err)
	}
	return nil
}

func encodeError(i, n int, err error) error {
	return fmt.Errorf("aiflow: encode actions: action %d of %d: %w", i+1, n, err)
}
