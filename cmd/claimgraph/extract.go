package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/extract"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "article files → N-Quads of who said what about which demand",
		ArgsUsage: "ARTICLE…",
		Description: "Reads each ARTICLE (UTF-8 text, optional front matter), finds its quotations and\n" +
			"reported positions with their speakers, demands, stances, dates and character spans,\n" +
			"and writes them as N-Quads labelled with the article's IRI: the article, the people and\n" +
			"actors it names and one statement per (speaker, demand) and per quotation. The rules\n" +
			"are data under --lexicon. With -o the file is written atomically; on error no file.",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE`, atomically (default: standard output)"},
			lexiconFlag(),
			&cli.StringFlag{Name: "cpuprofile", Hidden: true, Usage: "write a CPU profile of the command to `FILE`"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return withHint(errors.New("extract needs at least one ARTICLE"), "claimgraph extract data/articles/*.txt")
			}
			if p := c.String("cpuprofile"); p != "" {
				stop, err := startCPUProfile(p)
				if err != nil {
					return err
				}
				defer stop()
			}
			// One article at a time: the heap stays small and flat however
			// many there are, so the collector may let it grow 4× before it
			// runs (a third less GC work, and none while the lexicon loads);
			// with -o an error leaves no file.
			defer debug.SetGCPercent(debug.SetGCPercent(400))
			lex, err := loadLexicon(c)
			if err != nil {
				return err
			}
			write := func(w io.Writer) error {
				out := newBlockWriter(w)
				var r articleReader
				for _, path := range c.Args().Slice() {
					res, err := r.extract(path, lex)
					if err != nil {
						return inputError{err}
					}
					out.buf = res.AppendNQuads(out.buf)
					if err := out.flush(); err != nil {
						return err
					}
				}
				return out.close()
			}
			if out := c.String("output"); out != "" {
				err = export.WriteFileAtomic(out, write)
			} else {
				err = write(c.App.Writer)
			}
			// a bad article is the article's error, not the output file's
			if ie := (inputError{}); errors.As(err, &ie) {
				return ie.error
			}
			return err
		},
	}
}

// startCPUProfile profiles the process into the file at path until the
// function it returns is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// inputError marks an error of an input file met while writing the output.
type inputError struct{ error }

func (e inputError) Unwrap() error { return e.error }

// lexiconFlag is the directory of the extractor's data files.
func lexiconFlag() cli.Flag {
	return &cli.StringFlag{Name: "lexicon", Value: filepath.Join("data", "lexicon"), Usage: "`DIR` of the extractor's gazetteer and demand rules"}
}

func loadLexicon(c *cli.Context) (*extract.Lexicon, error) {
	dir := c.String("lexicon")
	if _, err := os.Stat(dir); err != nil {
		return nil, withHint(fmt.Errorf("lexicon: %w", err), "run from the repository root, or pass --lexicon DIR")
	}
	return extract.LoadLexicon(os.DirFS(dir))
}

// articleReader reads article files into one buffer that it reuses
// (ReadArticle copies what it keeps).
type articleReader struct{ buf []byte }

func (r *articleReader) extract(path string, lex *extract.Lexicon) (*extract.Result, error) {
	var err error
	if r.buf, err = readFileInto(r.buf, path); err != nil {
		return nil, err
	}
	a, err := extract.ReadArticle(path, r.buf)
	if err != nil {
		return nil, err
	}
	return extract.Extract(a, lex)
}
