package graph

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/mql"
	"github.com/cayleygraph/quad"
)

// Languages lists the query languages Query accepts.
func Languages() []string {
	ls := query.Languages()
	sort.Strings(ls)
	return ls
}

// QueryOptions bound a raw query.
type QueryOptions struct {
	Limit   int           // results at most; 0: no limit
	Timeout time.Duration // 0: none beyond ctx
}

// Query runs a query in one of Cayley's languages (gizmo, graphql, mql) and
// calls fn with each result, collated as JSON-ready values.
func (s *Store) Query(ctx context.Context, lang, q string, opts QueryOptions, fn func(any) error) error {
	if query.GetLanguage(lang) == nil {
		return fmt.Errorf("unknown query language %q (have %v)", lang, Languages())
	}
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	it, err := query.Execute(ctx, s.qs, lang, q, query.Options{Collation: query.JSON, Limit: opts.Limit})
	if err != nil {
		return fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
		n++
		if opts.Limit > 0 && n >= opts.Limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("%s query: %w", lang, err)
	}
	return ctx.Err()
}

// Describe returns every quad whose subject is s (schema.Graph).
func (s *Store) Describe(ctx context.Context, subject quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(subject)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.qs.Quad(it.Result()))
	}
	return out, it.Err()
}
