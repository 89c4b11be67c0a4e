package nquads

import (
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// Format writes q as one N-Quads statement without a line terminator. For
// every quad that ParseLine or a Reader returns, ParseLine reads the result
// back as the same quad. IRIs and literals are escaped as the grammar
// requires (control characters as \uXXXX, invalid UTF-8 as \uFFFD); blank
// node labels and language tags are written as they are. A value that is a
// [quad.TypedStringer] (such as [quad.Int]) is written as its typed string;
// any other value type is written with its String method.
func Format(q quad.Quad) string {
	var b strings.Builder
	writeValue(&b, q.Subject)
	b.WriteByte(' ')
	writeValue(&b, q.Predicate)
	b.WriteByte(' ')
	writeValue(&b, q.Object)
	if q.Label != nil {
		b.WriteByte(' ')
		writeValue(&b, q.Label)
	}
	b.WriteString(" .")
	return b.String()
}

// writeValue writes one term.
func writeValue(b *strings.Builder, v quad.Value) {
	switch v := v.(type) {
	case quad.IRI:
		writeIRI(b, string(v))
	case quad.BNode:
		b.WriteString("_:")
		b.WriteString(string(v))
	case quad.String:
		writeString(b, string(v))
	case quad.LangString:
		writeString(b, string(v.Value))
		b.WriteByte('@')
		b.WriteString(v.Lang)
	case quad.TypedString:
		writeString(b, string(v.Value))
		b.WriteString("^^")
		writeIRI(b, string(v.Type))
	case quad.TypedStringer:
		writeValue(b, v.TypedString())
	case nil:
	default:
		b.WriteString(v.String())
	}
}

const hexDigits = "0123456789ABCDEF"

// writeUchar writes r as \uXXXX.
func writeUchar(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[r>>shift&0xF])
	}
}

// writeIRI writes an IRIREF, escaping the characters an IRIREF cannot hold.
func writeIRI(b *strings.Builder, iri string) {
	b.WriteByte('<')
	for i := 0; i < len(iri); {
		c := iri[i]
		if c < utf8.RuneSelf {
			if iriByte[c] {
				b.WriteByte(c)
			} else {
				writeUchar(b, rune(c))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(iri[i:])
		if r == utf8.RuneError && n == 1 {
			writeUchar(b, utf8.RuneError)
		} else {
			b.WriteString(iri[i : i+n])
		}
		i += n
	}
	b.WriteByte('>')
}

// writeString writes a STRING_LITERAL_QUOTE.
func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			case '\b':
				b.WriteString(`\b`)
			case '\f':
				b.WriteString(`\f`)
			default:
				if c < 0x20 || c == 0x7F {
					writeUchar(b, rune(c))
				} else {
					b.WriteByte(c)
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			writeUchar(b, utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	b.WriteByte('"')
}
