package aiflow

import "errors"

// Sentinels for errors.Is on a *DecodeError: what kind of problem the
// decoder found. The DecodeError itself says where (Field).
var (
	// ErrNotJSON: the body is empty or not valid JSON.
	ErrNotJSON = errors.New("not JSON")
	// ErrNotObject: the JSON is valid but not an object (an array, a string, ...).
	ErrNotObject = errors.New("not a JSON object")
	// ErrTrailingData: there is more than whitespace after the JSON value.
	ErrTrailingData = errors.New("data after the JSON value")
	// ErrMissingField: a required field is absent, null or empty.
	ErrMissingField = errors.New("missing field")
	// ErrWrongType: a field has the wrong JSON type (a number for a string, ...).
	ErrWrongType = errors.New("wrong type")
	// ErrInvalidValue: a field has the right type but a value the protocol
	// does not allow (a DTMF key that does not exist, ...).
	ErrInvalidValue = errors.New("invalid value")
)

// DecodeError is the error of DecodeEvent and DecodeActions. Match the kind
// with errors.Is (ErrNotJSON, ErrMissingField, ...) and read the field with
// errors.As. Its message names the field and what was found.
type DecodeError struct {
	// Field is the JSON path of the field at fault, like "session.id";
	// empty when the document as a whole is wrong.
	Field string
	// Err is one of the sentinels ErrNotJSON, ErrNotObject, ErrTrailingData,
	// ErrMissingField, ErrWrongType, ErrInvalidValue.
	Err error
	// Detail says what was found, like "want string, got number".
	Detail string

	subject string // "event" or "actions"
	cause   error  // the encoding/json error behind it, if any
}

// Error returns a one-line message like
// `aiflow: invalid event: field "text": wrong type: want string, got number`.
func (e *DecodeError) Error() string {
	s := "aiflow: invalid " + e.subject + ": "
	if e.Field != "" {
		s += "field " + quote(e.Field) + ": "
	}
	s += e.Err.Error()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the sentinel and, if there is one, the encoding/json error
// (a *json.SyntaxError, say) behind it.
func (e *DecodeError) Unwrap() []error {
	if e.cause != nil {
		return []error{e.Err, e.cause}
	}
	return []error{e.Err}
}

// quote quotes s for an error message. Error messages may carry any field
// name the client sent, so it goes through the JSON string encoder, which
// escapes control characters and replaces invalid UTF-8.
func quote(s string) string {
	e := getEncoder()
	defer e.release()
	if err := e.value(s); err != nil { // a string always encodes
		return `"?"`
	}
	return e.buf.String()
}
