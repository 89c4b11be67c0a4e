package gen_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/internal/gen"
	"github.com/claimgraph/claimgraph/schema"
)

// memGraph is an empty database: with it, Validate requires every
// referenced entity to be defined in the corpus itself.
type memGraph struct{}

func (memGraph) Describe(context.Context, quad.Value) ([]quad.Quad, error) { return nil, nil }

func generate(t *testing.T, n int, seed uint64) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gen.Write(&b, gen.Options{Quads: n, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCorpusHasExactlyNQuadsThatFitTheSchema(t *testing.T) {
	sizes := []int{gen.MinQuads, gen.MinQuads + 1, 30, 57, 100, 1000, 4321, 20000}
	for _, n := range sizes {
		for seed := uint64(1); seed <= 3; seed++ {
			out := generate(t, n, seed)
			quads, syntax, err := schema.Read("gen.nq", bytes.NewReader(out))
			if err != nil || len(syntax) > 0 {
				t.Fatalf("n=%d seed=%d: %v %v", n, seed, err, syntax)
			}
			if len(quads) != n {
				t.Errorf("n=%d seed=%d: %d quads", n, seed, len(quads))
			}
			vs, err := schema.Validate(context.Background(), quads, memGraph{})
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range vs {
				if i < 5 {
					t.Errorf("n=%d seed=%d: %s", n, seed, v)
				}
			}
		}
	}
}

func TestSameSeedSameCorpus(t *testing.T) {
	a, b := generate(t, 5000, 42), generate(t, 5000, 42)
	if !bytes.Equal(a, b) {
		t.Error("two runs with seed 42 differ")
	}
	if c := generate(t, 5000, 43); bytes.Equal(a, c) {
		t.Error("seeds 42 and 43 gave the same corpus")
	}
}

func TestCorpusHasTheAdvertisedShape(t *testing.T) {
	out := string(generate(t, 200000, 1))
	count := func(s string) int { return strings.Count(out, s) }
	rare := count("/demand/" + gen.RareDemand + "> <https://w3id.org/claimgraph/doc/")
	hot := count("/demand/" + gen.HotDemand + "> <https://w3id.org/claimgraph/doc/")
	// About 20 rare statements per 200,000 quads (100 per million), and the
	// hot demand far ahead; the exact numbers depend on the seed.
	if rare < 5 || rare > 60 || hot < 50*rare {
		t.Errorf("rare %d, hot %d statements (extracted)", rare, hot)
	}
	if count("Рябков") == 0 || count("Jürgen") == 0 {
		t.Error("no non-ASCII names")
	}
}
