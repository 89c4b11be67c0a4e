// Package nquads reads RDF 1.1 N-Quads strictly, as the W3C grammar
// (https://www.w3.org/TR/n-quads/) defines them, and yields the same
// [quad.Value] types as Cayley's own reader in
// github.com/cayleygraph/quad/nquads, so that accepted data loads into Cayley
// unchanged.
//
// Cayley's reader is lax: it accepts relative IRIs, literals as graph labels,
// bare words and more. This package rejects all of that. Every IRI must be
// absolute (it must have a scheme), every line must be valid UTF-8, and escape
// sequences are checked and decoded (Cayley's reader leaves \u escapes in IRIs
// undecoded). A [Reader] reports a syntax error as a [*SyntaxError] naming the
// line and column and then carries on with the next line, so one pass over a
// file collects all of its errors.
//
// Where the grammar leaves room, the reader takes the strict side: a \u or
// \U escape must name a Unicode scalar value (no surrogates), an escape in an
// IRI must not stand for a character the IRIREF production forbids (such as
// a space or '>'), and a literal is one term, so no white space may stand
// before its "@" language tag or "^^" datatype.
//
// Values are mapped as follows: an IRI becomes [quad.IRI] without the angle
// brackets, a blank node [quad.BNode] without "_:", a plain literal
// [quad.String], a literal with a language tag [quad.LangString] and a literal
// with a datatype [quad.TypedString]. Typed literals are never converted to
// native values such as [quad.Int] or [quad.Time], and the datatype is not
// checked against its lexical space.
//
// The package checks syntax only. It does not check IRIs beyond the scheme
// and the characters the grammar allows, does not check language tags
// against BCP 47 beyond their grammar, does not deduplicate quads and knows
// nothing about the claimgraph vocabulary. [Format] writes a quad back as
// one N-Quads statement.
package nquads
