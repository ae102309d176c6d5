package i18n

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// writeValue writes an interpolated value. Strings and numbers, the common
// cases, are written without allocating; floats print like JavaScript
// numbers (1.5, 3, 1e+21) so texts read as they did under Jovo.
func writeValue(b *strings.Builder, v any) {
	var buf [32]byte
	switch x := v.(type) {
	case nil:
	case string:
		b.WriteString(x)
	case int:
		b.Write(strconv.AppendInt(buf[:0], int64(x), 10))
	case int8:
		b.Write(strconv.AppendInt(buf[:0], int64(x), 10))
	case int16:
		b.Write(strconv.AppendInt(buf[:0], int64(x), 10))
	case int32:
		b.Write(strconv.AppendInt(buf[:0], int64(x), 10))
	case int64:
		b.Write(strconv.AppendInt(buf[:0], x, 10))
	case uint:
		b.Write(strconv.AppendUint(buf[:0], uint64(x), 10))
	case uint8:
		b.Write(strconv.AppendUint(buf[:0], uint64(x), 10))
	case uint16:
		b.Write(strconv.AppendUint(buf[:0], uint64(x), 10))
	case uint32:
		b.Write(strconv.AppendUint(buf[:0], uint64(x), 10))
	case uint64:
		b.Write(strconv.AppendUint(buf[:0], x, 10))
	case float64:
		b.Write(appendFloat(buf[:0], x, 64))
	case float32:
		b.Write(appendFloat(buf[:0], float64(x), 32))
	case bool:
		b.Write(strconv.AppendBool(buf[:0], x))
	case json.Number:
		b.WriteString(string(x))
	case fmt.Stringer:
		b.WriteString(x.String())
	case error:
		b.WriteString(x.Error())
	default:
		// Sprint, not Fprint: passing b as an io.Writer would move every
		// render's builder to the heap.
		b.WriteString(fmt.Sprint(x))
	}
}

// appendFloat formats like JavaScript's Number#toString: plain digits below
// 1e21, exponent form above.
func appendFloat(dst []byte, f float64, bits int) []byte {
	if math.Abs(f) < 1e21 {
		return strconv.AppendFloat(dst, f, 'f', -1, bits)
	}
	return strconv.AppendFloat(dst, f, 'g', -1, bits)
}
