package export

import (
	"bytes"
	"strings"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/multi"
)

// DOT is marshalled by gonum's encoding/dot from a gonum multigraph (two
// statements by one speaker on one demand are two edges). gonum quotes a
// value only when it is not already a valid DOT ID and passes through
// anything that looks quoted or like an HTML label, so every value is
// quoted here first (dotQuote), which also turns newlines into DOT's "\n".
// Statements are edges labelled with stance and date, coloured by stance,
// with the quotation as tooltip; all attributes ride along as DOT
// attributes, which Graphviz keeps and tools reading DOT see.

var dotShapes = map[NodeType]string{
	TypePerson:       "ellipse",
	TypeOrganization: "box",
	TypeCountry:      "hexagon",
	TypeDemand:       "diamond",
	TypeArticle:      "note",
	TypeDocument:     "folder",
	TypeStatement:    "box",
	TypeOther:        "ellipse",
}

// graphvizAttrs are attribute names Graphviz itself interprets; a data
// attribute of that name is written with a "cg_" prefix instead.
var graphvizAttrs = map[string]bool{
	"URL": true, "href": true, "class": true, "comment": true, "group": true, "id": true,
	"label": true, "layer": true, "pos": true, "root": true, "shape": true, "size": true,
	"style": true, "target": true, "tooltip": true, "weight": true, "width": true,
	"height": true, "len": true, "dir": true, "color": true, "xlabel": true,
}

type dotNode struct {
	id    int64
	name  string
	attrs []encoding.Attribute
}

func (n dotNode) ID() int64                        { return n.id }
func (n dotNode) DOTID() string                    { return dotQuote(n.name) }
func (n dotNode) Attributes() []encoding.Attribute { return n.attrs }

type dotLine struct {
	from, to gonumgraph.Node
	id       int64
	attrs    []encoding.Attribute
}

func (l dotLine) From() gonumgraph.Node            { return l.from }
func (l dotLine) To() gonumgraph.Node              { return l.to }
func (l dotLine) ID() int64                        { return l.id }
func (l dotLine) ReversedLine() gonumgraph.Line    { l.from, l.to = l.to, l.from; return l }
func (l dotLine) Attributes() []encoding.Attribute { return l.attrs }

// dotGraph adds graph-wide defaults to gonum's multigraph.
type dotGraph struct{ *multi.DirectedGraph }

func (dotGraph) DOTID() string { return "claimgraph" }
func (dotGraph) DOTAttributers() (g, n, e encoding.Attributer) {
	return attrList{{"rankdir", "LR"}, {"overlap", "false"}, {"fontname", "Helvetica"}},
		attrList{{"style", "filled"}, {"fontname", "Helvetica"}, {"fontsize", "11"}},
		attrList{{"fontname", "Helvetica"}, {"fontsize", "9"}}
}

// attrList is a list of DOT attributes whose values are quoted on the way out.
type attrList []Attr

func (a attrList) Attributes() []encoding.Attribute {
	out := make([]encoding.Attribute, len(a))
	for i, at := range a {
		out[i] = encoding.Attribute{Key: at.Key, Value: dotQuote(at.Value)}
	}
	return out
}

func writeDOT(buf *bytes.Buffer, g *Graph) error {
	mg := dotGraph{multi.NewDirectedGraph()}
	nodes := make(map[string]dotNode, len(g.Nodes))
	for i, n := range g.Nodes {
		attrs := attrList{
			{"label", n.Label},
			{"shape", dotShapes[n.Type]},
			{"fillcolor", n.Color.Hex()},
			{"tooltip", strings.TrimSpace(string(n.Type) + " " + n.IRI)},
			{"type", string(n.Type)},
			{"iri", n.IRI},
		}
		attrs = append(attrs, dotData(n.Attrs)...)
		dn := dotNode{id: int64(i), name: n.ID, attrs: attrs.Attributes()}
		nodes[n.ID] = dn
		mg.AddNode(dn)
	}
	for i, e := range g.Edges {
		attrs := attrList{{"color", e.Color.Hex()}, {"fontcolor", e.Color.Hex()}, {"relation", e.Relation}}
		if e.Relation == RelationStatement {
			label := e.Label
			if d := e.Attr("date"); d != "" {
				label += "\n" + d
			}
			attrs = append(attrs, Attr{"label", label}, Attr{"penwidth", "2"})
			if q := e.Attr("quote"); q != "" {
				attrs = append(attrs, Attr{"tooltip", q})
			}
		} else {
			attrs = append(attrs, Attr{"label", e.Label}, Attr{"style", "dashed"})
		}
		attrs = append(attrs, dotData(e.Attrs)...)
		mg.SetLine(dotLine{from: nodes[e.Source], to: nodes[e.Target], id: int64(i), attrs: attrs.Attributes()})
	}
	b, err := dot.MarshalMulti(mg, "", "", "  ")
	if err != nil {
		return err
	}
	buf.Write(b)
	buf.WriteByte('\n')
	return nil
}

// dotData renames data attributes that Graphviz would interpret.
func dotData(attrs []Attr) []Attr {
	out := make([]Attr, 0, len(attrs))
	for _, a := range attrs {
		k := a.Key
		if graphvizAttrs[k] {
			k = "cg_" + k
		}
		out = append(out, Attr{k, a.Value})
	}
	return out
}

// dotQuote makes s a double-quoted DOT string: backslashes and quotes are
// escaped, a newline becomes "\n" (a centred line break in labels), other
// control characters become spaces.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7F:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
