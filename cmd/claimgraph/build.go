package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/schema"
)

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:  "build",
		Usage: "the main job: validate the curated graph and the articles' statements and load them",
		Description: "Reads every *.nq file of --curated, validates everything together against the schema\n" +
			"(every referenced entity must be defined) and loads it into --db in one transaction.\n" +
			"Each provenance label is replaced as a whole: building again after editing the data\n" +
			"leaves exactly the new content, and quads loaded with 'load' under other labels stay.",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "curated", Value: filepath.Join("data", "curated"), Usage: "`DIR` of hand-curated *.nq files"},
			&cli.StringFlag{Name: "articles", Value: filepath.Join("data", "articles"), Usage: "`DIR` of article *.txt files"},
		},
		Action: func(c *cli.Context) error {
			files, err := nqFiles(c.String("curated"))
			if err != nil {
				return err
			}
			quads, syntax, err := readFiles(files)
			if err != nil {
				return err
			}
			// Everything the build loads is judged together, and nothing
			// outside it counts: a reference must be defined in the build.
			if err := checkQuads(c, quads, syntax, closedWorld{}); err != nil {
				return err
			}
			sets := map[quad.Value][]quad.Quad{}
			for _, l := range quads {
				sets[l.Quad.Label] = append(sets[l.Quad.Label], l.Quad)
			}
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			stats, err := st.Replace(c.Context, sets)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "curated: %d quads from %d files\n", len(quads), len(files))
			fmt.Fprintf(c.App.Writer, "built %s: %d quads added, %d removed, %d unchanged\n",
				st.Location(), stats.Added, stats.Removed, stats.Present)
			return nil
		},
	}
}

// nqFiles lists the *.nq files of dir, sorted.
func nqFiles(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.nq"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, withHint(fmt.Errorf("curated data: %w", err), "run from the repository root, or pass --curated DIR")
		}
		return nil, fmt.Errorf("no *.nq files in %q", dir)
	}
	sort.Strings(files)
	return files, nil
}

// closedWorld is a graph that knows nothing: validation against it requires
// every referenced entity to be defined in the input itself.
type closedWorld struct{}

func (closedWorld) Describe(context.Context, quad.Value) ([]quad.Quad, error) { return nil, nil }

var _ schema.Graph = closedWorld{}
