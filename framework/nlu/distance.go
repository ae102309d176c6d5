package nlu

import "unicode/utf8"

// maxEdits is how many edits two words of a length may differ by and still
// count as the same word: none below 4 letters (short words differ by
// meaning, "for"/"four"), one up to 7, two from 8.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// similarity is 1 for equal words, 1 - edits/length for words within
// maxEdits of the shorter one, 0 otherwise. Words shorter than 8 letters
// must begin alike: "meine", "keine" and "deine" differ by one letter and
// in meaning.
func similarity(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	k := maxEdits(min(la, lb))
	if k == 0 || la-lb > k || lb-la > k || la > 64 || lb > 64 {
		return 0
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra != rb && min(la, lb) < 8 {
		return 0
	}
	var bufA, bufB [64]rune
	d := editDistance(toRunes(bufA[:0], a), toRunes(bufB[:0], b), k)
	if d > k {
		return 0
	}
	return 1 - float64(d)/float64(max(la, lb))
}

// toRunes appends the runes of s to dst.
func toRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// editDistance is the optimal string alignment distance (insertions,
// deletions, substitutions, transpositions of neighbours) of words of at
// most 64 letters, or a value above limit once it exceeds limit.
func editDistance(a, b []rune, limit int) int {
	n := len(b)
	var rows [3][65]int
	prev2, prev, cur := rows[0][:n+1], rows[1][:n+1], rows[2][:n+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= n; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[n]
}
