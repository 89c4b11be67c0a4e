package nquads_test

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema/nquads"
)

// suiteCase is one syntax test of the W3C N-Quads or N-Triples suite.
type suiteCase struct {
	archive  string // file name of the archive in testdata
	name     string // file name inside the archive
	positive bool
	unlisted bool // in the archive but in no manifest entry
	data     []byte
}

// The W3C syntax suites as shipped with github.com/cayleygraph/quad v1.1.0.
var suites = []struct {
	archive, posType, negType string
	pos, neg                  int // number of cases the manifest lists
}{
	{"nquad_tests.tar.gz", "rdft:TestNQuadsPositiveSyntax", "rdft:TestNQuadsNegativeSyntax", 53, 32},
	{"ntriple_tests.tar.gz", "rdft:TestNTriplesPositiveSyntax", "rdft:TestNTriplesNegativeSyntax", 41, 27},
}

// readArchive returns the regular files of a .tar.gz in testdata by base name.
func readArchive(tb testing.TB, name string) map[string][]byte {
	tb.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%q: %v", name, err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files
		} else if err != nil {
			tb.Fatalf("%q: %v", name, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			tb.Fatalf("%q: %v", name, err)
		}
		files[path.Base(h.Name)] = b
	}
}

// manifestCases reads the test types and actions of a manifest.ttl: each
// test is a block "<#name> a <type> ; … mf:action <file> ; ." (the N-Triples
// manifest writes rdf:type instead of a).
func manifestCases(tb testing.TB, manifest []byte, posType, negType string) map[string]bool {
	tb.Helper()
	cases := map[string]bool{}
	kind := ""
	sc := bufio.NewScanner(bytes.NewReader(manifest))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "<#") && strings.Contains(line, posType):
			kind = posType
		case strings.HasPrefix(line, "<#") && strings.Contains(line, negType):
			kind = negType
		case strings.HasPrefix(line, "<#") && strings.Contains(line, "rdft:Test"):
			tb.Fatalf("unknown test type in %q", line)
		case strings.HasPrefix(line, "mf:action"):
			if kind == "" {
				tb.Fatalf("mf:action outside a test: %q", line)
			}
			file := strings.TrimSuffix(strings.TrimPrefix(strings.Fields(line)[1], "<"), ">")
			cases[file] = kind == posType
			kind = ""
		}
	}
	return cases
}

// loadSuite returns every case of both suites. A negative N-Triples case is
// negative for N-Quads too, unless the N-Quads manifest lists the same
// document as positive (the N-Quads grammar adds only the graph label).
func loadSuite(tb testing.TB) []suiteCase {
	tb.Helper()
	var all []suiteCase
	nqVerdict := map[string]bool{}
	for _, s := range suites {
		files := readArchive(tb, s.archive)
		cases := manifestCases(tb, files["manifest.ttl"], s.posType, s.negType)
		pos, neg := 0, 0
		for name, positive := range cases {
			if positive {
				pos++
			} else {
				neg++
			}
			if s.archive == "nquad_tests.tar.gz" {
				nqVerdict[stem(name)] = positive
			} else if v, ok := nqVerdict[stem(name)]; ok && v != positive {
				tb.Logf("%s: N-Quads manifest says positive=%v, N-Triples %v; using N-Quads", name, v, positive)
				positive = v
			}
			data, ok := files[name]
			if !ok {
				tb.Fatalf("%q: manifest names %q, which is not in the archive", s.archive, name)
			}
			all = append(all, suiteCase{s.archive, name, positive, false, data})
		}
		if pos != s.pos || neg != s.neg {
			tb.Fatalf("%q: manifest has %d positive and %d negative cases, want %d and %d", s.archive, pos, neg, s.pos, s.neg)
		}
		// literal_true and literal_false are shipped without a manifest
		// entry; they are valid documents, so they run as positive cases
		// that the counts leave out.
		for name, data := range files {
			if _, ok := cases[name]; !ok && (strings.HasSuffix(name, ".nq") || strings.HasSuffix(name, ".nt")) {
				all = append(all, suiteCase{s.archive, name, true, true, data})
			}
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].archive != all[j].archive {
			return all[i].archive < all[j].archive
		}
		return all[i].name < all[j].name
	})
	return all
}

// stem returns a test file name without its extension.
func stem(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, ".nq"), ".nt")
}

// readAll reads a whole document and returns its quads and syntax errors.
func readAll(t testing.TB, data []byte) ([]quad.Quad, []*nquads.SyntaxError) {
	t.Helper()
	var (
		qs   []quad.Quad
		errs []*nquads.SyntaxError
	)
	r := nquads.NewReader(bytes.NewReader(data))
	for {
		q, _, err := r.Next()
		var serr *nquads.SyntaxError
		switch {
		case err == io.EOF:
			return qs, errs
		case errors.As(err, &serr):
			errs = append(errs, serr)
		case err != nil:
			t.Fatalf("read error: %v", err)
		default:
			qs = append(qs, q)
		}
	}
}

func TestW3CSuite(t *testing.T) {
	var pos, neg int
	for _, c := range loadSuite(t) {
		t.Run(c.archive+"/"+c.name, func(t *testing.T) {
			_, errs := readAll(t, c.data)
			if c.positive {
				for _, e := range errs {
					t.Errorf("positive case: %v\n%s", e, e.Text)
				}
				if !c.unlisted {
					pos++
				}
				return
			}
			if len(errs) == 0 {
				t.Errorf("negative case parsed without error:\n%s", c.data)
			}
			for _, e := range errs {
				t.Logf("%v", e)
			}
			neg++
		})
	}
	t.Logf("W3C syntax cases passed: %d positive, %d negative", pos, neg)
}
