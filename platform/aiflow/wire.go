package aiflow

import (
	"bytes"
	"encoding/json"
	"sync"
)

// jsonEncoder encodes with encoding/json the way the wire wants it: <, >
// and & are left alone, so SSML stays readable (json.Marshal would write
// \u003c), and without the newline json.Encoder ends each value with.
type jsonEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

// encoders keeps jsonEncoders between bodies: every response is encoded,
// and a new encoder with its buffer costs three allocations a time.
var encoders = sync.Pool{New: func() any {
	e := new(jsonEncoder)
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}}

// maxPooledBuffer bounds what the pool keeps: a buffer grown for a rare
// huge body is left to the garbage collector.
const maxPooledBuffer = 64 << 10

// getEncoder returns an encoder with an empty buffer; release it after.
func getEncoder() *jsonEncoder {
	e := encoders.Get().(*jsonEncoder)
	e.buf.Reset()
	return e
}

// release returns e to the pool; e must not be used after.
func (e *jsonEncoder) release() {
	if e.buf.Cap() <= maxPooledBuffer {
		encoders.Put(e)
	}
}

// value writes v.
func (e *jsonEncoder) value(v any) error {
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	e.buf.Truncate(e.buf.Len() - 1) // the newline
	return nil
}

// action writes a, which must be valid: `type`, then the fields of
// a.wire(). The fields' object is encoded in place and its `{` becomes
// the comma after `type`, so the action's own struct needs no wrapper
// (which would cost an allocation per action).
func (e *jsonEncoder) action(a Action) error {
	e.buf.WriteString(`{"type":"`)
	e.buf.WriteString(string(a.Type())) // a constant without characters to escape
	e.buf.WriteByte('"')
	at := e.buf.Len()
	if err := e.value(a.wire()); err != nil {
		return err
	}
	if e.buf.Len() == at+len("{}") {
		e.buf.Truncate(at) // no fields
		e.buf.WriteByte('}')
		return nil
	}
	e.buf.Bytes()[at] = ','
	return nil
}

// bytes returns a copy of what was written, sized to fit; the buffer
// stays with the encoder.
func (e *jsonEncoder) bytes() []byte { return bytes.Clone(e.buf.Bytes()) }

// encodeJSON encodes v like the wire wants it (see jsonEncoder).
func encodeJSON(v any) ([]byte, error) {
	e := getEncoder()
	defer e.release()
	if err := e.value(v); err != nil {
		return nil, err
	}
	return e.bytes(), nil
}

// marshalAction is the MarshalJSON of every action: validate, then
// encode, so json.Marshal never writes an invalid action either.
func marshalAction(a Action) ([]byte, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	e := getEncoder()
	defer e.release()
	if err := e.action(a); err != nil {
		return nil, err
	}
	return e.bytes(), nil
}
