package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// subjectQuads returns the quads whose subject is the node ref, reading
// their values in one batch. Cayley's Quad(ref) looks up all four values of
// each quad on its own (on bolt: one read transaction and four log reads per
// quad); a statement's eleven quads share their subject, label and most
// predicates, so the batch reads about half as many values in one go.
//
// Quads read ahead by prefetch (PostgreSQL) come from ctx.
func (s *Store) subjectQuads(ctx context.Context, ref cgraph.Ref) ([]quad.Quad, error) {
	if qs, ok := prefetched(ctx, ref); ok {
		return qs, nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var prims []cgraph.Ref
	for it.Next(ctx) {
		prims = append(prims, it.Result())
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	index := map[any]int{}
	var refs []cgraph.Ref
	dirs := make([][4]int, len(prims))
	for i, p := range prims {
		for d, dir := range quad.Directions {
			r := s.qs.QuadDirection(p, dir)
			if r == nil {
				dirs[i][d] = -1
				continue
			}
			k := r.Key()
			j, ok := index[k]
			if !ok {
				j = len(refs)
				index[k] = j
				refs = append(refs, r)
			}
			dirs[i][d] = j
		}
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, len(prims))
	for i := range prims {
		for d, dir := range quad.Directions {
			if j := dirs[i][d]; j >= 0 {
				out[i].Set(dir, vals[j])
			}
		}
	}
	return out, nil
}
