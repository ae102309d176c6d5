package server

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestMaskPhoneNumber(t *testing.T) {
	tests := []struct {
		give, want string
	}{
		{give: "+4915112345678", want: "+49151*****678"},
		{give: "4915112345678", want: "49151*****678"},
		{give: "+491511234567890", want: "+49151*******890"},
		{give: "1234567", want: "12**567"},
		{give: "0211 1234567", want: "0211 ****567"},
		{give: "123456", want: "******"},
		{give: "", want: ""},
		{give: "anonymous", want: "anonymous"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, MaskPhoneNumber(tt.give))
		})
	}
}

func TestMaskPhoneNumbers(t *testing.T) {
	tests := []struct {
		name, give, want string
	}{
		{name: "e164", give: "caller +4915112345678 hung up", want: "caller +49151*****678 hung up"},
		{name: "no plus", give: "transfer to 4915112345678", want: "transfer to 49151*****678"},
		{name: "several", give: "+4915112345678,+4921112345678", want: "+49151*****678,+49211*****678"},
		{name: "json", give: `{"from_phone_number":"+4915112345678"}`, want: `{"from_phone_number":"+49151*****678"}`},
		{name: "dashes", give: "+49-151-12345678", want: "+49-151-12***678"},
		{name: "at the end", give: "number=4915112345678", want: "number=49151*****678"},
		{name: "short run", give: "port 123456 and pid 4711", want: "port 123456 and pid 4711"},
		{name: "uuid", give: "session 550e8400-e29b-41d4-a716-446655440000 ok", want: "session 550e8400-e29b-41d4-a716-446655440000 ok"},
		{name: "uuid of digits", give: "12345678-1234-1234-1234-123456789012", want: "12345678-1234-1234-1234-123456789012"},
		{name: "hex id", give: "trace 4bf92f3577b34da6a3ce929d0e0e4736", want: "trace 4bf92f3577b34da6a3ce929d0e0e4736"},
		{name: "inside a word", give: "id_4915112345678 x4915112345678", want: "id_4915112345678 x4915112345678"},
		{name: "masked already", give: "+49151*****678", want: "+49151*****678"},
		{name: "empty", give: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, MaskPhoneNumbers(tt.give))
		})
	}
}

func TestMaskPhoneNumbersKeepsCleanTextWithoutAllocating(t *testing.T) {
	s := "session 550e8400-e29b-41d4-a716-446655440000 type user_speak route Bot.user_speak"
	allocs := testing.AllocsPerRun(100, func() { _ = MaskPhoneNumbers(s) })
	assert.Zero(t, allocs)
}

// FuzzMaskPhoneNumbers checks the masking invariants on any text: the
// length and every non-digit byte stay, masking twice changes nothing, and
// no run of seven digits that could be a number survives outside a word.
func FuzzMaskPhoneNumbers(f *testing.F) {
	for _, s := range []string{"+4915112345678", "a 4915112345678 b", "550e8400-e29b-41d4-a716-446655440000", "+49-151-12345678", "x1234567", "12345678901234567890"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := MaskPhoneNumbers(s)
		if len(out) != len(s) {
			t.Fatalf("length changed: %q -> %q", s, out)
		}
		for i := 0; i < len(s); i++ {
			if s[i] != out[i] && !(isDigit(s[i]) && out[i] == '*') {
				t.Fatalf("byte %d changed from %q to %q", i, s[i], out[i])
			}
		}
		if again := MaskPhoneNumbers(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("broke UTF-8: %q -> %q", s, out)
		}
		for i := 0; i < len(out); i++ {
			if n := uuidAt(out, i); n > 0 {
				i += n - 1
				continue
			}
			if _, end := phoneAt(out, i); end != 0 {
				t.Fatalf("a number survived at %d: %q", i, out)
			}
		}
	})
}

func BenchmarkMaskPhoneNumbers(b *testing.B) {
	clean := "session 550e8400-e29b-41d4-a716-446655440000 type user_speak route Bot.user_speak outcome ok"
	dirty := "transfer to +4915112345678 failed: " + strings.Repeat("busy ", 10)
	b.Run("clean", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = MaskPhoneNumbers(clean)
		}
	})
	b.Run("number", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = MaskPhoneNumbers(dirty)
		}
	})
}
