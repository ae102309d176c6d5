package server

import (
	"encoding/json"
	"fmt"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// MaskCore wraps core so that no entry it writes carries a raw phone
// number: the message, the stack and every string, error, stringer,
// object and array field pass through MaskPhoneNumbers. Numeric fields are
// left alone. Wrapping a core that already masks returns it unchanged.
func MaskCore(core zapcore.Core) zapcore.Core {
	if _, ok := core.(*maskCore); ok {
		return core
	}
	return &maskCore{Core: core}
}

type maskCore struct {
	zapcore.Core
}

// Level reports the wrapped core's minimum level, for zap's LevelOf.
func (c *maskCore) Level() zapcore.Level { return zapcore.LevelOf(c.Core) }

// With masks the fields before the wrapped core keeps them.
func (c *maskCore) With(fields []zap.Field) zapcore.Core {
	return &maskCore{Core: c.Core.With(maskFields(fields))}
}

// Check adds this core, not the wrapped one, so Write can mask.
func (c *maskCore) Check(ent zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if c.Enabled(ent.Level) {
		return ce.AddCore(ent, c)
	}
	return ce
}

// Write masks the entry and its fields and hands them on.
func (c *maskCore) Write(ent zapcore.Entry, fields []zap.Field) error {
	ent.Message = MaskPhoneNumbers(ent.Message)
	ent.Stack = MaskPhoneNumbers(ent.Stack)
	return c.Core.Write(ent, maskFields(fields))
}

// maskFields returns a masked copy of fields; the caller's slice is left
// as it was.
func maskFields(fields []zap.Field) []zap.Field {
	out := make([]zap.Field, 0, len(fields))
	for _, f := range fields {
		out = maskField(out, f)
	}
	return out
}

// maskField appends f, masked, to out. An inline object can expand into
// several fields.
func maskField(out []zap.Field, f zap.Field) []zap.Field {
	switch f.Type {
	case zapcore.StringType:
		f.String = MaskPhoneNumbers(f.String)
	case zapcore.ByteStringType:
		f = zap.String(f.Key, MaskPhoneNumbers(string(f.Interface.([]byte))))
	case zapcore.ErrorType:
		if err, ok := f.Interface.(error); ok && err != nil {
			f = zap.String(f.Key, MaskPhoneNumbers(safeString(err.Error)))
		}
	case zapcore.StringerType:
		if s, ok := f.Interface.(fmt.Stringer); ok && s != nil {
			f = zap.String(f.Key, MaskPhoneNumbers(safeString(s.String)))
		}
	case zapcore.ObjectMarshalerType, zapcore.ArrayMarshalerType, zapcore.ReflectType, zapcore.InlineMarshalerType:
		enc := zapcore.NewMapObjectEncoder()
		f.AddTo(enc)
		for k, v := range enc.Fields {
			out = append(out, zap.Any(k, maskValue(v)))
		}
		return out
	}
	return append(out, f)
}

// maskValue masks the strings in a value built by zapcore.MapObjectEncoder.
func maskValue(v any) any {
	switch t := v.(type) {
	case string:
		return MaskPhoneNumbers(t)
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[k] = maskValue(e)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = maskValue(e)
		}
		return out
	case []byte:
		return MaskPhoneNumbers(string(t))
	case fmt.Stringer:
		return MaskPhoneNumbers(safeString(t.String))
	case error:
		return MaskPhoneNumbers(safeString(t.Error))
	case nil, bool, float64, float32, int, int8, int16, int32, int64,
		uint, uint8, uint16, uint32, uint64:
		return v
	}
	// Anything else (a struct under zap.Any) is masked as its JSON.
	b, err := json.Marshal(v)
	if err != nil {
		return MaskPhoneNumbers(fmt.Sprint(v))
	}
	masked := MaskPhoneNumbers(string(b))
	var out any
	if json.Unmarshal([]byte(masked), &out) != nil {
		return masked
	}
	return out
}

// safeString calls fn, turning a panic (a nil pointer with a String
// method, say) into a placeholder, as zap itself does.
func safeString(fn func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprintf("<panic: %v>", r)
		}
	}()
	return fn()
}
