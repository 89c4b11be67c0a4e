package main

import (
	"errors"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/graph"
)

// dbFlag is the --db flag every command takes (DESIGN.md): a directory is the
// embedded bolt store, "memory" the in-memory store, postgres://… PostgreSQL.
func dbFlag() cli.Flag {
	return &cli.StringFlag{
		Name:    "db",
		Value:   "claimgraph.db",
		EnvVars: []string{"CLAIMGRAPH_DB"},
		Usage:   "the graph: a bolt store `DIR`, memory, or a postgres://user@host:port/db URL",
	}
}

// openStore opens the store named by --db. create initialises a missing one.
func openStore(c *cli.Context, create bool) (*graph.Store, error) {
	loc, err := graph.ParseLocation(c.String("db"))
	if err != nil {
		return nil, withHint(err, "--db takes a directory, memory or postgres://user@host:port/db")
	}
	st, err := graph.Open(c.Context, loc, graph.Options{Create: create})
	switch {
	case errors.Is(err, graph.ErrLocked):
		return nil, withHint(err, "another claimgraph (a 'serve'?) has this database open; stop it or use another --db")
	case errors.Is(err, os.ErrNotExist):
		return nil, withHint(err, "'claimgraph build' loads the bundled data into "+loc.String())
	}
	return st, err
}
