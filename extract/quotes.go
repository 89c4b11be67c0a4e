package extract

// quoteSpan is a quotation: the text between its marks, trimmed.
type quoteSpan struct {
	Start, End int  // code points of the quoted text, marks excluded
	Open       int  // offset of the opening mark (or Start when there is none)
	Close      int  // offset of the closing mark, or End when it is missing
	Closed     bool // false: unbalanced, ran to the end of the paragraph
	Words      int  // its words, counted up to maxQuoteWords
}

// maxQuoteWords is as far as the words of a quotation are counted: the
// rules ask whether it has three words or more, or six or more.
const maxQuoteWords = 6

func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '″':
		return true
	}
	return false
}

// findQuotes finds the quotations of the paragraph runes[start:end].
// Double quotes of any shape alternate open/close — writers and machine
// translation often type the closing mark as an opening one (“… 1997, “the
// magazine quoted…) so the shape is not trusted; a quotation left open at
// the end of the paragraph ends there. Single quotes count only when a
// ‘ or ' at the start of a word is matched by one at the end of a word.
func findQuotes(rs []rune, start, end int) []quoteSpan { return appendQuotes(nil, rs, start, end) }

// appendQuotes is findQuotes appending to out.
func appendQuotes(out []quoteSpan, rs []rune, start, end int) []quoteSpan {
	open := -1
	for i := start; i < end; i++ {
		r := rs[i]
		if r < 0x80 && r != '"' && r != '\'' {
			continue // no quotation mark
		}
		out, i = quoteMark(out, rs, start, end, i, &open)
	}
	return closeQuotes(out, rs, end, open)
}

// appendQuotesToks is appendQuotes for the runes whose tokens are toks.
// A quotation mark that counts is a mark of its own (the apostrophe of
// "n't", inside a word, follows a letter and opens nothing): only the
// marks are looked at rather than every rune.
func appendQuotesToks(out []quoteSpan, rs []rune, start, end int, toks []token) []quoteSpan {
	return appendQuotesMarks(out, rs, start, end, toks, appendMarks(nil, toks))
}

// appendQuotesMarks is appendQuotesToks with the indices of the marks
// among toks (appendMarks).
func appendQuotesMarks(out []quoteSpan, rs []rune, start, end int, toks []token, marks []int32) []quoteSpan {
	open := -1
	last := start - 1 // the runes up to last are read
	for _, m := range marks {
		i := toks[m].Start
		if i <= last || i >= end {
			continue
		}
		if r := rs[i]; r < 0x80 && r != '"' && r != '\'' {
			continue // no quotation mark
		}
		out, last = quoteMark(out, rs, start, end, i, &open)
	}
	return closeQuotes(out, rs, end, open)
}

// quoteMark reads the mark rs[i] of the paragraph rs[start:end], with the
// quotation open at *open (or -1): it returns out with the quotation the
// mark closes, if any, and the last rune it read.
func quoteMark(out []quoteSpan, rs []rune, start, end, i int, open *int) ([]quoteSpan, int) {
	r := rs[i]
	if isDoubleQuote(r) {
		if *open < 0 {
			*open = i
			return out, i
		}
		// «… says "guarantees", it means …»: inside guillemets, another
		// mark is a quotation within the quotation when a » closes it later
		if rs[*open] == '«' && r != '»' && closingGuillemet(rs, i+1, end) {
			return out, i
		}
		out = appendQuote(out, rs, *open, *open+1, i, true)
		*open = -1
		return out, i
	}
	if *open < 0 && (r == '‘' || r == '\'') && (i == start || !isWordRune(rs[i-1])) && i+1 < end && isWordRune(rs[i+1]) {
		// look for the matching single closing mark in this paragraph
		for j := i + 2; j < end && j < i+300; j++ {
			if isDoubleQuote(rs[j]) {
				break
			}
			if (rs[j] == '’' || rs[j] == '\'') && (j+1 == end || !isWordRune(rs[j+1])) && !isSpace(rs[j-1]) {
				if !(rs[j-1] == 's' && j+1 < end && isSpace(rs[j+1]) && j-i > 40) { // plural possessive
					out = appendQuote(out, rs, i, i+1, j, true)
					return out, j
				}
				break
			}
		}
	}
	return out, i
}

// closingGuillemet reports whether a » follows in rs[from:end] before any «.
func closingGuillemet(rs []rune, from, end int) bool {
	for j := from; j < end; j++ {
		switch rs[j] {
		case '»':
			return true
		case '«':
			return false
		}
	}
	return false
}

// closeQuotes ends a quotation left open at the end of the paragraph.
func closeQuotes(out []quoteSpan, rs []rune, end, open int) []quoteSpan {
	if open >= 0 {
		out = appendQuote(out, rs, open, open+1, end, false)
	}
	return out
}

func appendQuote(out []quoteSpan, rs []rune, mark, s, e int, closed bool) []quoteSpan {
	cl := e
	for s < e && isSpace(rs[s]) {
		s++
	}
	for e > s && isSpace(rs[e-1]) {
		e--
	}
	if s >= e {
		return out
	}
	words := 0
	in := false
	for _, r := range rs[s:e] {
		var w bool
		if uint32(r) < 0x80 {
			w = asciiClass[uint32(r)] == classWord
		} else {
			w = isWordRune(r)
		}
		if w && !in {
			if words++; words == maxQuoteWords {
				break
			}
		}
		in = w || r == '\'' || r == '’' || r == '-'
	}
	return append(out, quoteSpan{Start: s, End: e, Open: mark, Close: cl, Closed: closed, Words: words})
}
