package nlu

import "strings"

// maxTokens bounds the words of a text that are matched; speech-to-text
// turns are short, and the bound keeps a pathological input cheap.
const maxTokens = 64

// text is an input or a phrase after normalization, with the number words
// of each token read once.
type text struct {
	raw  string
	toks []token
	nums [][]numWord
}

// textOf reads the number words of tokens.
func (l *language) textOf(raw string, toks []token) *text {
	t := &text{raw: raw, toks: toks, nums: make([][]numWord, len(toks))}
	for i, tok := range toks {
		t.nums[i] = l.numberWords(tok.norm)
	}
	return t
}

// join returns the folded tokens [i, j) joined by spaces.
func (t *text) join(i, j int) string {
	if j == i+1 {
		return t.toks[i].norm
	}
	parts := make([]string, 0, j-i)
	for _, tok := range t.toks[i:j] {
		parts = append(parts, tok.norm)
	}
	return strings.Join(parts, " ")
}

// said returns the original words of tokens [i, j), as the caller said
// them.
func (t *text) said(i, j int) string {
	if i >= j {
		return ""
	}
	return t.raw[t.toks[i].start:t.toks[j-1].end]
}
