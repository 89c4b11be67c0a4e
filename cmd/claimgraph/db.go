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

// access says how a command uses the store.
type access int

const (
	readOnly  access = iota // questions: a bolt store is shared with other readers
	readWrite               // changes to an existing store
	create                  // changes, initialising the store when it is missing
)

// openStore opens the store named by --db for the given access.
func openStore(c *cli.Context, a access) (*graph.Store, error) {
	loc, err := graph.ParseLocation(c.String("db"))
	if err != nil {
		return nil, withHint(err, "--db takes a directory, memory or postgres://user@host:port/db")
	}
	st, err := graph.Open(c.Context, loc, graph.Options{Create: a == create, ReadOnly: a == readOnly})
	switch {
	case errors.Is(err, graph.ErrLocked):
		if a == readOnly {
			return nil, withHint(err, "a 'build' or 'load' is writing to this database; try again when it is done")
		}
		return nil, withHint(err, "another claimgraph (a 'serve'?) has this database open; stop it or use another --db")
	case errors.Is(err, os.ErrNotExist):
		return nil, withHint(err, "'claimgraph build' loads the bundled data into "+loc.String())
	}
	return st, err
}
