package graph_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// pathString renders a path as "a -p-> b <-q- c": the arrow follows the quad.
func pathString(p []graph.Step) string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 {
			if s.Reverse {
				b.WriteString(" <-" + s.Predicate + "- ")
			} else {
				b.WriteString(" -" + s.Predicate + "-> ")
			}
		}
		b.WriteString(s.Node.ID)
	}
	return b.String()
}

func TestShortestPaths(t *testing.T) {
	cases := []struct {
		name            string
		from, to        string
		maxDepth, limit int
		want            []string
	}{
		{"person to person through an article", "sergei-ryabkov", "jens-stoltenberg", 0, 0,
			[]string{"sergei-ryabkov <-speaker- a2-x01 -source-> a2 <-source- a2-01 -speaker-> jens-stoltenberg"}},
		{"every shortest path, not just one", "sergei-ryabkov", "nato", 0, 0, []string{
			"sergei-ryabkov <-speaker- a1-01 -demand-> no-ukraine-membership <-demand- a2-02 -speaker-> nato",
			"sergei-ryabkov <-speaker- a2-x01 -demand-> no-ukraine-membership <-demand- a2-02 -speaker-> nato",
			"sergei-ryabkov <-speaker- a2-x01 -source-> a2 <-source- a2-02 -speaker-> nato",
		}},
		{"limit bounds the answer", "sergei-ryabkov", "nato", 0, 2, []string{
			"sergei-ryabkov <-speaker- a1-01 -demand-> no-ukraine-membership <-demand- a2-02 -speaker-> nato",
			"sergei-ryabkov <-speaker- a2-x01 -demand-> no-ukraine-membership <-demand- a2-02 -speaker-> nato",
		}},
		{"the other way round", "jens-stoltenberg", "sergei-ryabkov", 0, 0,
			[]string{"jens-stoltenberg <-speaker- a2-01 -source-> a2 <-source- a2-x01 -speaker-> sergei-ryabkov"}},
		{"one hop", "a2-02", "nato", 0, 0, []string{"a2-02 -speaker-> nato"}},
		{"an entity to itself", "nato", "nato", 0, 0, []string{"nato"}},
		{"too far for max depth", "sergei-ryabkov", "jens-stoltenberg", 3, 0, []string{}},
		{"no link at all", "ned-price", "nato", 0, 0, []string{}},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st, _ := openLoaded(t, b)
			ctx := context.Background()
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					paths, err := st.ShortestPaths(ctx, c.from, c.to, c.maxDepth, c.limit)
					if err != nil {
						t.Fatal(err)
					}
					got := []string{}
					for _, p := range paths {
						got = append(got, pathString(p))
					}
					if !reflect.DeepEqual(got, c.want) {
						t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
					}
				})
			}
			t.Run("steps carry their nodes", func(t *testing.T) {
				paths, err := st.ShortestPaths(ctx, "a2-02", "nato", 0, 0)
				if err != nil || len(paths) != 1 {
					t.Fatal(paths, err)
				}
				if n := paths[0][1].Node; n.Label != "NATO" || n.Type != graph.TypeOrganization {
					t.Errorf("got %+v", n)
				}
			})
			t.Run("unknown ends are not found", func(t *testing.T) {
				for _, ends := range [][2]string{{"nobody", "nato"}, {"nato", "nobody"}} {
					_, err := st.ShortestPaths(ctx, ends[0], ends[1], 0, 0)
					var nf *graph.NotFoundError
					if !errors.As(err, &nf) || nf.ID != "nobody" {
						t.Errorf("%v: got %v", ends, err)
					}
				}
			})
		})
	}
}
