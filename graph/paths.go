package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"
)

// Step is one node of a path and the link that led to it from the previous
// step (none for the first).
type Step struct {
	Node      Node   `json:"node"`
	Predicate string `json:"predicate,omitempty"` // local name of the link's predicate
	// Reverse is true when the link's quad points from this node back to the
	// previous one (a statement's speaker seen from the speaker's side).
	Reverse bool `json:"reverse,omitempty"`
}

// Path bounds used when the caller passes zero.
const (
	DefaultMaxDepth  = 6
	DefaultPathLimit = 10
)

// pred is how BFS reached a node: from which node, over which link.
type pred struct {
	from    quad.IRI
	pred    quad.IRI
	reverse bool
}

// ShortestPaths returns the shortest paths between the entities from and to
// name (see ResolveEntity), at most limit of them, each no longer than
// maxDepth links. Links are followed in both directions, through statements,
// documents, organisations and every other entity; literals and classes are
// not nodes. No path within maxDepth is an empty answer, not an error.
//
// The search is breadth-first, one layer at a time, each node's links read
// through the subject and object indexes; it stops at the layer that reaches
// to, so every path returned has the same, shortest length.
func (s *Store) ShortestPaths(ctx context.Context, from, to string, maxDepth, limit int) ([][]Step, error) {
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	if limit <= 0 {
		limit = DefaultPathLimit
	}
	sources, err := s.ResolveEntity(ctx, from)
	if err != nil {
		return nil, err
	}
	targets, err := s.ResolveEntity(ctx, to)
	if err != nil {
		return nil, err
	}
	isTarget := make(map[quad.IRI]bool, len(targets))
	for _, t := range targets {
		isTarget[t] = true
	}
	dist := make(map[quad.IRI]int)
	preds := make(map[quad.IRI][]pred)
	frontier := make([]quad.IRI, 0, len(sources))
	var reached []quad.IRI
	for _, src := range sources {
		if _, ok := dist[src]; ok {
			continue
		}
		dist[src] = 0
		frontier = append(frontier, src)
		if isTarget[src] {
			reached = append(reached, src)
		}
	}
	for d := 1; d <= maxDepth && len(reached) == 0 && len(frontier) > 0; d++ {
		var next []quad.IRI
		for _, n := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			ls, err := s.links(ctx, n)
			if err != nil {
				return nil, err
			}
			for _, l := range ls {
				dd, ok := dist[l.other]
				if ok && dd < d {
					continue
				}
				if !ok {
					dist[l.other] = d
					next = append(next, l.other)
					if isTarget[l.other] {
						reached = append(reached, l.other)
					}
				}
				p := pred{from: n, pred: l.pred, reverse: !l.out}
				if !containsPred(preds[l.other], p) {
					preds[l.other] = append(preds[l.other], p)
				}
			}
		}
		frontier = next
	}
	if len(reached) == 0 {
		return [][]Step{}, nil
	}
	sort.Slice(reached, func(i, j int) bool { return reached[i] < reached[j] })
	for _, ps := range preds {
		sort.Slice(ps, func(i, j int) bool {
			if ps[i].from != ps[j].from {
				return ps[i].from < ps[j].from
			}
			if ps[i].pred != ps[j].pred {
				return ps[i].pred < ps[j].pred
			}
			return !ps[i].reverse && ps[j].reverse
		})
	}

	// Walk back from each target to a source, collecting at most limit paths.
	type hop struct {
		iri quad.IRI
		via *pred
	}
	var raw [][]hop
	var walk func(n quad.IRI, tail []hop)
	walk = func(n quad.IRI, tail []hop) {
		if len(raw) >= limit {
			return
		}
		if dist[n] == 0 {
			p := make([]hop, 0, len(tail)+1)
			p = append(p, hop{iri: n})
			for i := len(tail) - 1; i >= 0; i-- {
				p = append(p, tail[i])
			}
			raw = append(raw, p)
			return
		}
		for i := range preds[n] {
			pr := preds[n][i]
			if dist[pr.from] != dist[n]-1 {
				continue
			}
			walk(pr.from, append(tail, hop{iri: n, via: &pr}))
		}
	}
	for _, t := range reached {
		walk(t, nil)
	}

	nodes := make(map[quad.IRI]Node)
	for _, p := range raw {
		for _, h := range p {
			if _, ok := nodes[h.iri]; ok {
				continue
			}
			n, _, err := s.describeNode(ctx, h.iri)
			if err != nil {
				return nil, err
			}
			nodes[h.iri] = n
		}
	}
	all := make([]Node, 0, len(nodes))
	for _, n := range nodes {
		all = append(all, n)
	}
	ids := nodeIDs(all)
	out := make([][]Step, 0, len(raw))
	for _, p := range raw {
		steps := make([]Step, len(p))
		for i, h := range p {
			n := nodes[h.iri]
			n.ID = ids[h.iri]
			steps[i] = Step{Node: n}
			if h.via != nil {
				steps[i].Predicate = localName(h.via.pred)
				steps[i].Reverse = h.via.reverse
			}
		}
		out = append(out, steps)
	}
	return out, nil
}

func containsPred(ps []pred, p pred) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}
