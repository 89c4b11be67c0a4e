package schema

import (
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"
)

// Canonical returns the XSD typed-string form of the native values that some
// readers (quad's lax N-Quads parser among them) make of typed literals:
// quad.Int becomes "n"^^xsd:integer, quad.Bool "true"^^xsd:boolean. Other
// values are returned as they are.
func Canonical(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(v), 10)), Type: XSDInteger}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: XSDBoolean}
	}
	return v
}

// Lexical returns the text of a value as people read it: a literal's
// lexical form without quotes, tags or types, an IRI without brackets, ""
// for nil.
func Lexical(v quad.Value) string {
	switch v := Canonical(v).(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return string(v)
	}
	return fmt.Sprint(v.Native())
}

// SlugOf returns the last path segment of an entity IRI (the id users type:
// sergei-ryabkov, nato), or the whole IRI when it is not a claimgraph entity.
func SlugOf(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return Lexical(v)
	}
	if _, slug, ok := KindOf(iri); ok {
		return slug
	}
	return string(iri)
}
