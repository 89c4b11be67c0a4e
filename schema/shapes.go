package schema

import "github.com/cayleygraph/quad"

// NodeKind says whether a property's object is an IRI or a literal.
type NodeKind int

const (
	IRIKind     NodeKind = iota // the object is an IRI naming an entity
	LiteralKind                 // the object is a literal
)

// Property is the shape of one property of a class, in the spirit of a SHACL
// Core property shape: cardinality, node kind, datatype, the class of the
// object, a closed value set.
type Property struct {
	Path     quad.IRI
	Min, Max int // Max 0: unbounded
	Kind     NodeKind
	// Datatype of a literal: "" for a plain (or language-tagged) string,
	// otherwise the XSD type the literal must carry and conform to.
	Datatype quad.IRI
	// Classes an IRI object must be an instance of (any of them); empty: any entity.
	Classes []quad.IRI
	// In is the closed set of values a literal may take; empty: open.
	In []string
}

// Shape is the shape of a class: its allowed properties. Properties not
// listed are violations (closed shapes); rdf:type is always allowed.
type Shape struct {
	Class quad.IRI
	// Kind is the path segment of the IRIs of this class (KindPerson, …).
	Kind       string
	Properties []Property
}

var (
	actors    = []quad.IRI{ClassPerson, ClassOrganization, ClassCountry}
	parties   = []quad.IRI{ClassOrganization, ClassCountry}
	documents = []quad.IRI{ClassNewsArticle, ClassPolicyDocument}
	anyEntity = []quad.IRI(nil)
)

// text is an optional or repeated plain-string literal property.
func text(p quad.IRI, min, max int) Property {
	return Property{Path: p, Min: min, Max: max, Kind: LiteralKind}
}

func typed(p quad.IRI, dt quad.IRI, min, max int) Property {
	return Property{Path: p, Min: min, Max: max, Kind: LiteralKind, Datatype: dt}
}

func link(p quad.IRI, min, max int, classes ...quad.IRI) Property {
	return Property{Path: p, Min: min, Max: max, Kind: IRIKind, Classes: classes}
}

// Shapes is the whole schema, one shape per class. Read it as a table: for a
// Statement, exactly one speaker who is a person, organisation or country; at
// most one demand, which must be a Demand; a stance from a closed set; …
var Shapes = []Shape{
	{Class: ClassPerson, Kind: KindPerson, Properties: []Property{
		text(Name, 1, 1),
		text(AlternateName, 0, 0),
		text(JobTitle, 0, 0),
		text(Description, 0, 1),
		link(MemberOf, 0, 0, parties...),
		link(Nationality, 0, 0, ClassCountry),
	}},
	{Class: ClassOrganization, Kind: KindOrg, Properties: []Property{
		text(Name, 1, 1),
		text(AlternateName, 0, 0),
		text(Description, 0, 1),
		link(ParentOrganization, 0, 0, parties...),
		link(MemberOf, 0, 0, parties...),
		link(URL, 0, 1),
	}},
	{Class: ClassCountry, Kind: KindOrg, Properties: []Property{
		text(Name, 1, 1),
		text(AlternateName, 0, 0),
		text(Description, 0, 1),
		link(MemberOf, 0, 0, parties...),
	}},
	{Class: ClassNewsArticle, Kind: KindDoc, Properties: []Property{
		text(Name, 1, 1),
		text(AlternateName, 0, 0),
		text(Description, 0, 1),
		typed(DatePublished, XSDDate, 0, 1),
		link(Publisher, 0, 1, parties...),
		link(Author, 0, 0, actors...),
		link(URL, 0, 1),
	}},
	{Class: ClassPolicyDocument, Kind: KindDoc, Properties: []Property{
		text(Name, 1, 1),
		text(AlternateName, 0, 0),
		text(Description, 0, 1),
		typed(DatePublished, XSDDate, 0, 1),
		link(Author, 0, 0, actors...),
		link(ContainsDemand, 0, 0, ClassDemand),
		link(URL, 0, 1),
	}},
	{Class: ClassDemand, Kind: KindDemand, Properties: []Property{
		text(Name, 1, 1),
		text(AlternateName, 0, 0),
		text(Description, 1, 1),
		link(RaisedBy, 0, 0, parties...),
	}},
	{Class: ClassStatement, Kind: KindStatement, Properties: []Property{
		link(Speaker, 1, 1, actors...),
		text(SpeakerName, 1, 1),
		link(DemandOf, 0, 1, ClassDemand),
		{Path: Stance, Max: 1, Kind: LiteralKind, In: Stances},
		text(Quote, 1, 1),
		typed(Direct, XSDBoolean, 0, 1),
		typed(Date, XSDDate, 0, 1),
		link(Source, 1, 1, documents...),
		typed(SpanStart, XSDInteger, 0, 1),
		typed(SpanEnd, XSDInteger, 0, 1),
		link(RefersTo, 0, 0, anyEntity...),
	}},
}

// ShapeOf returns the shape of class c.
func ShapeOf(c quad.IRI) (*Shape, bool) {
	for i := range Shapes {
		if Shapes[i].Class == c {
			return &Shapes[i], true
		}
	}
	return nil, false
}

// KnownPredicate reports whether p is rdf:type or a property of some shape.
func KnownPredicate(p quad.IRI) bool {
	if p == Type {
		return true
	}
	for _, s := range Shapes {
		for _, pr := range s.Properties {
			if pr.Path == p {
				return true
			}
		}
	}
	return false
}

// ClassesOfKind lists the classes whose IRIs use the path segment kind.
func ClassesOfKind(kind string) []quad.IRI {
	var out []quad.IRI
	for _, s := range Shapes {
		if s.Kind == kind {
			out = append(out, s.Class)
		}
	}
	return out
}
