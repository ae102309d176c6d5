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
	switch len(actions) {
	case 0:
		return nil, nil
	case 1:
		return actions[0].appendJSON(make([]byte, 0, bufSize)), nil
	}
	actions = arrange(actions)
	if len(actions) == 1 {
		return actions[0].appendJSON(make([]byte, 0, bufSize)), nil
	}
	b := make([]byte, 0, bufSize*len(actions))
	b = append(b, '[')
	for i, a := range actions {
		if i > 0 {
			b = append(b, ',')
		}
		b = a.appendJSON(b)
	}
	return append(b, ']'), nil
}

// bufSize is the first guess at the size of one encoded action: most speak
// actions with tts and barge_in fit.
const bufSize = 320

func encodeError(i, n int, err error) error {
	return fmt.Errorf("aiflow: encode actions: action %d of %d: %w", i+1, n, err)
}
