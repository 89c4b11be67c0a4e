// Package export turns the claimgraph quads into graphs that visualisation
// tools open well, and writes them in their formats.
//
// [Project] builds a visualisation projection from the raw quads: entities
// (people, organisations, countries, demands, documents) become nodes with a
// label, a type and a colour; their literal properties become node
// attributes; statements either stay nodes ([StatementNodes]) or collapse
// into speaker → demand edges that carry stance, date, quotation, source
// document and provenance ([StatementEdges], the default). Other IRI-valued
// properties (memberOf, publisher, containsDemand, refersTo…) become edges
// with a relation attribute. Filters select statements by demand, speaker,
// document and date, and a neighbourhood around one entity.
//
// [Write] serialises a projection as GraphML (with yEd node graphics), GEXF
// 1.2, GML, Graphviz DOT, Cytoscape.js JSON, or, for the raw quads the
// projection kept, N-Quads and JSON-LD. Every writer is deterministic: the
// same quads give the same bytes. [WriteFileAtomic] replaces a file only
// when the whole output was written.
//
// The package reads quads and knows the vocabulary of package schema; it
// does not open stores (it does not import Cayley) and does not lay graphs
// out: positions are left to the tools.
package export
