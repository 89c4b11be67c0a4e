package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/extract"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "measure the extractor against gold statements: P/R/F1, stance and quotation-speaker accuracy",
		Description: "Extracts every *.txt of --articles and compares the statements with the gold ones in the\n" +
			"*.nq files of --gold (statements grouped by their source article): precision, recall and\n" +
			"F1 on (article, speaker, demand) for statements about a demand, stance accuracy on the\n" +
			"tuples both have, and for each gold direct quotation whether the extracted row that\n" +
			"overlaps it most has the same speaker. Per article, with the misses listed.\n" +
			"The held-out set: --articles data/eval/articles --gold data/eval/gold.\n" +
			"With --against DIR, a second annotator's gold *.nq files take the extractor's place and the\n" +
			"same figures measure how far two annotators agree (no article is read).",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "articles", Value: filepath.Join("data", "articles"), Usage: "`DIR` of article *.txt files"},
			&cli.StringFlag{Name: "gold", Value: filepath.Join("data", "curated"), Usage: "`DIR` of gold *.nq files"},
			&cli.StringFlag{Name: "against", Usage: "score the gold *.nq files of `DIR` (a second annotator's) instead of the extractor"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "`table` or json"},
			lexiconFlag(),
		},
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if format != "table" && format != "json" {
				return withHint(fmt.Errorf("unknown --format %q", format), "use table or json")
			}
			lex, err := loadLexicon(c)
			if err != nil {
				return err
			}
			gold, err := readGoldDir(c.String("gold"), "--gold")
			if err != nil {
				return err
			}
			var ext []extract.Statement
			if dir := c.String("against"); dir != "" {
				if ext, err = readGoldDir(dir, "--against"); err != nil {
					return err
				}
				lex.CanonicalSpeakers(ext)
			} else {
				articles, err := globSorted(c.String("articles"), "*.txt", "--articles")
				if err != nil {
					return err
				}
				var r articleReader
				for _, path := range articles {
					res, err := r.extract(path, lex)
					if err != nil {
						return err
					}
					ext = append(ext, res.Statements...)
				}
			}
			lex.CanonicalSpeakers(gold)
			rep := extract.Evaluate(ext, gold)
			if format == "json" {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			return rep.WriteTable(c.App.Writer)
		},
	}
}

// readGoldDir reads the statements of every *.nq file of dir.
func readGoldDir(dir, flag string) ([]extract.Statement, error) {
	files, err := globSorted(dir, "*.nq", flag)
	if err != nil {
		return nil, err
	}
	var out []extract.Statement
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sts, err := extract.ReadGold(path, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, sts...)
	}
	return out, nil
}

// globSorted lists dir/pattern, sorted; none is an error naming the flag.
func globSorted(dir, pattern, flag string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, withHint(fmt.Errorf("no %s files in %q", pattern, dir), "run from the repository root, or pass "+flag+" DIR")
	}
	sort.Strings(files)
	return files, nil
}
