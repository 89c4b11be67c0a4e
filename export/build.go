package export

import (
	"sort"

	"github.com/cayleygraph/quad"
)

// builder collects nodes and edges, merging repeated ones: the same relation
// asserted under two labels is one edge whose provenance names both.
type builder struct {
	nodes map[string]Node
	edges map[string]Edge
}

func newBuilder() *builder {
	return &builder{nodes: map[string]Node{}, edges: map[string]Edge{}}
}

func (b *builder) node(n Node) {
	if _, ok := b.nodes[n.ID]; !ok {
		b.nodes[n.ID] = n
	}
}

func (b *builder) edge(e Edge) {
	old, ok := b.edges[e.ID]
	if !ok {
		b.edges[e.ID] = e
		return
	}
	if p := e.Attr("provenance"); p != "" {
		attrs := newAttrSet()
		for _, a := range old.Attrs {
			attrs.add(a.Key, a.Value)
		}
		attrs.add("provenance", p)
		old.Attrs = attrs.attrs()
		b.edges[e.ID] = old
	}
}

func (b *builder) relation(from, to, rel string, label quad.Value, c Color) {
	b.edge(relationEdge(from, to, rel, label, c))
}

// relationEdge is the edge of one IRI-valued property.
func relationEdge(from, to, rel string, label quad.Value, c Color) Edge {
	e := Edge{
		ID:     from + " " + rel + " " + to,
		Source: from, Target: to, Relation: rel, Label: rel, Color: c,
	}
	if prov, _ := provenance(label); prov != "" {
		e.Attrs = []Attr{{"provenance", prov}}
	}
	return e
}

// graph returns the nodes and edges in their deterministic order. Edges
// whose ends are not both nodes are dropped.
func (b *builder) graph() *Graph {
	g := &Graph{}
	for _, n := range b.nodes {
		g.Nodes = append(g.Nodes, n)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	for _, e := range b.edges {
		if _, ok := b.nodes[e.Source]; !ok {
			continue
		}
		if _, ok := b.nodes[e.Target]; !ok {
			continue
		}
		g.Edges = append(g.Edges, e)
	}
	sortEdges(g.Edges)
	return g
}

func sortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		switch {
		case a.Source != b.Source:
			return a.Source < b.Source
		case a.Target != b.Target:
			return a.Target < b.Target
		case a.Relation != b.Relation:
			return a.Relation < b.Relation
		}
		return a.ID < b.ID
	})
}
