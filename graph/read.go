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

// prefetch reads ahead the quads of the subjects refs; subjectQuads then
// takes them from the returned context, and the returned refs carry their
// values, so that NameOf costs nothing. On PostgreSQL that is one query
// (prefetchSQL); elsewhere one index scan per subject and one batch for
// the distinct values of all of them (a who-said row shares its predicates,
// label, speaker, demand and article with many others).
func (s *Store) prefetch(ctx context.Context, refs []cgraph.Ref) (context.Context, []cgraph.Ref, error) {
	if len(refs) == 0 {
		return ctx, refs, nil
	}
	if s.loc.Backend == Postgres {
		return s.prefetchSQL(ctx, refs)
	}
	prims := make([][]cgraph.Ref, len(refs))
	for i, r := range refs {
		it := s.qs.QuadIterator(quad.Subject, r)
		for it.Next(ctx) {
			prims[i] = append(prims[i], it.Result())
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, nil, err
		}
	}
	index := map[any]int{}
	var nodes []cgraph.Ref
	slot := func(r cgraph.Ref) int {
		if r == nil {
			return -1
		}
		k := r.Key()
		j, ok := index[k]
		if !ok {
			j = len(nodes)
			index[k] = j
			nodes = append(nodes, r)
		}
		return j
	}
	dirs := make([][][4]int, len(refs))
	for i, ps := range prims {
		dirs[i] = make([][4]int, len(ps))
		for j, p := range ps {
			for d, dir := range quad.Directions {
				dirs[i][j][d] = slot(s.qs.QuadDirection(p, dir))
			}
		}
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, nodes)
	if err != nil {
		return nil, nil, err
	}
	got := make(map[any][]quad.Quad, len(refs))
	out := make([]cgraph.Ref, len(refs))
	for i, r := range refs {
		if len(prims[i]) == 0 {
			got[r.Key()] = nil
			out[i] = r
			continue
		}
		qs := make([]quad.Quad, len(prims[i]))
		for j := range qs {
			for d, dir := range quad.Directions {
				if k := dirs[i][j][d]; k >= 0 {
					qs[j].Set(dir, vals[k])
				}
			}
		}
		f := cgraph.PreFetched(qs[0].Subject)
		got[f.Key()] = qs
		out[i] = f
	}
	return context.WithValue(ctx, prefetchKey{}, got), out, nil
}
