package nlu

import (
	"sort"
	"strings"
	"time"
)

// The built-in entity types.
const (
	// TypeNumber is an integer said as words or digits: "forty two",
	// "zweiundvierzig", "42", "four two". Resolved is the integer in digits.
	TypeNumber = "NUMBER"
	// TypeDigits is a digit sequence said digit by digit: "four two one",
	// "vier zwo eins". Resolved keeps leading zeros: "zero four" → "04".
	TypeDigits = "DIGITS"
	// TypeYesNo is a yes or a no in English or German. Resolved is "yes"
	// or "no".
	TypeYesNo = "YES_NO"
	// TypeDate is a calendar date: "tomorrow", "next monday", "the 3rd of
	// march", "am dritten märz", "übermorgen", "2026-03-03", "3.3.".
	// Resolved is the ISO date, 2006-01-02.
	TypeDate = "DATE"
)

// builtinAliases maps the type names other NLU services use for the
// built-in types, so a model written for them loads unchanged.
func builtinAliases() map[string]string {
	return map[string]string{
		TypeNumber: TypeNumber, "AMAZON.NUMBER": TypeNumber, "@sys.number": TypeNumber,
		"@sys.number-integer": TypeNumber, "snips/number": TypeNumber,
		TypeDigits: TypeDigits, "AMAZON.FOUR_DIGIT_NUMBER": TypeDigits,
		TypeYesNo: TypeYesNo,
		TypeDate:  TypeDate, "AMAZON.DATE": TypeDate, "@sys.date": TypeDate, "snips/datetime": TypeDate,
	}
}

// resolveType returns the type key of an entity type reference: the name
// of a custom type or of a built-in one.
func resolveType(ref TypeRef, custom map[string]EntityType, aliases map[string]string) (string, error) {
	var names []string
	switch {
	case ref.Name != "":
		names = []string{ref.Name}
	case ref.ByService["jovo"] != "":
		names = []string{ref.ByService["jovo"]}
	default:
		for _, n := range ref.ByService {
			names = append(names, n)
		}
		sort.Strings(names)
	}
	if len(names) == 0 {
		return "", ErrUnknownEntityType
	}
	for _, n := range names {
		if _, ok := custom[n]; ok {
			return n, nil
		}
		if b, ok := aliases[n]; ok {
			return b, nil
		}
	}
	return "", &unknownTypeError{names: names}
}

// unknownTypeError names the types that were not found.
type unknownTypeError struct{ names []string }

func (e *unknownTypeError) Error() string {
	return ErrUnknownEntityType.Error() + ": " + strings.Join(e.names, ", ") +
		" (declare it in entityTypes or use NUMBER, DIGITS, YES_NO, DATE)"
}

func (e *unknownTypeError) Unwrap() error { return ErrUnknownEntityType }

// builtinSpans finds the values of a built-in type in t.
func (l *language) builtinSpans(typ string, t *text, now time.Time) []span {
	var out []span
	switch typ {
	case TypeNumber, TypeDigits:
		for i := range t.toks {
			n, ok := l.numberAt(t.toks, t.nums, i)
			if !ok {
				continue
			}
			v := n.value()
			if typ == TypeDigits {
				v = n.digits
			}
			out = append(out, span{start: i, end: n.end, score: 1, resolved: v, id: v})
		}
	case TypeYesNo:
		for i := range t.toks {
			longest := 1
			if l.starts[t.toks[i].norm] {
				longest = min(5, len(t.toks)-i)
			}
			for n := longest; n >= 1; n-- {
				if v, ok := l.yesNo[t.join(i, i+n)]; ok {
					out = append(out, span{start: i, end: i + n, score: 1, resolved: v, id: v})
					break
				}
			}
		}
	case TypeDate:
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
		for i := range t.toks {
			if end, d, ok := l.dateAt(t, i, today); ok {
				v := d.Format(time.DateOnly)
				out = append(out, span{start: i, end: end, score: 1, resolved: v, id: v})
			}
		}
	}
	return out
}
