package schema

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// Rules, the names a Violation gives for what it breaks.
const (
	RuleSyntax           = "syntax"            // not strict N-Quads
	RuleUnknownPredicate = "unknown-predicate" // a predicate the vocabulary lacks
	RuleUnknownClass     = "unknown-class"     // rdf:type names a class without a shape
	RuleIRIForm          = "iri-form"          // an entity IRI outside Base/<kind>/<slug>
	RuleProvenance       = "provenance"        // the label is not curated or an article
	RuleNotAllowed       = "not-allowed"       // a property the subject's class does not have
	RuleMinCount         = "min-count"         // a required property is missing
	RuleMaxCount         = "max-count"         // a property has too many values
	RuleNodeKind         = "node-kind"         // an IRI where a literal belongs, or the reverse
	RuleDatatype         = "datatype"          // a literal of the wrong type or an invalid value
	RuleClass            = "class"             // an object of the wrong class
	RuleIn               = "in"                // a value outside a closed set
	RuleUnresolved       = "unresolved"        // a reference to an entity that exists nowhere
	RuleStanceDemand     = "stance-demand"     // a stance without a demand, or the reverse
	RuleSpan             = "span"              // spanStart not before spanEnd
)

// ErrInvalid is what a *ValidationError unwraps to.
var ErrInvalid = errors.New("quads do not fit the schema")

// Located is a quad and where it was read.
type Located struct {
	Quad quad.Quad
	File string
	Line int
}

// Violation is one broken rule, with the place and the quad that break it.
type Violation struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Rule    string `json:"rule"`
	Message string `json:"message"`
	Quad    string `json:"quad,omitempty"`
}

func (v Violation) String() string {
	if v.Line == 0 { // not from a line of a quads file: extracted from an article
		return fmt.Sprintf("%s: %s [%s]", v.File, v.Message, v.Rule)
	}
	return fmt.Sprintf("%s:%d: %s [%s]", v.File, v.Line, v.Message, v.Rule)
}

// ValidationError carries every violation found.
type ValidationError struct{ Violations []Violation }

func (e *ValidationError) Error() string {
	if len(e.Violations) == 1 {
		return e.Violations[0].String()
	}
	return fmt.Sprintf("%d schema violations; the first: %s", len(e.Violations), e.Violations[0])
}

func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Graph is what an existing database knows. Describe returns every quad whose
// subject is s, or none when the graph does not know s.
type Graph interface {
	Describe(ctx context.Context, s quad.Value) ([]quad.Quad, error)
}

// Validate checks quads against Shapes and returns every violation, sorted by
// file and line. With g, the quads are judged together with what the graph
// already holds: their subjects' existing properties count towards
// cardinality, and every referenced entity must exist in quads or in g.
func Validate(ctx context.Context, quads []Located, g Graph) ([]Violation, error) {
	v := &validator{g: g, subjects: map[string]*entity{}, known: map[string]*entity{}}
	for i := range quads {
		v.add(&quads[i])
	}
	if err := v.run(ctx); err != nil {
		return nil, err
	}
	SortViolations(v.out)
	return v.out, nil
}

// SortViolations orders violations by file and line, keeping the order of
// those on the same line.
func SortViolations(vs []Violation) {
	sort.SliceStable(vs, func(i, j int) bool {
		a, b := vs[i], vs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}

// entity gathers what is said about one subject.
type entity struct {
	iri     quad.IRI
	quads   []*Located  // from the input
	stored  []quad.Quad // from the graph
	types   []quad.IRI  // declared, input and graph
	inGraph bool
}

type validator struct {
	g        Graph
	order    []string
	subjects map[string]*entity // subjects of the input
	known    map[string]*entity // other IRIs looked up in the graph
	out      []Violation
}

func (v *validator) report(l *Located, rule, format string, args ...any) {
	v.out = append(v.out, Violation{File: l.File, Line: l.Line, Rule: rule,
		Message: fmt.Sprintf(format, args...), Quad: l.Quad.NQuad()})
}

func (v *validator) add(l *Located) {
	q := l.Quad
	s, ok := q.Subject.(quad.IRI)
	if !ok {
		v.report(l, RuleIRIForm, "subject %s must be an IRI", q.Subject)
		return
	}
	e := v.subjects[string(s)]
	if e == nil {
		e = &entity{iri: s}
		v.subjects[string(s)] = e
		v.order = append(v.order, string(s))
	}
	e.quads = append(e.quads, l)
	if q.Predicate == Type {
		if c, ok := q.Object.(quad.IRI); ok && !containsIRI(e.types, c) {
			e.types = append(e.types, c)
		}
	}
}

func (v *validator) run(ctx context.Context) error {
	if v.g != nil {
		for _, s := range v.order {
			if err := v.describe(ctx, v.subjects[s]); err != nil {
				return err
			}
		}
	}
	for _, s := range v.order {
		if err := v.check(ctx, v.subjects[s]); err != nil {
			return err
		}
	}
	return nil
}

// describe merges what the graph holds about e.
func (v *validator) describe(ctx context.Context, e *entity) error {
	qs, err := v.g.Describe(ctx, e.iri)
	if err != nil {
		return fmt.Errorf("look up %s: %w", e.iri, err)
	}
	e.stored = qs
	e.inGraph = len(qs) > 0
	for _, q := range qs {
		if c, ok := q.Object.(quad.IRI); ok && q.Predicate == Type && !containsIRI(e.types, c) {
			e.types = append(e.types, c)
		}
	}
	return nil
}

// lookup returns what is known of an object IRI: from the input, or the graph.
func (v *validator) lookup(ctx context.Context, iri quad.IRI) (*entity, error) {
	if e := v.subjects[string(iri)]; e != nil {
		return e, nil
	}
	if e := v.known[string(iri)]; e != nil {
		return e, nil
	}
	e := &entity{iri: iri}
	if v.g != nil {
		if err := v.describe(ctx, e); err != nil {
			return nil, err
		}
	}
	v.known[string(iri)] = e
	return e, nil
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// IsSlug reports whether s can name an entity in an IRI: lower-case ASCII
// letters and digits in words joined by single hyphens
// ("un-security-council-2022-01-31-s-pv-8960").
func IsSlug(s string) bool { return slugRE.MatchString(s) }

// KindOf splits an entity IRI into its kind and slug; ok is false for IRIs
// outside Base/<kind>/<slug>.
func KindOf(iri quad.IRI) (kind, slug string, ok bool) {
	rest, found := strings.CutPrefix(string(iri), Base)
	if !found {
		return "", "", false
	}
	kind, slug, found = strings.Cut(rest, "/")
	if !found || !slugRE.MatchString(slug) {
		return "", "", false
	}
	switch kind {
	case KindPerson, KindOrg, KindDemand, KindDoc, KindStatement:
		return kind, slug, true
	}
	return "", "", false
}

// classesOf returns the declared classes of e, or those its IRI implies.
func classesOf(e *entity) (classes []quad.IRI, declared bool) {
	if len(e.types) > 0 {
		return e.types, true
	}
	if kind, _, ok := KindOf(e.iri); ok {
		return ClassesOfKind(kind), false
	}
	return nil, false
}

func (v *validator) check(ctx context.Context, e *entity) error {
	first := e.quads[0]
	for _, l := range e.quads {
		v.checkLabel(l)
	}
	kind, _, ok := KindOf(e.iri)
	if !ok {
		v.report(first, RuleIRIForm, "subject %s is not a claimgraph entity IRI (%s<kind>/<slug>, kind one of person, org, demand, doc, statement; slug of a-z, 0-9 and single hyphens)", e.iri, Base)
		return nil
	}
	classes, declared := classesOf(e)
	if !declared && v.g != nil {
		v.report(first, RuleUnresolved, "%s has no rdf:type in the input or in the database: it is not defined", e.iri)
	}
	var shapes []*Shape
	for _, c := range classes {
		sh, ok := ShapeOf(c)
		if !ok {
			v.report(typeQuad(e, c, first), RuleUnknownClass, "unknown class %s (the schema has %s)", c, classList())
			continue
		}
		if sh.Kind != kind {
			v.report(typeQuad(e, c, first), RuleIRIForm, "a %s must have an IRI under %s%s/, not %s", short(c), Base, sh.Kind, e.iri)
		}
		shapes = append(shapes, sh)
	}
	if len(shapes) == 0 {
		return nil
	}
	values := map[quad.IRI][]quad.Value{}
	for _, q := range e.stored {
		if p, ok := q.Predicate.(quad.IRI); ok {
			values[p] = appendUnique(values[p], q.Object)
		}
	}
	for _, l := range e.quads {
		p, _ := l.Quad.Predicate.(quad.IRI)
		if p == Type {
			continue
		}
		if !KnownPredicate(p) {
			v.report(l, RuleUnknownPredicate, "unknown predicate %s", p)
			continue
		}
		prop := propertyOf(shapes, p)
		if prop == nil {
			v.report(l, RuleNotAllowed, "a %s has no property %s", shapeNames(shapes), short(p))
			continue
		}
		// A wrong value still counts as present: one mistake, one violation.
		v.checkValue(ctx, l, prop)
		values[p] = appendUnique(values[p], l.Quad.Object)
	}
	for _, sh := range shapes {
		for i := range sh.Properties {
			prop := &sh.Properties[i]
			n := len(values[prop.Path])
			if declared && n < prop.Min {
				v.report(first, RuleMinCount, "%s %s has no valid %s (required)", short(sh.Class), e.iri, short(prop.Path))
			}
			if prop.Max > 0 && n > prop.Max {
				v.report(lastWith(e, prop.Path, first), RuleMaxCount, "%s %s has %d values of %s; at most %d allowed", short(sh.Class), e.iri, n, short(prop.Path), prop.Max)
			}
		}
		if sh.Class == ClassStatement {
			v.checkStatement(e, values, first)
		}
	}
	return nil
}

func (v *validator) checkStatement(e *entity, values map[quad.IRI][]quad.Value, first *Located) {
	hasDemand, hasStance := len(values[DemandOf]) > 0, len(values[Stance]) > 0
	switch {
	case hasDemand && !hasStance:
		v.report(lastWith(e, DemandOf, first), RuleStanceDemand, "statement %s names a demand but no stance", e.iri)
	case hasStance && !hasDemand:
		v.report(lastWith(e, Stance, first), RuleStanceDemand, "statement %s has a stance but no demand", e.iri)
	}
	st, en := values[SpanStart], values[SpanEnd]
	if len(st) == 1 && len(en) == 1 {
		a, aok := intOf(st[0])
		b, bok := intOf(en[0])
		if aok && bok && (a < 0 || a >= b) {
			v.report(lastWith(e, SpanEnd, first), RuleSpan, "statement %s has span %d–%d; it must satisfy 0 ≤ start < end", e.iri, a, b)
		}
	} else if len(st) != len(en) {
		v.report(first, RuleSpan, "statement %s has only one end of its span", e.iri)
	}
}

// checkValue checks one object against its property shape; it reports and
// returns false when the value is wrong.
func (v *validator) checkValue(ctx context.Context, l *Located, prop *Property) bool {
	o := Canonical(l.Quad.Object)
	p := short(prop.Path)
	if prop.Kind == IRIKind {
		iri, ok := o.(quad.IRI)
		if !ok {
			v.report(l, RuleNodeKind, "%s must be an IRI, not the literal %s", p, o)
			return false
		}
		if len(prop.Classes) == 0 && prop.Path != RefersTo {
			return true // a web address (schema:url)
		}
		return v.checkClass(ctx, l, prop, iri)
	}
	switch lit := o.(type) {
	case quad.String:
		if prop.Datatype != "" {
			v.report(l, RuleDatatype, "%s must be typed ^^%s, not a plain string", p, prop.Datatype)
			return false
		}
		if len(prop.In) > 0 && !contains(prop.In, string(lit)) {
			v.report(l, RuleIn, "%s %q is not one of %s", p, string(lit), strings.Join(prop.In, ", "))
			return false
		}
	case quad.LangString:
		if prop.Datatype != "" || len(prop.In) > 0 {
			v.report(l, RuleDatatype, "%s must not be a language-tagged string", p)
			return false
		}
	case quad.TypedString:
		if prop.Datatype == "" && lit.Type == XSDString {
			return true
		}
		if lit.Type != prop.Datatype {
			want := "a plain string"
			if prop.Datatype != "" {
				want = "^^" + prop.Datatype.String()
			}
			v.report(l, RuleDatatype, "%s must be %s, not ^^%s", p, want, lit.Type)
			return false
		}
		if msg := checkLexical(lit); msg != "" {
			v.report(l, RuleDatatype, "%s %q is not a valid %s: %s", p, string(lit.Value), short(lit.Type), msg)
			return false
		}
	default:
		v.report(l, RuleNodeKind, "%s must be a literal, not %s", p, o)
		return false
	}
	return true
}

func (v *validator) checkClass(ctx context.Context, l *Located, prop *Property, iri quad.IRI) bool {
	p := short(prop.Path)
	target, err := v.lookup(ctx, iri)
	if err != nil {
		v.report(l, RuleUnresolved, "%s %s: %v", p, iri, err)
		return false
	}
	classes, declared := classesOf(target)
	if !declared && v.g != nil {
		v.report(l, RuleUnresolved, "%s %s is not defined in the input or in the database", p, iri)
		return false
	}
	if classes == nil {
		v.report(l, RuleClass, "%s %s is not a claimgraph entity", p, iri)
		return false
	}
	if len(prop.Classes) == 0 {
		return true
	}
	for _, c := range classes {
		if containsIRI(prop.Classes, c) {
			return true
		}
	}
	v.report(l, RuleClass, "%s %s is a %s; it must be a %s", p, iri, classNames(classes), classNames(prop.Classes))
	return false
}

func (v *validator) checkLabel(l *Located) {
	switch lab := l.Quad.Label.(type) {
	case nil:
		v.report(l, RuleProvenance, "quad has no label; use %s for curated quads or the article's IRI", CuratedLabel)
	case quad.IRI:
		if lab == CuratedLabel {
			return
		}
		if kind, _, ok := KindOf(lab); ok && kind == KindDoc {
			return
		}
		v.report(l, RuleProvenance, "label %s is neither %s nor an article IRI (%s%s/<id>)", lab, CuratedLabel, Base, KindDoc)
	default:
		v.report(l, RuleProvenance, "label %s must be an IRI", lab)
	}
}

var integerRE = regexp.MustCompile(`^[+-]?[0-9]+$`)
var dateRE = regexp.MustCompile(`^(-?[0-9]{4,}-[0-9]{2}-[0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$`)

// checkLexical checks a typed literal's value against its XSD datatype.
func checkLexical(t quad.TypedString) string {
	s := string(t.Value)
	switch t.Type {
	case XSDDate:
		m := dateRE.FindStringSubmatch(s)
		if m == nil {
			return "the form is YYYY-MM-DD"
		}
		if _, err := time.Parse("2006-01-02", m[1]); err != nil {
			return "no such day"
		}
	case XSDInteger:
		if !integerRE.MatchString(s) {
			return "digits only"
		}
	case XSDBoolean:
		switch s {
		case "true", "false", "1", "0":
		default:
			return "true or false"
		}
	}
	return ""
}

func intOf(v quad.Value) (int64, bool) {
	t, ok := Canonical(v).(quad.TypedString)
	if !ok || t.Type != XSDInteger || !integerRE.MatchString(string(t.Value)) {
		return 0, false
	}
	var n int64
	_, err := fmt.Sscan(strings.TrimPrefix(string(t.Value), "+"), &n)
	return n, err == nil
}

func propertyOf(shapes []*Shape, p quad.IRI) *Property {
	for _, sh := range shapes {
		for i := range sh.Properties {
			if sh.Properties[i].Path == p {
				return &sh.Properties[i]
			}
		}
	}
	return nil
}

func typeQuad(e *entity, c quad.IRI, def *Located) *Located {
	for _, l := range e.quads {
		if l.Quad.Predicate == Type && l.Quad.Object == c {
			return l
		}
	}
	return def
}

func lastWith(e *entity, p quad.IRI, def *Located) *Located {
	for i := len(e.quads) - 1; i >= 0; i-- {
		if e.quads[i].Quad.Predicate == p {
			return e.quads[i]
		}
	}
	return def
}

func appendUnique(vs []quad.Value, v quad.Value) []quad.Value {
	for _, x := range vs {
		if x == v {
			return vs
		}
	}
	return append(vs, v)
}

func contains(set []string, s string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

func containsIRI(set []quad.IRI, s quad.IRI) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

// short writes a vocabulary IRI the way people say it: schema:name, cg:speaker.
func short(i quad.IRI) string {
	s := string(i)
	for _, p := range []struct{ ns, prefix string }{{SchemaOrg, "schema:"}, {NS, "cg:"}, {RDF, "rdf:"}, {XSD, "xsd:"}} {
		if rest, ok := strings.CutPrefix(s, p.ns); ok {
			return p.prefix + rest
		}
	}
	return "<" + s + ">"
}

func classNames(cs []quad.IRI) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = short(c)
	}
	return strings.Join(names, " or ")
}

func shapeNames(shapes []*Shape) string {
	cs := make([]quad.IRI, len(shapes))
	for i, s := range shapes {
		cs[i] = s.Class
	}
	return classNames(cs)
}

func classList() string {
	cs := make([]quad.IRI, len(Shapes))
	for i, s := range Shapes {
		cs[i] = s.Class
	}
	return strings.Replace(classNames(cs), " or ", ", ", len(cs)-2)
}
