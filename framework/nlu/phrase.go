package nlu

import (
	"fmt"
	"strings"
)

// segment is a part of a phrase template: literal words or a {slot}.
type segment struct {
	literal string
	slot    string
}

// parseTemplate splits "i want {number} pizzas" into its literal parts and
// slots.
func parseTemplate(p string) ([]segment, error) {
	var segs []segment
	rest := p
	for rest != "" {
		open := strings.IndexAny(rest, "{}")
		if open < 0 {
			segs = append(segs, segment{literal: rest})
			break
		}
		if rest[open] == '}' {
			return nil, fmt.Errorf("%w: '}' without '{'", ErrMalformedPhrase)
		}
		if open > 0 {
			segs = append(segs, segment{literal: rest[:open]})
		}
		end := strings.IndexAny(rest[open+1:], "{}")
		if end < 0 || rest[open+1+end] == '{' {
			return nil, fmt.Errorf("%w: '{' without '}'", ErrMalformedPhrase)
		}
		name := strings.TrimSpace(rest[open+1 : open+1+end])
		if name == "" {
			return nil, fmt.Errorf("%w: empty {}", ErrMalformedPhrase)
		}
		segs = append(segs, segment{slot: name})
		rest = rest[open+1+end+1:]
	}
	return segs, nil
}
