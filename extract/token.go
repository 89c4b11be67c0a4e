package extract

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the article, with its offsets in
// code points into the whole file.
type token struct {
	Start, End int
	Text       string // as written, apostrophes and quotes normalised to ASCII
	Lower      string
	Word       bool // letters or digits
	Cap        bool // starts with an upper-case letter
	Info       wordInfo
	Cs         conceptSet // the concepts of the terms that start here (when Info has wConcepts)
	w          *wordEntry // the lexicon's entry for Lower (annotated tokens), or nil
}

// tokenize splits runes[start:end] into tokens. Words are runs of letters and
// digits; every other non-space rune is a token of its own. "n't" becomes a
// word of its own whose Lower is "not".
func tokenize(runes []rune, start, end int, out []token) []token {
	return tokenizeSrc(runes, nil, nil, start, end, out)
}

// tokenizeSrc is tokenize for the article line ln holds (runes is ln.rs),
// so that token texts are substrings of the file, not copies; with a
// lexicon, every token is annotated as it is made.
//
// With ln, ln.marks holds afterwards the indices (from the first token
// made here) of the marks among the tokens: the scanners that look only
// at marks (quotations, sentence ends) read them rather than every token.
func tokenizeSrc(runes []rune, ln *lineRunes, lex *Lexicon, start, end int, out []token) []token {
	runes = runes[:end]
	i := start
	base := len(out)
	if ln != nil {
		ln.marks = ln.marks[:0]
	}
	lexWords := lex != nil && ln != nil
	for i < end {
		r := runes[i]
		var class uint8
		if uint32(r) < 0x80 {
			class = asciiClass[uint32(r)]
		} else {
			switch k := kindOf(r); {
			case k&kindSpace != 0:
				class = classSpace
			case k&kindWord != 0:
				class = classWord
			default:
				class = classPunct
			}
		}
		switch class {
		case classSpace:
			i++
		case classWord:
			// the kinds of the word's runes: wordLower, wordUpper, wordOther
			kinds := wordOther
			if uint32(r) < 0x80 {
				kinds = asciiWord[uint32(r)]
			}
			// ASCII in a loop of its own, without calls; next is the rune
			// after the word (-1 at the end of the line), read once
			j := i + 1
			next := rune(-1)
			for j < len(runes) {
				c := uint32(runes[j])
				if c >= 0x80 {
					j, kinds = scanWordRest(runes, j, kinds)
					if j < len(runes) {
						next = runes[j]
					}
					break
				}
				k := asciiWord[c]
				if k == 0 {
					next = rune(c)
					break
				}
				kinds |= k
				j++
			}
			// split "didn't" into "did" + "n't" (the apostrophe first: it
			// is the rarest)
			if (next == '\'' || next >= 0x80 && isApos(next)) && j-i > 1 && (runes[j-1] == 'n' || runes[j-1] == 'N') && j+1 < end && (runes[j+1] == 't' || runes[j+1] == 'T') && (j+2 >= end || !isWordRune(runes[j+2])) {
				out = appendWord(out, runes, ln, lex, i, j-1, 0)
				t := token{Start: j - 1, End: j + 2, Text: "n't", Lower: "not", Word: true}
				if lex != nil {
					lex.annotateToken(&t)
				}
				out = append(out, t)
				i = j + 2
				if i < end && runes[i] == ' ' {
					i++
				}
				continue
			}
			if lexWords && kinds&wordOther == 0 && j-i <= 16 && !(j-i == 2 && i > 0 && isApos(runes[i-1])) {
				// (most words; appendWord reads the rest, and "'97", a year)
				out = appendLexWord(out, lex, ln, i, j, kinds)
			} else {
				out = appendWord(out, runes, ln, lex, i, j, kinds)
			}
			// the space after a word, the most frequent, is passed here
			// rather than by a turn of the loop
			i = j
			if next == ' ' {
				i++
			}
		default:
			p := punctText(r)
			var info wordInfo
			if lex != nil {
				info = wSeen // what annotateToken makes of a mark
			}
			var t *token
			out, t = grow(out)
			t.set(i, i+1, p, p, false, false, info, nil)
			if ln != nil {
				ln.marks = append(ln.marks, int32(len(out)-1-base))
			}
			i++
		}
	}
	return out
}

// scanWordRest goes on reading a word at runes[j], which is not ASCII: it
// returns the word's end and its kinds with those of the runes read.
func scanWordRest(runes []rune, j int, kinds uint8) (int, uint8) {
	for ; j < len(runes); j++ {
		if c := runes[j]; c < 0x80 {
			k := asciiWord[c]
			if k == 0 {
				break
			}
			kinds |= k
		} else if isWordRune(c) {
			kinds |= wordOther
		} else {
			break
		}
	}
	return j, kinds
}

// appendWord appends the word runes[i:j] to out, annotated when lex is
// not nil. kinds
// are the kinds of its runes (asciiWord), or 0 when they are not known.
func appendWord(out []token, runes []rune, ln *lineRunes, lex *Lexicon, i, j int, kinds uint8) []token {
	var s string
	if ln != nil {
		s = ln.sub(i, j)
	} else {
		s = string(runes[i:j])
	}
	r := runes[i]
	var up bool
	if r < 0x80 {
		up = r >= 'A' && r <= 'Z'
	} else {
		up = unicode.IsUpper(r)
	}
	// the token is made and annotated here, then copied once into out
	t := token{Start: i, End: j, Text: s, Word: true, Cap: up}
	if ln == nil || lex == nil {
		t.Lower = lower(s) // (nothing annotates it)
	} else if kinds == wordLower || kinds == 0 && !up && isLowerASCII(s) {
		t.Lower = s // else annotate lower-cases it, sharing the lexicon's string when it can
	}
	// "after '97": a year cut to two digits reads as the year
	if j-i == 2 && i > 0 && isApos(runes[i-1]) && isDigit2(runes[i], runes[i+1]) {
		t.Lower = shortYear(runes[i], runes[i+1])
	}
	if lex != nil {
		lex.annotateToken(&t)
		if up {
			t.Info |= wCapital
		}
	}
	return append(out, t)
}

// appendLexWord is appendWord for a word of up to 16 ASCII letters and
// digits, code points [i, j) of the line ln holds, with the lexicon: its
// wordKey is lower-cased in place of the word, and the token is made once,
// annotated.
func appendLexWord(out []token, lex *Lexicon, ln *lineRunes, i, j int, kinds uint8) []token {
	b, n, src := ln.byteOff(i), j-i, ln.src
	// the key is read from the file where it has 16 bytes from the word on
	// (the bytes after the word masked), without a call to wordKey
	var s string
	var k0, k1 uint64
	if b+16 <= len(src) {
		w := src[b : b+16] // (of a known length: its reads are not checked)
		s = w[:n]
		m := &keyMasks[n]
		k0, k1 = le64(w, 0)&m[0], le64(w, 8)&m[1]
	} else {
		s = src[b : b+n]
		k0, k1 = wordKey(s)
	}
	if kinds&wordUpper != 0 {
		k0, k1 = lowerASCII8(k0), lowerASCII8(k1)
	}
	// (the table's lookup of a word its key holds whole, inlined: the
	// tokenizer makes it once per word)
	tab := lex.wordTab
	h := keyHash(k0, k1, len(s))
	var sl *wordSlot
	if k, ok := tab.probe(h&tab.mask, slotTag(h, len(s)), k0, k1); ok {
		sl = &tab.slots[k]
	}
	lower := s
	switch {
	case kinds&wordUpper == 0:
		// (a word in lower case is its own lower-case form)
	case sl != nil:
		lower = lex.wordTab.key(sl)
	default:
		lower = keyString(k0, k1, len(s)) // (the key is the word in lower case)
	}
	info, e := lex.infoFor(sl, s[0], lower)
	out, t := grow(out)
	t.set(i, j, s, lower, true, s[0] <= 'Z' && s[0] >= 'A', info, e)
	return out
}

// keyString is the word of n bytes (up to 16) whose wordKey is k0, k1: one
// allocation, without reading the word again.
func keyString(k0, k1 uint64, n int) string {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], k0)
	binary.LittleEndian.PutUint64(b[8:], k1)
	return string(b[:n])
}

// keyMasks[n] keeps the first n of 16 bytes: wordKey of a word of n
// bytes is the 16 bytes from it, masked.
var keyMasks = func() (m [17][2]uint64) {
	for n := range m {
		for k := 0; k < n; k++ {
			m[n][k/8] |= 0xff << (8 * (k % 8))
		}
	}
	return m
}()

// grow appends a token to out, to be set in place: out[len(out)] = token{…}
// would make the token on the stack and copy it.
func grow(out []token) ([]token, *token) {
	n := len(out)
	if n == cap(out) {
		out = slices.Grow(out, 1)
	}
	out = out[:n+1]
	return out, &out[n]
}

// set sets every field of t (which may be an old token of a reused
// array).
func (t *token) set(start, end int, text, lower string, word, capital bool, info wordInfo, e *wordEntry) {
	t.Start, t.End, t.Text, t.Lower = start, end, text, lower
	t.Word, t.Cap, t.Info, t.Cs, t.w = word, capital, info, conceptSet{}, e
}

func isDigit2(a, b rune) bool { return a >= '0' && a <= '9' && b >= '0' && b <= '9' }

// shortYear is the year of "'97" (1997) or "'04" (2004).
func shortYear(a, b rune) string {
	if a >= '3' {
		return "19" + string(a) + string(b)
	}
	return "20" + string(a) + string(b)
}

// lower is strings.ToLower with a fast path for ASCII lower case.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return toLowerSlow(s)
		}
	}
	return s
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func toLowerSlow(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	return string(rs)
}

const (
	classPunct = iota
	classSpace
	classWord
)

var asciiClass = func() (t [128]uint8) {
	for r := range t {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			t[r] = classWord
		case r == ' ' || r >= '\t' && r <= '\r':
			t[r] = classSpace
		}
	}
	return t
}()

// The kinds of word runes, for tokenizeSrc to know whether a word is in
// ASCII lower case as it reads it.
const (
	wordLower uint8 = 1 << iota // a-z, 0-9
	wordUpper                   // A-Z
	wordOther                   // not ASCII
)

// asciiWord is the kind of an ASCII word rune, 0 for others.
var asciiWord = func() (t [128]uint8) {
	for r := range t {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			t[r] = wordLower
		case r >= 'A' && r <= 'Z':
			t[r] = wordUpper
		}
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r] == classWord
	}
	return kindOf(r)&kindWord != 0
}

// What a rune that is not ASCII is to the tokenizer: a word rune (a
// letter, a digit or a non-spacing mark), a space (or a soft hyphen or a
// byte-order mark, which separate nothing either), or else a mark.
const (
	kindWord uint8 = 1 << iota
	kindSpace
)

// kindOf is runeKind, from a table for the runes that articles have most
// (Latin letters, typographic quotes, dashes and spaces).
func kindOf(r rune) uint8 {
	switch {
	case uint32(r) < 0x300:
		return kindLatin[uint32(r)]
	case uint32(r)-0x2000 < 0x70:
		return kindPunct[uint32(r)-0x2000]
	}
	return runeKind(r)
}

func runeKind(r rune) uint8 {
	var k uint8
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		k |= kindWord
	}
	if unicode.IsSpace(r) || r == '\u00ad' || r == '\ufeff' {
		k |= kindSpace
	}
	return k
}

// kindLatin and kindPunct are runeKind of U+0000–U+02FF and of the
// General Punctuation block, U+2000–U+206F.
var kindLatin, kindPunct = func() (lat [0x300]uint8, punct [0x70]uint8) {
	for r := range lat {
		lat[r] = runeKind(rune(r))
	}
	for r := range punct {
		punct[r] = runeKind(rune(0x2000 + r))
	}
	return lat, punct
}()

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

// punctText normalises typographic variants so that the lexicon can be
// written in ASCII: ’ is ', “ and ” are ", – and — are -.
func punctText(r rune) string {
	switch r {
	case '’', '‘', 'ʼ', '`', '´':
		return "'"
	case '“', '”', '„', '«', '»', '″':
		return "\""
	case '–', '—', '‐', '‑', '−':
		return "-"
	case '…':
		return "..."
	}
	if r < 0x80 {
		return asciiPunct[r]
	}
	return string(r)
}

var asciiPunct = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// lineRunes is one line of the article decoded into code points, for the
// scanners that look around a position (tokens, quotations, sentences).
// Its buffers are reused from line to line and from article to article.
type lineRunes struct {
	rs    []rune  // the line's code points
	bo    []int32 // byte offset in src of each code point, and of the end (unless ascii)
	ascii bool    // code point k is byte base+k
	base  int
	src   string  // the article file
	marks []int32 // the marks among the tokens tokenizeSrc made of the line last (see there)
}

// load decodes src[bstart:bend]; ascii says that it is ASCII.
func (l *lineRunes) load(src string, bstart, bend int, ascii bool) {
	l.src, l.ascii, l.base = src, ascii, bstart
	s := src[bstart:bend]
	// a line has at most as many code points as bytes
	rs := slices.Grow(l.rs[:0], len(s))[:len(s)]
	if ascii {
		for i := 0; i < len(s); i++ {
			rs[i] = rune(s[i])
		}
		l.rs, l.bo = rs, l.bo[:0]
		return
	}
	bo := slices.Grow(l.bo[:0], len(s)+1)[:len(s)+1]
	k := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && k+8 <= len(rs) {
			if v := le64(s, i); v&0x8080808080808080 == 0 {
				r8, b8, o := rs[k:k+8], bo[k:k+8], int32(bstart+i)
				r8[0], r8[1], r8[2], r8[3] = rune(byte(v)), rune(byte(v>>8)), rune(byte(v>>16)), rune(byte(v>>24))
				r8[4], r8[5], r8[6], r8[7] = rune(byte(v>>32)), rune(byte(v>>40)), rune(byte(v>>48)), rune(byte(v>>56))
				b8[0], b8[1], b8[2], b8[3] = o, o+1, o+2, o+3
				b8[4], b8[5], b8[6], b8[7] = o+4, o+5, o+6, o+7
				k += 8
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			rs[k], bo[k] = rune(c), int32(bstart+i)
			k++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		rs[k], bo[k] = r, int32(bstart+i)
		k++
		i += size
	}
	bo[k] = int32(bend)
	l.rs, l.bo = rs[:k], bo[:k+1]
}

// byteOff is the offset in src of the line's code point i.
func (l *lineRunes) byteOff(i int) int {
	if l.ascii {
		return l.base + i
	}
	return int(l.bo[i])
}

// sub is the text of the line's code points [start, end), without a copy.
func (l *lineRunes) sub(start, end int) string {
	if l.ascii {
		return l.src[l.base+start : l.base+end]
	}
	return l.src[l.bo[start]:l.bo[end]]
}

// tokenizeString tokenizes a lexicon entry. Its words are substrings of
// s, as an article line's are of the file, not copies of its runes: the
// lexicon's thousands of terms and names are tokenized at every start.
func tokenizeString(s string) []token {
	var ln lineRunes
	ln.load(s, 0, len(s), isASCII(s))
	// (room for a word between each two spaces and a mark: one allocation
	// for most entries)
	out := make([]token, 0, strings.Count(s, " ")+2)
	return tokenizeSrc(ln.rs, &ln, nil, 0, len(ln.rs), out)
}
