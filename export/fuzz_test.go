package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	dotparser "gonum.org/v1/gonum/graph/formats/dot"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/schema"
)

// FuzzNames puts arbitrary text in a name and a quotation and checks that
// every format stays parseable and gives the text back.
func FuzzNames(f *testing.F) {
	for _, s := range []string{`"quoted" & <tagged>`, "Фёдор\nЛукьянов", `back\slash \N \"`, "tab\there", "]]> --> <!--", "é'\u00a0\u2028", `<b>html</b>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool {
			// XML 1.0 cannot carry these at all; the writers replace them.
			return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF || r >= 0xD800 && r <= 0xDFFF
		}) || strings.Contains(s, "\r") {
			t.Skip()
		}
		quads := []quad.Quad{
			quad.Make(schema.PersonIRI("p"), schema.Type, schema.ClassPerson, schema.CuratedLabel),
			quad.Make(schema.PersonIRI("p"), schema.Name, s, schema.CuratedLabel),
			quad.Make(schema.DemandIRI("nato-open-door"), schema.Type, schema.ClassDemand, schema.CuratedLabel),
			quad.Make(schema.StatementIRI("s"), schema.Speaker, schema.PersonIRI("p"), schema.CuratedLabel),
			quad.Make(schema.StatementIRI("s"), schema.DemandOf, schema.DemandIRI("nato-open-door"), schema.CuratedLabel),
			quad.Make(schema.StatementIRI("s"), schema.Stance, "supports", schema.CuratedLabel),
			quad.Make(schema.StatementIRI("s"), schema.Quote, s, schema.CuratedLabel),
		}
		g, err := export.Project(quads, export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		label := s
		if label == "" {
			label = "p" // no name: the slug
		}
		out := func(f export.Format) []byte {
			var buf bytes.Buffer
			if err := export.Write(&buf, g, f); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}
		for _, f := range []export.Format{export.GraphML, export.GEXF} {
			b := out(f)
			if !xmlHasText(t, b, label) {
				t.Errorf("%s: label %q lost:\n%s", f, label, b)
			}
		}
		m := regexp.MustCompile(`(?m)^    label "([^"]*)"\n    nodeId "person/p"$`).FindSubmatch(out(export.GML))
		if m == nil || html.UnescapeString(string(m[1])) != label {
			t.Errorf("gml: label %q lost: %q", label, m)
		}
		if _, err := dotparser.ParseBytes(out(export.DOT)); err != nil {
			t.Errorf("dot does not parse: %v\n%s", err, out(export.DOT))
		}
		var cy struct {
			Elements struct {
				Nodes []struct{ Data map[string]any }
				Edges []struct{ Data map[string]any }
			}
		}
		if err := json.Unmarshal(out(export.Cytoscape), &cy); err != nil {
			t.Fatal(err)
		}
		if len(cy.Elements.Edges) != 1 || cy.Elements.Edges[0].Data["quote"] != nilIfEmpty(s) {
			t.Errorf("cyjs: quote %q lost: %v", s, cy.Elements.Edges)
		}
	})
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// xmlHasText reports whether a well-formed document has s as an attribute
// value or the whole text of an element.
func xmlHasText(t *testing.T, b []byte, s string) bool {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	found := false
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not well-formed: %v\n%s", err, b)
			}
			return found
		}
		switch el := tok.(type) {
		case xml.StartElement:
			text.Reset()
			for _, a := range el.Attr {
				found = found || a.Value == s
			}
		case xml.CharData:
			text.Write(el)
		case xml.EndElement:
			found = found || text.String() == s
			text.Reset()
		}
	}
}
