package nlu

// span is a candidate entity value found in a text: tokens [start, end),
// how well they match (0–1], and the value they resolve to.
type span struct {
	start, end int
	score      float64
	resolved   string
	id         string
}
