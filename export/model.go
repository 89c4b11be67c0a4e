package export

import (
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"
)

// Graph is a visualisation projection: nodes and edges with display
// attributes, in a deterministic order (nodes by ID, edges by source, target,
// relation and ID), and the raw quads it was made from.
type Graph struct {
	Nodes []Node
	Edges []Edge
	// Quads are the raw quads behind the kept nodes and statements, sorted by
	// their N-Quads form; the nquads and jsonld formats write them.
	Quads []quad.Quad
}

// Node is an entity, or a statement when statements are kept as nodes.
type Node struct {
	// ID is the entity IRI without the project's base ("person/sergei-ryabkov");
	// IRIs outside the base stay whole, blank nodes are "_:name".
	ID    string
	IRI   string
	Label string
	Type  NodeType
	Color Color
	// Attrs are the literal properties (jobTitle, alternateName, quote…),
	// keyed by the property's local name, sorted by key; several values of
	// one property are joined with "; ".
	Attrs []Attr
}

// Edge is a relation between two entities, or a collapsed statement.
type Edge struct {
	// ID is unique in the graph: a collapsed statement's is the statement's
	// node ID ("statement/rt-2022-01-20-3"), a relation's is "FROM RELATION TO".
	ID     string
	Source string // node ID
	Target string // node ID
	// Relation is the property's local name (memberOf, publisher, speaker…),
	// or RelationStatement for a collapsed statement.
	Relation string
	Label    string
	Color    Color
	Attrs    []Attr
}

// RelationStatement is the relation of an edge that stands for a statement.
const RelationStatement = "statement"

// Attr is one attribute of a node or an edge.
type Attr struct{ Key, Value string }

// Attr returns the value of the attribute key, or "".
func (n Node) Attr(key string) string { return attrOf(n.Attrs, key) }

// Attr returns the value of the attribute key, or "".
func (e Edge) Attr(key string) string { return attrOf(e.Attrs, key) }

func attrOf(attrs []Attr, key string) string {
	for _, a := range attrs {
		if a.Key == key {
			return a.Value
		}
	}
	return ""
}

// NodeAttrKeys lists the attribute keys used by any node, sorted.
func (g *Graph) NodeAttrKeys() []string {
	var all [][]Attr
	for _, n := range g.Nodes {
		all = append(all, n.Attrs)
	}
	return attrKeys(all)
}

// EdgeAttrKeys lists the attribute keys used by any edge, sorted.
func (g *Graph) EdgeAttrKeys() []string {
	var all [][]Attr
	for _, e := range g.Edges {
		all = append(all, e.Attrs)
	}
	return attrKeys(all)
}

func attrKeys(all [][]Attr) []string {
	seen := map[string]bool{}
	var keys []string
	for _, attrs := range all {
		for _, a := range attrs {
			if !seen[a.Key] {
				seen[a.Key] = true
				keys = append(keys, a.Key)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// NodeType is the kind of a node, from its rdf:type or, failing that, from the
// kind segment of its IRI.
type NodeType string

const (
	TypePerson       NodeType = "person"
	TypeOrganization NodeType = "organization"
	TypeCountry      NodeType = "country"
	TypeDemand       NodeType = "demand"
	TypeArticle      NodeType = "article"  // a news article of the corpus
	TypeDocument     NodeType = "document" // a treaty, draft, declaration
	TypeStatement    NodeType = "statement"
	TypeOther        NodeType = "other"
)

// Color is an sRGB colour.
type Color struct{ R, G, B uint8 }

// Hex is the colour as "#RRGGBB".
func (c Color) Hex() string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// Colours of node types (Tableau 10, readable on white) and of stances.
var (
	typeColors = map[NodeType]Color{
		TypePerson:       {0x4E, 0x79, 0xA7}, // blue
		TypeOrganization: {0xF2, 0x8E, 0x2B}, // orange
		TypeCountry:      {0xB0, 0x7A, 0xA1}, // purple
		TypeDemand:       {0xED, 0xC9, 0x48}, // yellow
		TypeArticle:      {0x76, 0xB7, 0xB2}, // teal
		TypeDocument:     {0x9C, 0x75, 0x5F}, // brown
		TypeStatement:    {0xBA, 0xB0, 0xAC}, // light grey; by stance when there is one
		TypeOther:        {0xBA, 0xB0, 0xAC},
	}
	// StanceColors: green supports, red rejects, grey mentions.
	stanceColors = map[string]Color{
		"supports": {0x2C, 0xA0, 0x2C},
		"rejects":  {0xD6, 0x27, 0x28},
		"mentions": {0x7F, 0x7F, 0x7F},
	}
	noStanceColor = Color{0xBA, 0xB0, 0xAC}
	relationColor = Color{0x99, 0x99, 0x99}
)

// TypeColor is the colour of nodes of type t.
func TypeColor(t NodeType) Color {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return typeColors[TypeOther]
}

// StanceColor is the colour of a statement with stance s ("" for a
// statement about no demand).
func StanceColor(s string) Color {
	if c, ok := stanceColors[s]; ok {
		return c
	}
	return noStanceColor
}
