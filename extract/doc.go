// Package extract turns news articles into checkable statements: who said
// what about which demand, with the quotation, the date and the character
// span of the evidence in the article file.
//
// The pipeline is rule-based and driven by data (a [Lexicon] read from
// data/lexicon): [ReadArticle] reads front matter and marks site junk,
// sentences are split with their offsets, a gazetteer finds people,
// organisations and countries (and recognises unknown people from their
// titles), quotations are found and attributed to speakers, demand rules
// and stance cues classify what was said, relative dates are resolved
// against the publication date, and [Result.Quads] writes it all in the
// vocabulary of package schema, labelled with the article's IRI.
//
// Offsets are Unicode code points into the whole file, front matter
// included — the units of schema.SpanStart and schema.SpanEnd.
//
// The package does not know about Cayley or any store; it imports only the
// standard library, github.com/cayleygraph/quad and package schema.
package extract
