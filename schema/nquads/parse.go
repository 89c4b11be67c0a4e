package nquads

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// ParseLine parses one N-Quads statement. The line may end in LF, CRLF or CR;
// any other line break in it is an error. A blank line or a comment line
// yields ok == false and no error. A syntax error is a *SyntaxError for
// line 1.
//
// The values of the quad share memory with line.
func ParseLine(line string) (q quad.Quad, ok bool, err error) {
	line = strings.TrimSuffix(line, "\n")
	line = strings.TrimSuffix(line, "\r")
	q, ok, perr := parse(line)
	if perr != nil {
		return quad.Quad{}, false, perr.syntaxError(line, 1)
	}
	return q, ok, nil
}

// parseError is a syntax error at a byte offset of the line being parsed.
type parseError struct {
	pos int
	msg string
}

// syntaxError turns e into a *SyntaxError, counting the column in runes.
func (e *parseError) syntaxError(line string, n int) *SyntaxError {
	pos := min(e.pos, len(line))
	return &SyntaxError{
		Line: n,
		Col:  utf8.RuneCountInString(line[:pos]) + 1,
		Msg:  e.msg,
		Text: strings.Trim(line, " \t"),
	}
}

// parser is a hand-written scanner over one line. Terms that contain no
// escape sequence are substrings of the line; escaped terms are decoded
// into a new string.
type parser struct {
	s string
	i int
}

// fail returns a parse error at byte offset pos.
func fail(pos int, format string, args ...any) *parseError {
	return &parseError{pos: pos, msg: fmt.Sprintf(format, args...)}
}

// parse parses the statement in s, which holds no line terminator.
func parse(s string) (quad.Quad, bool, *parseError) {
	p := parser{s: s}
	var q quad.Quad
	p.skipWS()
	if p.i == len(s) || s[p.i] == '#' {
		return q, false, p.comment()
	}
	var err *parseError

	switch p.peek() {
	case '<':
		q.Subject, err = p.iri()
	case '_':
		q.Subject, err = p.bnode()
	case '"':
		return q, false, fail(p.i, "subject must be an IRI or blank node, found a literal")
	default:
		return q, false, p.unexpected("subject")
	}
	if err != nil {
		return q, false, err
	}

	p.skipWS()
	switch p.peek() {
	case '<':
		q.Predicate, err = p.iri()
	case '_':
		return q, false, fail(p.i, "predicate must be an IRI, found a blank node")
	case '"':
		return q, false, fail(p.i, "predicate must be an IRI, found a literal")
	default:
		return q, false, p.unexpected("predicate")
	}
	if err != nil {
		return q, false, err
	}

	p.skipWS()
	switch p.peek() {
	case '<':
		q.Object, err = p.iri()
	case '_':
		q.Object, err = p.bnode()
	case '"':
		q.Object, err = p.literal()
	default:
		return q, false, p.unexpected("object")
	}
	if err != nil {
		return q, false, err
	}

	p.skipWS()
	hasLabel := true
	switch p.peek() {
	case '<':
		q.Label, err = p.iri()
	case '_':
		q.Label, err = p.bnode()
	case '"':
		return q, false, fail(p.i, "graph label must be an IRI or blank node, found a literal")
	default:
		hasLabel = false
	}
	if err != nil {
		return q, false, err
	}

	p.skipWS()
	if p.peek() != '.' {
		switch c := p.peek(); {
		case p.i == len(s):
			return q, false, fail(p.i, "missing '.' at the end of the statement")
		case c == '#':
			return q, false, fail(p.i, "missing '.' before the comment")
		case hasLabel && (c == '<' || c == '_' || c == '"'):
			return q, false, fail(p.i, "too many terms: expected '.' after the graph label")
		case hasLabel:
			return q, false, p.unexpected("'.'")
		default:
			return q, false, p.unexpected("graph label or '.'")
		}
	}
	p.i++
	p.skipWS()
	if p.i < len(s) && s[p.i] != '#' {
		return q, false, fail(p.i, "unexpected %s after the final '.'", p.describe())
	}
	if err := p.comment(); err != nil {
		return q, false, err
	}
	return q, true, nil
}

// peek returns the current byte, or 0 at the end of the line.
func (p *parser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// skipWS skips spaces and tabs, the only white space N-Quads allows.
func (p *parser) skipWS() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

// comment checks the rest of the line, which is empty or a comment.
func (p *parser) comment() *parseError {
	rest := p.s[p.i:]
	for j := 0; j < len(rest); j++ {
		if c := rest[j]; c == '\n' || c == '\r' {
			return fail(p.i+j, "line break inside a line")
		} else if c >= utf8.RuneSelf {
			if r, n := utf8.DecodeRuneInString(rest[j:]); r == utf8.RuneError && n == 1 {
				return fail(p.i+j, "invalid UTF-8")
			} else {
				j += n - 1
			}
		}
	}
	return nil
}

// describe names the current character for an error message.
func (p *parser) describe() string {
	if p.i >= len(p.s) {
		return "end of line"
	}
	c := p.s[p.i]
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		if r == utf8.RuneError && n == 1 {
			return fmt.Sprintf("invalid UTF-8 byte %#x", c)
		}
		return fmt.Sprintf("%q (U+%04X)", r, r)
	}
	if c <= 0x20 || c == 0x7F {
		return fmt.Sprintf("U+%04X", c)
	}
	return fmt.Sprintf("%q", rune(c))
}

// unexpected reports the current character where want was expected.
func (p *parser) unexpected(want string) *parseError {
	return fail(p.i, "expected %s, found %s", want, p.describe())
}

// iri parses an IRIREF starting at '<' and checks that it is absolute.
func (p *parser) iri() (quad.IRI, *parseError) {
	v, err := p.iriref()
	return quad.IRI(v), err
}

// iriref parses an IRIREF starting at '<' and returns the decoded IRI.
func (p *parser) iriref() (string, *parseError) {
	s, start := p.s, p.i
	j := start + 1
	escaped := false
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if iriByte[c] {
				j++
				continue
			}
			switch c {
			case '>':
				goto done
			case '\\':
				if j+1 < len(s) && (s[j+1] == 'u' || s[j+1] == 'U') {
					r, n, err := uchar(s, j)
					if err != nil {
						return "", err
					}
					if r <= 0x20 || r < utf8.RuneSelf && !iriByte[r] {
						return "", fail(j, "escaped character U+%04X is not allowed in an IRI", r)
					}
					escaped = true
					j += n
					continue
				}
				return "", fail(j, "invalid escape sequence %s in IRI (only \\u and \\U are allowed)", escSeq(s, j))
			default:
				p.i = j
				return "", fail(j, "character %s is not allowed in an IRI", p.describe())
			}
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == utf8.RuneError && n == 1 {
			return "", fail(j, "invalid UTF-8")
		}
		j += n
	}
	return "", fail(start, "unterminated IRI: missing '>'")
done:
	v := s[start+1 : j]
	if escaped {
		v = unescape(v)
	}
	if !hasScheme(v) {
		return "", fail(start, "relative IRI %q is not allowed", v)
	}
	p.i = j + 1
	return v, nil
}

// hasScheme reports whether iri starts with a scheme:
// ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":".
func hasScheme(iri string) bool {
	if iri == "" || !isAlpha(iri[0]) {
		return false
	}
	for i := 1; i < len(iri); i++ {
		switch c := iri[i]; {
		case c == ':':
			return true
		case isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.':
		default:
			return false
		}
	}
	return false
}

// escSeq returns the escape sequence at s[j] for an error message.
func escSeq(s string, j int) string {
	_, n := utf8.DecodeRuneInString(s[j+1:])
	return printable(s[j : j+1+n])
}

// printable returns seq as it is when it is printable ASCII, else quoted.
func printable(seq string) string {
	for i := 0; i < len(seq); i++ {
		if seq[i] <= 0x20 || seq[i] >= 0x7F {
			return strconv.Quote(seq)
		}
	}
	return seq
}

// uchar decodes the \u or \U escape at s[j] and returns the rune and the
// length of the escape.
func uchar(s string, j int) (rune, int, *parseError) {
	n := 6
	if s[j+1] == 'U' {
		n = 10
	}
	var r rune
	for k := j + 2; k < j+n; k++ {
		if k >= len(s) || hexVal(s[k]) < 0 {
			return 0, 0, fail(j, "invalid escape sequence %s: want %d hexadecimal digits", printable(s[j:k]), n-2)
		}
		r = r<<4 | hexVal(s[k])
	}
	if r > utf8.MaxRune || 0xD800 <= r && r <= 0xDFFF {
		return 0, 0, fail(j, "escape sequence %s is not a Unicode scalar value", s[j:j+n])
	}
	return r, n, nil
}

// unescape decodes the ECHAR and UCHAR sequences of an already checked
// IRI or string body.
func unescape(v string) string {
	var b strings.Builder
	b.Grow(len(v))
	for {
		k := strings.IndexByte(v, '\\')
		if k < 0 {
			b.WriteString(v)
			return b.String()
		}
		b.WriteString(v[:k])
		v = v[k:]
		switch v[1] {
		case 'u', 'U':
			r, n, _ := uchar(v, 0)
			b.WriteRune(r)
			v = v[n:]
			continue
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		default: // '"', '\'' and '\\' stand for themselves
			b.WriteByte(v[1])
		}
		v = v[2:]
	}
}

// bnode parses a BLANK_NODE_LABEL starting at '_'.
func (p *parser) bnode() (quad.BNode, *parseError) {
	s, start := p.s, p.i
	if start+1 >= len(s) || s[start+1] != ':' {
		p.i = start + 1
		return "", p.unexpected("':' after '_' in a blank node label")
	}
	j := start + 2
	// The first character is PN_CHARS_U or a digit; the others are
	// PN_CHARS or '.', but the label cannot end with '.'.
	for first := true; j < len(s); first = false {
		c := s[j]
		if c < utf8.RuneSelf {
			if pnChars[c] && (!first || c != '-') || c == '.' && !first {
				j++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 {
				return "", fail(j, "invalid UTF-8")
			}
			if first && isPNCharsBase(r) || !first && isPNChars(r) {
				j += n
				continue
			}
		}
		if first {
			p.i = j
			return "", p.unexpected("a blank node label after '_:'")
		}
		break
	}
	if j == start+2 {
		p.i = j
		return "", p.unexpected("a blank node label after '_:'")
	}
	for s[j-1] == '.' {
		j--
	}
	p.i = j
	return quad.BNode(s[start+2 : j]), nil
}

// literal parses a STRING_LITERAL_QUOTE starting at '"' with its optional
// language tag or datatype.
func (p *parser) literal() (quad.Value, *parseError) {
	s, start := p.s, p.i
	j := start + 1
	escaped := false
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if strByte[c] {
				j++
				continue
			}
			switch c {
			case '"':
				goto done
			case '\\':
				if j+1 >= len(s) {
					return nil, fail(start, "unterminated string literal")
				}
				switch s[j+1] {
				case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
					j += 2
				case 'u', 'U':
					_, n, err := uchar(s, j)
					if err != nil {
						return nil, err
					}
					j += n
				default:
					return nil, fail(j, "invalid escape sequence %s in string literal", escSeq(s, j))
				}
				escaped = true
				continue
			default: // a raw CR or LF
				return nil, fail(j, "line break inside a string literal (write \\n or \\r)")
			}
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == utf8.RuneError && n == 1 {
			return nil, fail(j, "invalid UTF-8")
		}
		j += n
	}
	return nil, fail(start, "unterminated string literal")
done:
	v := s[start+1 : j]
	if escaped {
		v = unescape(v)
	}
	j++
	p.i = j
	if j == len(s) {
		return quad.String(v), nil
	}
	switch s[j] {
	case '@':
		lang, err := p.langTag()
		if err != nil {
			return nil, err
		}
		return quad.LangString{Value: quad.String(v), Lang: lang}, nil
	case '^':
		if j+1 >= len(s) || s[j+1] != '^' {
			p.i = j + 1
			return nil, p.unexpected("'^^' before the datatype")
		}
		p.i = j + 2
		if p.peek() != '<' {
			return nil, p.unexpected("a datatype IRI after '^^'")
		}
		dt, err := p.iriref()
		if err != nil {
			return nil, err
		}
		return quad.TypedString{Value: quad.String(v), Type: quad.IRI(dt)}, nil
	}
	return quad.String(v), nil
}

// langTag parses a LANGTAG starting at '@':
// '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
// It returns the tag without '@'.
func (p *parser) langTag() (string, *parseError) {
	s, start := p.s, p.i
	// Take the longest run of tag characters so that "@en1" or "@en-" is
	// reported as a bad tag rather than as a bad next token.
	j := start + 1
	for j < len(s) && (isAlpha(s[j]) || isDigit(s[j]) || s[j] == '-') {
		j++
	}
	tag := s[start+1 : j]
	if !validLangTag(tag) {
		return "", fail(start, "invalid language tag %q", s[start:j])
	}
	p.i = j
	return tag, nil
}

// validLangTag checks tag (without '@') against the LANGTAG grammar.
func validLangTag(tag string) bool {
	k := 0
	for k < len(tag) && isAlpha(tag[k]) {
		k++
	}
	if k == 0 {
		return false
	}
	for k < len(tag) {
		// tag[k] is '-': a subtag of one or more letters or digits follows.
		k++
		n := k
		for k < len(tag) && tag[k] != '-' {
			k++
		}
		if k == n {
			return false
		}
	}
	return true
}
