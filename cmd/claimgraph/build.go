package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/schema"
)

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:  "build",
		Usage: "the main job: validate the curated graph and the articles' statements and load them",
		Description: "Reads every *.nq file of --curated and extracts statements from every *.txt article\n" +
			"of --articles (with the lexicon of --lexicon), validates everything together against the\n" +
			"schema (every referenced entity must be defined) and loads it into --db. Each provenance\n" +
			"label (curated, or one article) is replaced as a whole: building again after editing the\n" +
			"data leaves exactly the new content; quads loaded with 'load' under other labels stay.\n" +
			"Nothing is loaded when anything fails to read, extract or validate.",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "curated", Value: filepath.Join("data", "curated"), Usage: "`DIR` of hand-curated *.nq files"},
			&cli.StringFlag{Name: "articles", Value: filepath.Join("data", "articles"), Usage: "`DIR` of article *.txt files"},
			&cli.StringFlag{Name: "lexicon", Value: filepath.Join("data", "lexicon"), Usage: "`DIR` of the extractor's lexicon"},
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
			extracted, articles, err := extractArticles(c.String("articles"), c.String("lexicon"))
			if err != nil {
				return err
			}
			curatedCount := len(quads)
			extracted = curatedWins(quads, extracted)
			quads = append(quads, extracted...)
			// Everything the build loads is judged together, and nothing
			// outside it counts: a reference must be defined in the build.
			if err := checkQuads(c, quads, syntax, closedWorld{}); err != nil {
				return err
			}
			sets := map[quad.Value][]quad.Quad{}
			for _, l := range quads {
				sets[l.Quad.Label] = append(sets[l.Quad.Label], l.Quad)
			}
			st, err := openStore(c, create)
			if err != nil {
				return err
			}
			defer st.Close()
			stats, err := st.Replace(c.Context, sets)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "curated: %d quads from %d files\n", curatedCount, len(files))
			fmt.Fprintf(c.App.Writer, "extracted: %d quads from %d articles\n", len(extracted), articles)
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

// extractArticles runs the extractor over every *.txt of dir. Extracted
// quads are located at their article (line 0: they come from no line of a
// quads file) so that a violation names the article.
func extractArticles(dir, lexDir string) ([]schema.Located, int, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, 0, err
	}
	if len(files) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, 0, withHint(fmt.Errorf("articles: %w", err), "run from the repository root, or pass --articles DIR")
		}
		return nil, 0, nil
	}
	lex, err := extract.LoadLexicon(os.DirFS(lexDir))
	if err != nil {
		return nil, 0, withHint(fmt.Errorf("lexicon %q: %w", lexDir, err), "pass --lexicon DIR")
	}
	sort.Strings(files)
	var out []schema.Located
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, 0, err
		}
		a, err := extract.ReadArticle(f, data)
		if err != nil {
			return nil, 0, err
		}
		res, err := extract.Extract(a, lex)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", f, err)
		}
		for _, q := range res.Quads() {
			out = append(out, schema.Located{Quad: q, File: f})
		}
	}
	return out, len(files), nil
}

// curatedWins drops the extracted quads about entities that the curated
// graph defines: where the extractor's description of a person, an actor or
// an article differs from the hand-curated one (a spelling, a publisher), the
// curated one is the graph's. Extracted statements are never dropped.
func curatedWins(curated, extracted []schema.Located) []schema.Located {
	defined := map[quad.Value]bool{}
	for _, l := range curated {
		if l.Quad.Predicate == schema.Type {
			defined[l.Quad.Subject] = true
		}
	}
	out := extracted[:0]
	for _, l := range extracted {
		if !defined[l.Quad.Subject] {
			out = append(out, l)
		}
	}
	return out
}

// closedWorld is a graph that knows nothing: validation against it requires
// every referenced entity to be defined in the input itself.
type closedWorld struct{}

func (closedWorld) Describe(context.Context, quad.Value) ([]quad.Quad, error) { return nil, nil }

var _ schema.Graph = closedWorld{}
