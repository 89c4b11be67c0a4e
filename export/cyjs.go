package export

import (
	"bytes"
	"encoding/json"

	"gonum.org/v1/gonum/graph/formats/cytoscapejs"
)

// Cytoscape.js JSON is marshalled from gonum's cytoscapejs types, the form
// with separate node and edge lists ({"elements": {"nodes": [...], "edges":
// [...]}}) that cytoscape({elements}) and Cytoscape desktop's "Import
// Network from File" take. Everything is in each element's data, keys sorted
// by encoding/json: label, type, color (hex), r, g, b, iri and the
// attributes; edges also relation and label. Element order is the
// projection's. Styling is left to the page or the user.

func writeCytoscape(buf *bytes.Buffer, g *Graph) error {
	doc := cytoscapejs.GraphNodeEdge{Elements: cytoscapejs.Elements{
		Nodes: make([]cytoscapejs.Node, 0, len(g.Nodes)),
		Edges: make([]cytoscapejs.Edge, 0, len(g.Edges)),
	}}
	for _, n := range g.Nodes {
		data := map[string]any{
			"label": n.Label, "type": string(n.Type), "color": n.Color.Hex(),
			"r": n.Color.R, "g": n.Color.G, "b": n.Color.B,
		}
		if n.IRI != "" {
			data["iri"] = n.IRI
		}
		for _, a := range n.Attrs {
			data[a.Key] = a.Value
		}
		doc.Elements.Nodes = append(doc.Elements.Nodes, cytoscapejs.Node{
			Data:    cytoscapejs.NodeData{ID: n.ID, Attributes: data},
			Classes: string(n.Type),
		})
	}
	for _, e := range g.Edges {
		data := map[string]any{
			"label": e.Label, "relation": e.Relation, "color": e.Color.Hex(),
			"r": e.Color.R, "g": e.Color.G, "b": e.Color.B,
		}
		for _, a := range e.Attrs {
			data[a.Key] = a.Value
		}
		classes := e.Relation
		if s := e.Attr("stance"); s != "" && e.Relation == RelationStatement {
			classes += " " + s
		}
		doc.Elements.Edges = append(doc.Elements.Edges, cytoscapejs.Edge{
			Data:    cytoscapejs.EdgeData{ID: e.ID, Source: e.Source, Target: e.Target, Attributes: data},
			Classes: classes,
		})
	}
	enc := json.NewEncoder(buf)
	enc.SetIndent("", " ")
	return enc.Encode(doc)
}
