package graph

import "context"

// newPostgresSink takes a whole call in one transaction through Cayley's SQL
// write path.
func (s *Store) newPostgresSink(ctx context.Context) (sink, error) {
	return &txSink{s: s}, nil
}
