// Package server serves a claimgraph store over HTTP: a read-only JSON API
// (who-said, entities and their neighbourhoods, shortest paths, positions,
// exports), Cayley's own HTTP API v2 for Gizmo, GraphQL and MQL queries, and
// the embedded web page that explores the graph.
//
// Every request runs under a time limit (Config.QueryTimeout), so a runaway
// query cannot hold the server. Nothing writes to the store unless
// Config.AllowWrites opens Cayley's write routes. The package does no query
// work of its own beyond collating answers: the queries live in package graph;
// its only Cayley imports are the HTTP API v2 and the handle it serves.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/graph"
)

// Defaults of Config.
const (
	DefaultAddr         = "127.0.0.1:8080"
	DefaultQueryTimeout = 10 * time.Second
)

// Config tunes a Server. The zero value serves read-only on DefaultAddr with
// DefaultQueryTimeout.
type Config struct {
	// Addr is the TCP address to listen on; port 0 picks a free port.
	Addr string
	// QueryTimeout bounds every API request, Cayley queries included.
	QueryTimeout time.Duration
	// AllowWrites mounts Cayley's write and delete routes. Off, they answer 403.
	AllowWrites bool
	// Log receives request failures (500s); nil discards them.
	Log *log.Logger
}

// Server is the HTTP face of one open store. Make it with New, then Listen
// and Serve (or use Handler with a server of your own).
type Server struct {
	store   *graph.Store
	cfg     Config
	handler http.Handler
	ln      net.Listener
}

// New makes a server for st. It does not listen yet.
func New(st *graph.Store, cfg Config) (*Server, error) {
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = DefaultQueryTimeout
	}
	if cfg.Log == nil {
		cfg.Log = log.New(io.Discard, "", 0)
	}
	s := &Server{store: st, cfg: cfg}
	h, err := s.routes()
	if err != nil {
		return nil, err
	}
	s.handler = h
	return s, nil
}

// Handler returns the server's routes, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Listen binds Config.Addr and returns the address bound (with the port
// chosen when Addr asked for port 0).
func (s *Server) Listen() (net.Addr, error) {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %q: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	return ln.Addr(), nil
}

// Serve answers requests until ctx is cancelled, then shuts down gracefully:
// it stops accepting, lets requests in flight finish (at most QueryTimeout
// plus a second) and returns nil. It calls Listen first if that has not been done.
func (s *Server) Serve(ctx context.Context) error {
	if s.ln == nil {
		if _, err := s.Listen(); err != nil {
			return err
		}
	}
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          s.cfg.Log,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.QueryTimeout+time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// routes wires every endpoint (Go 1.22 ServeMux patterns).
func (s *Server) routes() (http.Handler, error) {
	mux := http.NewServeMux()
	api := func(pattern string, h func(http.ResponseWriter, *http.Request) error) {
		mux.Handle(pattern, s.timed(s.jsonHandler(h)))
	}
	api("GET /api/who-said", s.whoSaid)
	api("GET /api/entity/{id...}", s.entity)
	api("GET /api/entities", s.entities)
	api("GET /api/path", s.path)
	api("GET /api/demands", s.demands)
	api("GET /api/positions", s.positions)
	api("GET /api/graph", s.overview)
	api("GET /api/export", s.export)
	api("/api/", func(w http.ResponseWriter, r *http.Request) error {
		if r.Method != http.MethodGet {
			get := r.Clone(r.Context())
			get.Method = http.MethodGet
			if _, pattern := mux.Handler(get); pattern != "/api/" {
				w.Header().Set("Allow", "GET, HEAD")
				return &apiError{status: http.StatusMethodNotAllowed, msg: fmt.Sprintf("%s takes GET, not %s", r.URL.Path, r.Method)}
			}
		}
		return &apiError{status: http.StatusNotFound, msg: fmt.Sprintf("no endpoint %s %s", r.Method, r.URL.Path)}
	})
	if err := s.mountCayley(mux); err != nil {
		return nil, err
	}
	if err := s.mountWeb(mux); err != nil {
		return nil, err
	}
	return securityHeaders(s.guard(mux)), nil
}

// guard refuses requests that another web site makes through the user's
// browser: a POST from a foreign Origin (a page cannot read a local answer,
// but it could post a Gizmo loop, or quads with --allow-writes), and, on a
// loopback address, a Host that is not loopback (DNS rebinding).
func (s *Server) guard(h http.Handler) http.Handler {
	host, _, _ := net.SplitHostPort(s.cfg.Addr)
	loopback := isLoopback(host)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if loopback {
			rh := r.Host
			if h, _, err := net.SplitHostPort(rh); err == nil {
				rh = h
			}
			if !isLoopback(rh) {
				writeJSON(w, http.StatusForbidden, errorBody{Error: fmt.Sprintf("host %q is not this machine: the server listens on a loopback address", r.Host)})
				return
			}
		}
		if origin := r.Header.Get("Origin"); origin != "" && r.Method != http.MethodGet && r.Method != http.MethodHead {
			if u, err := url.Parse(origin); err != nil || u.Host != r.Host {
				writeJSON(w, http.StatusForbidden, errorBody{Error: fmt.Sprintf("cross-origin %s from %q refused", r.Method, origin)})
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

// isLoopback reports whether host is "localhost" or a loopback IP.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// timed runs h under the query timeout.
func (s *Server) timed(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// securityHeaders keeps the page to its own origin's scripts and styles.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
		h.ServeHTTP(w, r)
	})
}
