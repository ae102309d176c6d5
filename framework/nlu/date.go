package nlu

import (
	"strconv"
	"strings"
	"time"
)

// dateAt reads the longest date that starts at token i, relative to
// today (midnight in the caller's location).
func (l *language) dateAt(t *text, i int, today time.Time) (int, time.Time, bool) {
	if !l.mayStartDate(t, i) {
		return i, time.Time{}, false
	}
	best, date := i, time.Time{}
	try := func(end int, d time.Time, ok bool) {
		if ok && end > best {
			best, date = end, d
		}
	}
	try(l.numericDate(t, i, today))
	try(l.relativeDate(t, i, today))
	try(l.inDaysDate(t, i, today))
	try(l.weekdayDate(t, i, today))
	try(l.dayMonthDate(t, i, today))
	try(l.monthDayDate(t, i, today))
	try(l.dayOnlyDate(t, i, today))
	return best, date, best > i
}

// mayStartDate rules out, cheaply, most tokens that cannot begin a date.
func (l *language) mayStartDate(t *text, i int) bool {
	w := t.toks[i].norm
	if w == "" {
		return false
	}
	if (w[0] >= '0' && w[0] <= '9') || t.nums[i] != nil || w == l.inWord || l.starts[w] || l.nextWords[w] {
		return true
	}
	if _, ok := l.relDays[w]; ok {
		return true
	}
	if _, ok := l.weekdays[w]; ok {
		return true
	}
	if _, ok := l.months[w]; ok {
		return true
	}
	_, _, ok := l.ordinalAt(t.toks, i)
	return ok
}

// makeDate returns the date if it exists (no 30 February).
func makeDate(y int, m time.Month, d int, loc *time.Location) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return t, t.Day() == d && t.Month() == m
}

// nextDate returns day d of month m in the first year where it is not in
// the past.
func nextDate(today time.Time, m time.Month, d int) (time.Time, bool) {
	for y := today.Year(); y <= today.Year()+4; y++ {
		if t, ok := makeDate(y, m, d, today.Location()); ok && !t.Before(today) {
			return t, true
		}
	}
	return time.Time{}, false
}

// numericDate reads "2026-03-03", "3.3.", "03.03.2026", "3/4" and
// "3/4/2026". A slash date is month first in en-US, day first elsewhere.
func (l *language) numericDate(t *text, i int, today time.Time) (int, time.Time, bool) {
	w := t.toks[i].norm
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, time.Time{}, false
	}
	var parts []string
	var sep string
	for _, s := range [...]string{"-", ".", "/"} {
		if strings.Contains(w, s) {
			parts, sep = strings.Split(strings.TrimSuffix(w, "."), s), s
			break
		}
	}
	if len(parts) < 2 || len(parts) > 3 {
		return 0, time.Time{}, false
	}
	nums := make([]int, len(parts))
	for k, p := range parts {
		if p == "" || len(p) > 4 {
			return 0, time.Time{}, false
		}
		v, err := strconv.Atoi(p)
		if err != nil {
			return 0, time.Time{}, false
		}
		nums[k] = v
	}
	var y, m, d int
	switch {
	case sep == "-" && len(nums) == 3 && len(parts[0]) == 4:
		y, m, d = nums[0], nums[1], nums[2]
	case sep == "-":
		return 0, time.Time{}, false
	case sep == "/" && l.monthFirst:
		m, d = nums[0], nums[1]
	default:
		d, m = nums[0], nums[1]
	}
	if sep != "-" && len(nums) == 3 {
		switch len(parts[2]) {
		case 2:
			y = 2000 + nums[2]
		case 4:
			y = nums[2]
		default:
			return 0, time.Time{}, false
		}
	}
	if y != 0 && (y < 1900 || y > 2100) {
		return 0, time.Time{}, false
	}
	if y == 0 {
		date, ok := nextDate(today, time.Month(m), d)
		return i + 1, date, ok
	}
	date, ok := makeDate(y, time.Month(m), d, today.Location())
	return i + 1, date, ok
}

// relativeDate reads "today", "tomorrow", "the day after tomorrow",
// "übermorgen".
func (l *language) relativeDate(t *text, i int, today time.Time) (int, time.Time, bool) {
	if i > 0 && l.notBeforeRel[t.toks[i-1].norm] {
		return 0, time.Time{}, false
	}
	longest := 1
	if l.starts[t.toks[i].norm] {
		longest = min(4, len(t.toks)-i)
	}
	for n := longest; n >= 1; n-- {
		if off, ok := l.relDays[t.join(i, i+n)]; ok {
			return i + n, today.AddDate(0, 0, off), true
		}
	}
	return 0, time.Time{}, false
}

// inDaysDate reads "in three days", "in a week", "in zwei wochen".
func (l *language) inDaysDate(t *text, i int, today time.Time) (int, time.Time, bool) {
	if l.inWord == "" || t.toks[i].norm != l.inWord || i+2 >= len(t.toks) {
		return 0, time.Time{}, false
	}
	n, end := 0, i+3
	if l.oneWords[t.toks[i+1].norm] {
		n = 1
	} else if sp, ok := l.numberAt(t.toks, t.nums, i+1); ok && len(sp.digits) <= 3 {
		n, _ = strconv.Atoi(sp.value())
		end = sp.end + 1
	} else {
		return 0, time.Time{}, false
	}
	if end > len(t.toks) {
		return 0, time.Time{}, false
	}
	unit := t.toks[end-1].norm
	switch {
	case l.dayUnits[unit]:
		return end, today.AddDate(0, 0, n), true
	case l.weekUnits[unit]:
		return end, today.AddDate(0, 0, 7*n), true
	}
	return 0, time.Time{}, false
}

// weekdayDate reads "monday", "next monday", "nächsten montag": the next
// such day after today.
func (l *language) weekdayDate(t *text, i int, today time.Time) (int, time.Time, bool) {
	j := i
	if l.nextWords[t.toks[j].norm] && j+1 < len(t.toks) {
		j++
	}
	wd, ok := l.weekdays[t.toks[j].norm]
	if !ok {
		return 0, time.Time{}, false
	}
	days := (int(wd) - int(today.Weekday()) + 7) % 7
	if days == 0 {
		days = 7
	}
	return j + 1, today.AddDate(0, 0, days), true
}

// dayAt reads a day of the month at token i: an ordinal or a number up
// to 31.
func (l *language) dayAt(t *text, i int) (int, int, bool) {
	if i >= len(t.toks) {
		return 0, 0, false
	}
	if v, end, ok := l.ordinalAt(t.toks, i); ok && v >= 1 && v <= 31 {
		return v, end, true
	}
	if sp, ok := l.firstNumberAt(t.toks, t.nums, i); ok && len(sp.digits) <= 2 {
		v, _ := strconv.Atoi(sp.digits)
		if v >= 1 && v <= 31 {
			return v, sp.end, true
		}
	}
	return 0, 0, false
}

// yearAt reads a year between 1900 and 2100 at token i ("2026", "twenty
// twenty six", "zweitausendsechsundzwanzig").
func (l *language) yearAt(t *text, i int) (int, int, bool) {
	if i >= len(t.toks) {
		return 0, 0, false
	}
	sp, ok := l.numberAt(t.toks, t.nums, i)
	if !ok || len(sp.digits) != 4 {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(sp.digits)
	return y, sp.end, y >= 1900 && y <= 2100
}

// withYear completes day d of month m with a year said at token j, or the
// next such date.
func (l *language) withYear(t *text, j int, m time.Month, d int, today time.Time) (int, time.Time, bool) {
	if y, end, ok := l.yearAt(t, j); ok {
		date, ok := makeDate(y, m, d, today.Location())
		return end, date, ok
	}
	date, ok := nextDate(today, m, d)
	return j, date, ok
}

// dayMonthDate reads "third of march", "3rd march 2026", "dritten märz",
// "3. märz", and in German "dritten dritten" (3 March).
func (l *language) dayMonthDate(t *text, i int, today time.Time) (int, time.Time, bool) {
	d, j, ok := l.dayAt(t, i)
	if !ok || j >= len(t.toks) {
		return 0, time.Time{}, false
	}
	if l.ofWords[t.toks[j].norm] && j+1 < len(t.toks) {
		j++
	}
	if m, ok := l.months[t.toks[j].norm]; ok {
		return l.withYear(t, j+1, m, d, today)
	}
	if l.code == "de" {
		if _, _, isOrd := l.ordinalAt(t.toks, i); isOrd {
			if m, end, ok := l.ordinalAt(t.toks, j); ok && m >= 1 && m <= 12 {
				return l.withYear(t, end, time.Month(m), d, today)
			}
		}
	}
	return 0, time.Time{}, false
}

// monthDayDate reads "march third", "march the 3rd", "march 3 2026".
func (l *language) monthDayDate(t *text, i int, today time.Time) (int, time.Time, bool) {
	if l.code == "de" {
		return 0, time.Time{}, false
	}
	m, ok := l.months[t.toks[i].norm]
	if !ok {
		return 0, time.Time{}, false
	}
	j := i + 1
	if j < len(t.toks) && l.theWords[t.toks[j].norm] {
		j++
	}
	d, end, ok := l.dayAt(t, j)
	if !ok {
		return 0, time.Time{}, false
	}
	return l.withYear(t, end, m, d, today)
}

// dayOnlyDate reads an ordinal day after "the", "on", "am", "den": the
// next such day of a month.
func (l *language) dayOnlyDate(t *text, i int, today time.Time) (int, time.Time, bool) {
	if i == 0 || !l.dayPrefix[t.toks[i-1].norm] {
		return 0, time.Time{}, false
	}
	d, end, ok := l.ordinalAt(t.toks, i)
	if !ok || d < 1 || d > 31 {
		return 0, time.Time{}, false
	}
	if end < len(t.toks) {
		// A month after the day makes a day-month date or, if that is no
		// date (31 April), none.
		if _, isMonth := l.months[t.toks[end].norm]; isMonth {
			return 0, time.Time{}, false
		}
	}
	for k := 0; k < 3; k++ {
		first := time.Date(today.Year(), today.Month()+time.Month(k), 1, 0, 0, 0, 0, today.Location())
		if date, ok := makeDate(first.Year(), first.Month(), d, today.Location()); ok && !date.Before(today) {
			return end, date, true
		}
	}
	return 0, time.Time{}, false
}
