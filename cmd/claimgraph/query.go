package main

import (
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/graph"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a query in one of Cayley's languages (Gizmo, GraphQL, MQL)",
		ArgsUsage: "QUERY|-",
		Description: "Runs QUERY (or standard input with -) against the graph and prints one JSON value\n" +
			"per result. Gizmo is ES5 JavaScript: g.V(\"<https://w3id.org/claimgraph/person/sergei-ryabkov>\")\n" +
			"  .In(\"<https://w3id.org/claimgraph/vocab#speaker>\").Out(\"<https://w3id.org/claimgraph/vocab#quote>\").All()",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "lang", Value: "gizmo", Usage: "`gizmo`, graphql or mql"},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "`N` results at most (0: all)"},
			&cli.DurationFlag{Name: "timeout", Value: 0, Usage: "give up after this `DURATION` (e.g. 10s; 0: never)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return withHint(errors.New("query takes exactly one QUERY argument"), "quote the query, or pass - and write it to standard input")
			}
			q := c.Args().First()
			if q == "-" {
				b, err := io.ReadAll(c.App.Reader)
				if err != nil {
					return err
				}
				q = string(b)
			}
			lang := strings.ToLower(c.String("lang"))
			st, err := openStore(c, readOnly)
			if err != nil {
				return err
			}
			defer st.Close()
			enc := json.NewEncoder(c.App.Writer)
			enc.SetEscapeHTML(false)
			return st.Query(c.Context, lang, q, graph.QueryOptions{Limit: c.Int("limit"), Timeout: c.Duration("timeout")}, func(v any) error {
				return enc.Encode(v)
			})
		},
	}
}
