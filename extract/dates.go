package extract

import (
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// findDate finds an absolute date in a line of text ("20 Jan, 2022 08:28",
// "January 20, 2022", "2022-01-20").
func findDate(t string) (time.Time, bool) {
	if strings.IndexByte(t, '-') >= 0 { // an ISO date has hyphens
		if iso, ok := matchISO(t); ok {
			if d, err := time.Parse("2006-01-02", iso); err == nil {
				return d, true
			}
		}
	}
	if strings.IndexByte(t, '.') >= 0 { // "2022.01.14 11:20", "10.01.2022 - Update"
		if iso, ok := matchDotted(t); ok {
			if d, err := time.Parse("2006-01-02", iso); err == nil {
				return d, true
			}
		}
	}
	if day, mon, year, ok := matchDMY(t); ok {
		if d, ok := mkDate(year, mon, day); ok {
			return d, true
		}
	}
	if mon, day, year, ok := matchMDY(t); ok {
		if d, ok := mkDate(year, mon, day); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// The matchers below find the leftmost match of a regular expression, as
// regexp's FindStringSubmatch would, without a regexp (they ran a
// backtracking machine on every line with a year): \b is the ASCII word
// boundary, \d an ASCII digit. dates_test.go checks them against the
// expressions.

// matchISO matches \b\d{4}-\d{2}-\d{2}\b.
func matchISO(t string) (string, bool) {
	for i := 0; i+10 <= len(t); i++ {
		if wordStart(t, i) && digits(t, i, 4) && t[i+4] == '-' && digits(t, i+5, 2) && t[i+7] == '-' &&
			digits(t, i+8, 2) && wordEnd(t, i+10) {
			return t[i : i+10], true
		}
	}
	return "", false
}

// matchDotted matches \b\d{4}\.\d{2}\.\d{2}\b (year first) or
// \b\d{2}\.\d{2}\.\d{4}\b (day first, as Europe writes it), and returns
// the date as YYYY-MM-DD.
func matchDotted(t string) (string, bool) {
	for i := 0; i+10 <= len(t); i++ {
		if !wordStart(t, i) || !wordEnd(t, i+10) {
			continue
		}
		switch {
		case digits(t, i, 4) && t[i+4] == '.' && digits(t, i+5, 2) && t[i+7] == '.' && digits(t, i+8, 2):
			return t[i:i+4] + "-" + t[i+5:i+7] + "-" + t[i+8:i+10], true
		case digits(t, i, 2) && t[i+2] == '.' && digits(t, i+3, 2) && t[i+5] == '.' && digits(t, i+6, 4):
			return t[i+6:i+10] + "-" + t[i+3:i+5] + "-" + t[i:i+2], true
		}
	}
	return "", false
}

// matchDMY matches \b(\d{1,2}) ([A-Z][a-z]{2,8})\.?,? (\d{4})\b.
func matchDMY(t string) (day, mon, year string, ok bool) {
	for i := 0; i < len(t); i++ {
		if !isDigitByte(t[i]) || !wordStart(t, i) {
			continue
		}
		d := digitRun(t, i)
		if d > 2 || i+d >= len(t) || t[i+d] != ' ' {
			continue
		}
		m := i + d + 1
		e, ok := monthWord(t, m)
		if !ok {
			continue
		}
		p := e
		if p < len(t) && t[p] == '.' {
			p++
		}
		if p < len(t) && t[p] == ',' {
			p++
		}
		if y, ok := yearAt(t, p); ok {
			return t[i : i+d], t[m:e], y, true
		}
	}
	return "", "", "", false
}

// matchMDY matches \b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b.
func matchMDY(t string) (mon, day, year string, ok bool) {
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' || !wordStart(t, i) {
			continue
		}
		e, ok := monthWord(t, i)
		if !ok {
			continue
		}
		p := e
		if p < len(t) && t[p] == '.' {
			p++
		}
		if p >= len(t) || t[p] != ' ' {
			continue
		}
		p++
		d := digitRun(t, p)
		if d == 0 || d > 2 {
			continue
		}
		q := p + d
		if q < len(t) && t[q] == ',' {
			q++
		}
		if y, ok := yearAt(t, q); ok {
			return t[i:e], t[p : p+d], y, true
		}
	}
	return "", "", "", false
}

// monthWord matches [A-Z][a-z]{2,8} at i, not followed by another letter
// in lower case (no expression above takes one there), and returns its end.
func monthWord(t string, i int) (int, bool) {
	if i >= len(t) || t[i] < 'A' || t[i] > 'Z' {
		return 0, false
	}
	e := i + 1
	for e < len(t) && t[e] >= 'a' && t[e] <= 'z' {
		e++
	}
	return e, e-i-1 >= 2 && e-i-1 <= 8
}

// yearAt matches " (\d{4})\b" at i.
func yearAt(t string, i int) (string, bool) {
	if i+5 > len(t) || t[i] != ' ' || !digits(t, i+1, 4) || !wordEnd(t, i+5) {
		return "", false
	}
	return t[i+1 : i+5], true
}

// digits reports whether t[i:i+n] are n digits.
func digits(t string, i, n int) bool {
	if i+n > len(t) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigitByte(t[k]) {
			return false
		}
	}
	return true
}

// digitRun is the number of digits from t[i].
func digitRun(t string, i int) int {
	n := 0
	for i+n < len(t) && isDigitByte(t[i+n]) {
		n++
	}
	return n
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte is \w, ASCII only: a byte of a multi-byte code point is none.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// wordStart is \b before the word byte t[i].
func wordStart(t string, i int) bool { return i == 0 || !isWordByte(t[i-1]) }

// wordEnd is \b after the word byte t[i-1].
func wordEnd(t string, i int) bool { return i == len(t) || !isWordByte(t[i]) }

func mkDate(y, mon, d string) (time.Time, bool) {
	m, ok := months[strings.ToLower(mon)]
	if !ok {
		return time.Time{}, false
	}
	yi, err1 := strconv.Atoi(y)
	di, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || di < 1 || di > 31 || yi < 1900 || yi > 2100 {
		return time.Time{}, false
	}
	t := time.Date(yi, m, di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return time.Time{}, false
	}
	return t, true
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// dateExpr is a date expression found in a sentence, resolved.
type dateExpr struct {
	Date  time.Time
	Start int // token index
	At    int // offset of its first token
	Week  bool
}

// findDateExpr looks for a date expression in the tokens of one sentence and
// resolves it against pub (the publication date): "on Wednesday", "Thursday
// evening", "on December 23", "December 23, 2021", "last week", "yesterday".
// Weekdays are the latest such day up to the publication date (news reports
// the past); a month and day without year is the latest such day that is
// not more than a week after pub.
func findDateExpr(toks []token, pub time.Time) (dateExpr, bool) {
	first := mayHaveDate(toks)
	if first < 0 {
		return dateExpr{}, false
	}
	// no expression starts before first: it starts with a word of wDate
	// or a number
	if pub.IsZero() {
		// absolute dates only
		for i := first; i < len(toks); i++ {
			if !mayBeDate(&toks[i]) {
				continue
			}
			if d, ok := absDate(toks, i, time.Time{}); ok {
				return dateExpr{Date: d, Start: i, At: toks[i].Start}, true
			}
		}
		return dateExpr{}, false
	}
	// an absolute date wins over a weekday next to it ("on Thursday,
	// December 23"); a weekday earlier in the sentence wins over a date
	// further on ("said on Saturday that … the drafts published on
	// December 17")
	abs, absAt := time.Time{}, -1
	for i := first; i < len(toks); i++ {
		if !mayBeDate(&toks[i]) {
			continue
		}
		if d, ok := absDate(toks, i, pub); ok {
			abs, absAt = d, i
			break
		}
	}
	if absAt >= 0 {
		if w, ok := weekdayBefore(toks, first, absAt-3, pub); ok {
			return w, true
		}
		return dateExpr{Date: abs, Start: absAt, At: toks[absAt].Start}, true
	}
	for i := first; i < len(toks); i++ {
		t := &toks[i]
		if !t.Word || !mayBeDate(t) {
			continue
		}
		switch t.Lower {
		case "yesterday":
			return dateExpr{Date: pub.AddDate(0, 0, -1), Start: i, At: toks[i].Start}, true
		case "today":
			if i > 0 && toks[i-1].Lower == "until" {
				continue
			}
			return dateExpr{Date: pub, Start: i, At: toks[i].Start}, true
		case "tonight":
			return dateExpr{Date: pub, Start: i, At: toks[i].Start}, true
		case "week":
			if i > 0 && (toks[i-1].Lower == "last" || toks[i-1].Lower == "past") {
				return dateExpr{Date: lastWeek(pub), Start: i - 1, At: toks[i-1].Start, Week: true}, true
			}
			if i > 0 && toks[i-1].Lower == "this" || i > 1 && toks[i-1].Lower == "earlier" && toks[i-2].Lower == "this" {
				continue
			}
		}
		if d, ok := weekdayAt(toks, i, pub); ok {
			return d, true
		}
	}
	return dateExpr{}, false
}

// weekdayAt reads a weekday that dates the words at toks[i]: "on
// Saturday", "last Monday"; not "next Monday" (the future) nor "at
// Wednesday's meeting" (an event).
func weekdayAt(toks []token, i int, pub time.Time) (dateExpr, bool) {
	t := &toks[i]
	if !t.Cap || !isWordOf(t, wWeekday, weekdays) {
		return dateExpr{}, false
	}
	if i > 0 && (toks[i-1].Lower == "next" || toks[i-1].Lower == "until" || toks[i-1].Lower == "by") {
		return dateExpr{}, false
	}
	if i+1 < len(toks) && (toks[i+1].Text == "'s" || toks[i+1].Text == "’s" || (toks[i+1].Text == "'" || toks[i+1].Text == "’") && i+2 < len(toks) && toks[i+2].Lower == "s") {
		return dateExpr{}, false
	}
	back := (int(pub.Weekday()) - int(weekdays[t.Lower]) + 7) % 7
	if i > 0 && toks[i-1].Lower == "last" && back == 0 {
		back = 7
	}
	return dateExpr{Date: pub.AddDate(0, 0, -back), Start: i, At: t.Start}, true
}

// weekdayBefore finds the first weekday that dates the words in toks[from:to].
func weekdayBefore(toks []token, from, to int, pub time.Time) (dateExpr, bool) {
	for i := from; i < to && i < len(toks); i++ {
		if d, ok := weekdayAt(toks, i, pub); ok {
			return d, true
		}
	}
	return dateExpr{}, false
}

// mayHaveDate returns the first of toks that is a word a date expression
// starts with or turns on (wDate) or a number, or that the lexicon has
// not seen (it may be one); -1 when there is none.
func mayHaveDate(toks []token) int {
	for i := range toks {
		if mayBeDate(&toks[i]) {
			return i
		}
	}
	return -1
}

// mayBeDate reports whether t is a word a date expression starts with or
// turns on (wDate) or a number (wNumber), or a token the lexicon has not
// seen: the expressions of findDateExpr are read only at such tokens.
func mayBeDate(t *token) bool {
	return t.Info&(wSeen|wDate|wNumber) != wSeen
}

// lastWeek is the Monday of the week before pub's week.
func lastWeek(pub time.Time) time.Time {
	back := (int(pub.Weekday()) + 6) % 7 // days since Monday
	return pub.AddDate(0, 0, -back-7)
}

// absDate reads "December 23", "23 December", "December 23, 2021", "Dec. 23" at toks[i].
func absDate(toks []token, i int, pub time.Time) (time.Time, bool) {
	t := &toks[i]
	if !t.Word || !t.Cap && (t.Text[0] < '0' || t.Text[0] > '9') {
		return time.Time{}, false
	}
	if t.Cap && isWordOf(&toks[i], wMonth, months) {
		m := months[t.Lower]
		j := i + 1
		if j < len(toks) && toks[j].Text == "." {
			j++
		}
		if j < len(toks) && isDay(toks[j].Text) {
			day, _ := strconv.Atoi(toks[j].Text)
			year := 0
			if j+2 < len(toks) && toks[j+1].Text == "," && isYear(toks[j+2].Text) {
				year, _ = strconv.Atoi(toks[j+2].Text)
			} else if j+1 < len(toks) && isYear(toks[j+1].Text) {
				year, _ = strconv.Atoi(toks[j+1].Text)
			}
			return resolveMD(year, m, day, pub)
		}
		// "in April 2008": a month of a past year is no day of the words,
		// but it dates background ("At the Bucharest summit in April 2008,
		// NATO leaders agreed …"); a month of the article's year dates nothing
		if j < len(toks) && isYear(toks[j].Text) && !pub.IsZero() {
			year, _ := strconv.Atoi(toks[j].Text)
			if d := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC); d.Before(pub.AddDate(-1, 0, 0)) {
				return d, true
			}
		}
	}
	if isDay(t.Text) && i+1 < len(toks) {
		if toks[i+1].Cap && isWordOf(&toks[i+1], wMonth, months) {
			m := months[toks[i+1].Lower]
			day, _ := strconv.Atoi(t.Text)
			year := 0
			j := i + 2
			if j < len(toks) && toks[j].Text == "," {
				j++
			}
			if j < len(toks) && isYear(toks[j].Text) {
				year, _ = strconv.Atoi(toks[j].Text)
			}
			return resolveMD(year, m, day, pub)
		}
	}
	return time.Time{}, false
}

func resolveMD(year int, m time.Month, day int, pub time.Time) (time.Time, bool) {
	if year == 0 {
		if pub.IsZero() {
			return time.Time{}, false
		}
		year = pub.Year()
		d := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
		if d.After(pub.AddDate(0, 0, 7)) {
			year--
		}
	}
	d := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day {
		return time.Time{}, false
	}
	return d, true
}

func isDay(s string) bool {
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return false
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1 && n <= 31
}

func isYear(s string) bool {
	if len(s) != 4 || !allDigits(s) {
		return false
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1900 && n <= 2100
}

// allDigits reports whether s is ASCII digits only. Tokens are words or
// single marks, so no sign precedes the digits: anything else is no number
// for Atoi, whose error would be allocated.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
