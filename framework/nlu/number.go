package nlu

import (
	"strconv"
	"strings"
)

// numKind classifies a number word.
type numKind uint8

const (
	numNone    numKind = iota
	numUnit            // 0–9
	numTeen            // 10–19
	numTens            // 20, 30, … 90
	numHundred         // hundred, hundert
	numScale           // thousand, million, billion
	numAnd             // "and" inside a number, German "und"
	numArticle         // "a", "an", "ein", "eine": 1 before hundred or a scale
	numRepeat          // "double", "triple" before a digit
	numOh              // "oh": zero inside a digit sequence
	numDigits          // a word of digits, such as "42" or "1,000"
)

// numWord is one number word, or in German one part of a number word.
type numWord struct {
	kind numKind
	val  int64
}

// numItem is a number word of a text with the token it came from.
type numItem struct {
	numWord
	tok    int
	digits string // for numDigits: the digits as written
}

// numberSpan is a number said in a text, over tokens [start, end).
type numberSpan struct {
	start, end int
	// digits are the digits as said, with leading zeros: "042" for "zero
	// four two". Groups said one after the other are concatenated: "four
	// two" and "forty two" both give "42", "forty two eleven" gives "4211".
	digits string
	// groups counts the groups concatenated into digits.
	groups int
}

// value returns the number as an integer string without leading zeros.
func (n numberSpan) value() string {
	v := strings.TrimLeft(n.digits, "0")
	if v == "" {
		return "0"
	}
	return v
}

// digitWord reads a token of digits: "42", "042", "42." and "1,000" or
// "1.000" (thousands separators). Dates and times ("3.3.", "10:30") are no
// numbers.
func digitWord(s string) (string, bool) {
	s = strings.TrimSuffix(s, ".")
	if s == "" {
		return "", false
	}
	var b strings.Builder
	run := 0
	sep := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			run++
		case (c == ',' || c == '.') && (sep == 0 || sep == c) && run > 0 && (sep == 0 && run <= 3 || run == 3):
			sep = c
			run = 0
		default:
			return "", false
		}
	}
	if sep != 0 && run != 3 {
		return "", false
	}
	return b.String(), true
}

// numberWords returns the number words a token consists of, or nil. In
// German a token may hold several ("dreihundertfünfundzwanzig").
func (l *language) numberWords(norm string) []numWord {
	if d, ok := digitWord(norm); ok {
		return []numWord{{kind: numDigits, val: int64(len(d))}}
	}
	if w, ok := l.numbers[norm]; ok {
		return []numWord{w}
	}
	if !l.compounds || len(norm) < 6 {
		return nil
	}
	return l.splitCompound(norm)
}

// splitCompound splits a German number word into its parts, trying the
// longest part first; nil if the word is no number. Words longer than 64
// bytes are no numbers.
func (l *language) splitCompound(s string) []numWord {
	if len(s) > 64 {
		return nil
	}
	var dead [65]bool // dead[i]: s[i:] cannot be split
	var split func(i int) []numWord
	split = func(i int) []numWord {
		if i == len(s) {
			return []numWord{}
		}
		if dead[i] {
			return nil
		}
		for n := min(len(s)-i, 10); n >= 2; n-- {
			w, ok := l.numbers[s[i:i+n]]
			if !ok {
				continue
			}
			if rest := split(i + n); rest != nil {
				return append([]numWord{w}, rest...)
			}
		}
		dead[i] = true
		return nil
	}
	return split(0)
}

// numberItems flattens the number words of tokens [from, …) until the first
// token that is no number.
func (l *language) numberItems(toks []token, words [][]numWord, from int) []numItem {
	var items []numItem
	for t := from; t < len(toks); t++ {
		ws := words[t]
		if ws == nil {
			break
		}
		for _, w := range ws {
			it := numItem{numWord: w, tok: t}
			if w.kind == numDigits {
				it.digits, _ = digitWord(toks[t].norm)
			}
			items = append(items, it)
		}
	}
	return items
}

// numberAt parses the longest number that starts at token i.
func (l *language) numberAt(toks []token, words [][]numWord, i int) (numberSpan, bool) {
	return l.parseNumber(toks, words, i, false)
}

// firstNumberAt parses the number group that starts at token i: "three"
// of "march three twenty twenty six".
func (l *language) firstNumberAt(toks []token, words [][]numWord, i int) (numberSpan, bool) {
	return l.parseNumber(toks, words, i, true)
}

// parseNumber parses the number at token i: the longest sequence of
// groups, or only the first group.
func (l *language) parseNumber(toks []token, words [][]numWord, i int, single bool) (numberSpan, bool) {
	items := l.numberItems(toks, words, i)
	if len(items) == 0 {
		return numberSpan{}, false
	}
	p := numParser{german: l.code == "de", single: single}
	best := numberSpan{}
	for k, it := range items {
		var next numKind
		if k+1 < len(items) {
			next = items[k+1].kind
		}
		if !p.feed(it, next) {
			break
		}
		if k+1 == len(items) || items[k+1].tok != it.tok {
			if d, n, ok := p.result(); ok {
				best = numberSpan{start: i, end: it.tok + 1, digits: d, groups: n}
			}
		}
	}
	return best, best.end > best.start
}

// numParser reads a sequence of number groups. A group is a number said
// the usual way ("three hundred twenty five", "dreihundertfünfundzwanzig");
// groups said one after the other ("four two", "zweiundvierzig
// dreiundzwanzig") are concatenated as digits.
type numParser struct {
	german bool
	done   []string
	open   bool
	// literal is set for a group that cannot grow (a written number like
	// "042", or a zero); it is the group's digits.
	literal   string
	total     int64
	cur       int64
	last      numKind
	lastScale int64
	wantTens  bool // German "und" after a unit waits for the tens
	repeat    int  // "double" waits for its digit
	any       bool // an item has been consumed
	single    bool // read one group only
}

// feed consumes one item; false if the item does not belong to the number.
func (p *numParser) feed(it numItem, next numKind) bool {
	if p.repeat > 0 {
		d, ok := unitDigit(it)
		if !ok {
			return false
		}
		p.closeGroup()
		p.done = append(p.done, strings.Repeat(d, p.repeat))
		p.repeat, p.any = 0, true
		return true
	}
	if p.open && p.literal == "" && p.extend(it, next) {
		p.any = true
		return true
	}
	return p.start(it, next)
}

// unitDigit returns the digit of a unit word or of a one-digit word.
func unitDigit(it numItem) (string, bool) {
	switch {
	case it.kind == numUnit:
		return strconv.FormatInt(it.val, 10), true
	case it.kind == numOh:
		return "0", true
	case it.kind == numDigits && len(it.digits) == 1:
		return it.digits, true
	}
	return "", false
}

// extend tries to add the item to the open group.
func (p *numParser) extend(it numItem, next numKind) bool {
	afterBig := p.last == numHundred || p.last == numScale || (p.last == numAnd && !p.wantTens)
	switch it.kind {
	case numUnit:
		if it.val == 0 {
			return false
		}
		if afterBig || (!p.german && p.last == numTens && p.cur%10 == 0) {
			p.cur += it.val
			p.last = numUnit
			return true
		}
	case numTeen:
		if afterBig {
			p.cur += it.val
			p.last = numTeen
			return true
		}
	case numTens:
		if afterBig || (p.last == numAnd && p.wantTens) {
			p.cur += it.val
			p.last, p.wantTens = numTens, false
			return true
		}
	case numHundred:
		if (p.last == numUnit || p.last == numTeen || p.last == numArticle) && p.cur > 0 && p.cur < 100 {
			p.cur *= 100
			p.last = numHundred
			return true
		}
		if p.last == numScale {
			p.cur = 100
			p.last = numHundred
			return true
		}
	case numScale:
		if p.last != numAnd && (p.lastScale == 0 || it.val < p.lastScale) && p.last != numScale {
			p.total += max(p.cur, 1) * it.val
			p.cur = 0
			p.last, p.lastScale = numScale, it.val
			return true
		}
	case numAnd:
		if p.german && (p.last == numUnit || p.last == numArticle) && p.cur%100 < 10 && next == numTens {
			p.last, p.wantTens = numAnd, true
			return true
		}
		if (p.last == numHundred || p.last == numScale) && (next == numUnit || next == numTeen || next == numTens) {
			p.last, p.wantTens = numAnd, false
			return true
		}
	}
	return false
}

// start begins a new group with the item, closing the open one.
func (p *numParser) start(it numItem, next numKind) bool {
	if (p.open && !p.complete()) || (p.single && p.any) {
		return false
	}
	switch it.kind {
	case numUnit, numTeen, numTens, numHundred:
		p.closeGroup()
		p.open = true
		if it.kind == numUnit && it.val == 0 {
			p.literal = "0"
		}
		p.cur, p.last = it.val, it.kind
	case numScale:
		p.closeGroup()
		p.open = true
		p.total, p.last, p.lastScale = it.val, numScale, it.val
	case numArticle:
		if next != numHundred && next != numScale && (!p.german || next != numAnd) {
			return false
		}
		p.closeGroup()
		p.open = true
		p.cur, p.last = 1, numArticle
	case numOh:
		if !p.any {
			return false
		}
		p.closeGroup()
		p.done = append(p.done, "0")
	case numRepeat:
		if next != numUnit && next != numOh && next != numDigits {
			return false
		}
		p.closeGroup()
		p.repeat = int(it.val)
	case numDigits:
		p.closeGroup()
		p.open = true
		p.literal = it.digits
		if len(it.digits) <= 3 && it.digits[0] != '0' && (next == numHundred || next == numScale) {
			v, _ := strconv.ParseInt(it.digits, 10, 64)
			p.literal, p.cur = "", v
			p.last = kindOf(v)
		}
	default:
		return false
	}
	p.any = true
	return true
}

// kindOf classifies a written number below 1000 like the word for it.
func kindOf(v int64) numKind {
	switch {
	case v < 10:
		return numUnit
	case v < 20:
		return numTeen
	case v < 100:
		return numTens
	}
	return numHundred
}

// complete tells whether the open group may end here.
func (p *numParser) complete() bool {
	return p.literal != "" || (p.last != numAnd && p.last != numArticle)
}

// closeGroup moves the open group to done.
func (p *numParser) closeGroup() {
	if !p.open {
		return
	}
	if p.literal != "" {
		p.done = append(p.done, p.literal)
	} else {
		p.done = append(p.done, strconv.FormatInt(p.total+p.cur, 10))
	}
	*p = numParser{german: p.german, done: p.done, any: p.any, single: p.single}
}

// result returns the digits read so far if the number may end here.
func (p *numParser) result() (string, int, bool) {
	if p.repeat > 0 || (p.open && !p.complete()) {
		return "", 0, false
	}
	groups := p.done
	if p.open {
		g := p.literal
		if g == "" {
			g = strconv.FormatInt(p.total+p.cur, 10)
		}
		groups = append(groups[:len(groups):len(groups)], g)
	}
	if len(groups) == 0 {
		return "", 0, false
	}
	return strings.Join(groups, ""), len(groups), true
}
