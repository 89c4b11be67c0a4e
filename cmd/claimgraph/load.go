package main

import (
	"errors"
	"fmt"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"
)

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "validate N-Quads files, then load them atomically: all of the call's quads or none",
		ArgsUsage: "FILE…",
		Description: "Validates the files against the schema and the graph (as 'validate --db' does) and\n" +
			"loads every quad in one transaction. Quads already in the graph are skipped, so loading\n" +
			"the same file twice changes nothing. On any violation nothing is loaded.\n" +
			"The database is created when it does not exist.",
		Flags: []cli.Flag{dbFlag()},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return withHint(errors.New("load needs at least one FILE"), "claimgraph load my-triples.nq")
			}
			quads, syntax, err := readFiles(c.Args().Slice())
			if err != nil {
				return err
			}
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := checkQuads(c, quads, syntax, st); err != nil {
				return err
			}
			plain := make([]quad.Quad, len(quads))
			for i, l := range quads {
				plain[i] = l.Quad
			}
			stats, err := st.Load(c.Context, plain)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "loaded %d quads into %s (%d already there)\n", stats.Added, st.Location(), stats.Present)
			return nil
		},
	}
}
