package nquads_test

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"testing"

	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/schema/nquads"
)

const benchQuads = 100_000

var (
	benchOnce sync.Once
	benchDoc  []byte
)

// benchDocument returns about 100k realistic quads: IRIs of about 60
// characters, a few predicates, named graphs on half of the quads, and
// literals that are plain, language-tagged or typed, some with escapes and
// non-ASCII text.
func benchDocument() []byte {
	benchOnce.Do(func() {
		rng := rand.New(rand.NewPCG(1, 2))
		preds := []string{
			"http://claimgraph.example.org/vocab/2024/relations#assertsClaim",
			"http://claimgraph.example.org/vocab/2024/relations#hasSource",
			"http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
			"http://www.w3.org/2000/01/rdf-schema#label",
			"http://claimgraph.example.org/vocab/2024/relations#publishedOn",
		}
		texts := []string{
			`Sergei A. Ryabkov said \"no\" on the record`,
			"Zürich, Genève and Łódź",
			`line one\nline two\ttabbed`,
			"Ministry of Foreign Affairs of the Russian Federation",
			"東京の発表 — 2024年",
			`escaped \u00E9 and \U0001F600`,
		}
		entity := func() string {
			return fmt.Sprintf("<https://data.claimgraph.example.org/entity/person/%012d>", rng.IntN(1e9))
		}
		var b bytes.Buffer
		for i := range benchQuads {
			b.WriteString(entity())
			b.WriteByte(' ')
			b.WriteString("<" + preds[i%len(preds)] + "> ")
			switch rng.IntN(10) {
			case 0, 1, 2, 3:
				b.WriteString(entity())
			case 4:
				fmt.Fprintf(&b, "_:b%d", rng.IntN(1e6))
			case 5, 6:
				fmt.Fprintf(&b, `"%s"`, texts[rng.IntN(len(texts))])
			case 7, 8:
				fmt.Fprintf(&b, `"%s"@en-GB`, texts[rng.IntN(len(texts))])
			default:
				fmt.Fprintf(&b, `"2024-%02d-%02d"^^<http://www.w3.org/2001/XMLSchema#date>`, 1+rng.IntN(12), 1+rng.IntN(28))
			}
			if i%2 == 0 {
				fmt.Fprintf(&b, " <https://data.claimgraph.example.org/graph/source/%08d>", rng.IntN(1e5))
			}
			b.WriteString(" .\n")
		}
		benchDoc = b.Bytes()
	})
	return benchDoc
}

// BenchmarkReader reads the benchmark document with this package's Reader.
func BenchmarkReader(b *testing.B) {
	doc := benchDocument()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r := nquads.NewReader(bytes.NewReader(doc))
		for {
			_, _, err := r.Next()
			if err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	if n != benchQuads*b.N {
		b.Fatalf("read %d quads, want %d", n, benchQuads*b.N)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "quads/s")
}

// BenchmarkQuadReader reads the same document with Cayley's typed reader,
// without conversion of typed strings, for comparison.
func BenchmarkQuadReader(b *testing.B) {
	doc := benchDocument()
	defer func(v bool) { cnquads.AutoConvertTypedString = v }(cnquads.AutoConvertTypedString)
	cnquads.AutoConvertTypedString = false
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r := cnquads.NewReader(bytes.NewReader(doc), false)
		for {
			_, err := r.ReadQuad()
			if err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	if n != benchQuads*b.N {
		b.Fatalf("read %d quads, want %d", n, benchQuads*b.N)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "quads/s")
}

// TestBenchDocumentIsValid keeps the benchmark honest: both readers must
// agree on every quad of the document.
func TestBenchDocumentIsValid(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 100k quads twice")
	}
	doc := benchDocument()
	got, errs := readAll(t, doc)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	want, err := readCayley(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != benchQuads || len(want) != benchQuads {
		t.Fatalf("got %d and %d quads, want %d", len(got), len(want), benchQuads)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("quad %d: got %#v, Cayley's reader %#v", i, got[i], want[i])
		}
	}
}
