package graph_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	_ "github.com/lib/pq"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// backend opens a fresh, empty store of one kind for one test.
type backend struct {
	name string
	open func(t *testing.T) graph.Location
}

// backends lists memory and bolt always, and PostgreSQL when
// CLAIMGRAPH_TEST_POSTGRES names a server (CI starts one).
func backends(t *testing.T) []backend {
	bs := []backend{
		{"memory", func(t *testing.T) graph.Location { return graph.Location{Backend: graph.Memory} }},
		{"bolt", func(t *testing.T) graph.Location {
			return graph.Location{Backend: graph.Bolt, Addr: filepath.Join(t.TempDir(), "db")}
		}},
	}
	if dsn := os.Getenv("CLAIMGRAPH_TEST_POSTGRES"); dsn != "" {
		bs = append(bs, backend{"postgres", func(t *testing.T) graph.Location { return freshPostgres(t, dsn) }})
	} else {
		t.Log("PostgreSQL backend not tested: CLAIMGRAPH_TEST_POSTGRES is unset")
	}
	return bs
}

var pgSeq atomic.Int64

// freshPostgres creates a database of its own for one test and drops it after.
func freshPostgres(t *testing.T, dsn string) graph.Location {
	t.Helper()
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("claimgraph_test_%d_%d", os.Getpid(), pgSeq.Add(1))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("postgres", dsn)
		if err == nil {
			_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			admin.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return graph.Location{Backend: graph.Postgres, Addr: u.String()}
}

func readFixture(t *testing.T) []quad.Quad {
	t.Helper()
	located, syntax, err := schema.ReadFile(filepath.Join("testdata", "fixture.nq"))
	if err != nil || len(syntax) > 0 {
		t.Fatalf("fixture: %v %v", err, syntax)
	}
	qs := make([]quad.Quad, len(located))
	for i, l := range located {
		qs[i] = l.Quad
	}
	return qs
}

func openLoaded(t *testing.T, b backend) (*graph.Store, []quad.Quad) {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, b.open(t), graph.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	fixture := readFixture(t)
	stats, err := st.Load(ctx, fixture)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Added != len(fixture) {
		t.Fatalf("first load added %d quads, want %d", stats.Added, len(fixture))
	}
	return st, fixture
}

func ids(sts []graph.Statement) []string {
	out := []string{}
	for _, s := range sts {
		_, slug, _ := schema.KindOf(s.IRI)
		out = append(out, slug)
	}
	return out
}

// TestWhoSaid is the store behaviour suite's table of path queries, run
// against every backend.
func TestWhoSaid(t *testing.T) {
	cases := []struct {
		name   string
		filter graph.Filter
		want   []string // statement slugs, in output order
	}{
		{"all statements oldest first, undated last", graph.Filter{}, []string{"a1-01", "a1-02", "a2-01", "a2-x01", "a2-02"}},
		{"by demand", graph.Filter{Demand: "no-ukraine-membership"}, []string{"a1-01", "a2-x01", "a2-02"}},
		{"by person", graph.Filter{Speaker: "sergei-ryabkov"}, []string{"a1-01", "a1-02", "a2-x01"}},
		{"by actor", graph.Filter{Speaker: "nato"}, []string{"a2-02"}},
		{"by article", graph.Filter{Doc: "a2"}, []string{"a2-01", "a2-x01", "a2-02"}},
		{"by stance", graph.Filter{Stance: "rejects"}, []string{"a2-02"}},
		{"demand and speaker intersect", graph.Filter{Demand: "no-ukraine-membership", Speaker: "sergei-ryabkov"}, []string{"a1-01", "a2-x01"}},
		{"demand, speaker and article", graph.Filter{Demand: "no-ukraine-membership", Speaker: "sergei-ryabkov", Doc: "a1"}, []string{"a1-01"}},
		{"since is inclusive and drops undated", graph.Filter{Since: "2022-01-12"}, []string{"a2-01", "a2-x01"}},
		{"until is inclusive", graph.Filter{Until: "2021-12-23"}, []string{"a1-01", "a1-02"}},
		{"a demand nobody spoke of", graph.Filter{Demand: "rollback-to-1997"}, []string{}},
		{"a speaker with no statements on that demand", graph.Filter{Speaker: "ned-price"}, []string{}},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st, _ := openLoaded(t, b)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					got, err := st.WhoSaid(context.Background(), c.filter)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(ids(got), c.want) {
						t.Errorf("got %v, want %v", ids(got), c.want)
					}
				})
			}
			t.Run("row carries the contract's fields", func(t *testing.T) {
				got, err := st.WhoSaid(context.Background(), graph.Filter{Doc: "a1"})
				if err != nil || len(got) != 2 {
					t.Fatalf("got %v, %v", got, err)
				}
				want := graph.Statement{Doc: "a1", Speaker: "sergei-ryabkov", SpeakerName: "Sergey Ryabkov",
					Demand: "no-ukraine-membership", Stance: "supports", Quote: "We must exclude Ukraine from joining NATO.",
					Date: "2021-12-23", Source: "curated", IRI: schema.StatementIRI("a1-01"), SpanStart: 100, SpanEnd: 120}
				if got[0] != want {
					t.Errorf("got %+v\nwant %+v", got[0], want)
				}
				if q := got[1].Quote; q != "Let’s deal with this serious issue, \"the diplomat\" said." {
					t.Errorf("escaped quote came back as %q", q)
				}
				if got[1].Demand != "" || got[1].Stance != "" {
					t.Errorf("a statement about no demand got demand %q stance %q", got[1].Demand, got[1].Stance)
				}
			})
			t.Run("extracted provenance", func(t *testing.T) {
				got, _ := st.WhoSaid(context.Background(), graph.Filter{Doc: "a2", Speaker: "sergei-ryabkov"})
				if len(got) != 1 || got[0].Source != "extracted" {
					t.Errorf("got %+v, want one extracted row", got)
				}
			})
			t.Run("unknown speaker suggests near ids", func(t *testing.T) {
				_, err := st.WhoSaid(context.Background(), graph.Filter{Speaker: "ryabkov"})
				var nf *graph.NotFoundError
				if !errors.As(err, &nf) || !reflect.DeepEqual(nf.Near, []string{"sergei-ryabkov"}) {
					t.Errorf("got %v (%#v)", err, nf)
				}
			})
		})
	}
}

func TestLoadIsIdempotentAndReplaceIsExact(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st, fixture := openLoaded(t, b)
			before := count(t, st)
			stats, err := st.Load(ctx, fixture)
			if err != nil {
				t.Fatal(err)
			}
			if stats.Added != 0 || stats.Present != len(fixture) || count(t, st) != before {
				t.Errorf("second load: %+v, %d quads (was %d)", stats, count(t, st), before)
			}
			// Replace article a2's extracted quads with a single new one.
			label := schema.DocIRI("a2")
			s := schema.StatementIRI("a2-x01")
			newQuad := quad.Quad{Subject: s, Predicate: schema.Quote, Object: quad.String("changed"), Label: label}
			oldOfLabel := 0
			for _, q := range fixture {
				if q.Label == label {
					oldOfLabel++
				}
			}
			stats, err = st.Replace(ctx, map[quad.Value][]quad.Quad{label: {newQuad}})
			if err != nil {
				t.Fatal(err)
			}
			if stats.Added != 1 || stats.Removed != oldOfLabel {
				t.Errorf("replace: %+v, want 1 added, %d removed", stats, oldOfLabel)
			}
			if got := count(t, st); got != before-int64(oldOfLabel)+1 {
				t.Errorf("after replace %d quads, want %d", got, before-int64(oldOfLabel)+1)
			}
			got, _ := st.Describe(ctx, s)
			if len(got) != 1 || got[0] != newQuad {
				t.Errorf("statement now %v", got)
			}
		})
	}
}

func count(t *testing.T, st *graph.Store) int64 {
	t.Helper()
	var n int64
	if err := st.Quads(context.Background(), func(quad.Quad) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestQueryLanguages(t *testing.T) {
	ryabkov := "<" + string(schema.PersonIRI("sergei-ryabkov")) + ">"
	speaker := "<" + string(schema.Speaker) + ">"
	cases := []struct {
		lang, query string
		want        int
	}{
		{"gizmo", `g.V("` + ryabkov + `").In("` + speaker + `").All()`, 3},
		{"gizmo", `g.V("` + ryabkov + `").In("` + speaker + `").Count()`, 1},
		{"graphql", `{ nodes(id: "` + string(schema.PersonIRI("sergei-ryabkov")) + `") { id } }`, 1},
		{"mql", `[{"id": "` + ryabkov + `", "<` + string(schema.Name) + `>": null}]`, 1},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st, _ := openLoaded(t, b)
			for _, c := range cases {
				n := 0
				err := st.Query(context.Background(), c.lang, c.query, graph.QueryOptions{Timeout: 10 * time.Second}, func(any) error { n++; return nil })
				if err != nil || n != c.want {
					t.Errorf("%s %s: %d results, %v; want %d", c.lang, c.query, n, err, c.want)
				}
			}
			err := st.Query(context.Background(), "sparql", "SELECT *", graph.QueryOptions{}, func(any) error { return nil })
			if err == nil || !strings.Contains(err.Error(), "unknown query language") {
				t.Errorf("unknown language: %v", err)
			}
		})
	}
}

func TestBoltHeldByAnotherOpenFailsFast(t *testing.T) {
	ctx := context.Background()
	loc := graph.Location{Backend: graph.Bolt, Addr: filepath.Join(t.TempDir(), "db")}
	first, err := graph.Open(ctx, loc, graph.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	_, err = graph.Open(ctx, loc, graph.Options{LockTimeout: 300 * time.Millisecond})
	if !errors.Is(err, graph.ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
}

func TestOpenMissingWithoutCreate(t *testing.T) {
	loc := graph.Location{Backend: graph.Bolt, Addr: filepath.Join(t.TempDir(), "nothing")}
	if _, err := graph.Open(context.Background(), loc, graph.Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("got %v, want os.ErrNotExist", err)
	}
	if _, err := os.Stat(loc.Addr); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("opening without Create made %s", loc.Addr)
	}
}

func TestParseLocation(t *testing.T) {
	cases := []struct {
		in      string
		backend string
		shown   string
		err     string
	}{
		{"claimgraph.db", graph.Bolt, "claimgraph.db", ""},
		{"memory", graph.Memory, "memory", ""},
		{"postgres://u:secret@127.0.0.1:5432/cg?sslmode=disable", graph.Postgres, "postgres://u:xxxxx@127.0.0.1:5432/cg?sslmode=disable", ""},
		{"postgresql://u@localhost/cg", graph.Postgres, "postgresql://u@localhost/cg", ""},
		{"mysql://x", "", "", `unknown database scheme "mysql"`},
		{"", "", "", "empty"},
	}
	for _, c := range cases {
		loc, err := graph.ParseLocation(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || loc.Backend != c.backend || loc.String() != c.shown {
			t.Errorf("%q: %+v %q %v", c.in, loc, loc.String(), err)
		}
	}
}

func TestRedact(t *testing.T) {
	cases := map[string]string{
		"open postgres://u:pw@h:5432/db failed":      "open postgres://u:xxxxx@h:5432/db failed",
		"postgresql://u:p%40ss@h/db and x://a:b@c/d": "postgresql://u:xxxxx@h/db and x://a:xxxxx@c/d",
		"postgres://u@h/db":                          "postgres://u@h/db",
		"no url here: a:b@c":                         "no url here: a:b@c",
	}
	for in, want := range cases {
		if got := graph.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBoltReadersShareWritersWait(t *testing.T) {
	ctx := context.Background()
	loc := graph.Location{Backend: graph.Bolt, Addr: filepath.Join(t.TempDir(), "db")}
	w, err := graph.Open(ctx, loc, graph.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Load(ctx, readFixture(t)); err != nil {
		t.Fatal(err)
	}
	w.Close()

	r1, err := graph.Open(ctx, loc, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := graph.Open(ctx, loc, graph.Options{ReadOnly: true, LockTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatalf("a second reader: %v", err)
	}
	defer r2.Close()
	if got, err := r2.WhoSaid(ctx, graph.Filter{Speaker: "nato"}); err != nil || len(got) != 1 {
		t.Errorf("reader's who-said: %v, %v", got, err)
	}
	_, err = graph.Open(ctx, loc, graph.Options{LockTimeout: 300 * time.Millisecond})
	if !errors.Is(err, graph.ErrLocked) {
		t.Errorf("a writer while readers hold the store: %v, want ErrLocked", err)
	}
	q := quad.Quad{Subject: schema.PersonIRI("ned-price"), Predicate: schema.JobTitle, Object: quad.String("spokesman"), Label: schema.CuratedLabel}
	if _, err := r1.Load(ctx, []quad.Quad{q}); err == nil {
		t.Error("a read-only store accepted a write")
	}
}
