package export

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/jsonld" // registers the "jsonld" format
	_ "github.com/cayleygraph/quad/nquads" // registers the "nquads" format
)

// Format is an output format of Write.
type Format string

const (
	GraphML   Format = "graphml" // GraphML with yEd node and edge graphics
	GEXF      Format = "gexf"    // GEXF 1.2 (Gephi) with viz colours
	GML       Format = "gml"     // GML (Gephi, yEd, NetworkX)
	DOT       Format = "dot"     // Graphviz DOT
	Cytoscape Format = "cyjs"    // Cytoscape.js JSON: {"elements": {"nodes", "edges"}}
	NQuads    Format = "nquads"  // the raw quads behind the projection
	JSONLD    Format = "jsonld"  // the raw quads behind the projection, as JSON-LD
)

var formats = []struct {
	f       Format
	exts    []string
	aliases []string
}{
	{GraphML, []string{".graphml"}, nil},
	{GEXF, []string{".gexf"}, nil},
	{GML, []string{".gml"}, nil},
	{DOT, []string{".dot", ".gv"}, []string{"gv", "graphviz"}},
	{Cytoscape, []string{".cyjs", ".json"}, []string{"cytoscape", "json"}},
	{NQuads, []string{".nq"}, []string{"nq"}},
	{JSONLD, []string{".jsonld"}, []string{"json-ld"}},
}

// Formats lists the formats Write knows.
func Formats() []Format {
	out := make([]Format, len(formats))
	for i, f := range formats {
		out[i] = f.f
	}
	return out
}

// FormatNames is Formats as one comma-separated string, for messages.
func FormatNames() string {
	var s []string
	for _, f := range formats {
		s = append(s, string(f.f))
	}
	return strings.Join(s, ", ")
}

// ParseFormat returns the format with that name (or alias: gv, json…).
func ParseFormat(name string) (Format, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, f := range formats {
		if n == string(f.f) || contains(f.aliases, n) {
			return f.f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (formats: %s)", name, FormatNames())
}

// FormatOfPath returns the format a file name's extension stands for.
func FormatOfPath(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		if contains(f.exts, ext) {
			return f.f, true
		}
	}
	return "", false
}

// Extensions lists the file extensions FormatOfPath knows, for messages.
func Extensions() string {
	var s []string
	for _, f := range formats {
		s = append(s, f.exts...)
	}
	return strings.Join(s, " ")
}

// Write writes g in format f. The whole document is rendered before the
// first byte reaches w, so an error leaves w untouched.
func Write(w io.Writer, g *Graph, f Format) error {
	var buf bytes.Buffer
	var err error
	switch f {
	case GraphML:
		err = writeGraphML(&buf, g)
	case GEXF:
		err = writeGEXF(&buf, g)
	case GML:
		err = writeGML(&buf, g)
	case DOT:
		err = writeDOT(&buf, g)
	case Cytoscape:
		err = writeCytoscape(&buf, g)
	case NQuads, JSONLD:
		err = writeQuads(&buf, g.Quads, string(f))
	default:
		_, err = ParseFormat(string(f))
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", f, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// writeQuads writes raw quads with quad's registered writer for the format.
func writeQuads(w io.Writer, quads []quad.Quad, name string) error {
	qf := quad.FormatByName(name)
	if qf == nil || qf.Writer == nil {
		return fmt.Errorf("quad format %q is not registered", name)
	}
	qw := qf.Writer(w)
	if _, err := qw.WriteQuads(quads); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}
