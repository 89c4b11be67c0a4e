package export_test

import (
	"bytes"
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixture reads testdata/fixture.nq.
func fixture(t testing.TB) []quad.Quad {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "fixture.nq"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	quads, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("fixture.nq: %v", err)
	}
	return quads
}

// render projects the fixture with opt and writes it in format f.
func render(t testing.TB, quads []quad.Quad, opt export.Options, f export.Format) []byte {
	t.Helper()
	g, err := export.Project(quads, opt)
	if err != nil {
		t.Fatalf("Project(%+v): %v", opt, err)
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, g, f); err != nil {
		t.Fatalf("Write %s: %v", f, err)
	}
	return buf.Bytes()
}

// goldenCases are the outputs checked byte for byte against testdata/golden.
func goldenCases() []struct {
	file string
	f    export.Format
	opt  export.Options
} {
	type c = struct {
		file string
		f    export.Format
		opt  export.Options
	}
	var out []c
	ext := map[export.Format]string{
		export.GraphML: "graphml", export.GEXF: "gexf", export.GML: "gml", export.DOT: "dot",
		export.Cytoscape: "cyjs", export.NQuads: "nq", export.JSONLD: "jsonld",
	}
	for _, f := range export.Formats() {
		out = append(out, c{"edges." + ext[f], f, export.Options{}})
	}
	for _, f := range []export.Format{export.GraphML, export.GEXF, export.GML, export.DOT, export.Cytoscape} {
		out = append(out, c{"nodes." + ext[f], f, export.Options{Statements: export.StatementNodes}})
	}
	out = append(out, c{"demand-no-ukraine-membership.nq", export.NQuads, export.Options{Demand: "no-ukraine-membership"}})
	return out
}

func TestGolden(t *testing.T) {
	quads := fixture(t)
	for _, tc := range goldenCases() {
		t.Run(tc.file, func(t *testing.T) {
			got := render(t, quads, tc.opt, tc.f)
			path := filepath.Join("testdata", "golden", tc.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./export -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; run go test ./export -update and review the diff\ngot:\n%s", path, got)
			}
		})
	}
}

// TestDeterministic: the store streams quads in any order; the bytes must
// not depend on it.
func TestDeterministic(t *testing.T) {
	quads := fixture(t)
	for _, f := range export.Formats() {
		for _, mode := range []export.StatementMode{export.StatementEdges, export.StatementNodes} {
			opt := export.Options{Statements: mode}
			want := render(t, quads, opt, f)
			for i := 0; i < 5; i++ {
				shuffled := append([]quad.Quad(nil), quads...)
				rand.New(rand.NewSource(int64(i))).Shuffle(len(shuffled), func(a, b int) {
					shuffled[a], shuffled[b] = shuffled[b], shuffled[a]
				})
				// Duplicates, as two loads of one file would stream them, change nothing.
				shuffled = append(shuffled, shuffled[:7]...)
				if got := render(t, shuffled, opt, f); !bytes.Equal(got, want) {
					t.Fatalf("%s/%s: output depends on quad order (shuffle %d)", f, mode, i)
				}
			}
		}
	}
}
