package aiflow

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// checkObject reports whether b holds exactly one JSON object (with any
// whitespace around it), and if not, what it holds instead.
func checkObject(b []byte, subject string) error {
	v, err := firstValue(b, subject)
	if err != nil {
		return err
	}
	if v[0] != '{' {
		return &DecodeError{subject: subject, Err: ErrNotObject, Detail: "got " + jsonKind(v)}
	}
	return nil
}

// firstValue returns the one JSON value in b, or an error when b is empty,
// not JSON or has data after the value.
func firstValue(b []byte, subject string) (json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	var v json.RawMessage
	if err := dec.Decode(&v); err != nil {
		switch {
		case errors.Is(err, io.EOF):
			return nil, &DecodeError{subject: subject, Err: ErrNotJSON, Detail: "empty body"}
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, &DecodeError{subject: subject, Err: ErrNotJSON, Detail: "unexpected end of input", cause: err}
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, &DecodeError{subject: subject, Err: ErrNotJSON,
				Detail: se.Error() + " at byte " + strconv.FormatInt(se.Offset, 10), cause: err}
		}
		return nil, &DecodeError{subject: subject, Err: ErrNotJSON, Detail: err.Error(), cause: err}
	}
	off := int(dec.InputOffset())
	rest := b[off:]
	start := len(rest) - len(bytes.TrimLeft(rest, " \t\r\n"))
	if rest = trimJSONSpace(rest); len(rest) > 0 {
		return nil, &DecodeError{subject: subject, Err: ErrTrailingData,
			Detail: snippet(rest) + " at offset " + strconv.Itoa(off+start)}
	}
	return v, nil
}

// snippet quotes the first bytes of b for an error message.
func snippet(b []byte) string {
	const max = 16
	if len(b) > max {
		return quote(string(b[:max])) + "…"
	}
	return quote(string(b))
}

// trimJSONSpace trims the four whitespace characters JSON allows.
func trimJSONSpace(b []byte) []byte {
	return bytes.Trim(b, " \t\r\n")
}

// jsonKind names the kind of the JSON value v, for messages.
func jsonKind(v []byte) string {
	switch v[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}
