package i18n

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// localeBuf is the size of the stack buffer a lookup normalizes the
// requested locale into; longer locales still work but allocate.
const localeBuf = 32

// appendLocale appends locale lower-cased and with "_" turned into "-", so
// "en_US", "en-US" and "EN-us" all find the same resources.
func appendLocale(dst []byte, locale string) []byte {
	for i := 0; i < len(locale); i++ {
		c := locale[i]
		switch {
		case c == '_':
			c = '-'
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// normalizeLocale is appendLocale for load time, where allocating is fine.
func normalizeLocale(locale string) string {
	return string(appendLocale(make([]byte, 0, len(locale)), locale))
}

// parentLen returns the length of the parent of a normalized locale:
// "de-at" → 2 ("de"), "zh-hant-tw" → 7 ("zh-hant"), "de" → 0 (none).
func parentLen(loc []byte) int {
	return max(bytes.LastIndexByte(loc, '-'), 0)
}

// parseLocale checks that a resource locale is a well-formed BCP 47 tag and
// returns the tag whose CLDR plural rules apply to it. Well-formed tags
// that CLDR does not know (i18next's "dev", say) are accepted and get the
// rules of the root locale, where every number is "other".
func parseLocale(locale string) (language.Tag, error) {
	if strings.TrimSpace(locale) == "" {
		return language.Und, errors.New("empty locale")
	}
	tag, err := language.Parse(locale)
	if err != nil {
		var unknown language.ValueError
		if errors.As(err, &unknown) {
			return tag, nil
		}
		return language.Und, fmt.Errorf("locale %q is not a well-formed BCP 47 tag: %w", locale, err)
	}
	return tag, nil
}
