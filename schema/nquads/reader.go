package nquads

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// SyntaxError is a statement that does not follow the N-Quads grammar.
type SyntaxError struct {
	Line int    // 1-based line number
	Col  int    // 1-based column, counted in characters
	Msg  string // what is wrong, without the position
	Text string // the offending line without surrounding spaces and tabs
}

// Error returns the position and the message, as in
// `line 3, column 12: relative IRI "foo" is not allowed`.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

// Reader reads quads from an N-Quads document. Lines end in LF, CRLF or a
// lone CR; lines may be of any length. A UTF-8 byte order mark is skipped at
// the start of the document only.
type Reader struct {
	br   *bufio.Reader
	buf  []byte // a line that did not fit into br's buffer
	pend []byte // the rest of a line after a lone CR
	line int    // number of the last line returned by nextLine
	err  error  // the read error that ended the input
}

// NewReader returns a Reader that reads the document from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10)}
}

// Next returns the next quad with the 1-based line it was on. At the end of
// the input it returns io.EOF, and any other read error as it is. A syntax
// error is returned as a *SyntaxError (line is then the line of the error)
// and the reader moves on to the next line, so a caller can collect every
// error of a document in one pass.
//
// The values of a quad share one allocation with the text of its line.
func (r *Reader) Next() (q quad.Quad, line int, err error) {
	for {
		text, ok := r.nextLine()
		if !ok {
			return quad.Quad{}, 0, r.err
		}
		if blank(text) && utf8.Valid(text) {
			continue // without copying the line
		}
		s := string(text)
		q, ok, perr := parse(s)
		if perr != nil {
			return quad.Quad{}, r.line, perr.syntaxError(s, r.line)
		}
		if ok {
			return q, r.line, nil
		}
	}
}

// blank reports whether text holds only white space and a comment.
func blank(text []byte) bool {
	for _, c := range text {
		switch c {
		case ' ', '\t':
		case '#':
			return true
		default:
			return false
		}
	}
	return true
}

// nextLine returns the next line without its terminator; it is valid until
// the next call. It returns false at the end of the input or on a read
// error, which it keeps in r.err.
func (r *Reader) nextLine() ([]byte, bool) {
	if r.pend != nil {
		line := r.pend
		r.pend = nil
		if k := bytes.IndexByte(line, '\r'); k >= 0 {
			line, r.pend = line[:k], line[k+1:]
		}
		r.line++
		return line, true
	}
	if r.err != nil {
		return nil, false
	}
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.buf = append(r.buf[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			r.buf = append(r.buf, line...)
		}
		line = r.buf
	}
	if err != nil {
		r.err = err
		// A line cut short by a failing reader is not parsed.
		if err != io.EOF || len(line) == 0 {
			return nil, false
		}
	}
	r.line++
	if r.line == 1 {
		line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	}
	line = bytes.TrimSuffix(line, []byte{'\n'})
	line = bytes.TrimSuffix(line, []byte{'\r'})
	if k := bytes.IndexByte(line, '\r'); k >= 0 {
		// A lone CR ends a line too (EOL ::= [#xD#xA]+). Keep the rest,
		// which br will overwrite, for the next calls.
		rest := line[k+1:]
		r.pend = append(make([]byte, 0, len(rest)), rest...)
		line = line[:k]
	}
	return line, true
}
