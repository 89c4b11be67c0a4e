package schema

import "github.com/cayleygraph/quad"

// Namespaces. Entities live under Base, one path segment per kind and a
// readable slug last (Base+"person/sergei-ryabkov"); the project's own terms
// live under NS. Terms that schema.org, RDF, RDFS or XSD already define are
// reused from there.
const (
	Base      = "https://w3id.org/claimgraph/"
	NS        = Base + "vocab#"
	SchemaOrg = "http://schema.org/"
	RDF       = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS      = "http://www.w3.org/2000/01/rdf-schema#"
	XSD       = "http://www.w3.org/2001/XMLSchema#"
)

// Path segments of entity IRIs: Base + segment + "/" + slug.
const (
	KindPerson    = "person"    // people, by the slug of their full name
	KindOrg       = "org"       // organisations and countries (actors): nato, russia, …
	KindDemand    = "demand"    // the controlled demand vocabulary of DESIGN.md
	KindDoc       = "doc"       // news articles (by article id) and policy documents
	KindStatement = "statement" // positions: <article id>-<n>
	KindSource    = "source"    // quad labels for provenance that is not an article
)

// Classes.
const (
	// ClassPerson is a named human being (schema:Person).
	ClassPerson = quad.IRI(SchemaOrg + "Person")
	// ClassOrganization is a ministry, alliance, agency, outlet… (schema:Organization).
	ClassOrganization = quad.IRI(SchemaOrg + "Organization")
	// ClassCountry is a state acting as a party (schema:Country).
	ClassCountry = quad.IRI(SchemaOrg + "Country")
	// ClassNewsArticle is one article of the corpus; its IRI is Base+"doc/"+article id.
	ClassNewsArticle = quad.IRI(SchemaOrg + "NewsArticle")
	// ClassPolicyDocument is a treaty, draft agreement, declaration or act.
	ClassPolicyDocument = quad.IRI(NS + "PolicyDocument")
	// ClassDemand is one entry of the demand vocabulary (DESIGN.md).
	ClassDemand = quad.IRI(NS + "Demand")
	// ClassStatement is a position: who said what about which demand, where.
	ClassStatement = quad.IRI(NS + "Statement")
)

// Properties reused from RDF and schema.org.
const (
	// Type links any entity to its class (rdf:type).
	Type = quad.IRI(RDF + "type")
	// Name is the preferred display name or title (schema:name).
	Name = quad.IRI(SchemaOrg + "name")
	// AlternateName is an alias or a transliteration variant (schema:alternateName).
	AlternateName = quad.IRI(SchemaOrg + "alternateName")
	// JobTitle is a person's role as the sources give it (schema:jobTitle).
	JobTitle = quad.IRI(SchemaOrg + "jobTitle")
	// MemberOf links a person to an organisation or country (schema:memberOf).
	MemberOf = quad.IRI(SchemaOrg + "memberOf")
	// Nationality links a person to a country (schema:nationality).
	Nationality = quad.IRI(SchemaOrg + "nationality")
	// ParentOrganization links a ministry to its state, etc. (schema:parentOrganization).
	ParentOrganization = quad.IRI(SchemaOrg + "parentOrganization")
	// Description is a plain-language description (schema:description).
	Description = quad.IRI(SchemaOrg + "description")
	// DatePublished is a document's publication date, an xsd:date (schema:datePublished).
	DatePublished = quad.IRI(SchemaOrg + "datePublished")
	// Publisher links an article to the outlet that published it (schema:publisher).
	Publisher = quad.IRI(SchemaOrg + "publisher")
	// Author links a policy document to the party that drafted it (schema:author).
	Author = quad.IRI(SchemaOrg + "author")
	// URL is the web address of a document, an IRI (schema:url).
	URL = quad.IRI(SchemaOrg + "url")
)

// Properties of the project's own vocabulary.
const (
	// ContainsDemand links a policy document to a demand it sets out.
	ContainsDemand = quad.IRI(NS + "containsDemand")
	// RaisedBy links a demand to the party that raises it.
	RaisedBy = quad.IRI(NS + "raisedBy")

	// Speaker links a statement to the person or actor who made it.
	Speaker = quad.IRI(NS + "speaker")
	// SpeakerName is the speaker as the source names them ("Sergey Ryabkov").
	SpeakerName = quad.IRI(NS + "speakerName")
	// DemandOf links a statement to the demand it is about (absent: about none).
	DemandOf = quad.IRI(NS + "demand")
	// Stance is "supports", "rejects" or "mentions"; present exactly when DemandOf is.
	Stance = quad.IRI(NS + "stance")
	// Quote is the quotation, or the evidence sentence when there is no direct quotation.
	Quote = quad.IRI(NS + "quote")
	// Direct is true when Quote is the speaker's own words in quotation marks.
	Direct = quad.IRI(NS + "direct")
	// Date is the day the statement was made, an xsd:date.
	Date = quad.IRI(NS + "date")
	// Source links a statement to the article that reports it.
	Source = quad.IRI(NS + "source")
	// SpanStart is the offset, in Unicode code points into the article file as
	// stored under data/articles, where the evidence starts (inclusive).
	SpanStart = quad.IRI(NS + "spanStart")
	// SpanEnd is where the evidence ends (exclusive), in the same units as SpanStart.
	SpanEnd = quad.IRI(NS + "spanEnd")
	// RefersTo links a statement to another entity it is about (a document, a state…).
	RefersTo = quad.IRI(NS + "refersTo")
)

// Datatypes.
const (
	XSDDate    = quad.IRI(XSD + "date")
	XSDInteger = quad.IRI(XSD + "integer")
	XSDBoolean = quad.IRI(XSD + "boolean")
	XSDString  = quad.IRI(XSD + "string")
)

// Stances, the closed value set of Stance.
const (
	StanceSupports = "supports"
	StanceRejects  = "rejects"
	StanceMentions = "mentions"
)

// Stances lists the values Stance may take.
var Stances = []string{StanceSupports, StanceRejects, StanceMentions}

// CuratedLabel is the quad label (provenance) of hand-curated quads. Quads
// extracted from an article carry that article's IRI (DocIRI) as label.
const CuratedLabel = quad.IRI(Base + KindSource + "/curated")

// IRI builds the IRI of an entity of the given kind (KindPerson, …) and slug.
func IRI(kind, slug string) quad.IRI { return quad.IRI(Base + kind + "/" + slug) }

// PersonIRI, OrgIRI, DemandIRI, DocIRI and StatementIRI are IRI for one kind.
func PersonIRI(slug string) quad.IRI  { return IRI(KindPerson, slug) }
func OrgIRI(slug string) quad.IRI     { return IRI(KindOrg, slug) }
func DemandIRI(id string) quad.IRI    { return IRI(KindDemand, id) }
func DocIRI(id string) quad.IRI       { return IRI(KindDoc, id) }
func StatementIRI(id string) quad.IRI { return IRI(KindStatement, id) }
