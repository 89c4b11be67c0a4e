package nquads_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/schema/nquads"
)

// FuzzParseLine checks that ParseLine never panics, that its errors point
// into the line, and that every accepted line survives a round trip through
// Format and through Cayley's N-Quads writer.
func FuzzParseLine(f *testing.F) {
	for _, c := range loadSuite(f) {
		for line := range strings.SplitSeq(string(c.data), "\n") {
			f.Add(line)
		}
	}
	for _, line := range []string{
		"_:\u00e9\u00b7-1.a <urn:x:p> \"a\\u00E9\\U0001F600\\b\\f\"@de-1996 <http://a.example/g> . # c\r\n",
		"<http://a.example/\\u00E9#x> <http://a.example/p> \"\\uD800\" .",
		"<http://a.example/s> <http://a.example/p> \"x\"^^<http://a.example/\\U0010FFFF> _:g.",
	} {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		q, ok, err := nquads.ParseLine(line)
		if err != nil {
			var serr *nquads.SyntaxError
			if !errors.As(err, &serr) {
				t.Fatalf("error %v is a %T, not a *SyntaxError", err, err)
			}
			if serr.Line != 1 || serr.Col < 1 || serr.Col > utf8.RuneCountInString(line)+1 || serr.Msg == "" {
				t.Fatalf("bad position or message: %#v", serr)
			}
			return
		}
		if !ok {
			return
		}
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			t.Fatalf("accepted an incomplete quad %#v", q)
		}
		s := nquads.Format(q)
		q2, ok, err := nquads.ParseLine(s)
		if err != nil || !ok || q2 != q {
			t.Fatalf("Format round trip:\nline   %q\nquad   %#v\nformat %q\nback   %#v, %v, %v", line, q, s, q2, ok, err)
		}

		// Cayley's writer escapes less, but what it writes for an
		// accepted quad must read back the same.
		var buf bytes.Buffer
		w := cnquads.NewWriter(&buf)
		if err := w.WriteQuad(q); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		q3, ok, err := nquads.ParseLine(buf.String())
		if err != nil || !ok || q3 != q {
			t.Fatalf("Cayley writer round trip:\nline   %q\nquad   %#v\nwrote  %q\nback   %#v, %v, %v", line, q, buf.String(), q3, ok, err)
		}
		checkValues(t, q)
	})
}

// checkValues checks that every value of an accepted quad is valid UTF-8.
func checkValues(t *testing.T, q quad.Quad) {
	t.Helper()
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil && !utf8.ValidString(v.String()) {
			t.Fatalf("value %#v is not valid UTF-8", v)
		}
	}
}
