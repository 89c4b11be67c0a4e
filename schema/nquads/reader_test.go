package nquads_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema/nquads"
)

// lineQuad is a quad with the line it was read from.
type lineQuad struct {
	line int
	q    quad.Quad
}

// mustReadAll reads doc and fails on any error.
func mustReadAll(t *testing.T, doc string) []lineQuad {
	t.Helper()
	var got []lineQuad
	r := nquads.NewReader(strings.NewReader(doc))
	for {
		q, n, err := r.Next()
		if err == io.EOF {
			return got
		} else if err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		got = append(got, lineQuad{n, q})
	}
}

func TestReaderLineEndings(t *testing.T) {
	const s = `<http://a.example/s> <http://a.example/p> "o" .`
	for _, tt := range []struct {
		name, doc string
		lines     []int
	}{
		{"LF", s + "\n" + s + "\n", []int{1, 2}},
		{"CRLF", s + "\r\n\r\n" + s + "\r\n", []int{1, 3}},
		{"lone CR", s + "\r" + s + "\r\r" + s, []int{1, 2, 4}},
		{"no final EOL", "# c\n" + s, []int{2}},
		{"BOM", "\uFEFF" + s + "\n", []int{1}},
		{"BOM before a comment", "\uFEFF# c\n" + s + "\n", []int{2}},
		{"blank lines with white space", " \t\n\t" + s + "\t\n", []int{2}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := mustReadAll(t, tt.doc)
			if len(got) != len(tt.lines) {
				t.Fatalf("got %d quads, want %d", len(got), len(tt.lines))
			}
			for i, g := range got {
				if g.line != tt.lines[i] || g.q.Object != quad.String("o") {
					t.Errorf("quad %d: got %v on line %d, want line %d", i, g.q, g.line, tt.lines[i])
				}
			}
		})
	}
}

func TestReaderLongLines(t *testing.T) {
	// The last line has no EOL, so the reader meets io.EOF in a long line.
	long := strings.Repeat("ä\\n", 400_000) // 1.6 MB, far beyond bufio's buffers
	doc := `<http://a.example/s> <http://a.example/p> "` + long + "\" .\n" +
		"<http://a.example/" + strings.Repeat("x", 200_000) + "> <http://a.example/p> _:b ." // no final EOL
	got := mustReadAll(t, doc)
	if len(got) != 2 {
		t.Fatalf("got %d quads, want 2", len(got))
	}
	if want := quad.String(strings.Repeat("ä\n", 400_000)); got[0].q.Object != want {
		t.Errorf("long literal not read back")
	}
	if len(got[1].q.Subject.(quad.IRI)) != len("http://a.example/")+200_000 || got[1].line != 2 {
		t.Errorf("long IRI not read back")
	}
}

func TestReaderOneByteAtATime(t *testing.T) {
	doc := "<http://a.example/s> <http://a.example/p> \"é\"@fr <http://a.example/g> .\r\n_:x <http://a.example/p> _:y ."
	r := nquads.NewReader(iotest.OneByteReader(strings.NewReader(doc)))
	var n int
	for {
		_, _, err := r.Next()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Errorf("got %d quads, want 2", n)
	}
}

func TestReaderReturnsReadErrors(t *testing.T) {
	boom := errors.New("boom")
	doc := `<http://a.example/s> <http://a.example/p> "o" .` + "\n" + `<http://a.example/s> <http://a.ex`
	r := nquads.NewReader(io.MultiReader(strings.NewReader(doc), iotest.ErrReader(boom)))
	if _, _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	// The cut line is not reported as a syntax error.
	for range 2 {
		if _, _, err := r.Next(); err != boom {
			t.Fatalf("got %v, want the read error", err)
		}
	}
}

func TestReaderCollectsAllErrors(t *testing.T) {
	doc := strings.Join([]string{
		`<http://a.example/s> <http://a.example/p> "ok" .`,
		`<s> <http://a.example/p> "o" .`,
		`# comment`,
		`<http://a.example/s> <http://a.example/p> "o" "g" .`,
		`<http://a.example/s> <http://a.example/p> "ok" <http://a.example/g> .`,
		`<http://a.example/s> <http://a.example/p> "o"`,
	}, "\n")
	_, errs := readAll(t, []byte(doc))
	var lines []int
	for _, e := range errs {
		lines = append(lines, e.Line)
	}
	if len(lines) != 3 || lines[0] != 2 || lines[1] != 4 || lines[2] != 6 {
		t.Errorf("errors on lines %v, want [2 4 6]", lines)
	}
}

func TestParseLineValues(t *testing.T) {
	for _, tt := range []struct {
		line string
		want quad.Quad
	}{
		{"<http://a.example/s> <http://a.example/p> \"caf\\u00E9 \\\"\\U0001F600\\\"\\t\"@fr-CA _:g1.x . # ok\n",
			quad.Quad{Subject: quad.IRI("http://a.example/s"), Predicate: quad.IRI("http://a.example/p"),
				Object: quad.LangString{Value: "café \"😀\"\t", Lang: "fr-CA"}, Label: quad.BNode("g1.x")}},
		{"_:a.b<urn:x:p>\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>.\r\n",
			quad.Quad{Subject: quad.BNode("a.b"), Predicate: quad.IRI("urn:x:p"),
				Object: quad.TypedString{Value: "1", Type: "http://www.w3.org/2001/XMLSchema#integer"}}},
		{"<http://a.example/\\u00E9> <http://a.example/p> _:\u00e9\u00b7-1 .",
			quad.Quad{Subject: quad.IRI("http://a.example/é"), Predicate: quad.IRI("http://a.example/p"), Object: quad.BNode("é·-1")}},
	} {
		q, ok, err := nquads.ParseLine(tt.line)
		if err != nil || !ok || q != tt.want {
			t.Errorf("ParseLine(%q)\n got  %#v, %v, %v\n want %#v", tt.line, q, ok, err, tt.want)
		}
		if q2, _, err := nquads.ParseLine(nquads.Format(q)); err != nil || q2 != q {
			t.Errorf("Format(%#v) = %q does not read back: %v", q, nquads.Format(q), err)
		}
	}
	for _, line := range []string{"", "   ", "\t# comment", "# comment\n"} {
		if _, ok, err := nquads.ParseLine(line); ok || err != nil {
			t.Errorf("ParseLine(%q) = %v, %v; want a skipped line", line, ok, err)
		}
	}
	if _, _, err := nquads.ParseLine("<http://a.example/s> <http://a.example/p> \"o\" .\n<http://a.example/s> <http://a.example/p> \"o\" ."); err == nil {
		t.Errorf("ParseLine accepted two lines")
	}
}
