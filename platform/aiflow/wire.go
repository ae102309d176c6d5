package aiflow

import (
	"bytes"
	"encoding/json"
)

// encodeJSON encodes v with encoding/json the way the wire wants it:
// <, > and & are left alone, so SSML stays readable (json.Marshal would
// write \u003c), and without the newline json.Encoder ends each value
// with. sizeHint is the expected length, to size the buffer once.
func encodeJSON(v any, sizeHint int) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, sizeHint))
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	return b[:len(b)-1], nil
}

// actionSize is the first guess at the length of one encoded action: most
// speak actions with tts and barge_in fit.
const actionSize = 320

// marshalAction is the MarshalJSON of every action: validate, then
// encode, so json.Marshal never writes an invalid action either.
func marshalAction(a Action) ([]byte, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return encodeJSON(a.wire(), actionSize)
}
