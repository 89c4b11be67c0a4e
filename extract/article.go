package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/schema"
)

// Article is one news article as read from its file. Every offset of the
// package counts code points of the whole file, front matter included (see
// Span); the file is kept as a string and no per-rune table is built.
type Article struct {
	ID        string
	Title     string
	Publisher string
	Published time.Time // zero when the file says nothing
	URL       string

	text string // the file
	cp   cpIndex
	// Lines are the body's lines (after the front matter) with their offsets
	// and whether they are text to extract from.
	Lines []Line
}

// Text returns the whole file, front matter included.
func (a *Article) Text() string { return a.text }

// Span returns code points [start, end) of the file, without a copy.
func (a *Article) Span(start, end int) string {
	return a.text[a.cp.byteOff(a.text, start):a.cp.byteOff(a.text, end)]
}

// runeAt returns the code point at offset i of the file.
func (a *Article) runeAt(i int) rune {
	r, _ := utf8.DecodeRuneInString(a.text[a.cp.byteOff(a.text, i):])
	return r
}

// Line is one line of the body, without its line break.
type Line struct {
	Start, End   int // code points
	bStart, bEnd int // bytes
	Kind         LineKind
}

// ascii reports whether the line is ASCII: as many code points as bytes.
func (l Line) ascii() bool { return l.End-l.Start == l.bEnd-l.bStart }

// LineKind classifies a body line.
type LineKind uint8

const (
	LineText     LineKind = iota // prose to extract from
	LineBlank                    // empty
	LineJunk                     // site furniture, photo credits, datelines
	LineHeadline                 // a title, subtitle or teaser of another story
)

// ErrFrontMatter is wrapped by errors in the front-matter block.
var ErrFrontMatter = errors.New("front matter")

// ReadArticle reads an article file. name is the file name; without front
// matter the id is its base name without extension and the date is looked
// for in the text. UTF-8 with or without BOM, LF or CRLF.
func ReadArticle(name string, data []byte) (*Article, error) {
	ascii := isASCII(data)
	if !ascii && !utf8.Valid(data) {
		return nil, fmt.Errorf("%q: not UTF-8", name)
	}
	a := &Article{text: string(data)}
	pos, bpos := 0, 0
	if strings.HasPrefix(a.text, "\ufeff") {
		pos, bpos = 1, len("\ufeff")
	}
	var lines []Line
	if ascii {
		a.cp = cpIndex{ascii: true, n: len(a.text)}
		lines = splitLines(a.text, pos, bpos, nil)
	} else {
		// (the index is made as the lines are counted, in one pass)
		cp := newCPBuilder(a.text)
		lines = splitLines(a.text, pos, bpos, cp)
		a.cp = cp.x
	}
	body := lines
	if len(lines) > 0 && a.line(lines[0]) == "---" {
		end := -1
		for i := 1; i < len(lines); i++ {
			if a.line(lines[i]) == "---" {
				end = i
				break
			}
		}
		if end < 0 {
			return nil, fmt.Errorf("%q: line 1: %w: no closing ---", name, ErrFrontMatter)
		}
		for i := 1; i < end; i++ {
			if err := a.frontMatter(a.line(lines[i])); err != nil {
				return nil, fmt.Errorf("%q: line %d: %w: %v", name, i+1, ErrFrontMatter, err)
			}
		}
		body = lines[end+1:]
	}
	if a.ID == "" {
		// an IRI segment must be a slug: "000_2e14d60b" becomes "000-2e14d60b"
		base := path.Base(strings.ReplaceAll(name, "\\", "/"))
		a.ID = slug(strings.TrimSuffix(base, path.Ext(base)))
		if a.ID == "" {
			return nil, fmt.Errorf("%q: no article id: add front matter with an id", name)
		}
	}
	a.Lines = body
	fmTitle := strings.TrimSpace(a.Title) // (the front matter's: a body line that repeats it is the headline)
	var seenBuf [256]uint64
	seen := newLineSet(seenBuf[:], len(body))
	for i := range body {
		t := a.line(body[i])
		kind := classifyLine(t, body[i].ascii())
		// (a speaker's label alone on its line, "Chairman Tadeusz Wrona
		// (PiS):", comes back at each turn: no title)
		if seen.add(a, body, t, i) && kind == LineText && !strings.HasSuffix(t, ":") {
			kind = LineHeadline // a repeated title
		}
		if kind == LineText && (isHeadline(t) || fmTitle != "" && t == fmTitle) {
			kind = LineHeadline
		}
		body[i].Kind = kind
		if a.Published.IsZero() && i < 40 && hasYear(t) {
			if d, ok := findDate(t); ok {
				a.Published = d
			}
		}
		if a.Title == "" && (kind == LineText || kind == LineHeadline) && utf8.RuneCountInString(t) > 15 {
			a.Title = t
		}
	}
	a.dropStandfirst(body)
	return a, nil
}

// dropStandfirst marks as junk the standfirst of a page: the line right
// under its headline, at the top, over a byline or a date line ("Leaked
// papers show Washington and NATO offered Moscow arms control …" / "By
// Helena Marsh"). It summarises the story in the page's own voice; no one
// said it.
func (a *Article) dropStandfirst(body []Line) {
	var top [6]int // the first non-blank lines, junk or not (a byline is junk)
	n := 0
	for i := range body {
		if n == len(top) {
			break
		}
		if body[i].Kind != LineBlank {
			top[n] = i
			n++
		}
	}
	for j := 1; j+1 < n; j++ {
		if body[top[j-1]].Kind != LineHeadline {
			continue
		}
		l := &body[top[j]]
		if l.Kind == LineJunk {
			return
		}
		t, next := strings.TrimSpace(a.line(*l)), strings.TrimSpace(a.line(body[top[j+1]]))
		if words := strings.Count(t, " ") + 1; words < 6 || words > 45 || strings.HasSuffix(t, "?") {
			return
		}
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
			return // (a dash's answer, a quotation)
		}
		if speechTitle(t) {
			return // ("Statement of the Ministry of Foreign Affairs of Russia in connection with …": whose words follow)
		}
		if guestIntro(t) {
			return // ("… He spoke to The Moscow Times about …": whom an interview asks)
		}
		// (a byline without "By": "Henry Ashdown Diplomatic editor"; a
		// standfirst with its kicker: "Analysis: The US and Nato replies
		// offer …")
		if len(next) < 70 && (strings.HasPrefix(next, "By ") || strings.HasPrefix(next, "Published") || strings.Contains(next, "Update") || hasYear(next) && monthNamed(next) || bylineRole(next)) ||
			standfirstKicker(t) {
			l.Kind = LineJunk
		}
		return
	}
}

// guestIntro reports whether a line introduces an interview's guest
// ("Vladimir Kostylev served at Russia's mission to NATO … He spoke to The
// Moscow Times about …").
func guestIntro(t string) bool {
	for _, s := range [...]string{" spoke to ", " spoke with ", " talked to ", " talked with ", " sat down with "} {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// speechTitle reports whether a line announces whose statement, remarks or
// speech follows ("Statement of the Ministry …", "Remarks by …").
func speechTitle(t string) bool {
	w, rest, _ := strings.Cut(t, " ")
	switch w {
	case "Statement", "Remarks", "Speech", "Address", "Briefing", "Comment":
		p, _, _ := strings.Cut(rest, " ")
		return p == "of" || p == "by"
	}
	// ("Foreign Ministry statement on the written responses of …": an
	// organisation's statement, named within its first words)
	for _, s := range [...]string{" statement on ", " statement about ", " statement regarding ", " statement concerning "} {
		if i := strings.Index(t, s); i > 0 && strings.Count(t[:i], " ") < 3 {
			return true
		}
	}
	return false
}

// bylineRole reports whether a line ends with a journalist's role, as a
// byline without "By" does ("Henry Ashdown Diplomatic editor").
func bylineRole(t string) bool {
	t = strings.ToLower(t)
	for _, r := range [...]string{" editor", " correspondent", " reporter", " columnist"} {
		if strings.HasSuffix(t, r) {
			return true
		}
	}
	return false
}

// standfirstKicker reports whether a line opens with the kicker of a
// standfirst ("Analysis: …", "Opinion: …").
func standfirstKicker(t string) bool {
	for _, k := range [...]string{"Analysis: ", "Opinion: ", "Comment: ", "Explainer: "} {
		if strings.HasPrefix(t, k) {
			return true
		}
	}
	return false
}

// monthNamed reports whether t names a month ("January 27, 2022", "26 Jan 2022").
func monthNamed(t string) bool {
	for _, m := range [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// lineSet is the set of the (trimmed) lines of an article seen so far, as
// an open-addressing table of their hashes and indexes: no map, and for an
// article of up to 128 lines, no allocation.
type lineSet struct {
	slots []uint64 // hash<<32 | index+1, 0 when empty
	mask  uint32
}

func newLineSet(buf []uint64, lines int) lineSet {
	n := 16
	for n < 2*lines {
		n *= 2
	}
	if n > len(buf) {
		buf = make([]uint64, n)
	}
	buf = buf[:n]
	clear(buf)
	return lineSet{slots: buf, mask: uint32(n - 1)}
}

// add adds t, the text of lines[i], and reports whether an earlier line
// had the same text (which is then not added again).
func (s *lineSet) add(a *Article, lines []Line, t string, i int) bool {
	h := lineHash(t)
	j := h & s.mask
	for ; s.slots[j] != 0; j = (j + 1) & s.mask {
		if v := s.slots[j]; uint32(v>>32) == h && a.line(lines[uint32(v)-1]) == t {
			return true
		}
	}
	s.slots[j] = uint64(h)<<32 | uint64(i+1)
	return false
}

// lineHash hashes a line by its length and its first and last sixteen
// bytes: lines that differ only in between are told apart by comparing
// them.
func lineHash(t string) uint32 {
	k0, k1 := wordKey(t)
	var k2, k3 uint64
	if n := len(t); n > 16 {
		k2, k3 = wordKey(t[max(16, n-16):])
	}
	return keyHash(k0^k2*0x9E3779B97F4A7C15, k1^k3*0xC2B2AE3D27D4EB4F, len(t))
}

func (a *Article) frontMatter(line string) error {
	if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
		return nil
	}
	k, v, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("want key: value, have %q", line)
	}
	k, v = strings.TrimSpace(k), strings.TrimSpace(v)
	v = strings.Trim(v, `"'`)
	switch k {
	case "id":
		// (as written: "…-s-pv-8960-…" keeps its one-letter word, which
		// slug would join to the next as it joins a name's initials)
		if !schema.IsSlug(v) {
			return fmt.Errorf("id %q is not a slug (lower-case letters, digits, single hyphens)", v)
		}
		a.ID = v
	case "title":
		a.Title = v
	case "publisher":
		a.Publisher = v
	case "url":
		a.URL = v
	case "published", "date":
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			if d, ok := findDate(v); ok {
				t = d
			} else {
				return fmt.Errorf("published %q: want YYYY-MM-DD", v)
			}
		}
		a.Published = t
	}
	return nil
}

// splitLines returns every line of text from code point pos (byte bpos),
// without \r\n. cp, when the text is not ASCII, counts the lines' code
// points and reads the whole text.
func splitLines(text string, pos, bpos int, cp *cpBuilder) []Line {
	out := make([]Line, 0, strings.Count(text[bpos:], "\n")+1)
	start, bstart := pos, bpos
	for bstart < len(text) {
		bend, next := len(text), len(text)
		if i := strings.IndexByte(text[bstart:], '\n'); i >= 0 {
			bend, next = bstart+i, bstart+i+1
		}
		n := bend - bstart // code points of the line
		if cp != nil {
			cp.readTo(text, bstart)
			n0 := cp.x.n
			cp.readTo(text, bend)
			n = cp.x.n - n0
		}
		end, bendCR := start+n, bend
		if bendCR > bstart && text[bendCR-1] == '\r' {
			end, bendCR = end-1, bendCR-1
		}
		out = append(out, Line{Start: start, End: end, bStart: bstart, bEnd: bendCR})
		start += n + next - bend // and the line break, one code point
		bstart = next
	}
	if cp != nil {
		cp.readTo(text, len(text))
	}
	return out
}

// line is the text of a line, trimmed, without a copy.
func (a *Article) line(l Line) string {
	return strings.TrimSpace(a.text[l.bStart:l.bEnd])
}

// cpIndex maps code point offsets of a text to byte offsets: nothing for
// ASCII text, else the byte offset of every cpStep-th code point (one int32
// per cpStep runes), from which the rest is a short forward scan.
type cpIndex struct {
	ascii bool
	n     int     // code points
	every []int32 // byte offset of code point k*cpStep
}

const cpStep = 16

func newCPIndex(text string, ascii bool) cpIndex {
	if ascii {
		return cpIndex{ascii: true, n: len(text)}
	}
	c := newCPBuilder(text)
	c.readTo(text, len(text))
	return c.x
}

// cpBuilder makes the cpIndex of a text that is not ASCII, reading it in
// pieces, in order.
type cpBuilder struct {
	x cpIndex
	b int // the bytes read
}

func newCPBuilder(text string) *cpBuilder {
	return &cpBuilder{x: cpIndex{every: make([]int32, 0, len(text)/cpStep+1)}}
}

// readTo reads the text up to byte e.
func (c *cpBuilder) readTo(text string, e int) {
	x := &c.x
	n := uint(x.n) // code points before byte b (unsigned: its remainders take no sign)
	b := c.b
	// eight bytes at a time: the code points that start in them are the
	// bytes that do not continue one (10xxxxxx); only a block where a
	// multiple of cpStep starts is read byte by byte
	for ; b+8 <= e; b += 8 {
		v := le64(text, b)
		if v&0x8080808080808080 == 0 {
			// eight ASCII code points: the one at a multiple of cpStep, if any
			// (-n mod cpStep is the distance to the next multiple)
			if k := -n % cpStep; k < 8 {
				x.every = append(x.every, int32(b+int(k)))
			}
			n += 8
			continue
		}
		m := uint(8 - bits.OnesCount64(v&^(v<<1)&0x8080808080808080))
		if r := n % cpStep; r != 0 && r+m <= cpStep {
			n += m // no multiple of cpStep among n … n+m-1
			continue
		}
		for k := b; k < b+8; k++ {
			if text[k]&0xC0 == 0x80 {
				continue
			}
			if n%cpStep == 0 {
				x.every = append(x.every, int32(k))
			}
			n++
		}
	}
	for ; b < e; b++ {
		if text[b]&0xC0 == 0x80 {
			continue
		}
		if n%cpStep == 0 {
			x.every = append(x.every, int32(b))
		}
		n++
	}
	x.n, c.b = int(n), b
}

// isASCII reports whether b has no byte ≥ 0x80, eight bytes at a time.
func isASCII[T string | []byte](b T) bool {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if le64(b, i)&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// byteOff returns the byte offset of code point i (len(text) for i = n).
func (x *cpIndex) byteOff(text string, i int) int {
	if x.ascii || i <= 0 {
		return i
	}
	if i >= x.n {
		return len(text)
	}
	b := int(x.every[uint(i)/cpStep]) // (i > 0: unsigned, its quotient and remainder take no sign)
	for k := uint(i) % cpStep; k > 0; k-- {
		b++
		for text[b]&0xC0 == 0x80 {
			b++
		}
	}
	return b
}

var junkLines = []string{
	"exit mobile version", "leave a reply", "your email address will not be published",
	"source link", "share this", "share this article", "share", "related", "related articles",
	"read more", "advertisement", "subscribe", "follow us", "comments", "print", "email",
	"click here", "more from", "recommended", "you may also like", "required fields are marked",
	"save my name, email, and website in this browser for the next time i comment.",
}

// isJunkLine is the set of junkLines.
var isJunkLine = func() map[string]bool {
	m := map[string]bool{}
	for _, j := range junkLines {
		m[j] = true
	}
	return m
}()

var junkContains = []string{
	"(getty images)", "(reuters)", "(ap photo", "(afp", "getty images", "photo:", "photo credit",
	"©", "image caption", "image source",
	// from here on, words that prose may use too (firstProseJunk)
	"all rights reserved", "cookie", "sign up for", "newsletter",
	"your email address will not be published", "required fields are marked",
}

// firstProseJunk is the index in junkContains of the first marker that
// prose may contain.
const firstProseJunk = 10

var junkContainsBytes = func() (b [][]byte) {
	for _, j := range junkContains {
		b = append(b, []byte(j))
	}
	return b
}()

// junkGrams maps a hash of four bytes to the junk markers (bits, by index
// in junkContains) that have them at one of their first three offsets.
// Markers of six bytes or more are found this way by looking at every
// third offset of a line only; those with a "(" are looked for when the
// line has one (parenJunk), shorter ones always (shortJunk).
var junkGrams = func() (g [1 << 12]uint32) {
	for k, j := range junkContains {
		if strings.IndexByte(j, '(') >= 0 || len(j) < 6 {
			continue
		}
		for o := 0; o < 3; o++ {
			g[gramHash(le32(j, o)|0x20202020)] |= 1 << k
		}
	}
	return g
}()

func gramHash(v uint32) uint32 { return (v * 0x9E3779B1) >> 20 }

// junkMarkers reads the line l, which has three zero bytes after it
// (cap(l) ≥ len(l)+3) and has a "(" if paren: which junk markers may occur
// in it in lower case (a marker whose bit is clear does not).
//
// The markers come from the four-byte windows at every third offset,
// their letters' case folded by setting their bit 0x20 (which makes some
// other bytes alike, and the zeros after the line spaces, but never tells
// the windows of a marker in any case apart).
func junkMarkers(l []byte, paren bool) (maybe uint32) {
	n := len(l)
	p := l[:n+3]
	maybe = shortJunk
	if paren {
		maybe |= parenJunk
	}
	// an occurrence of a marker of six bytes or more has one of its first
	// three four-byte windows at a multiple of three
	// (two windows from eight bytes)
	for ; len(p) >= 8; p = p[6:] {
		v := binary.LittleEndian.Uint64(p) | 0x2020202020202020
		maybe |= junkGrams[gramHash(uint32(v))] | junkGrams[gramHash(uint32(v>>24))]
	}
	for ; len(p) >= 4; p = p[3:] {
		maybe |= junkGrams[gramHash(binary.LittleEndian.Uint32(p)|0x20202020)]
	}
	return maybe
}

// countIcons counts "icon" in any case in the line l whose "c" is c, found
// first as the rarest letter (at p+1 of an "icon" at p).
func countIcons(l []byte, c byte) (n int) {
	for i := 1; i+3 <= len(l); i++ {
		j := bytes.IndexByte(l[i:len(l)-2], c)
		if j < 0 {
			break
		}
		i += j
		if l[i-1]|0x20 == 'i' && l[i+1]|0x20 == 'o' && l[i+2]|0x20 == 'n' {
			n++
		}
	}
	return n
}

// caseJunk has the bits of the markers with ASCII letters (the others
// are found in a line in any case), wideJunk those of the markers that are
// not ASCII.
var caseJunk, wideJunk = func() (c, w uint32) {
	for k, j := range junkContains {
		if strings.ToLower(j) != strings.ToUpper(j) {
			c |= 1 << k
		}
		if !isASCII(j) {
			w |= 1 << k
		}
	}
	return c, w
}()

// shortJunk has the bits of the markers without "(" shorter than six
// bytes, parenJunk those of the markers with one.
var shortJunk, parenJunk = func() (short, paren uint32) {
	for k, j := range junkContains {
		switch {
		case strings.IndexByte(j, '(') >= 0:
			paren |= 1 << k
		case len(j) < 6:
			short |= 1 << k
		}
	}
	return short, paren
}()

var reDateLine = regexp.MustCompile(`^(\d{1,2} [A-Z][a-z]{2,8},? \d{4}( \d{1,2}:\d{2})?|[A-Z][a-z]{2,8} \d{1,2}, \d{4}( \d{1,2}:\d{2})?( ?[AaPp][Mm])?|\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?)$`)

// classifyLine tells junk and blank lines from text. Headlines are decided
// later. ascii says that t is ASCII (and has no marker that is not).
func classifyLine(t string, ascii bool) LineKind {
	if t == "" {
		return LineBlank
	}
	if len(t) > 400 {
		// a paragraph of prose, or a run of icon names
		if strings.Count(t, "icon") >= 8 {
			return LineJunk
		}
		return LineText
	}
	// the line on the stack, with three zeros after it (junkMarkers): its
	// first sixteen bytes in lower case for the tests of its start, the
	// rest when a short line or a marker needs it (lowered)
	var buf [400 + 3]byte
	l := buf[:len(t)]
	copy(l, t)
	icons := countIcons(l, 'c') + countIcons(l, 'C')
	lowered := len(l) < 80
	if lowered {
		lowerBytes(l)
	} else {
		lowerBytes(l[:16])
	}
	if icons >= 4 || bytes.HasPrefix(l, []byte("site icon")) {
		return LineJunk
	}
	if len(l) < 30 && l[len(l)-1] == ':' && (bytes.HasPrefix(l, []byte("share")) || bytes.HasPrefix(l, []byte("tags")) || bytes.HasPrefix(l, []byte("related"))) {
		return LineJunk
	}
	// "Read also: Zelensky: «Our path to the Alliance is written in the
	// Constitution …»" — a link to another story, not this one's words
	if len(l) < 240 && (bytes.HasPrefix(l, []byte("read also:")) || bytes.HasPrefix(l, []byte("also read:")) ||
		bytes.HasPrefix(l, []byte("read more:")) || bytes.HasPrefix(l, []byte("see also:"))) {
		return LineJunk
	}
	if len(l) < 80 {
		if isJunkLine[string(l)] || isJunkLine[string(bytes.TrimRight(l, ".:!"))] {
			return LineJunk
		}
	}
	// (a long line of prose without a parenthesis nor a colon is not read
	// for markers)
	if paren := bytes.IndexByte(l, '(') >= 0; paren || bytes.IndexByte(l, ':') >= 0 || len(l) < 200 || !ascii && strings.Contains(t, "©") {
		maybe := junkMarkers(l, paren) // (case-folded: the line may be lowered or not)
		if ascii {
			maybe &^= wideJunk
		}
		for k := range junkContains {
			if maybe&(1<<k) == 0 {
				continue // its first four bytes do not occur
			}
			// (words of prose — "sign up for", "newsletter", "cookie" — mark
			// junk only in a short line: "Nobody in Warsaw is going to sign up
			// for that" is a transcript answer)
			if k >= firstProseJunk && len(l) >= 200 {
				continue
			}
			if !lowered && caseJunk&(1<<k) != 0 {
				lowerBytes(l)
				lowered = true
			}
			if i := bytes.Index(l, junkContainsBytes[k]); i >= 0 && !wireDateline(l, i) {
				return LineJunk
			}
		}
	}
	if len(t) < 80 && hasYear(t) {
		if len(t) <= maxDateLine && reDateLine.MatchString(t) {
			return LineJunk
		}
		if utf8.RuneCountInString(t) < 60 && !strings.HasSuffix(t, ".") && hasDate(t) {
			return LineJunk // a dateline: "Moscow, January 14, 2022"
		}
	}
	if bytes.HasPrefix(l, []byte("by ")) && utf8.RuneCountInString(t) < 60 && !strings.ContainsAny(t, ".“\"") {
		return LineJunk // byline
	}
	return LineText
}

// lowerBytes lower-cases the ASCII capitals of b in place.
func lowerBytes(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], lowerASCII8(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// lowerASCII8 lower-cases the ASCII capitals among eight bytes (leaving
// bytes ≥ 0x80 alone): a byte whose low seven bits are ≥ 'A' and ≤ 'Z' and
// whose high bit is clear gets 0x20 added.
func lowerASCII8(v uint64) uint64 {
	const hi = 0x8080808080808080
	h := v &^ hi
	ge := (h + 0x3f3f3f3f3f3f3f3f) & hi // ≥ 'A' (0x41)
	gt := (h + 0x2525252525252525) & hi // > 'Z' (0x5a)
	return v | (ge&^gt&^v)>>2
}

// maxDateLine is the longest line reDateLine matches ("September 12,
// 2021 12:34 PM"): a longer one is not looked at.
const maxDateLine = 27

// hasDate reports whether findDate finds a date in t.
func hasDate(t string) bool {
	_, ok := findDate(t)
	return ok
}

// slug is schema.Slug for a name that is already a slug of its own
// (lower-case ASCII letters and digits in hyphenated words, none of one
// letter but the first and the last, which Slug would drop) without
// normalising it; for any other name it is schema.Slug.
func slug(name string) string {
	word, words := 0, 0 // the current word's length, the words so far
	short := false      // a word before the current one has one letter
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			word++
		case c == '-' && word > 0 && i+1 < len(name):
			if word == 1 && words > 0 {
				short = true
			}
			words++
			word = 0
		default:
			return schema.Slug(name)
		}
	}
	if word == 0 || short {
		return schema.Slug(name)
	}
	return name
}

// wireDateline reports whether the agency credit at byte i of the lower-case
// line l opens a wire story's lead ("MOSCOW, Jan 11 (Reuters) - Russia …")
// or labels a transcript question ("QUESTION (Reuters): …"), which are
// text, rather than a photo credit.
func wireDateline(l []byte, i int) bool {
	if i > 40 || len(l) < 40 {
		return false
	}
	rest := l[i:]
	j := bytes.IndexByte(rest, ')')
	if j < 0 {
		return false
	}
	rest = bytes.TrimLeft(rest[j+1:], " ")
	// a transcript label: "QUESTION (Reuters): Secretary General, …"
	return bytes.HasPrefix(rest, []byte("-")) || bytes.HasPrefix(rest, []byte("—")) || bytes.HasPrefix(rest, []byte("–")) ||
		bytes.HasPrefix(rest, []byte(":")) && i < 30
}

// isHeadline reports whether a text line, trimmed, is a title, a subtitle,
// a section heading or a teaser for another story: it does not end like a
// sentence.
func isHeadline(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '"', '”', '“', '’', '»', ')', ':', ';', '…', ',':
		return false
	case '?':
		// a question in a headline, or a question in a transcript
		return utf8.RuneCountInString(t) < 120 && !strings.Contains(t, ":")
	}
	return true
}

// hasYear is a quick test for four digits in a row, before any regexp runs.
func hasYear(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}
