package nquads_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/schema/nquads"
)

func TestSyntaxErrorsNameLineAndColumn(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"relative IRI", `<http://a.example/s> <p> "o" .`,
			`line 2, column 22: relative IRI "p" is not allowed`},
		{"relative datatype IRI", `<http://a.example/s> <http://a.example/p> "1"^^<int> .`,
			`line 2, column 48: relative IRI "int" is not allowed`},
		{"relative graph label", `<http://a.example/s> <http://a.example/p> "o" <g> .`,
			`line 2, column 47: relative IRI "g" is not allowed`},
		{"unterminated literal", `<http://a.example/s> <http://a.example/p> "Zürich .`,
			`line 2, column 43: unterminated string literal`},
		{"unterminated IRI", `<http://a.example/s> <http://a.example/p`,
			`line 2, column 22: unterminated IRI: missing '>'`},
		{"bad string escape", `<http://a.example/s> <http://a.example/p> "ä\z" .`,
			`line 2, column 45: invalid escape sequence \z in string literal`},
		{"short unicode escape", `<http://a.example/s> <http://a.example/p> "\u00e" .`,
			`line 2, column 44: invalid escape sequence \u00e: want 4 hexadecimal digits`},
		{"surrogate escape", `<http://a.example/s> <http://a.example/p> "\uD800" .`,
			`line 2, column 44: escape sequence \uD800 is not a Unicode scalar value`},
		{"character escape in IRI", `<http://a.example/\t> <http://a.example/p> "o" .`,
			`line 2, column 19: invalid escape sequence \t in IRI (only \u and \U are allowed)`},
		{"escaped space in IRI", `<http://a.example/\u0020> <http://a.example/p> "o" .`,
			`line 2, column 19: escaped character U+0020 is not allowed in an IRI`},
		{"space in IRI", `<http://a.example/ s> <http://a.example/p> "o" .`,
			`line 2, column 19: character U+0020 is not allowed in an IRI`},
		{"missing dot", `<http://a.example/s> <http://a.example/p> "o"`,
			`line 2, column 46: missing '.' at the end of the statement`},
		{"missing dot before comment", `<http://a.example/s> <http://a.example/p> "o" # c`,
			`line 2, column 47: missing '.' before the comment`},
		{"literal as subject", `"s" <http://a.example/p> "o" .`,
			`line 2, column 1: subject must be an IRI or blank node, found a literal`},
		{"blank node as predicate", `_:s _:p "o" .`,
			`line 2, column 5: predicate must be an IRI, found a blank node`},
		{"literal as graph label", `<http://a.example/s> <http://a.example/p> "o" "g" .`,
			`line 2, column 47: graph label must be an IRI or blank node, found a literal`},
		{"quint", `<http://a.example/s> <http://a.example/p> "o" _:g _:h .`,
			`line 2, column 51: too many terms: expected '.' after the graph label`},
		{"bad language tag", `<http://a.example/s> <http://a.example/p> "o"@en-  .`,
			`line 2, column 46: invalid language tag "@en-"`},
		{"language tag starting with a digit", `<http://a.example/s> <http://a.example/p> "o"@1 .`,
			`line 2, column 46: invalid language tag "@1"`},
		{"space before datatype", `<http://a.example/s> <http://a.example/p> "o" ^^<http://a.example/t> .`,
			`line 2, column 47: expected graph label or '.', found '^'`},
		{"blank node label starting with '-'", `_:-a <http://a.example/p> "o" .`,
			`line 2, column 3: expected a blank node label after '_:', found '-'`},
		{"junk after dot", `<http://a.example/s> <http://a.example/p> "o" . x`,
			`line 2, column 49: unexpected 'x' after the final '.'`},
		{"invalid UTF-8 in literal", "<http://a.example/s> <http://a.example/p> \"a\xffb\" .",
			`line 2, column 45: invalid UTF-8`},
		{"invalid UTF-8 in comment", "# caf\xe9",
			`line 2, column 6: invalid UTF-8`},
		{"byte order mark after line 1", "\uFEFF<http://a.example/s> <http://a.example/p> \"o\" .",
			`line 2, column 1: expected subject, found '\ufeff' (U+FEFF)`},
		{"Turtle prefix", `@prefix ex: <http://a.example/> .`,
			`line 2, column 1: expected subject, found '@'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "<http://a.example/s> <http://a.example/p> \"first\" .\n" + tt.line +
				"\n<http://a.example/s> <http://a.example/p> \"third\" .\n"
			r := nquads.NewReader(strings.NewReader(doc))
			if _, n, err := r.Next(); err != nil || n != 1 {
				t.Fatalf("line 1: got line %d, err %v", n, err)
			}
			_, n, err := r.Next()
			var serr *nquads.SyntaxError
			if !errors.As(err, &serr) {
				t.Fatalf("got %v (%T), want a *SyntaxError", err, err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if n != 2 || serr.Line != 2 {
				t.Errorf("got line %d (error says %d), want 2", n, serr.Line)
			}
			if want := strings.Trim(tt.line, " \t"); serr.Text != want {
				t.Errorf("Text = %q, want %q", serr.Text, want)
			}
			// The reader goes on with the next line.
			if q, n, err := r.Next(); err != nil || n != 3 || q.Object.String() != `"third"` {
				t.Errorf("after the error: got %v on line %d, err %v", q, n, err)
			}
			if _, _, err := r.Next(); err != io.EOF {
				t.Errorf("at the end: got %v, want io.EOF", err)
			}

			// ParseLine reports the same column, on line 1.
			_, ok, err := nquads.ParseLine(tt.line)
			if !errors.As(err, &serr) || ok || serr.Col != colOf(tt.want) || serr.Line != 1 {
				t.Errorf("ParseLine: got ok=%v, %v", ok, err)
			}
		})
	}
}

// colOf extracts the column from an error message.
func colOf(msg string) int {
	var line, col int
	_, _ = fmt.Sscanf(msg, "line %d, column %d:", &line, &col)
	return col
}
