package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func whoSaidCommand() *cli.Command {
	return &cli.Command{
		Name:  "who-said",
		Usage: "statements: who said what about which demand, with quotation, date and source",
		Description: "Lists the statements of the graph that match every filter given, oldest first.\n" +
			"Demand ids:\n  " + strings.Join(demandIDs(), "\n  ") + "\n" +
			"--format jsonl prints one object per statement with the keys doc, speaker, speaker_name,\n" +
			"demand, stance, quote, date and source (curated or extracted).",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "demand", Usage: "a demand `ID` (e.g. no-ukraine-membership)"},
			&cli.StringFlag{Name: "speaker", Usage: "a person slug or actor `ID` (e.g. sergei-ryabkov, nato)"},
			&cli.StringFlag{Name: "doc", Usage: "an article `ID`"},
			&cli.StringFlag{Name: "stance", Usage: "only this `STANCE`: supports, rejects or mentions"},
			&cli.StringFlag{Name: "since", Usage: "statements on or after this `DATE` (YYYY-MM-DD)"},
			&cli.StringFlag{Name: "until", Usage: "statements on or before this `DATE` (YYYY-MM-DD)"},
			&cli.StringFlag{Name: "source", Usage: "only this `SOURCE`: curated or extracted (default: both, less extracted rows that repeat a curated one)"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output `FORMAT`: table, jsonl or csv"},
		},
		Action: func(c *cli.Context) error {
			f := graph.Filter{
				Demand: c.String("demand"), Speaker: c.String("speaker"), Doc: c.String("doc"),
				Stance: c.String("stance"), Since: c.String("since"), Until: c.String("until"),
				Source: c.String("source"),
			}
			if err := checkFilter(f); err != nil {
				return err
			}
			write, ok := whoSaidWriters[c.String("format")]
			if !ok {
				return withHint(fmt.Errorf("unknown --format %q", c.String("format")), "use table, jsonl or csv")
			}
			st, err := openStore(c, readOnly)
			if err != nil {
				return err
			}
			defer st.Close()
			rows, err := st.WhoSaid(c.Context, f)
			if err != nil {
				return notFoundHint(err)
			}
			return write(c.App.Writer, rows)
		},
	}
}

func demandIDs() []string {
	ids := make([]string, len(schema.Demands))
	for i, d := range schema.Demands {
		ids[i] = d.ID
	}
	return ids
}

// checkFilter rejects ids and dates that cannot match anything.
func checkFilter(f graph.Filter) error {
	if f.Demand != "" {
		if _, ok := schema.DemandByID(f.Demand); !ok {
			return withHint(fmt.Errorf("unknown demand %q", f.Demand), "demand ids: "+strings.Join(demandIDs(), ", "))
		}
	}
	if f.Stance != "" && f.Stance != schema.StanceSupports && f.Stance != schema.StanceRejects && f.Stance != schema.StanceMentions {
		return withHint(fmt.Errorf("unknown stance %q", f.Stance), "use supports, rejects or mentions")
	}
	if f.Source != "" && f.Source != graph.SourceCurated && f.Source != graph.SourceExtracted {
		return withHint(fmt.Errorf("unknown --source %q", f.Source), "use curated or extracted")
	}
	for flag, d := range map[string]string{"since": f.Since, "until": f.Until} {
		if d == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return withHint(fmt.Errorf("--%s %q is not a date", flag, d), "dates are YYYY-MM-DD, e.g. 2021-12-17")
		}
	}
	return nil
}

func notFoundHint(err error) error {
	if nf, ok := err.(*graph.NotFoundError); ok && len(nf.Near) > 0 {
		return withHint(err, "did you mean "+strings.Join(nf.Near, ", ")+"?")
	}
	return err
}

var whoSaidWriters = map[string]func(io.Writer, []graph.Statement) error{
	"jsonl": writeJSONL,
	"csv":   writeCSV,
	"table": writeTable,
}

func writeJSONL(w io.Writer, rows []graph.Statement) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

func writeCSV(w io.Writer, rows []graph.Statement) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"date", "speaker", "speaker_name", "demand", "stance", "quote", "doc", "source"})
	for _, r := range rows {
		_ = cw.Write([]string{r.Date, r.Speaker, r.SpeakerName, r.Demand, r.Stance, r.Quote, r.Doc, r.Source})
	}
	cw.Flush()
	return cw.Error()
}

// writeTable prints a block per statement: a header line, then the quotation
// wrapped and indented, then its source.
func writeTable(w io.Writer, rows []graph.Statement) error {
	for i, r := range rows {
		if i > 0 {
			fmt.Fprintln(w)
		}
		date := r.Date
		if date == "" {
			date = "(undated)"
		}
		about := "(no demand)"
		if r.Demand != "" {
			about = r.Stance + " " + r.Demand
		}
		fmt.Fprintf(w, "%-10s  %s (%s) %s\n", date, r.SpeakerName, r.Speaker, about)
		q := r.Quote
		if r.Direct {
			q = "“" + q + "”"
		}
		for _, line := range wrap(q, 88) {
			fmt.Fprintf(w, "            %s\n", line)
		}
		fmt.Fprintf(w, "            — %s [%s]\n", r.Doc, r.Source)
	}
	fmt.Fprintf(w, "%d statements\n", len(rows))
	return nil
}

// wrap breaks s into lines of at most width runes, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, word := range strings.Fields(s) {
		l := len([]rune(word))
		if n > 0 && n+1+l > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, word)
		n += l
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}
