package export

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// isNode reports whether v can be a node: an IRI or a blank node.
func isNode(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}

// nodeID is the node ID of an IRI or blank node: the IRI without the
// project's base, a foreign IRI whole, a blank node as "_:name".
func nodeID(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		s := string(v)
		if rest, ok := strings.CutPrefix(s, schema.Base); ok && rest != "" {
			return rest
		}
		return s
	case quad.BNode:
		return v.String()
	}
	return quad.StringOf(v)
}

// iriString is the text of an IRI, "" for any other value (a blank node).
func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}

func iriEq(v quad.Value, iri quad.IRI) bool {
	got, ok := v.(quad.IRI)
	return ok && got == iri
}

// slugOf is the last path segment of a node ID or IRI.
func slugOf(id string) string {
	if i := strings.LastIndexAny(id, "/#"); i >= 0 && i < len(id)-1 {
		return id[i+1:]
	}
	return id
}

// matchesID reports whether the user's id names the node id: as its slug,
// its node ID or its full IRI.
func matchesID(id, user string) bool {
	return user == id || user == slugOf(id) || user == schema.Base+id
}

// literalText is the lexical form of a literal (or an IRI's text), as
// schema.Lexical gives it; floats and times, which quad's readers make
// native, in their XSD lexical forms.
func literalText(v quad.Value) string {
	switch v := v.(type) {
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	case quad.Time:
		return time.Time(v).UTC().Format(time.RFC3339)
	}
	return schema.Lexical(v)
}

// reservedKeys are attribute names the writers use themselves; properties
// with these local names are renamed with a "prop_" prefix.
var reservedKeys = map[string]bool{
	"id": true, "label": true, "type": true, "color": true, "r": true, "g": true, "b": true,
	"iri": true, "source": true, "target": true, "relation": true, "parent": true,
	"key": true, "name": true, "weight": true,
}

// propKey is the attribute key of a property: its local name, reduced to
// letters, digits and underscores so every format takes it as a key.
func propKey(p quad.Value) string {
	name := slugOf(iriString(p))
	if name == "" {
		name = quad.StringOf(p)
	}
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9' && b.Len() > 0:
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	k := b.String()
	if k == "" || !(k[0] >= 'a' && k[0] <= 'z' || k[0] >= 'A' && k[0] <= 'Z') {
		k = "p" + k
	}
	if reservedKeys[k] {
		k = "prop_" + k
	}
	return k
}

func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// dateOf cuts an xsd:date or xsd:dateTime to its day.
func dateOf(s string) string {
	if len(s) >= 10 && isDate(s[:10]) {
		return s[:10]
	}
	return s
}

func quadKey(q quad.Quad) [4]string {
	var k [4]string
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			k[i] = v.String()
		}
	}
	return k
}

func lessQuad(a, b quad.Quad) bool {
	ka, kb := quadKey(a), quadKey(b)
	for i := range ka {
		if ka[i] != kb[i] {
			return ka[i] < kb[i]
		}
	}
	return false
}

func appendUnique(s []string, v string) []string {
	if v == "" || contains(s, v) {
		return s
	}
	return append(s, v)
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// attrSet collects attribute values; several values of one key are sorted,
// deduplicated and joined with "; ".
type attrSet map[string][]string

func newAttrSet() attrSet { return attrSet{} }

func (a attrSet) add(k, v string) {
	if v == "" || contains(a[k], v) {
		return
	}
	a[k] = append(a[k], v)
}

func (a attrSet) set(k, v string) {
	if v == "" {
		delete(a, k)
		return
	}
	a[k] = []string{v}
}

func (a attrSet) first(k string) string {
	vs := append([]string(nil), a[k]...)
	sort.Strings(vs)
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

func (a attrSet) attrs() []Attr {
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Attr, 0, len(keys))
	for _, k := range keys {
		vs := append([]string(nil), a[k]...)
		sort.Strings(vs)
		out = append(out, Attr{k, strings.Join(vs, "; ")})
	}
	return out
}
