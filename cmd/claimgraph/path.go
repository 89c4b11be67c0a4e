package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/graph"
)

func pathCommand() *cli.Command {
	return &cli.Command{
		Name:      "path",
		Usage:     "how two entities are connected: the shortest paths through statements, documents, organisations",
		ArgsUsage: "FROM TO",
		UsageText: "claimgraph path [--max-depth N] [--limit N] [--format text|jsonl] FROM TO",
		Description: "Finds every shortest path between FROM and TO (at most --limit of them), following links\n" +
			"in both directions: a person to their statements, a statement to its demand and its\n" +
			"source, a person to their organisation… FROM and TO are ids: a slug (sergei-ryabkov,\n" +
			"nato, no-ukraine-membership, an article id, a statement id), kind/slug (doc/a1) or an IRI.\n" +
			"The same query answers the server's /api/path.\n\n" +
			"Text output shows each link as -predicate-> when its quad points forward along the\n" +
			"path and <-predicate- when it points back (a statement's speaker, seen from the speaker).\n" +
			"--format jsonl prints one object per path: {\"length\": N, \"steps\": [{\"node\": {\"id\",\n" +
			"\"iri\", \"type\", \"label\", \"props\"}, \"predicate\", \"reverse\"}, …]}.",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.IntFlag{Name: "max-depth", Value: graph.DefaultMaxDepth, Usage: "give up beyond `N` links (1–12)"},
			&cli.IntFlag{Name: "limit", Value: graph.DefaultPathLimit, Usage: "print at most `N` paths (1–100)"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "output `FORMAT`: text or jsonl"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				for _, a := range c.Args().Slice() {
					if strings.HasPrefix(a, "-") {
						return withHint(fmt.Errorf("path takes two ids, FROM and TO; got %d arguments", c.NArg()),
							"flags go before the ids: claimgraph path --format jsonl FROM TO")
					}
				}
				return withHint(fmt.Errorf("path takes two ids, FROM and TO; got %d arguments", c.NArg()),
					"e.g. claimgraph path sergei-ryabkov jens-stoltenberg")
			}
			from, to := c.Args().Get(0), c.Args().Get(1)
			maxDepth, limit := c.Int("max-depth"), c.Int("limit")
			if maxDepth < 1 || maxDepth > 12 {
				return withHint(fmt.Errorf("--max-depth %d: want 1 to 12", maxDepth), "paths through statements take 2 links per hop between actors")
			}
			if limit < 1 || limit > 100 {
				return fmt.Errorf("--limit %d: want 1 to 100", limit)
			}
			write, ok := pathWriters[c.String("format")]
			if !ok {
				return withHint(fmt.Errorf("unknown --format %q", c.String("format")), "use text or jsonl")
			}
			st, err := openStore(c, readOnly)
			if err != nil {
				return err
			}
			defer st.Close()
			paths, err := st.ShortestPaths(c.Context, from, to, maxDepth, limit)
			var nf *graph.NotFoundError
			if errors.As(err, &nf) {
				if len(nf.Near) > 0 {
					return notFoundHint(nf)
				}
				return withHint(err, "ids are slugs, the last segment of an entity IRI; 'claimgraph who-said' shows speakers', demands' and documents' ids")
			}
			if err != nil {
				return err
			}
			return write(c.App.Writer, from, to, maxDepth, paths)
		},
	}
}

var pathWriters = map[string]func(w io.Writer, from, to string, maxDepth int, paths [][]graph.Step) error{
	"text":  writePathsText,
	"jsonl": writePathsJSONL,
}

func writePathsText(w io.Writer, from, to string, maxDepth int, paths [][]graph.Step) error {
	if len(paths) == 0 {
		fmt.Fprintf(w, "no path from %s to %s within %d links\n", from, to, maxDepth)
		return nil
	}
	links := len(paths[0]) - 1
	noun := "paths"
	if len(paths) == 1 {
		noun = "path"
	}
	fmt.Fprintf(w, "%d shortest %s from %s to %s, %d links each\n", len(paths), noun, from, to, links)
	for i, p := range paths {
		fmt.Fprintf(w, "\npath %d\n", i+1)
		for _, s := range p {
			if s.Predicate != "" {
				arrow := "-" + s.Predicate + "->"
				if s.Reverse {
					arrow = "<-" + s.Predicate + "-"
				}
				fmt.Fprintf(w, "      %s\n", arrow)
			}
			fmt.Fprintf(w, "  %-12s %s  [%s]\n", s.Node.Type, s.Node.Label, s.Node.ID)
		}
	}
	return nil
}

func writePathsJSONL(w io.Writer, _, _ string, _ int, paths [][]graph.Step) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range paths {
		if err := enc.Encode(struct {
			Length int          `json:"length"`
			Steps  []graph.Step `json:"steps"`
		}{len(p) - 1, p}); err != nil {
			return err
		}
	}
	return nil
}
