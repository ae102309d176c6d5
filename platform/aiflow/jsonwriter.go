package aiflow

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// jsonObject appends one JSON object to buf, key by key. The encoders in
// this package write their JSON by hand with it rather than use
// encoding/json on tagged structs: it needs one allocation per response
// instead of two and is somewhat faster (BenchmarkEncodeAction against
// BenchmarkEncodeActionStdlib), it keeps SSML readable because it does not
// escape <, > and & the way encoding/json does, and every omission rule of
// the wire (a zero volume that is sent, an empty vocabulary that is sent,
// a + that is not) is a line of code instead of a struct tag subtlety.
// Keys are constants of this package and are written without escaping.
type jsonObject struct {
	buf  []byte
	more bool
}

// beginObject starts an object at the end of b.
func beginObject(b []byte) jsonObject {
	return jsonObject{buf: append(b, '{')}
}

// end closes the object and returns the buffer.
func (o *jsonObject) end() []byte {
	return append(o.buf, '}')
}

func (o *jsonObject) key(k string) {
	if o.more {
		o.buf = append(o.buf, ',')
	}
	o.more = true
	o.buf = append(o.buf, '"')
	o.buf = append(o.buf, k...)
	o.buf = append(o.buf, '"', ':')
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.buf = appendJSONString(o.buf, v)
}

// strOmit writes k only when v is not empty.
func (o *jsonObject) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObject) strs(k string, vs []string) {
	o.key(k)
	o.buf = append(o.buf, '[')
	for i, v := range vs {
		if i > 0 {
			o.buf = append(o.buf, ',')
		}
		o.buf = appendJSONString(o.buf, v)
	}
	o.buf = append(o.buf, ']')
}

func (o *jsonObject) int(k string, v int64) {
	o.key(k)
	o.buf = strconv.AppendInt(o.buf, v, 10)
}

func (o *jsonObject) float(k string, v float64) {
	o.key(k)
	o.buf = appendJSONFloat(o.buf, v)
}

func (o *jsonObject) bool(k string, v bool) {
	o.key(k)
	o.buf = strconv.AppendBool(o.buf, v)
}

// appendJSONFloat formats f like encoding/json does (and like JavaScript):
// 8 → 8, 0.3 → 0.3, exponents only for very small or very large values.
// Callers validate f first: NaN and infinities never get here.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		n := len(b)
		b = strconv.AppendFloat(b, f, 'e', -1, 64)
		// Turn e-07 into e-7, as encoding/json does.
		if m := len(b); m-n >= 4 && b[m-4] == 'e' && b[m-3] == '-' && b[m-2] == '0' {
			b[m-2] = b[m-1]
			b = b[:m-1]
		}
		return b
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. It escapes what JSON
// requires (quote, backslash, control characters), replaces invalid UTF-8
// with U+FFFD and escapes U+2028 and U+2029 like encoding/json, but leaves
// <, > and & alone so SSML stays readable on the wire.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
