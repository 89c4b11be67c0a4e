package server

import (
	"bytes"
	"context"
	"errors"
	"net/http"

	"github.com/claimgraph/claimgraph/graph"
)

// QueryLimit is the most results one Cayley query returns over HTTP.
const QueryLimit = 1000

// mountCayley serves Cayley's HTTP API v2 under /api/v2/: query (Gizmo,
// GraphQL, MQL), read and formats always; write, delete and node/delete only
// with Config.AllowWrites, and 403 otherwise. Writes through this API bypass
// claimgraph's schema validation, hence the explicit switch.
func (s *Server) mountCayley(mux *http.ServeMux) error {
	r, err := s.store.CayleyAPI(graph.APIOptions{
		AllowWrites:  s.cfg.AllowWrites,
		QueryTimeout: s.cfg.QueryTimeout,
		QueryLimit:   QueryLimit,
		NotFound: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusNotFound, errorBody{Error: "no Cayley API route " + r.Method + " " + r.URL.Path +
				" (have /api/v2/query, /api/v2/read, /api/v2/formats)"})
		}),
	})
	if err != nil {
		return err
	}
	mux.Handle("/api/v2/", s.timed(s.timeoutAware(r)))
	if !s.cfg.AllowWrites {
		refuse := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusForbidden, errorBody{Error: "this server is read-only; start it with 'claimgraph serve --allow-writes' to write through Cayley's API (or use 'claimgraph load', which validates)"})
		})
		for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
			mux.Handle(p, refuse)
		}
	}
	return nil
}

// timeoutAware buffers h's answer and, when the request's deadline passed
// while h ran, replaces it with a 503 that names the query timeout: Cayley
// reports a stopped query as a 400 "context deadline exceeded".
func (s *Server) timeoutAware(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := &bufferedWriter{header: http.Header{}}
		h.ServeHTTP(buf, r)
		if errors.Is(r.Context().Err(), context.DeadlineExceeded) {
			writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: s.timeoutMessage()})
			return
		}
		for k, v := range buf.header {
			w.Header()[k] = v
		}
		if buf.status == 0 {
			buf.status = http.StatusOK
		}
		w.WriteHeader(buf.status)
		_, _ = w.Write(buf.body.Bytes())
	})
}

// bufferedWriter is an http.ResponseWriter that keeps the answer in memory.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header { return b.header }
func (b *bufferedWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}
func (b *bufferedWriter) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}
