package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// LoadStats counts what a Load or Replace changed.
type LoadStats struct {
	Added   int // quads that were not in the store before
	Removed int // quads that Replace took out
	Present int // quads that were already there (duplicates are not errors)
}

// ignore makes adding an existing quad a no-op, explicitly rather than
// through Cayley's package-level defaults, which its own CLI overwrites.
var ignore = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// Load adds quads in one transaction: all of them land or none do. Quads
// already in the store are skipped, so loading the same file twice changes
// nothing. Quads must be valid (schema.Validate); Load does not check them.
func (s *Store) Load(ctx context.Context, quads []quad.Quad) (LoadStats, error) {
	var st LoadStats
	seen := make(map[quadKey]struct{}, len(quads))
	deltas := make([]cgraph.Delta, 0, len(quads))
	for _, q := range quads {
		k := keyOf(q)
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		if s.has(q) {
			st.Present++
			continue
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := ctx.Err(); err != nil {
		return LoadStats{}, err
	}
	if len(deltas) > 0 {
		if err := s.qs.ApplyDeltas(deltas, ignore); err != nil {
			return LoadStats{}, fmt.Errorf("load into %s: %w", s.loc, scrub(err, s.loc))
		}
	}
	st.Added = len(deltas)
	return st, nil
}

// Replace makes each label's quads the exact content of that label, in one
// transaction for all labels: quads of a label that are not in its new set are
// removed, the new ones added, the rest left alone. Re-extracting an article
// so replaces exactly that article's quads; other labels are untouched.
func (s *Store) Replace(ctx context.Context, sets map[quad.Value][]quad.Quad) (LoadStats, error) {
	var st LoadStats
	var deltas []cgraph.Delta
	for label, quads := range sets {
		want := make(map[quadKey]quad.Quad, len(quads))
		for _, q := range quads {
			q.Label = label
			want[keyOf(q)] = q
		}
		old, err := s.quadsWithLabel(ctx, label)
		if err != nil {
			return LoadStats{}, err
		}
		for _, q := range old {
			k := keyOf(q)
			if _, keep := want[k]; keep {
				delete(want, k)
				st.Present++
				continue
			}
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			st.Removed++
		}
		for _, q := range quads {
			q.Label = label
			k := keyOf(q)
			if _, add := want[k]; add {
				delete(want, k)
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
				st.Added++
			}
		}
	}
	if err := s.applyReplace(deltas); err != nil {
		return LoadStats{}, fmt.Errorf("replace in %s: %w", s.loc, scrub(err, s.loc))
	}
	return st, nil
}

// applyReplace applies additions, then removals, as two transactions. One
// transaction holding both corrupts the subject index of Cayley v0.7.7's kv
// stores when a node loses some quads and gains others (the node's index
// entry is rewritten from a read taken before the additions; measured in
// TestLoadIsIdempotentAndReplaceIsExact). When the removals fail, the
// additions are taken back, so the store ends as it was.
func (s *Store) applyReplace(deltas []cgraph.Delta) error {
	var adds, dels []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			adds = append(adds, d)
		} else {
			dels = append(dels, d)
		}
	}
	if len(adds) > 0 {
		if err := s.qs.ApplyDeltas(adds, ignore); err != nil {
			return err
		}
	}
	if len(dels) == 0 {
		return nil
	}
	err := s.qs.ApplyDeltas(dels, ignore)
	if err != nil && len(adds) > 0 {
		undo := make([]cgraph.Delta, len(adds))
		for i, d := range adds {
			undo[i] = cgraph.Delta{Quad: d.Quad, Action: cgraph.Delete}
		}
		if uerr := s.qs.ApplyDeltas(undo, ignore); uerr != nil {
			return fmt.Errorf("%w; undoing the additions failed too: %v", err, uerr)
		}
	}
	return err
}

// quadKey identifies a quad by the N-Quads form of its four values.
type quadKey [4]string

func keyOf(q quad.Quad) quadKey {
	var k quadKey
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			k[i] = v.String()
		}
	}
	return k
}

// has reports whether the store holds exactly q (label included).
func (s *Store) has(q quad.Quad) bool {
	sub := s.qs.ValueOf(q.Subject)
	if sub == nil {
		return false
	}
	for _, v := range []quad.Value{q.Predicate, q.Object, q.Label} {
		if v != nil && s.qs.ValueOf(v) == nil {
			return false
		}
	}
	it := s.qs.QuadIterator(quad.Subject, sub)
	defer it.Close()
	ctx := context.Background()
	want := keyOf(q)
	for it.Next(ctx) {
		if keyOf(s.qs.Quad(it.Result())) == want {
			return true
		}
	}
	return false
}

// quadsWithLabel lists the quads whose label is label.
func (s *Store) quadsWithLabel(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(label)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.qs.Quad(it.Result()))
	}
	return out, it.Err()
}

// Quads streams every quad of the store to fn, in the store's order, and
// stops at the first error fn returns.
func (s *Store) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(s.qs.Quad(it.Result())); err != nil {
			return err
		}
	}
	return it.Err()
}

// Count returns the number of quads in the store.
func (s *Store) Count(ctx context.Context) (int64, error) {
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, err
	}
	return st.Quads.Size, nil
}
