package export

import (
	"fmt"
	"strings"
)

// around keeps the nodes of g within depth edges of the node named by id
// (taking edges in either direction) and the edges between them.
func around(g *Graph, id string, depth int) (*Graph, error) {
	start, err := findNode(g, id)
	if err != nil {
		return nil, err
	}
	adj := map[string][]string{}
	for _, e := range g.Edges {
		adj[e.Source] = append(adj[e.Source], e.Target)
		adj[e.Target] = append(adj[e.Target], e.Source)
	}
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if _, seen := dist[m]; !seen {
					dist[m] = d
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	out := &Graph{}
	for _, n := range g.Nodes {
		if _, ok := dist[n.ID]; ok {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		_, s := dist[e.Source]
		_, t := dist[e.Target]
		if s && t {
			out.Edges = append(out.Edges, e)
		}
	}
	return out, nil
}

// findNode resolves a user's id (node ID, slug or full IRI) to one node.
func findNode(g *Graph, id string) (string, error) {
	var found []string
	for _, n := range g.Nodes {
		if n.ID == id || n.IRI == id {
			return n.ID, nil
		}
		if matchesID(n.ID, id) {
			found = append(found, n.ID)
		}
	}
	switch len(found) {
	case 0:
		return "", &notFound{"entity", id}
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("around %q is ambiguous: %s (give the kind too, as in %s)",
		id, strings.Join(found, ", "), found[0])
}
