package graph_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/internal/gen"
	"github.com/claimgraph/claimgraph/schema"
)

// writeCorpus writes a generated corpus of n quads and returns its path.
func writeCorpus(t *testing.T, n int, seed uint64) string {
	t.Helper()
	var b bytes.Buffer
	if err := gen.Write(&b, gen.Options{Quads: n, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, "corpus.nq", b.String())
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func openEmpty(t *testing.T, b backend) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), b.open(t), graph.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// allQuads returns the store's quads as sorted N-Quads lines.
func allQuads(t *testing.T, st *graph.Store) []string {
	t.Helper()
	var out []string
	err := st.Quads(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func mustLoadFiles(t *testing.T, st *graph.Store, paths ...string) graph.BulkStats {
	t.Helper()
	stats, vs, err := st.LoadFiles(context.Background(), paths, graph.BulkOptions{Chunk: 500})
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) > 0 {
		t.Fatalf("%d violations, the first: %s", len(vs), vs[0])
	}
	return stats
}

// TestBuilderMatchesCayley loads the same corpus through the bulk loader's
// direct bolt builder and through Cayley's own write path, and asks both
// stores the same questions; then it goes on writing into the built store
// with Cayley's write path, which reads the builder's node ids, counts and
// index lists.
func TestBuilderMatchesCayley(t *testing.T) {
	ctx := context.Background()
	path := writeCorpus(t, 6000, 7)
	located, _, err := schema.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	plain := make([]quad.Quad, len(located))
	for i, l := range located {
		plain[i] = l.Quad
	}
	bolt := func(t *testing.T) graph.Location {
		return graph.Location{Backend: graph.Bolt, Addr: filepath.Join(t.TempDir(), "db")}
	}
	built := openEmpty(t, backend{"bolt", bolt})
	if stats := mustLoadFiles(t, built, path); stats.Method != "build" || stats.Added != int64(len(plain)) {
		t.Fatalf("bulk load: %+v", stats)
	}
	cayley := openEmpty(t, backend{"bolt", bolt})
	if _, err := cayley.Load(ctx, plain); err != nil {
		t.Fatal(err)
	}
	if a, b := allQuads(t, built), allQuads(t, cayley); !reflect.DeepEqual(a, b) {
		t.Fatalf("built store has %d quads, Cayley's %d", len(a), len(b))
	}
	same := func(t *testing.T) {
		t.Helper()
		for _, f := range []graph.Filter{{}, {Demand: gen.HotDemand}, {Demand: gen.RareDemand},
			{Speaker: "sergei-ryabkov"}, {Speaker: "russia"}, {Stance: "rejects"}, {Doc: "rt-00000"}} {
			a, err := built.WhoSaid(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			b, err := cayley.WhoSaid(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("who-said %+v: built store %d rows, Cayley's %d", f, len(a), len(b))
			}
		}
		for _, lang := range []struct{ lang, q string }{
			{"gizmo", `g.V("<` + string(schema.DemandIRI(gen.RareDemand)) + `>").In("<` + string(schema.DemandOf) + `>").Out("<` + string(schema.Speaker) + `>").All()`},
			{"gizmo", `g.Emit(g.V().Has("<` + string(schema.Type) + `>", "<` + string(schema.ClassPerson) + `>").Count())`},
		} {
			a, b := runQuery(t, built, lang.lang, lang.q), runQuery(t, cayley, lang.lang, lang.q)
			if !reflect.DeepEqual(a, b) || len(a) == 0 {
				t.Errorf("%s: built %v, Cayley %v", lang.q, a, b)
			}
		}
		if a, b := count(t, built), count(t, cayley); a != b {
			t.Errorf("count: built %d, Cayley %d", a, b)
		}
	}
	same(t)

	// Cayley's write path on top of the built store: duplicates are found,
	// new quads join existing nodes, removals find the builder's counts.
	stats, err := built.Load(ctx, plain[:1000])
	if err != nil || stats.Added != 0 {
		t.Fatalf("reloading into the built store: %+v, %v", stats, err)
	}
	// New statements about the same people, demands and articles.
	corpus, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.SplitAfter(string(corpus), "\n") {
		if strings.HasPrefix(l, "<"+string(schema.StatementIRI(""))) {
			lines = append(lines, strings.Replace(l, "/statement/", "/statement/more-", 1))
		}
	}
	extra := writeFile(t, "extra.nq", strings.Join(lines, ""))
	// The built store takes them through the builder on a copy, Cayley's
	// through its own write path; a repeat through the builder adds nothing.
	stats2, vs, err := built.LoadFiles(ctx, []string{extra, path}, graph.BulkOptions{Chunk: 500})
	if err != nil || len(vs) > 0 || stats2.Method != "copy+build" || stats2.Added != int64(len(lines)) {
		t.Fatalf("second bulk load: %+v %v %v (want %d added)", stats2, vs, err, len(lines))
	}
	extraQuads, _, err := schema.ReadFile(extra)
	if err != nil {
		t.Fatal(err)
	}
	more := make([]quad.Quad, len(extraQuads))
	for i, l := range extraQuads {
		more[i] = l.Quad
	}
	if _, err := cayley.Load(ctx, more); err != nil {
		t.Fatal(err)
	}
	if stats3 := mustLoadFiles(t, built, extra); stats3.Added != 0 {
		t.Fatalf("third bulk load added %d", stats3.Added)
	}
	if a, b := allQuads(t, built), allQuads(t, cayley); !reflect.DeepEqual(a, b) {
		t.Fatalf("after the second load: built store has %d quads, Cayley's %d", len(a), len(b))
	}
	same(t)
	doc := schema.DocIRI("rt-00000")
	for _, st := range []*graph.Store{built, cayley} {
		if _, err := st.Replace(ctx, map[quad.Value][]quad.Quad{doc: nil}); err != nil {
			t.Fatal(err)
		}
	}
	same(t)
}

func runQuery(t *testing.T, st *graph.Store, lang, q string) []string {
	t.Helper()
	var out []string
	err := st.Query(context.Background(), lang, q, graph.QueryOptions{}, func(v any) error {
		out = append(out, fmt.Sprint(v))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestLoadFiles(t *testing.T) {
	ctx := context.Background()
	// A statement refers to a person the next file defines; the person's
	// quads are split over both files; one quad is repeated.
	ryabkov := "<" + string(schema.PersonIRI("sergei-ryabkov")) + ">"
	cur := "<" + string(schema.CuratedLabel) + ">"
	a := writeFile(t, "a.nq", strings.Join([]string{
		`<https://w3id.org/claimgraph/statement/x-01> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/claimgraph/vocab#Statement> ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/x-01> <https://w3id.org/claimgraph/vocab#speaker> ` + ryabkov + ` ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/x-01> <https://w3id.org/claimgraph/vocab#speakerName> "Сергей Рябков" ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/x-01> <https://w3id.org/claimgraph/vocab#quote> "We need guarantees." ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/x-01> <https://w3id.org/claimgraph/vocab#source> <https://w3id.org/claimgraph/doc/x> ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/x-01> <https://w3id.org/claimgraph/vocab#source> <https://w3id.org/claimgraph/doc/x> ` + cur + ` .`,
		ryabkov + ` <http://schema.org/alternateName> "Sergey Ryabkov" ` + cur + ` .`,
		`<https://w3id.org/claimgraph/doc/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> ` + cur + ` .`,
		`<https://w3id.org/claimgraph/doc/x> <http://schema.org/name> "X" ` + cur + ` .`,
		"",
	}, "\n"))
	b := writeFile(t, "b.nq", strings.Join([]string{
		ryabkov + ` <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> ` + cur + ` .`,
		ryabkov + ` <http://schema.org/name> "Sergei Ryabkov" ` + cur + ` .`,
		"",
	}, "\n"))
	bad := writeFile(t, "bad.nq", strings.Join([]string{
		`<https://w3id.org/claimgraph/statement/y-01> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/claimgraph/vocab#Statement> ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/y-01> <https://w3id.org/claimgraph/vocab#speaker> <https://w3id.org/claimgraph/person/nobody> ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/y-01> <https://w3id.org/claimgraph/vocab#stance> "supports" ` + cur + ` .`,
		`<https://w3id.org/claimgraph/statement/y-01> <https://w3id.org/claimgraph/vocab#quote> "Bad." ` + cur,
		"",
	}, "\n"))
	for _, bk := range backends(t) {
		t.Run(bk.name, func(t *testing.T) {
			st := openEmpty(t, bk)
			stats := mustLoadFiles(t, st, a, b)
			if stats.Read != 11 || stats.Added != 10 || stats.Present != 1 {
				t.Errorf("first load: %+v", stats)
			}
			rows, err := st.WhoSaid(ctx, graph.Filter{Speaker: "sergei-ryabkov"})
			if err != nil || len(rows) != 1 || rows[0].SpeakerName != "Сергей Рябков" {
				t.Errorf("who-said: %+v %v", rows, err)
			}
			before := allQuads(t, st)
			if stats := mustLoadFiles(t, st, a, b); stats.Added != 0 || stats.Present != 11 {
				t.Errorf("second load: %+v", stats)
			}
			_, vs, err := st.LoadFiles(ctx, []string{a, bad}, graph.BulkOptions{Chunk: 2})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range vs {
				got = append(got, fmt.Sprintf("%s:%d:%s", filepath.Base(v.File), v.Line, v.Rule))
			}
			want := []string{"bad.nq:1:min-count", "bad.nq:1:min-count", "bad.nq:1:min-count", "bad.nq:2:unresolved", "bad.nq:3:stance-demand", "bad.nq:4:syntax"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("violations %v, want %v", got, want)
			}
			if after := allQuads(t, st); !reflect.DeepEqual(after, before) {
				t.Errorf("a failed load changed the store: %d quads, was %d", len(after), len(before))
			}
			if bk.name == "bolt" {
				entries, _ := os.ReadDir(filepath.Dir(st.Location().Addr))
				for _, e := range entries {
					if strings.Contains(e.Name(), ".load-") {
						t.Errorf("left behind: %s", e.Name())
					}
				}
			}
		})
	}
}

func TestLoadFilesStopsOnCancel(t *testing.T) {
	path := writeCorpus(t, 5000, 3)
	st := openEmpty(t, backend{"bolt", func(t *testing.T) graph.Location {
		return graph.Location{Backend: graph.Bolt, Addr: filepath.Join(t.TempDir(), "db")}
	}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := st.LoadFiles(ctx, []string{path}, graph.BulkOptions{}); err == nil {
		t.Fatal("a cancelled load succeeded")
	}
	if n := count(t, st); n != 0 {
		t.Errorf("a cancelled load left %d quads", n)
	}
}
