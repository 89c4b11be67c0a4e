package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/schema"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "the graph for visualisation tools: GraphML, GEXF, GML, DOT, Cytoscape JSON, N-Quads, JSON-LD",
		UsageText: "claimgraph export --format FORMAT [-o FILE] [--statements edges|nodes] [filters]",
		Description: "Writes a projection of the graph that tools open well: people, organisations, countries,\n" +
			"demands and documents as nodes with label, type and colour; literal properties as node\n" +
			"attributes; statements as speaker → demand edges carrying stance (green supports, red\n" +
			"rejects, grey mentions), date, quotation, source document and provenance, or, with\n" +
			"--statements nodes, as nodes of their own. A statement about no demand is an edge from\n" +
			"its speaker to its source document.\n\n" +
			"Formats: graphml (yEd, Gephi, Cytoscape), gexf (Gephi), gml, dot (Graphviz), cyjs\n" +
			"(Cytoscape.js and Cytoscape desktop), and the raw quads behind the projection as nquads\n" +
			"or jsonld. Without --format the -o file's extension decides:\n  " + export.Extensions() + "\n\n" +
			"Filters keep the statements that match all of them, with the entities they connect;\n" +
			"--around keeps what lies within --depth edges of one entity. With -o the file is\n" +
			"replaced only when the whole export succeeded.",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "output `FORMAT`: " + export.FormatNames() + " (default: from the -o extension)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE`, atomically (default: standard output)"},
			&cli.StringFlag{Name: "statements", Value: "edges", Usage: "statements as `edges` (speaker → demand) or nodes"},
			&cli.StringFlag{Name: "demand", Usage: "only statements about this demand `ID` (e.g. no-ukraine-membership)"},
			&cli.StringFlag{Name: "speaker", Usage: "only statements by this person or actor `ID` (e.g. sergei-ryabkov, nato)"},
			&cli.StringFlag{Name: "doc", Usage: "only statements reported by this document `ID` (an article id)"},
			&cli.StringFlag{Name: "since", Usage: "only statements on or after this `DATE` (YYYY-MM-DD)"},
			&cli.StringFlag{Name: "until", Usage: "only statements on or before this `DATE` (YYYY-MM-DD)"},
			&cli.StringFlag{Name: "around", Usage: "only the neighbourhood of this entity `ID` (a slug, kind/slug or IRI)"},
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "with --around: how many edges `N` away, in either direction"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return withHint(fmt.Errorf("export takes no arguments, got %q", c.Args().First()),
					"write to a file with -o FILE")
			}
			out := c.String("output")
			format, err := exportFormat(c.String("format"), out)
			if err != nil {
				return err
			}
			mode, err := export.ParseStatementMode(c.String("statements"))
			if err != nil {
				return withHint(fmt.Errorf("--%w", err), "use --statements edges or --statements nodes")
			}
			opt := export.Options{
				Statements: mode,
				Demand:     c.String("demand"), Speaker: c.String("speaker"), Doc: c.String("doc"),
				Since: c.String("since"), Until: c.String("until"),
				Around: c.String("around"), Depth: c.Int("depth"),
			}
			if c.IsSet("depth") && opt.Around == "" {
				return withHint(errors.New("--depth without --around"), "--around ID --depth N keeps what lies within N edges of ID")
			}

			st, err := openStore(c, readOnly)
			if err != nil {
				return err
			}
			var quads []quad.Quad
			err = st.Quads(c.Context, func(q quad.Quad) error {
				quads = append(quads, q)
				return nil
			})
			if cerr := st.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}

			g, err := export.Project(quads, opt)
			if errors.Is(err, export.ErrNotFound) {
				if _, known := schema.DemandByID(opt.Demand); opt.Demand != "" && !known {
					return withHint(err, "demand ids: "+strings.Join(demandIDs(), ", "))
				}
				return withHint(err, "ids are slugs, the last segment of an entity IRI (sergei-ryabkov, nato, no-ukraine-membership); 'claimgraph who-said' lists statements with theirs")
			}
			if err != nil {
				return err
			}
			write := func(w io.Writer) error { return export.Write(w, g, format) }
			if out == "" {
				return write(c.App.Writer)
			}
			if err := export.WriteFileAtomic(out, write); err != nil {
				return err
			}
			if format == export.NQuads || format == export.JSONLD {
				fmt.Fprintf(c.App.Writer, "wrote %s: %s, %d quads\n", out, format, len(g.Quads))
			} else {
				fmt.Fprintf(c.App.Writer, "wrote %s: %s, %d nodes, %d edges\n", out, format, len(g.Nodes), len(g.Edges))
			}
			return nil
		},
	}
}

// exportFormat picks the format from --format or, failing that, from the
// output file's extension.
func exportFormat(name, out string) (export.Format, error) {
	hint := "formats: " + export.FormatNames() + "; with -o the extension can say it: " + export.Extensions()
	if name != "" {
		f, err := export.ParseFormat(name)
		if err != nil {
			return "", withHint(fmt.Errorf("unknown --format %q", name), hint)
		}
		return f, nil
	}
	if out == "" {
		return "", withHint(errors.New("no --format given"), hint)
	}
	f, ok := export.FormatOfPath(out)
	if !ok {
		return "", withHint(fmt.Errorf("cannot tell the format of %q from its extension", out),
			"give --format ("+strings.ReplaceAll(export.FormatNames(), ", ", "|")+") or name the file with one of "+export.Extensions())
	}
	return f, nil
}
