package export

import (
	"bytes"
	"fmt"
	"strings"
)

// GML has no maintained Go writer for attributed graphs, and its rules are
// few: keys are letters and digits, strings are double-quoted ISO-8859-1
// with everything else as HTML character references (&quot; &amp; &#233;
// &#10;), which is what Gephi, yEd and NetworkX read. Node ids are integers
// (the position in the sorted node list); the string node ID is "nodeId".
// "multigraph 1" tells NetworkX that parallel edges (two statements by one
// speaker on one demand) are meant.

func writeGML(buf *bytes.Buffer, g *Graph) error {
	buf.WriteString("Creator \"claimgraph\"\ngraph [\n  directed 1\n  multigraph 1\n")
	index := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		index[n.ID] = i
		fmt.Fprintf(buf, "  node [\n    id %d\n", i)
		str := func(k, v string) {
			if v != "" {
				fmt.Fprintf(buf, "    %s %s\n", k, gmlString(v))
			}
		}
		str("label", n.Label)
		str("nodeId", n.ID)
		str("type", string(n.Type))
		str("color", n.Color.Hex())
		str("iri", n.IRI)
		for _, a := range n.Attrs {
			str(a.Key, a.Value)
		}
		fmt.Fprintf(buf, "    r %d\n    g %d\n    b %d\n", n.Color.R, n.Color.G, n.Color.B)
		fmt.Fprintf(buf, "    graphics [\n      type %s\n      fill %s\n      outline \"#333333\"\n      w %d.0\n      h 30.0\n    ]\n",
			gmlString(nodeShapes[n.Type]), gmlString(n.Color.Hex()), labelWidth(n.Label))
		buf.WriteString("  ]\n")
	}
	for _, e := range g.Edges {
		s, okS := index[e.Source]
		t, okT := index[e.Target]
		if !okS || !okT {
			return fmt.Errorf("edge %q: end not in the graph", e.ID)
		}
		fmt.Fprintf(buf, "  edge [\n    source %d\n    target %d\n", s, t)
		str := func(k, v string) {
			if v != "" {
				fmt.Fprintf(buf, "    %s %s\n", k, gmlString(v))
			}
		}
		str("label", e.Label)
		str("edgeId", e.ID)
		str("relation", e.Relation)
		str("color", e.Color.Hex())
		for _, a := range e.Attrs {
			str(a.Key, a.Value)
		}
		fmt.Fprintf(buf, "    r %d\n    g %d\n    b %d\n", e.Color.R, e.Color.G, e.Color.B)
		width := 1
		if e.Relation == RelationStatement {
			width = 2
		}
		fmt.Fprintf(buf, "    graphics [\n      fill %s\n      width %d\n      targetArrow \"standard\"\n    ]\n",
			gmlString(e.Color.Hex()), width)
		buf.WriteString("  ]\n")
	}
	buf.WriteString("]\n")
	return nil
}

// gmlString quotes s as a GML string: printable ASCII stays, '"' and '&'
// and everything else become character references.
func gmlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString("&quot;")
		case r == '&':
			b.WriteString("&amp;")
		case r >= 0x20 && r < 0x7F:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
