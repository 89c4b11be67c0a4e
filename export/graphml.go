package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"unicode/utf8"
)

// GraphML has no Go library that writes yEd's extensions, so the document
// is written here, every text through encoding/xml's escaping. Nodes carry
// plain data keys (label, type, color, r, g, b, iri and the literal
// properties) that Gephi, Cytoscape and NetworkX read, and a yEd
// y:ShapeNode (fill, shape, label, a grid position) so yEd shows them
// without a mapping step; edges carry a y:PolyLineEdge with the stance's
// colour and label.

const graphMLHeader = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
`

// nodeShapes are the shapes per node type, by their yEd names (GML viewers
// take the same names).
var nodeShapes = map[NodeType]string{
	TypePerson:       "ellipse",
	TypeOrganization: "roundrectangle",
	TypeCountry:      "hexagon",
	TypeDemand:       "diamond",
	TypeArticle:      "rectangle",
	TypeDocument:     "parallelogram",
	TypeStatement:    "octagon",
	TypeOther:        "ellipse",
}

func writeGraphML(buf *bytes.Buffer, g *Graph) error {
	buf.WriteString(graphMLHeader)
	buf.WriteString(`  <key id="ng" for="node" yfiles.type="nodegraphics"/>` + "\n")
	buf.WriteString(`  <key id="eg" for="edge" yfiles.type="edgegraphics"/>` + "\n")
	nodeKeys := append([]string{"label", "type", "color", "iri"}, g.NodeAttrKeys()...)
	edgeKeys := append([]string{"label", "relation", "color"}, g.EdgeAttrKeys()...)
	for _, k := range nodeKeys {
		fmt.Fprintf(buf, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n", k, esc(k))
	}
	for _, c := range "rgb" {
		fmt.Fprintf(buf, "  <key id=\"n_%c\" for=\"node\" attr.name=\"%c\" attr.type=\"int\"/>\n", c, c)
	}
	for _, k := range edgeKeys {
		fmt.Fprintf(buf, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"string\"/>\n", k, esc(k))
	}
	for _, c := range "rgb" {
		fmt.Fprintf(buf, "  <key id=\"e_%c\" for=\"edge\" attr.name=\"%c\" attr.type=\"int\"/>\n", c, c)
	}
	buf.WriteString(`  <graph id="claimgraph" edgedefault="directed">` + "\n")
	cols := gridColumns(len(g.Nodes))
	for i, n := range g.Nodes {
		fmt.Fprintf(buf, "    <node id=\"%s\">\n", esc(n.ID))
		data := func(k, v string) {
			if v != "" {
				fmt.Fprintf(buf, "      <data key=\"n_%s\">%s</data>\n", k, esc(v))
			}
		}
		data("label", n.Label)
		data("type", string(n.Type))
		data("color", n.Color.Hex())
		data("iri", n.IRI)
		for _, a := range n.Attrs {
			data(a.Key, a.Value)
		}
		fmt.Fprintf(buf, "      <data key=\"n_r\">%d</data>\n      <data key=\"n_g\">%d</data>\n      <data key=\"n_b\">%d</data>\n",
			n.Color.R, n.Color.G, n.Color.B)
		w := labelWidth(n.Label)
		fmt.Fprintf(buf, "      <data key=\"ng\"><y:ShapeNode>"+
			"<y:Geometry height=\"30.0\" width=\"%d.0\" x=\"%d.0\" y=\"%d.0\"/>"+
			"<y:Fill color=\"%s\" transparent=\"false\"/>"+
			"<y:BorderStyle color=\"#333333\" type=\"line\" width=\"1.0\"/>"+
			"<y:NodeLabel>%s</y:NodeLabel>"+
			"<y:Shape type=\"%s\"/></y:ShapeNode></data>\n",
			w, (i%cols)*200, (i/cols)*80, n.Color.Hex(), esc(n.Label), nodeShapes[n.Type])
		buf.WriteString("    </node>\n")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(buf, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", esc(e.ID), esc(e.Source), esc(e.Target))
		data := func(k, v string) {
			if v != "" {
				fmt.Fprintf(buf, "      <data key=\"e_%s\">%s</data>\n", k, esc(v))
			}
		}
		data("label", e.Label)
		data("relation", e.Relation)
		data("color", e.Color.Hex())
		for _, a := range e.Attrs {
			data(a.Key, a.Value)
		}
		fmt.Fprintf(buf, "      <data key=\"e_r\">%d</data>\n      <data key=\"e_g\">%d</data>\n      <data key=\"e_b\">%d</data>\n",
			e.Color.R, e.Color.G, e.Color.B)
		width, style := "1.0", "dashed"
		if e.Relation == RelationStatement {
			width, style = "2.0", "line"
		}
		fmt.Fprintf(buf, "      <data key=\"eg\"><y:PolyLineEdge>"+
			"<y:LineStyle color=\"%s\" type=\"%s\" width=\"%s\"/>"+
			"<y:Arrows source=\"none\" target=\"standard\"/>"+
			"<y:EdgeLabel textColor=\"%s\">%s</y:EdgeLabel></y:PolyLineEdge></data>\n",
			e.Color.Hex(), style, width, e.Color.Hex(), esc(e.Label))
		buf.WriteString("    </edge>\n")
	}
	buf.WriteString("  </graph>\n</graphml>\n")
	return nil
}

// esc escapes s for XML text and attribute values; newlines and tabs become
// character references, so they survive attribute-value normalisation.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// labelWidth is a node width in yEd's units that fits the longest label line.
func labelWidth(label string) int {
	longest := 0
	for _, line := range strings.Split(label, "\n") {
		longest = max(longest, utf8.RuneCountInString(line))
	}
	return min(max(longest*8+20, 60), 400)
}

// gridColumns lays n nodes out in a square-ish grid, a starting point for
// the tools' own layouts.
func gridColumns(n int) int {
	c := 1
	for c*c < n {
		c++
	}
	return c
}
