package extract

import (
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a paragraph: its offsets into the file and
// its tokens' range in the paragraph's token slice.
type sentence struct {
	Start, End int // code points, trimmed of surrounding space
	T0, T1     int // tokens [T0, T1) of the paragraph
}

// abbreviations that end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"sgt": true, "capt": true, "cmdr": true, "adm": true, "sen": true, "rep": true, "gov": true, "jr": true,
	"sr": true, "st": true, "inc": true, "co": true, "corp": true, "ltd": true, "vs": true,
	"etc": true, "e.g": true, "i.e": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true,
	"amb": true, "pres": true, "min": true, "dept": true, "est": true, "fig": true, "p": true, "pp": true,
}

// maxAbbrev is the length of the longest abbreviation, in code points
// (lower-casing keeps their number).
var maxAbbrev = func() (n int) {
	for a := range abbreviations {
		n = max(n, utf8.RuneCountInString(a))
	}
	return n
}()

// isLetterRune is unicode.IsLetter with a fast path for ASCII (inlined).
func isLetterRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.Is(unicode.Letter, r)
}

// isSpace is unicode.IsSpace with a fast path for ASCII (inlined).
func isSpace(r rune) bool {
	if r < 0x80 {
		return asciiClass[r] == classSpace
	}
	return unicode.IsSpace(r)
}

// splitSentences splits the paragraph runes[start:end] (whose tokens are
// toks) into sentences. A sentence ends at . ! ? or … (with any closing
// quotes and brackets after it) when space and then an upper-case letter,
// a digit or an opening quote follow — except after abbreviations and
// initials ("Mr.", "Sergei A. Ryabkov", "U.S.").
func splitSentences(rs []rune, start, end int, toks []token) []sentence {
	return appendSentences(nil, rs, start, end, toks)
}

// appendSentences is splitSentences appending to out. toks must be the
// tokens of rs[start:end]: a sentence can only end at . ! ? or …, each a
// mark of its own, so only the marks are looked at rather than every rune.
func appendSentences(out []sentence, rs []rune, start, end int, toks []token) []sentence {
	return appendSentencesMarks(out, rs, start, end, toks, appendMarks(nil, toks))
}

// appendMarks appends the indices of the marks (the tokens that are not
// words) among toks to out.
func appendMarks(out []int32, toks []token) []int32 {
	for c := range toks {
		if !toks[c].Word {
			out = append(out, int32(c))
		}
	}
	return out
}

// appendSentencesMarks is appendSentences with the indices of the marks
// among toks (appendMarks): the words are not looked at.
func appendSentencesMarks(out []sentence, rs []rune, start, end int, toks []token, marks []int32) []sentence {
	s0, t0 := start, 0
	next := start // the runes before next are inside the last sentence end
	for _, m := range marks {
		c := int(m)
		tk := &toks[c]
		if tk.Start < next || tk.Start >= end {
			continue
		}
		i := tk.Start
		r := rs[i]
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		j := i + 1
		for j < end && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || isCloser(rs[j])) {
			j++
		}
		if j < end && !isSpace(rs[j]) {
			continue
		}
		k := j
		for k < end && isSpace(rs[k]) {
			k++
		}
		if k < end && !startsSentence(rs[k]) {
			continue
		}
		if r == '.' && k < end && isAbbrev(rs, start, i) {
			continue
		}
		// "Resolution No. 1": "No." before a number; "No. That is not …" ends
		if r == '.' && k < end && unicode.IsDigit(rs[k]) && i-start >= 2 && (rs[i-2] == 'N' || rs[i-2] == 'n') && rs[i-1] == 'o' && (i-2 == start || !unicode.IsLetter(rs[i-3])) {
			continue
		}
		// the first token at or after j: the marks after tk up to j are
		// the only ones before it
		ti := c + 1
		for ti < len(toks) && toks[ti].Start < j {
			ti++
		}
		out = appendSentence(out, rs, s0, j, t0, ti)
		s0, t0 = k, ti
		next = j
	}
	out = appendSentence(out, rs, s0, end, t0, len(toks))
	return out
}

func appendSentence(out []sentence, rs []rune, s, e, t0, t1 int) []sentence {
	for s < e && isSpace(rs[s]) {
		s++
	}
	for e > s && isSpace(rs[e-1]) {
		e--
	}
	if s >= e || t0 >= t1 {
		return out
	}
	return append(out, sentence{Start: s, End: e, T0: t0, T1: t1})
}

func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '»':
		return true
	}
	return false
}

func startsSentence(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«', '<', '-', '—', '–':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isAbbrev reports whether the period at rs[i] ends an abbreviation or an
// initial rather than a sentence.
func isAbbrev(rs []rune, start, i int) bool {
	// a word longer than every abbreviation is none: it is read no further
	j := i
	for j > start && i-j <= maxAbbrev && (isLetterRune(rs[j-1]) || rs[j-1] == '.') {
		j--
	}
	w := rs[j:i]
	if len(w) == 0 || len(w) > maxAbbrev {
		return false
	}
	if len(w) == 1 && unicode.IsUpper(w[0]) {
		return true // an initial: "Sergei A. Ryabkov", the S of "U.S."
	}
	if len(w) == 3 && w[1] == '.' && unicode.IsUpper(w[0]) && unicode.IsUpper(w[2]) {
		return true // "U.S", "U.K", "E.U"
	}
	// lower(string(w)) on the stack
	var buf [32]byte
	b := buf[:0]
	for _, r := range w {
		switch {
		case r >= 0x80:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case 'A' <= r && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
		default:
			b = append(b, byte(r))
		}
	}
	return abbreviations[string(b)]
}
