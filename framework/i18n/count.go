package i18n

import (
	"encoding/json"
	"math"
	"strconv"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// countVar is the variable that selects plural forms, as in i18next.
const countVar = "count"

// count is the "count" variable as decimal digits, ready for the CLDR
// plural rules of any locale in the chain.
type count struct {
	// ok is false when there is no usable count (absent, a string, NaN…):
	// then no plural form is looked for, as in i18next.
	ok bool
	// zero is true for exactly 0, which tries the _zero key first in every
	// language (i18next does the same; CLDR has a zero form in few).
	zero bool
	// digits holds values 0–9 (not ASCII), most significant first.
	digits [24]byte
	n      int
	// exp is the position of the decimal point, scale the number of
	// visible fraction digits (see plural.Rules.MatchDigits).
	exp, scale int
}

// countOf reads the count variable. Integers of every width, floats and
// json.Number are counts; the sign is dropped as CLDR prescribes.
func countOf(vars map[string]any) count {
	v, ok := vars[countVar]
	if !ok {
		return count{}
	}
	switch x := v.(type) {
	case int:
		return intCount(int64(x))
	case int8:
		return intCount(int64(x))
	case int16:
		return intCount(int64(x))
	case int32:
		return intCount(int64(x))
	case int64:
		return intCount(x)
	case uint:
		return uintCount(uint64(x))
	case uint8:
		return uintCount(uint64(x))
	case uint16:
		return uintCount(uint64(x))
	case uint32:
		return uintCount(uint64(x))
	case uint64:
		return uintCount(x)
	case float32:
		return floatCount(float64(x), 32)
	case float64:
		return floatCount(x, 64)
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return intCount(i)
		}
		if f, err := x.Float64(); err == nil {
			return floatCount(f, 64)
		}
	}
	return count{}
}

// intCount is the count of a signed integer.
func intCount(i int64) count {
	if i < 0 {
		// -i overflows for MinInt64; the unsigned negation does not.
		return uintCount(-uint64(i))
	}
	return uintCount(uint64(i))
}

// uintCount is the count of an unsigned integer: its decimal digits.
func uintCount(u uint64) count {
	c := count{ok: true, zero: u == 0}
	c.n = len(strconv.AppendUint(c.digits[:0], u, 10))
	for i := range c.n {
		c.digits[i] -= '0'
	}
	c.exp = c.n
	return c
}

// floatCount takes the shortest decimal form of f ("1.5" → digits 15,
// exp 1, scale 1), so 1.5 selects "other" in English as CLDR says.
func floatCount(f float64, bits int) count {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return count{}
	}
	f = math.Abs(f)
	var buf [32]byte
	s := strconv.AppendFloat(buf[:0], f, 'e', -1, bits) // d[.ddd]e±xx
	c := count{ok: true, zero: f == 0}
	i := 0
	for ; i < len(s) && s[i] != 'e'; i++ {
		if s[i] != '.' {
			c.digits[c.n] = s[i] - '0'
			c.n++
		}
	}
	c.exp = exponent(s[i+1:]) + 1
	c.scale = max(c.n-c.exp, 0)
	return c
}

// form returns the CLDR cardinal plural form of the count in a locale.
func (c *count) form(tag language.Tag) plural.Form {
	return plural.Cardinal.MatchDigits(tag, c.digits[:c.n], c.exp, c.scale)
}

// exponent parses the "+02" / "-07" tail of strconv's 'e' format.
func exponent(s []byte) int {
	e := 0
	for _, d := range s[1:] {
		e = e*10 + int(d-'0')
	}
	if s[0] == '-' {
		return -e
	}
	return e
}
