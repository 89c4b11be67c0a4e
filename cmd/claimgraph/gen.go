package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/internal/gen"
)

func genCommand() *cli.Command {
	return &cli.Command{
		Name:  "gen",
		Usage: "write a synthetic claims graph of N valid quads, for load and query benchmarks",
		Description: "Writes exactly N quads that fit the schema: articles with 3–20 statements each,\n" +
			"speakers drawn from a pool that recurs with a heavy tail, demands skewed so that\n" +
			gen.HotDemand + " is hot and " + gen.RareDemand + " rare (about 100 statements per\n" +
			"million quads), long quotations and names with accents and in Cyrillic. The same\n" +
			"--seed and -n give the same file. Without -o the quads go to standard output.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "n", Value: 1_000_000, Usage: "write exactly `N` quads"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random `SEED`; the same seed gives the same corpus"},
			&cli.StringFlag{Name: "o", Usage: "write to `FILE` (replaced whole, never half-written)"},
		},
		Action: func(c *cli.Context) error {
			opts := gen.Options{Quads: c.Int("n"), Seed: c.Uint64("seed")}
			if opts.Quads < gen.MinQuads {
				return withHint(fmt.Errorf("-n %d is too small", opts.Quads), fmt.Sprintf("a corpus needs at least %d quads", gen.MinQuads))
			}
			out := c.String("o")
			if out == "" {
				return gen.Write(c.App.Writer, opts)
			}
			return export.WriteFileAtomic(out, func(w io.Writer) error { return gen.Write(w, opts) })
		},
	}
}
