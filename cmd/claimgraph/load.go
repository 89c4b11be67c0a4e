package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/claimgraph/claimgraph/graph"
)

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "validate N-Quads files, then load them atomically: all of the call's quads or none",
		ArgsUsage: "FILE…",
		Description: "Validates the files against the schema and the graph (as 'validate --db' does) and\n" +
			"loads every quad, streaming: memory does not grow with the files. Quads already in the\n" +
			"graph are skipped, so loading the same file twice changes nothing. On any violation\n" +
			"nothing is loaded, and an interrupted load leaves the graph as it was.\n" +
			"The database is created when it does not exist. On a terminal a progress bar shows\n" +
			"quads/s and the time left (--quiet turns it off).",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return withHint(errors.New("load needs at least one FILE"), "claimgraph load my-triples.nq")
			}
			st, err := openStore(c, create)
			if err != nil {
				return err
			}
			defer st.Close()
			if os.Getenv("GOMEMLIMIT") == "" {
				// The loader's live heap stays near 300 MB even at 5M quads;
				// without a limit the garbage collector lets the process grow
				// to twice that (BENCHMARKS.md).
				debug.SetMemoryLimit(loadMemoryLimit)
			}
			opts := graph.BulkOptions{}
			if !c.Bool("quiet") && isTerminal(c.App.Writer) {
				opts.Progress = &bar{w: c.App.ErrWriter}
			}
			stats, vs, err := st.LoadFiles(c.Context, c.Args().Slice(), opts)
			if err != nil {
				return err
			}
			if len(vs) > 0 {
				for _, v := range vs {
					fmt.Fprintf(c.App.ErrWriter, "claimgraph: %s\n", v)
				}
				return withHint(fmt.Errorf("%d schema violations; nothing was loaded", len(vs)),
					"'claimgraph validate FILE…' lists them with the offending quads")
			}
			fmt.Fprintf(c.App.Writer, "loaded %d quads into %s (%d already there)\n", stats.Added, st.Location(), stats.Present)
			return nil
		},
	}
}

// loadMemoryLimit is load's soft memory limit unless GOMEMLIMIT sets one.
const loadMemoryLimit = 400 << 20

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// bar shows a load's progress with github.com/schollz/progressbar/v3: bytes
// while the files are checked, then quads/s and the time left while loading.
type bar struct {
	w io.Writer
	b *progressbar.ProgressBar
}

func (p *bar) Start(phase string, total int64) {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription(fmt.Sprintf("%-8s", phase)),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(p.w) }),
	}
	if phase == "loading" {
		opts = append(opts, progressbar.OptionShowIts(), progressbar.OptionSetItsString("quads"))
	} else {
		opts = append(opts, progressbar.OptionShowBytes(true))
	}
	p.b = progressbar.NewOptions64(total, opts...)
	// Start the clocks now: the first Add comes a chunk later, and the bar
	// would otherwise time its rate from that Add.
	p.b.StartWithoutRender()
	_ = p.b.RenderBlank()
}

func (p *bar) Add(n int64) { _ = p.b.Add64(n) }

func (p *bar) Finish() { _ = p.b.Finish() }
