package graph_test

// Benchmarks for the figures of BENCHMARKS.md: parse, validate, bulk load
// and who-said over a generated corpus (internal/gen). They only run with
// -bench. CLAIMGRAPH_BENCH_QUADS sets the corpus size (default 1,000,000;
// 50,000 with -short); the corpus file and the loaded stores are built once
// per run in a temporary directory that TestMain removes.
//
//	go test -run '^$' -bench . -benchtime 20x ./graph
//	CLAIMGRAPH_BENCH_QUADS=100000 CLAIMGRAPH_TEST_POSTGRES=postgres://… go test -run '^$' -bench Postgres ./graph

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/internal/gen"
	"github.com/claimgraph/claimgraph/schema"
	"github.com/claimgraph/claimgraph/schema/nquads"
)

var (
	benchDir   string
	benchPgURL string // the admin URL when a bench database was created
	benchPgDB  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	if benchPgDB != "" {
		if admin, err := sql.Open("postgres", benchPgURL); err == nil {
			_, _ = admin.Exec("DROP DATABASE IF EXISTS " + benchPgDB + " WITH (FORCE)")
			admin.Close()
		}
	}
	os.Exit(code)
}

func benchQuads() int {
	if s := os.Getenv("CLAIMGRAPH_BENCH_QUADS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= gen.MinQuads {
			return n
		}
	}
	if testing.Short() {
		return 50_000
	}
	return 1_000_000
}

var (
	corpusOnce sync.Once
	corpusPath string
	corpusErr  error
)

// benchCorpus writes the generated corpus once per run.
func benchCorpus(b *testing.B) (string, int) {
	b.Helper()
	n := benchQuads()
	corpusOnce.Do(func() {
		benchDir, corpusErr = os.MkdirTemp("", "claimgraph-bench-")
		if corpusErr != nil {
			return
		}
		corpusPath = filepath.Join(benchDir, "corpus.nq")
		f, err := os.Create(corpusPath)
		if err != nil {
			corpusErr = err
			return
		}
		corpusErr = gen.Write(f, gen.Options{Quads: n, Seed: 1})
		if err := f.Close(); corpusErr == nil {
			corpusErr = err
		}
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	return corpusPath, n
}

func BenchmarkParse(b *testing.B) {
	path, n := benchCorpus(b)
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		r := nquads.NewReader(bytes.NewReader(data))
		for {
			if _, _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
}

func BenchmarkValidate(b *testing.B) {
	path, n := benchCorpus(b)
	quads, syntax, err := schema.ReadFile(path)
	if err != nil || len(syntax) > 0 {
		b.Fatal(err, syntax)
	}
	b.ResetTimer()
	for b.Loop() {
		vs, err := schema.Validate(context.Background(), quads, nil)
		if err != nil || len(vs) > 0 {
			b.Fatal(err, len(vs))
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
}

// BenchmarkLoad is LoadFiles into a new bolt store: scan, validation and the
// direct build, fsync included.
func BenchmarkLoad(b *testing.B) {
	path, n := benchCorpus(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		dir := filepath.Join(benchDir, fmt.Sprintf("load-%d", i))
		st, err := graph.Open(ctx, graph.Location{Backend: graph.Bolt, Addr: dir}, graph.Options{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		stats, vs, err := st.LoadFiles(ctx, []string{path}, graph.BulkOptions{})
		if err != nil || len(vs) > 0 || stats.Added != int64(n) {
			b.Fatal(err, len(vs), stats)
		}
		b.StopTimer()
		st.Close()
		os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
}

var (
	loadedOnce  sync.Once
	loadedStore *graph.Store
	loadedErr   error
)

// benchStore is the corpus in bolt, loaded once per run.
func benchStore(b *testing.B) *graph.Store {
	path, _ := benchCorpus(b)
	loadedOnce.Do(func() {
		ctx := context.Background()
		loc := graph.Location{Backend: graph.Bolt, Addr: filepath.Join(benchDir, "db")}
		loadedStore, loadedErr = graph.Open(ctx, loc, graph.Options{Create: true})
		if loadedErr == nil {
			_, _, loadedErr = loadedStore.LoadFiles(ctx, []string{path}, graph.BulkOptions{})
		}
	})
	if loadedErr != nil {
		b.Fatal(loadedErr)
	}
	return loadedStore
}

// benchWhoSaid times f on st in a warm process and reports the median and
// the rows; the first call warms the caches and is not timed.
func benchWhoSaid(b *testing.B, st *graph.Store, f graph.Filter) {
	ctx := context.Background()
	rows, err := st.WhoSaid(ctx, f)
	if err != nil {
		b.Fatal(err)
	}
	var times []time.Duration
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		if _, err := st.WhoSaid(ctx, f); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(len(rows)), "rows")
}

func BenchmarkWhoSaid(b *testing.B) {
	for _, c := range []struct {
		name string
		f    graph.Filter
	}{
		{"demand=rare", graph.Filter{Demand: gen.RareDemand}},
		{"demand=hot", graph.Filter{Demand: gen.HotDemand}},
		{"speaker+demand", graph.Filter{Speaker: "sergei-ryabkov", Demand: gen.RareDemand}},
		{"doc", graph.Filter{Doc: "rt-00000"}},
	} {
		b.Run(c.name, func(b *testing.B) { benchWhoSaid(b, benchStore(b), c.f) })
	}
}

var (
	pgOnce  sync.Once
	pgStore *graph.Store
	pgErr   error
)

// benchPostgres is the corpus loaded into a database of its own on the
// server CLAIMGRAPH_TEST_POSTGRES names, once per run.
func benchPostgres(b *testing.B) *graph.Store {
	dsn := os.Getenv("CLAIMGRAPH_TEST_POSTGRES")
	if dsn == "" {
		b.Skip("CLAIMGRAPH_TEST_POSTGRES is unset")
	}
	path, _ := benchCorpus(b)
	pgOnce.Do(func() {
		admin, err := sql.Open("postgres", dsn)
		if err != nil {
			pgErr = err
			return
		}
		defer admin.Close()
		name := fmt.Sprintf("claimgraph_bench_%d", os.Getpid())
		if _, pgErr = admin.Exec("CREATE DATABASE " + name); pgErr != nil {
			return
		}
		benchPgURL, benchPgDB = dsn, name
		u, err := url.Parse(dsn)
		if err != nil {
			pgErr = err
			return
		}
		u.Path = "/" + name
		ctx := context.Background()
		pgStore, pgErr = graph.Open(ctx, graph.Location{Backend: graph.Postgres, Addr: u.String()}, graph.Options{Create: true})
		if pgErr == nil {
			_, _, pgErr = pgStore.LoadFiles(ctx, []string{path}, graph.BulkOptions{})
		}
	})
	if pgErr != nil {
		b.Fatal(pgErr)
	}
	return pgStore
}

func BenchmarkPostgresWhoSaid(b *testing.B) {
	for _, c := range []struct {
		name string
		f    graph.Filter
	}{
		{"demand=rare", graph.Filter{Demand: gen.RareDemand}},
		{"demand=100-rows-at-100k", graph.Filter{Demand: "rollback-to-1997"}},
		{"demand=hot", graph.Filter{Demand: gen.HotDemand}},
		{"speaker+demand", graph.Filter{Speaker: "sergei-ryabkov", Demand: gen.HotDemand}},
	} {
		b.Run(c.name, func(b *testing.B) { benchWhoSaid(b, benchPostgres(b), c.f) })
	}
}
