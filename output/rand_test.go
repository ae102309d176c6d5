package output

// fixedRand always answers its value, wrapped into range by intN.
type fixedRand int

func (f fixedRand) IntN(int) int { return int(f) }

// seqRand answers its values in turn.
type seqRand struct {
	vals []int
	next int
}

func (s *seqRand) IntN(int) int {
	v := s.vals[s.next%len(s.vals)]
	s.next++
	return v
}
