package nlu

// newText normalizes s as a match does, without a model's compound
// repairs.
func (l *language) newText(s string) *text {
	toks := l.tokenize(s)
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	return l.textOf(s, toks)
}
