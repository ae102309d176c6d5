package i18n

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCountOf(t *testing.T) {
	type want struct {
		ok, zero   bool
		digits     []byte
		exp, scale int
	}
	tests := []struct {
		name string
		give any
		want want
	}{
		{"absent", nil, want{}},
		{"string", "2", want{}},
		{"NaN", math.NaN(), want{}},
		{"Inf", math.Inf(-1), want{}},
		{"bad json.Number", json.Number("x"), want{}},
		{"int 0", 0, want{ok: true, zero: true, digits: []byte{0}, exp: 1}},
		{"int 1", 1, want{ok: true, digits: []byte{1}, exp: 1}},
		{"int 22", 22, want{ok: true, digits: []byte{2, 2}, exp: 2}},
		{"negative", -5, want{ok: true, digits: []byte{5}, exp: 1}},
		{"MinInt64", int64(math.MinInt64), want{ok: true, digits: []byte{9, 2, 2, 3, 3, 7, 2, 0, 3, 6, 8, 5, 4, 7, 7, 5, 8, 0, 8}, exp: 19}},
		{"MaxUint64", uint64(math.MaxUint64), want{ok: true, digits: []byte{1, 8, 4, 4, 6, 7, 4, 4, 0, 7, 3, 7, 0, 9, 5, 5, 1, 6, 1, 5}, exp: 20}},
		{"int8", int8(-3), want{ok: true, digits: []byte{3}, exp: 1}},
		{"int16", int16(12), want{ok: true, digits: []byte{1, 2}, exp: 2}},
		{"int32", int32(7), want{ok: true, digits: []byte{7}, exp: 1}},
		{"uint", uint(4), want{ok: true, digits: []byte{4}, exp: 1}},
		{"uint8", uint8(4), want{ok: true, digits: []byte{4}, exp: 1}},
		{"uint16", uint16(4), want{ok: true, digits: []byte{4}, exp: 1}},
		{"uint32", uint32(4), want{ok: true, digits: []byte{4}, exp: 1}},
		{"float 0", 0.0, want{ok: true, zero: true, digits: []byte{0}, exp: 1}},
		{"float 1.5", 1.5, want{ok: true, digits: []byte{1, 5}, exp: 1, scale: 1}},
		{"float 100", 100.0, want{ok: true, digits: []byte{1}, exp: 3}},
		{"float 0.05", 0.05, want{ok: true, digits: []byte{5}, exp: -1, scale: 2}},
		{"float -2.25", -2.25, want{ok: true, digits: []byte{2, 2, 5}, exp: 1, scale: 2}},
		{"float 1e21", 1e21, want{ok: true, digits: []byte{1}, exp: 22}},
		{"float32 0.5", float32(0.5), want{ok: true, digits: []byte{5}, exp: 0, scale: 1}},
		{"json.Number int", json.Number("12"), want{ok: true, digits: []byte{1, 2}, exp: 2}},
		{"json.Number float", json.Number("1.5"), want{ok: true, digits: []byte{1, 5}, exp: 1, scale: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vars := map[string]any{}
			if tt.give != nil {
				vars["count"] = tt.give
			}
			c := countOf(vars)
			assert.Equal(t, tt.want.ok, c.ok)
			if !tt.want.ok {
				return
			}
			assert.Equal(t, tt.want.zero, c.zero)
			assert.Equal(t, tt.want.digits, c.digits[:c.n])
			assert.Equal(t, tt.want.exp, c.exp)
			assert.Equal(t, tt.want.scale, c.scale)
		})
	}
}
