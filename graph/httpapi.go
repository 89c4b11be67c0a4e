package graph

import (
	"net/http"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/julienschmidt/httprouter"
)

// APIOptions configure Cayley's own HTTP API v2 over a store.
type APIOptions struct {
	// AllowWrites mounts a writer; without it the API is read-only.
	AllowWrites  bool
	QueryTimeout time.Duration
	QueryLimit   int
	// NotFound answers requests for routes the API does not have.
	NotFound http.Handler
}

// CayleyAPI returns Cayley's HTTP API v2 (query in Gizmo, GraphQL and MQL,
// read, formats; write and delete with AllowWrites) as a handler for paths
// under /api/v2/. It lives here so that only this package imports Cayley.
func (s *Store) CayleyAPI(o APIOptions) (http.Handler, error) {
	h := &cgraph.Handle{QuadStore: s.qs}
	if o.AllowWrites {
		// Options given explicitly: Cayley's defaults are package globals.
		qw, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
		if err != nil {
			return nil, err
		}
		h.QuadWriter = qw
	}
	api := cayleyhttp.NewAPIv2(h)
	api.SetReadOnly(!o.AllowWrites)
	api.SetQueryTimeout(o.QueryTimeout)
	api.SetQueryLimit(o.QueryLimit)
	r := httprouter.New()
	api.RegisterOn(r)
	if o.NotFound != nil {
		r.NotFound = o.NotFound
	}
	return r, nil
}
