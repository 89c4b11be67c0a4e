package graph_test

import (
	"context"
	"errors"
	"reflect"
	"sort"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

func nodeIDs(g *graph.Subgraph) []string {
	out := []string{}
	for _, n := range g.Nodes {
		out = append(out, n.ID)
	}
	sort.Strings(out)
	return out
}

func edgeKeys(g *graph.Subgraph) []string {
	out := []string{}
	for _, e := range g.Edges {
		out = append(out, e.From+" "+e.Predicate+" "+e.To)
	}
	sort.Strings(out)
	return out
}

func TestNeighbourhood(t *testing.T) {
	cases := []struct {
		name  string
		id    string
		depth int
		nodes []string
		edges []string
	}{
		{"depth 0 is the entity alone", "sergei-ryabkov", 0, []string{"sergei-ryabkov"}, []string{}},
		{"depth 1 around a person is their statements", "sergei-ryabkov", 1,
			[]string{"a1-01", "a1-02", "a2-x01", "sergei-ryabkov"},
			[]string{"a1-01 speaker sergei-ryabkov", "a1-02 speaker sergei-ryabkov", "a2-x01 speaker sergei-ryabkov"}},
		{"depth 2 adds demands and sources", "sergei-ryabkov", 2,
			[]string{"a1", "a1-01", "a1-02", "a2", "a2-x01", "no-ukraine-membership", "sergei-ryabkov"},
			[]string{"a1-01 demand no-ukraine-membership", "a1-01 source a1", "a1-01 speaker sergei-ryabkov",
				"a1-02 source a1", "a1-02 speaker sergei-ryabkov",
				"a2-x01 demand no-ukraine-membership", "a2-x01 source a2", "a2-x01 speaker sergei-ryabkov"}},
		{"links are followed in both directions", "nato", 1,
			[]string{"a2-02", "jens-stoltenberg", "nato"},
			[]string{"a2-02 speaker nato", "jens-stoltenberg memberOf nato"}},
		{"a document by kind/slug", "doc/a1", 1,
			[]string{"a1", "a1-01", "a1-02"},
			[]string{"a1-01 source a1", "a1-02 source a1"}},
		{"a demand", "nato-open-door", 1,
			[]string{"a2-01", "nato-open-door"},
			[]string{"a2-01 demand nato-open-door"}},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st, _ := openLoaded(t, b)
			ctx := context.Background()
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					g, err := st.Neighbourhood(ctx, c.id, c.depth)
					if err != nil {
						t.Fatal(err)
					}
					if got := nodeIDs(g); !reflect.DeepEqual(got, c.nodes) {
						t.Errorf("nodes %v, want %v", got, c.nodes)
					}
					if got := edgeKeys(g); !reflect.DeepEqual(got, c.edges) {
						t.Errorf("edges %v, want %v", got, c.edges)
					}
				})
			}
			t.Run("nodes carry type, label and properties", func(t *testing.T) {
				g, err := st.Neighbourhood(ctx, "sergei-ryabkov", 1)
				if err != nil {
					t.Fatal(err)
				}
				byID := map[string]graph.Node{}
				for _, n := range g.Nodes {
					byID[n.ID] = n
				}
				p := byID["sergei-ryabkov"]
				if p.Type != graph.TypePerson || p.Label != "Sergei Ryabkov" || p.IRI != "https://w3id.org/claimgraph/person/sergei-ryabkov" {
					t.Errorf("person node %+v", p)
				}
				s := byID["a1-01"]
				if s.Type != graph.TypeStatement || s.Label != "Sergey Ryabkov: supports no-ukraine-membership" ||
					s.Props["quote"] != "We must exclude Ukraine from joining NATO." || s.Props["date"] != "2021-12-23" ||
					s.Props["demand"] != "no-ukraine-membership" || s.Props["source"] != "a1" {
					t.Errorf("statement node %+v", s)
				}
			})
			t.Run("unknown id suggests near ids", func(t *testing.T) {
				_, err := st.Neighbourhood(ctx, "ryabkov", 1)
				var nf *graph.NotFoundError
				if !errors.As(err, &nf) || !reflect.DeepEqual(nf.Near, []string{"sergei-ryabkov"}) {
					t.Errorf("got %v (%#v)", err, nf)
				}
			})
			t.Run("overview holds every entity", func(t *testing.T) {
				g, err := st.Overview(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if len(g.Nodes) != 13 || len(g.Edges) != 15 || g.Truncated {
					t.Errorf("overview: %d nodes %v, %d edges %v", len(g.Nodes), nodeIDs(g), len(g.Edges), edgeKeys(g))
				}
			})
		})
	}
}
