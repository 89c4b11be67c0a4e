package export

import (
	"bytes"
	"encoding/xml"

	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// GEXF is marshalled from gonum's gexf12 types: labels as label attributes,
// colours as viz:color (what Gephi reads), node types as viz:shape, and
// every other attribute declared in <attributes> and given per element.

var gexfShapes = map[NodeType]string{
	TypePerson:       "disc",
	TypeOrganization: "square",
	TypeCountry:      "triangle",
	TypeDemand:       "diamond",
	TypeArticle:      "square",
	TypeDocument:     "square",
	TypeStatement:    "disc",
	TypeOther:        "disc",
}

func writeGEXF(buf *bytes.Buffer, g *Graph) error {
	nodeKeys := append([]string{"type", "color", "iri"}, g.NodeAttrKeys()...)
	edgeKeys := append([]string{"relation", "color"}, g.EdgeAttrKeys()...)
	doc := gexf12.Content{
		Version: "1.2",
		Meta: &gexf12.Meta{
			Creator:     "claimgraph",
			Description: "who said what about Russia's 2021-22 demands for security guarantees",
		},
		Graph: gexf12.Graph{
			Attributes: []gexf12.Attributes{
				{Class: "node", Mode: "static", Attributes: gexfAttributes(nodeKeys)},
				{Class: "edge", Mode: "static", Attributes: gexfAttributes(edgeKeys)},
			},
			DefaultEdgeType: "directed",
			IDType:          "string",
			Mode:            "static",
		},
	}
	doc.Graph.Nodes.Count = len(g.Nodes)
	for _, n := range g.Nodes {
		vals := []Attr{{"type", string(n.Type)}, {"color", n.Color.Hex()}, {"iri", n.IRI}}
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, gexf12.Node{
			ID:        n.ID,
			Label:     n.Label,
			AttValues: gexfValues(append(vals, n.Attrs...)),
			Color:     &gexf12.Color{R: n.Color.R, G: n.Color.G, B: n.Color.B},
			Shape:     &gexf12.NodeShape{Shape: gexfShapes[n.Type]},
		})
	}
	doc.Graph.Edges.Count = len(g.Edges)
	for _, e := range g.Edges {
		vals := []Attr{{"relation", e.Relation}, {"color", e.Color.Hex()}}
		thick := 1.0
		if e.Relation == RelationStatement {
			thick = 2.0
		}
		doc.Graph.Edges.Edges = append(doc.Graph.Edges.Edges, gexf12.Edge{
			ID:        e.ID,
			Label:     e.Label,
			Source:    e.Source,
			Target:    e.Target,
			Type:      "directed",
			AttValues: gexfValues(append(vals, e.Attrs...)),
			Color:     &gexf12.Color{R: e.Color.R, G: e.Color.G, B: e.Color.B},
			Thickness: &gexf12.Thickness{Value: thick},
		})
	}
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	buf.WriteByte('\n')
	return nil
}

func gexfAttributes(keys []string) []gexf12.Attribute {
	out := make([]gexf12.Attribute, len(keys))
	for i, k := range keys {
		out[i] = gexf12.Attribute{ID: k, Title: k, Type: "string"}
	}
	return out
}

func gexfValues(attrs []Attr) *gexf12.AttValues {
	var av gexf12.AttValues
	for _, a := range attrs {
		if a.Value != "" {
			av.AttValues = append(av.AttValues, gexf12.AttValue{For: a.Key, Value: a.Value})
		}
	}
	if len(av.AttValues) == 0 {
		return nil
	}
	return &av
}
