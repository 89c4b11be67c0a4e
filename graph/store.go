// Package graph is claimgraph's only door to Cayley: it opens a store (the
// embedded bolt store, the in-memory store or PostgreSQL through Cayley's SQL
// backend), loads quads atomically and idempotently (Load and Replace for
// quads in memory, LoadFiles streaming large files, validating them with
// package schema as it goes), and answers the canned path queries (who-said,
// neighbourhoods, shortest paths), Cayley's own query languages and its HTTP
// API.
//
// The rules of the schema live in package schema; graph knows nothing of
// articles or exports.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // the embedded default
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" writer
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Backend names, as Cayley registers them.
const (
	Bolt     = "bolt"
	Memory   = "memstore"
	Postgres = "postgres"
)

// ErrLocked is returned when another process holds the bolt store.
var ErrLocked = errors.New("database is in use by another process")

// Location says where a store lives: a backend and its address.
type Location struct {
	Backend string // Bolt, Memory or Postgres
	Addr    string // a directory for bolt, a connection URL for PostgreSQL, "" for memory
}

// String names the location without credentials, safe to print.
func (l Location) String() string {
	switch l.Backend {
	case Memory:
		return "memory"
	case Postgres:
		return redactURL(l.Addr)
	}
	return l.Addr
}

// ParseLocation reads the --db value of DESIGN.md: "memory" is the in-memory
// store, a postgres:// or postgresql:// URL is PostgreSQL, anything else is
// the directory of a bolt store.
func ParseLocation(db string) (Location, error) {
	switch {
	case db == "":
		return Location{}, errors.New("empty database location")
	case db == "memory":
		return Location{Backend: Memory}, nil
	case strings.HasPrefix(db, "postgres://"), strings.HasPrefix(db, "postgresql://"):
		u, err := url.Parse(db)
		if err != nil {
			return Location{}, fmt.Errorf("database URL %q: %v", redactURL(db), errors.Unwrap(err))
		}
		if u.Host == "" {
			return Location{}, fmt.Errorf("database URL %q names no host", redactURL(db))
		}
		return Location{Backend: Postgres, Addr: db}, nil
	case strings.Contains(db, "://"):
		scheme := db[:strings.Index(db, "://")]
		return Location{}, fmt.Errorf("unknown database scheme %q (use a directory, memory or postgres://…)", scheme)
	}
	return Location{Backend: Bolt, Addr: db}, nil
}

// redactURL hides the password of a connection URL.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "<unparsable URL>"
	}
	return u.Redacted()
}

// Options tune how a store is opened.
type Options struct {
	// Create initialises the store when it does not exist yet. Without it,
	// opening a missing store is an error wrapping os.ErrNotExist.
	Create bool
	// LockTimeout bounds the wait for a bolt store that another process holds.
	// Zero means two seconds.
	LockTimeout time.Duration
	// ReadOnly opens a bolt store for reading: any number of readers (a
	// 'serve' and a 'who-said') share it, while a writer waits for them.
	ReadOnly bool
}

// Store is an open Cayley quad store.
type Store struct {
	loc Location
	qs  cgraph.QuadStore
}

// Open opens (and with opts.Create, initialises) the store at loc.
func Open(ctx context.Context, loc Location, opts Options) (*Store, error) {
	quietCayley()
	copts := cgraph.Options{}
	switch loc.Backend {
	case Bolt:
		// The bloom filters cost ~550 MB per open and a rescan of the store;
		// duplicates are then found through the index instead (CAYLEY-NOTES.md).
		copts["no_bloom"] = true
	case Memory, Postgres:
	default:
		return nil, fmt.Errorf("unknown backend %q", loc.Backend)
	}
	if loc.Backend == Bolt {
		exists, err := storeExists(loc)
		if err != nil {
			return nil, err
		}
		if !exists {
			if !opts.Create {
				return nil, fmt.Errorf("no claimgraph database at %q (run 'claimgraph build' or 'load' first): %w", loc.String(), os.ErrNotExist)
			}
			if err := cgraph.InitQuadStore(loc.Backend, loc.Addr, copts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
				return nil, fmt.Errorf("initialise %s store %q: %w", loc.Backend, loc.String(), scrub(err, loc))
			}
		}
	}
	if loc.Backend == Postgres && opts.Create {
		if err := cgraph.InitQuadStore(loc.Backend, loc.Addr, copts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("initialise %s store %q: %w", loc.Backend, loc.String(), scrub(err, loc))
		}
	}
	var qs cgraph.QuadStore
	var err error
	if loc.Backend == Bolt {
		qs, err = openBolt(loc.Addr, opts)
	} else {
		qs, err = cgraph.NewQuadStore(loc.Backend, loc.Addr, copts)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s store %q: %w", loc.Backend, loc.String(), scrub(err, loc))
	}
	if loc.Backend == Postgres && !opts.Create {
		// Cayley's SQL store opens an empty database without complaint;
		// a missing quads table is a store that was never initialised.
		if _, err := qs.Stats(ctx, false); err != nil {
			qs.Close()
			if msg := err.Error(); strings.Contains(msg, "does not exist") || strings.Contains(msg, "no rows") {
				return nil, fmt.Errorf("no claimgraph database at %q (run 'claimgraph build' or 'load' first): %w", loc.String(), os.ErrNotExist)
			}
			return nil, fmt.Errorf("open %s store %q: %w", loc.Backend, loc.String(), scrub(err, loc))
		}
	}
	return &Store{loc: loc, qs: qs}, nil
}

// Close releases the store.
func (s *Store) Close() error { return s.qs.Close() }

// Location returns where the store lives.
func (s *Store) Location() Location { return s.loc }

// QuadStore exposes the Cayley store for query sessions and the HTTP API.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// storeExists reports whether loc already holds a store.
func storeExists(loc Location) (bool, error) {
	_, err := os.Stat(filepath.Join(loc.Addr, "indexes.bolt"))
	if err == nil {
		return true, nil
	}
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	return false, err
}

// openBolt opens the bolt file of a store directory itself rather than
// through Cayley's registry, which opens it read-write with no lock timeout
// (a second process would wait forever). bolt's own Timeout bounds the wait
// for the file lock, and read-only opens take a shared lock.
func openBolt(dir string, opts Options) (cgraph.QuadStore, error) {
	timeout := opts.LockTimeout
	if timeout == 0 {
		timeout = 2 * time.Second
	}
	db, err := hbolt.Open(filepath.Join(dir, "indexes.bolt"), &bolt.Options{Timeout: timeout, ReadOnly: opts.ReadOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%w (waited %s)", ErrLocked, timeout)
	}
	if err != nil {
		return nil, err
	}
	qs, err := ckv.New(db, cgraph.Options{"no_bloom": true})
	if err != nil {
		db.Close()
		return nil, err
	}
	return qs, nil
}

// scrub removes a connection URL's password from a backend error.
func scrub(err error, loc Location) error {
	if loc.Backend != Postgres || err == nil {
		return err
	}
	msg := strings.ReplaceAll(err.Error(), loc.Addr, loc.String())
	if u, perr := url.Parse(loc.Addr); perr == nil {
		if pw, ok := u.User.Password(); ok && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
		}
	}
	return errors.New(msg)
}
