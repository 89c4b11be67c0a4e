package schema_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// Shorthands for writing N-Quads in tests.
const (
	b   = "<https://w3id.org/claimgraph/"
	cur = " <https://w3id.org/claimgraph/source/curated> ."
	typ = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
	cg  = " <https://w3id.org/claimgraph/vocab#"
	nam = " <http://schema.org/name> "
	xsd = "^^<http://www.w3.org/2001/XMLSchema#"
)

// base is a small valid graph the cases build on: a person, a country, a
// demand, an article and a statement.
var base = []string{
	b + "person/sergei-ryabkov>" + typ + "<http://schema.org/Person>" + cur,
	b + "person/sergei-ryabkov>" + nam + `"Sergei Ryabkov"` + cur,
	b + "org/russia>" + typ + "<http://schema.org/Country>" + cur,
	b + "org/russia>" + nam + `"Russia"` + cur,
	b + "demand/nato-open-door>" + typ + b + "vocab#Demand>" + cur,
	b + "demand/nato-open-door>" + nam + `"NATO open door"` + cur,
	b + "demand/nato-open-door> <http://schema.org/description> \"Every state chooses.\"" + cur,
	b + "doc/a1>" + typ + "<http://schema.org/NewsArticle>" + cur,
	b + "doc/a1>" + nam + `"An article"` + cur,
	b + "doc/a1> <http://schema.org/datePublished> \"2021-12-17\"" + xsd + "date>" + cur,
	b + "statement/a1-01>" + typ + b + "vocab#Statement>" + cur,
	b + "statement/a1-01>" + cg + "speaker> " + b + "person/sergei-ryabkov>" + cur,
	b + "statement/a1-01>" + cg + "speakerName> \"Ryabkov\"" + cur,
	b + "statement/a1-01>" + cg + "demand> " + b + "demand/nato-open-door>" + cur,
	b + "statement/a1-01>" + cg + "stance> \"rejects\"" + cur,
	b + "statement/a1-01>" + cg + "quote> \"We must put an end to the advancement of NATO.\"" + cur,
	b + "statement/a1-01>" + cg + "direct> \"true\"" + xsd + "boolean>" + cur,
	b + "statement/a1-01>" + cg + "date> \"2021-12-23\"" + xsd + "date>" + cur,
	b + "statement/a1-01>" + cg + "source> " + b + "doc/a1>" + cur,
	b + "statement/a1-01>" + cg + "spanStart> \"10\"" + xsd + "integer>" + cur,
	b + "statement/a1-01>" + cg + "spanEnd> \"52\"" + xsd + "integer>" + cur,
}

func parse(t *testing.T, name string, lines []string) []schema.Located {
	t.Helper()
	qs, syntax, err := schema.Read(name, strings.NewReader(strings.Join(lines, "\n")+"\n"))
	if err != nil || len(syntax) > 0 {
		t.Fatalf("%s does not parse: %v %v", name, err, syntax)
	}
	return qs
}

// without returns base less the lines that contain drop.
func without(drop string) []string {
	var out []string
	for _, l := range base {
		if !strings.Contains(l, drop) {
			out = append(out, l)
		}
	}
	return out
}

func with(extra ...string) []string { return append(append([]string{}, base...), extra...) }

type got struct {
	Line int
	Rule string
}

func TestValidateRules(t *testing.T) {
	n := len(base)
	cases := []struct {
		name  string
		lines []string
		want  []got
	}{
		{"the base graph is valid", base, nil},
		{"unknown predicate", with(b + "person/sergei-ryabkov>" + cg + "mood> \"cross\"" + cur), []got{{n + 1, schema.RuleUnknownPredicate}}},
		{"speaker that is a demand", with(b+"statement/a1-02>"+typ+b+"vocab#Statement>"+cur,
			b+"statement/a1-02>"+cg+"speaker> "+b+"demand/nato-open-door>"+cur,
			b+"statement/a1-02>"+cg+"speakerName> \"X\""+cur,
			b+"statement/a1-02>"+cg+"quote> \"X\""+cur,
			b+"statement/a1-02>"+cg+"source> "+b+"doc/a1>"+cur),
			[]got{{n + 2, schema.RuleClass}}},
		{"a date that is no day", with(b + "doc/a1> <http://schema.org/datePublished> \"2022-02-30\"" + xsd + "date>" + cur),
			[]got{{n + 1, schema.RuleDatatype}, {n + 1, schema.RuleMaxCount}}},
		{"a date in the wrong form", append(without("datePublished"), b+"doc/a1> <http://schema.org/datePublished> \"17.12.2021\""+xsd+"date>"+cur),
			[]got{{n, schema.RuleDatatype}}},
		{"a date as a plain string", append(without("datePublished"), b+"doc/a1> <http://schema.org/datePublished> \"2021-12-17\""+cur),
			[]got{{n, schema.RuleDatatype}}},
		{"stance outside the closed set", append(without("stance"), b+"statement/a1-01>"+cg+"stance> \"maybe\""+cur),
			[]got{{n, schema.RuleIn}}},
		{"a second stance", with(b + "statement/a1-01>" + cg + "stance> \"supports\"" + cur), []got{{n + 1, schema.RuleMaxCount}}},
		{"a demand without stance", without("stance"), []got{{14, schema.RuleStanceDemand}}},
		{"a stance without demand", without("vocab#demand>"), []got{{14, schema.RuleStanceDemand}}},
		{"missing required speaker", without("vocab#speaker>"), []got{{11, schema.RuleMinCount}}},
		{"missing name", without("\"Russia\""), []got{{3, schema.RuleMinCount}}},
		{"literal where an entity belongs", with(b + "person/sergei-ryabkov> <http://schema.org/memberOf> \"the ministry\"" + cur), []got{{n + 1, schema.RuleNodeKind}}},
		{"entity where a literal belongs", with(b + "person/sergei-ryabkov> <http://schema.org/jobTitle> " + b + "org/russia>" + cur), []got{{n + 1, schema.RuleNodeKind}}},
		{"property the class does not have", with(b + "person/sergei-ryabkov>" + cg + "quote> \"x\"" + cur), []got{{n + 1, schema.RuleNotAllowed}}},
		{"unknown class", with(b + "person/nobody>" + typ + "<http://schema.org/Robot>" + cur), []got{{n + 1, schema.RuleUnknownClass}}},
		{"class under the wrong kind of IRI", with(b+"org/ned-price>"+typ+"<http://schema.org/Person>"+cur, b+"org/ned-price>"+nam+"\"Ned Price\""+cur), []got{{n + 1, schema.RuleIRIForm}}},
		{"subject outside the namespace", with("<http://example.org/x>" + nam + "\"x\"" + cur), []got{{n + 1, schema.RuleIRIForm}}},
		{"slug with capitals", with(b + "person/Ned-Price>" + nam + "\"x\"" + cur), []got{{n + 1, schema.RuleIRIForm}}},
		{"blank node subject", with("_:b1" + nam + "\"x\"" + cur), []got{{n + 1, schema.RuleIRIForm}}},
		{"no label", with(b + "person/sergei-ryabkov> <http://schema.org/jobTitle> \"Deputy Foreign Minister\" ."), []got{{n + 1, schema.RuleProvenance}}},
		{"foreign label", with(b + "person/sergei-ryabkov> <http://schema.org/jobTitle> \"x\" <http://example.org/g> ."), []got{{n + 1, schema.RuleProvenance}}},
		{"article label is provenance", with(b + "person/sergei-ryabkov> <http://schema.org/jobTitle> \"x\" " + b + "doc/a1> ."), nil},
		{"span the wrong way round", append(without("spanEnd"), b+"statement/a1-01>"+cg+"spanEnd> \"5\""+xsd+"integer>"+cur), []got{{n, schema.RuleSpan}}},
		{"span with one end", without("spanEnd"), []got{{11, schema.RuleSpan}}},
		{"integer that is not", append(without("spanEnd"), b+"statement/a1-01>"+cg+"spanEnd> \"5.5\""+xsd+"integer>"+cur), []got{{n, schema.RuleDatatype}}},
		{"language-tagged name is fine", with(b + "person/sergei-ryabkov> <http://schema.org/alternateName> \"Сергей Рябков\"@ru" + cur), nil},
		{"every violation is reported", with(
			b+"person/sergei-ryabkov>"+cg+"mood> \"cross\""+cur,
			b+"statement/a1-01>"+cg+"date> \"2022-13-01\""+xsd+"date>"+cur,
			"<http://example.org/x>"+nam+"\"x\""+cur),
			[]got{{n + 1, schema.RuleUnknownPredicate}, {n + 2, schema.RuleDatatype}, {n + 2, schema.RuleMaxCount}, {n + 3, schema.RuleIRIForm}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vs, err := schema.Validate(context.Background(), parse(t, "f.nq", c.lines), nil)
			if err != nil {
				t.Fatal(err)
			}
			var g []got
			for _, v := range vs {
				if v.File != "f.nq" || v.Message == "" || v.Quad == "" {
					t.Errorf("violation without place or message: %+v", v)
				}
				g = append(g, got{v.Line, v.Rule})
			}
			if !reflect.DeepEqual(g, c.want) {
				t.Errorf("got %v, want %v\n%s", g, c.want, dump(vs))
			}
		})
	}
}

func dump(vs []schema.Violation) string {
	var s strings.Builder
	for _, v := range vs {
		fmt.Fprintln(&s, v)
	}
	return s.String()
}

// mapGraph is a Graph over quads held in memory.
type mapGraph []quad.Quad

func (g mapGraph) Describe(_ context.Context, s quad.Value) ([]quad.Quad, error) {
	var out []quad.Quad
	for _, q := range g {
		if q.Subject == s {
			out = append(out, q)
		}
	}
	return out, nil
}

func TestValidateAgainstGraph(t *testing.T) {
	var stored mapGraph
	for _, l := range parse(t, "stored.nq", base) {
		stored = append(stored, l.Quad)
	}
	cases := []struct {
		name  string
		lines []string
		want  []got
	}{
		{"a statement about an entity in the graph", []string{
			b + "statement/a1-02>" + typ + b + "vocab#Statement>" + cur,
			b + "statement/a1-02>" + cg + "speaker> " + b + "org/russia>" + cur,
			b + "statement/a1-02>" + cg + "speakerName> \"Moscow\"" + cur,
			b + "statement/a1-02>" + cg + "quote> \"Words.\"" + cur,
			b + "statement/a1-02>" + cg + "source> " + b + "doc/a1>" + cur}, nil},
		{"an unknown speaker is named", []string{
			b + "statement/a1-02>" + typ + b + "vocab#Statement>" + cur,
			b + "statement/a1-02>" + cg + "speaker> " + b + "person/nobody>" + cur,
			b + "statement/a1-02>" + cg + "speakerName> \"Nobody\"" + cur,
			b + "statement/a1-02>" + cg + "quote> \"Words.\"" + cur,
			b + "statement/a1-02>" + cg + "source> " + b + "doc/a1>" + cur}, []got{{2, schema.RuleUnresolved}}},
		{"adding to an entity of the graph counts its stored values", []string{
			b + "person/sergei-ryabkov>" + nam + "\"Sergey Ryabkov\"" + cur}, []got{{1, schema.RuleMaxCount}}},
		{"a subject nobody defined", []string{
			b + "person/ned-price>" + nam + "\"Ned Price\"" + cur}, []got{{1, schema.RuleUnresolved}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vs, err := schema.Validate(context.Background(), parse(t, "f.nq", c.lines), stored)
			if err != nil {
				t.Fatal(err)
			}
			var g []got
			for _, v := range vs {
				g = append(g, got{v.Line, v.Rule})
			}
			if !reflect.DeepEqual(g, c.want) {
				t.Errorf("got %v, want %v\n%s", g, c.want, dump(vs))
			}
		})
	}
}

// FuzzValidate feeds arbitrary N-Quads text through the reader and the
// validator: neither may panic, every violation names a line of the input,
// and a valid input stays valid when validated twice (no hidden state).
func FuzzValidate(f *testing.F) {
	f.Add(strings.Join(base, "\n"))
	f.Add(strings.Join(with(b+"statement/a1-01>"+cg+"stance> \"maybe\""+cur), "\n"))
	f.Add("<a> <b> <c> .\n\"x\" <y> \"z\" .\n")
	f.Add(b + "statement/x-1>" + cg + "spanStart> \"-3\"" + xsd + "integer>" + cur)
	f.Fuzz(func(t *testing.T, text string) {
		// N-Quads ends a line at LF, CRLF or a lone CR.
		lines := strings.Count(strings.ReplaceAll(text, "\r\n", "\n"), "\n") + strings.Count(strings.ReplaceAll(text, "\r\n", ""), "\r") + 1
		qs, syntax, err := schema.Read("fuzz.nq", strings.NewReader(text))
		if err != nil {
			return // I/O errors cannot happen on a string reader; a too-long line can
		}
		for _, v := range syntax {
			if v.Line < 1 || v.Line > lines {
				t.Fatalf("syntax violation on line %d of %d", v.Line, lines)
			}
		}
		vs, err := schema.Validate(context.Background(), qs, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			if v.Line < 1 || v.Line > lines || v.Rule == "" || v.Message == "" {
				t.Fatalf("bad violation %+v", v)
			}
		}
		again, _ := schema.Validate(context.Background(), qs, nil)
		if len(again) != len(vs) {
			t.Fatalf("second validation found %d violations, first %d", len(again), len(vs))
		}
	})
}
