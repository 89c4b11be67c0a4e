package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check N-Quads files against the schema; report every violation",
		ArgsUsage: "FILE…",
		Description: "Reads each FILE as strict N-Quads and checks the quads, all files together, against\n" +
			"the schema: known predicates and classes, cardinality, datatypes (an xsd:date must be a\n" +
			"real day), the class of each object (a statement's speaker is a person or an actor),\n" +
			"closed value sets (stance), IRI forms and provenance labels. With an existing --db every\n" +
			"referenced entity must exist in the files or in the graph. Every violation is reported\n" +
			"with file:line, rule and the quad; the exit status is 1 when there is any.",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "`text` or json (an array of {file, line, rule, message, quad})"},
		},
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if format != "text" && format != "json" {
				return withHint(fmt.Errorf("unknown --format %q", format), "use text or json")
			}
			if c.NArg() == 0 {
				return withHint(errors.New("validate needs at least one FILE"), "claimgraph validate data/curated/*.nq")
			}
			var g schema.Graph
			st, err := openStore(c, readOnly)
			switch {
			case err == nil:
				defer st.Close()
				g = st
			case errors.Is(err, os.ErrNotExist) && !c.IsSet("db"):
				// no database yet: check the files on their own
			default:
				return err
			}
			quads, violations, err := readFiles(c.Args().Slice())
			if err != nil {
				return err
			}
			more, err := schema.Validate(c.Context, quads, g)
			if err != nil {
				return err
			}
			violations = append(violations, more...)
			schema.SortViolations(violations)
			if err := printViolations(c.App.Writer, format, violations); err != nil {
				return err
			}
			if len(violations) > 0 {
				fmt.Fprintf(c.App.ErrWriter, "claimgraph: %d violations in %d quads\n", len(violations), len(quads))
				return &exitError{code: 1}
			}
			if format == "text" {
				fmt.Fprintf(c.App.Writer, "ok: %d quads in %d files fit the schema\n", len(quads), c.NArg())
			}
			return nil
		},
	}
}

// readFiles reads N-Quads files; syntax errors come back as violations.
func readFiles(paths []string) ([]schema.Located, []schema.Violation, error) {
	var quads []schema.Located
	var violations []schema.Violation
	for _, p := range paths {
		qs, vs, err := schema.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		quads = append(quads, qs...)
		violations = append(violations, vs...)
	}
	return quads, violations, nil
}

func printViolations(w io.Writer, format string, vs []schema.Violation) error {
	if format == "json" {
		if vs == nil {
			vs = []schema.Violation{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(vs)
	}
	for _, v := range vs {
		fmt.Fprintf(w, "%s\n", v)
		if v.Quad != "" {
			fmt.Fprintf(w, "    %s\n", v.Quad)
		}
	}
	return nil
}

// checkQuads validates quads (with g, against the graph too) and turns
// violations into one error after printing them to stderr.
func checkQuads(c *cli.Context, quads []schema.Located, syntax []schema.Violation, g schema.Graph) error {
	vs, err := schema.Validate(c.Context, quads, g)
	if err != nil {
		return err
	}
	vs = append(syntax, vs...)
	schema.SortViolations(vs)
	if len(vs) == 0 {
		return nil
	}
	for _, v := range vs {
		fmt.Fprintf(c.App.ErrWriter, "claimgraph: %s\n", v)
	}
	return withHint(fmt.Errorf("%d schema violations; nothing was loaded", len(vs)),
		"'claimgraph validate FILE…' lists them with the offending quads")
}

var _ schema.Graph = (*graph.Store)(nil)
