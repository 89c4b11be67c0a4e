// Package gen writes synthetic claims graphs for load and query benchmarks:
// N quads that fit the claimgraph schema and look like a year of coverage —
// many statements per demand (skewed, so some demands are hot and some rare),
// a pool of speakers that recur with a heavy tail, long quotations and names
// with accents and in Cyrillic. The same seed and N give the same bytes.
//
// It does not extract anything from articles and knows nothing of Cayley.
// Every entity is defined before a statement refers to it, and each subject's
// quads are written together, the way claimgraph's own files are.
package gen

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
	"github.com/claimgraph/claimgraph/schema/nquads"
)

// Options choose the size and the randomness of a corpus.
type Options struct {
	Quads int    // exactly this many quads are written
	Seed  uint64 // the same seed gives the same corpus
}

// MinQuads is the smallest corpus Write produces: one article with one
// statement and the entities it needs.
const MinQuads = 21

// RareDemand gets about 100 statements per million quads (RareShare of all
// statements); HotDemand about a quarter of them. Benchmarks query both.
const (
	RareDemand = "no-preconditions"
	HotDemand  = "no-ukraine-membership"
)

// demandWeights skews statements over the demand vocabulary; "" is a
// statement about no demand.
var demandWeights = []struct {
	id string
	w  float64
}{
	{"no-ukraine-membership", 25}, {"nato-non-expansion", 18}, {"", 12},
	{"written-legal-guarantees", 10}, {"russia-de-escalation", 9}, {"nato-open-door", 8},
	{"no-strike-weapons-near-borders", 5}, {"no-intermediate-range-missiles", 4},
	{"rescind-bucharest-2008", 3}, {"no-military-activity-ex-soviet", 2},
	{"limit-military-exercises", 1.5}, {"rollback-to-1997", 1.2},
	{"no-warships-aircraft-in-strike-range", 0.8}, {"resume-military-dialogue", 0.4},
	{RareDemand, 0.1},
}

// actors are the organisations and countries of DESIGN.md, plus outlets.
var actors = []struct {
	id, name, alt string
	country       bool
}{
	{"russia", "Russia", "Россия", true}, {"united-states", "United States", "USA", true},
	{"ukraine", "Ukraine", "Україна", true}, {"georgia", "Georgia", "საქართველო", true},
	{"china", "China", "中国", true}, {"nato", "NATO", "OTAN", false}, {"osce", "OSCE", "ОБСЕ", false},
	{"european-union", "European Union", "Union européenne", false},
	{"russian-foreign-ministry", "Russian Foreign Ministry", "МИД России", false},
	{"ukrainian-foreign-ministry", "Ukrainian Foreign Ministry", "МЗС України", false},
	{"us-state-department", "US State Department", "State Department", false},
	{"white-house", "White House", "the White House", false},
}

var outlets = []struct{ id, name string }{
	{"rt", "RT"}, {"tass", "TASS"}, {"reuters", "Reuters"}, {"al-jazeera", "Al Jazeera"},
	{"le-monde", "Le Monde"}, {"suddeutsche-zeitung", "Süddeutsche Zeitung"},
	{"gazeta-wyborcza", "Gazeta Wyborcza"}, {"kommersant", "Коммерсантъ"},
	{"ukrainska-pravda", "Українська правда"}, {"new-york-times", "The New York Times"},
}

// Names: the Latin spelling makes the slug, the native one is an alternateName.
var firstNames = [][2]string{
	{"Sergei", "Сергей"}, {"Dmitry", "Дмитрий"}, {"Maria", "Мария"}, {"Jens", "Jens"},
	{"Wendy", "Wendy"}, {"Antony", "Antony"}, {"Jürgen", "Jürgen"}, {"Łukasz", "Łukasz"},
	{"Zbigniew", "Zbigniew"}, {"Olena", "Олена"}, {"Dmytro", "Дмитро"}, {"Héloïse", "Héloïse"},
	{"José", "José"}, {"Ségolène", "Ségolène"}, {"Björn", "Björn"}, {"Søren", "Søren"},
	{"Alexander", "Александр"}, {"Yuri", "Юрий"}, {"Nikolai", "Николай"}, {"Ned", "Ned"},
	{"Victoria", "Victoria"}, {"Josep", "Josep"}, {"Zoltán", "Zoltán"}, {"Tomáš", "Tomáš"},
	{"Ana", "Ана"}, {"Irakli", "ირაკლი"}, {"Wang", "王"}, {"Karin", "Karin"},
	{"Mircea", "Mircea"}, {"Gabrielius", "Gabrielius"}, {"Kęstutis", "Kęstutis"}, {"Ihor", "Ігор"},
}

var lastNames = [][2]string{
	{"Ryabkov", "Рябков"}, {"Peskov", "Песков"}, {"Zakharova", "Захарова"}, {"Stoltenberg", "Stoltenberg"},
	{"Sherman", "Sherman"}, {"Blinken", "Blinken"}, {"Hardt", "Hardt"}, {"Jasina", "Jasina"},
	{"Rau", "Rau"}, {"Kuleba", "Кулеба"}, {"Lavrov", "Лавров"}, {"Grushko", "Грушко"},
	{"Borrell", "Borrell"}, {"Müller", "Müller"}, {"Nowak", "Nowak"}, {"Kovács", "Kovács"},
	{"Dvořák", "Dvořák"}, {"Ушаков", "Ушаков"}, {"Price", "Price"}, {"Nuland", "Nuland"},
	{"Landsbergis", "Landsbergis"}, {"Garibashvili", "ღარიბაშვილი"}, {"Yi", "毅"}, {"Søndergaard", "Søndergaard"},
	{"Geoană", "Geoană"}, {"Țurcanu", "Țurcanu"}, {"Fomin", "Фомин"}, {"Polyanskiy", "Полянский"},
	{"Nebenzya", "Небензя"}, {"Zhovkva", "Жовква"}, {"Reznikov", "Резников"}, {"Ó Ceallaigh", "Ó Ceallaigh"},
}

var jobTitles = []string{
	"Deputy Foreign Minister", "Kremlin spokesman", "Foreign Ministry spokeswoman",
	"Secretary General", "Deputy Secretary of State", "Secretary of State", "member of the Bundestag",
	"Foreign Minister", "Defence Minister", "ambassador to the OSCE", "national security adviser",
	"head of the presidential office", "High Representative", "Permanent Representative to the UN",
}

// Words of quotations, with the punctuation and letters that break naive code.
var words = strings.Fields(`we must exclude any further expansion of the alliance to the east this is
	absolutely mandatory for us legally binding guarantees are needed not promises and not assurances
	the so-called open door policy is a relic of the past nobody has a veto over sovereign choices
	de-escalation is the only path forward troops must pull back from the border we are ready for
	dialogue without preconditions but not at any price the draft treaty contains proposals that are
	non-starters Moscow’s security concerns deserve a serious answer — in writing « no » means no
	Kyiv Kiev Тбилиси Brussels Geneva Vienna Warszawa Kraków Göteborg Zürich Besançon missiles
	intermediate-range strike weapons near our borders are a direct threat to our security
	Bucharest 2008 was a mistake the founding act of 1997 still matters we will respond
	militarily-technically if our proposals are ignored «security guarantees» «гарантии безопасности»
	the response was disappointing yet there is room for diplomacy ёлки-палки naïve façade coöperate`)

var stances = []string{schema.StanceSupports, schema.StanceRejects, schema.StanceMentions}

// Write writes opts.Quads quads to w.
func Write(w io.Writer, opts Options) error {
	if opts.Quads < MinQuads {
		return fmt.Errorf("a corpus needs at least %d quads, not %d", MinQuads, opts.Quads)
	}
	g := &generator{
		r:       rand.New(rand.NewPCG(opts.Seed, 0x636c61696d677261)),
		w:       bufio.NewWriterSize(w, 256<<10),
		left:    opts.Quads,
		defined: map[quad.IRI]bool{},
	}
	// The pool of people grows with the corpus: about one person per 2,000
	// quads, at least 20, at most every first × last name pair.
	g.people = min(max(opts.Quads/2000, 20), len(firstNames)*len(lastNames))
	var total float64
	for _, d := range demandWeights {
		total += d.w
	}
	acc := 0.0
	for _, d := range demandWeights {
		acc += d.w / total
		g.demandCDF = append(g.demandCDF, acc)
	}
	for article := 0; g.left > 0; article++ {
		g.article(article)
		if g.err != nil {
			return g.err
		}
	}
	return g.w.Flush()
}

type generator struct {
	r         *rand.Rand
	w         *bufio.Writer
	err       error
	left      int
	people    int
	demandCDF []float64
	defined   map[quad.IRI]bool
	line      strings.Builder
}

func (g *generator) emit(s quad.IRI, p quad.IRI, o quad.Value, label quad.IRI) {
	if g.err != nil {
		return
	}
	if g.left <= 0 {
		g.err = fmt.Errorf("internal error: quad budget overrun at %s %s", s, p)
		return
	}
	g.left--
	_, g.err = g.w.WriteString(nquads.Format(quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}) + "\n")
}

// The cost in quads of defining an entity, used to keep to the budget.
const (
	actorCost   = 3 // type, name, alternateName
	outletCost  = 2 // type, name
	personCost  = 6 // type, name, alternateName, jobTitle, memberOf, nationality
	demandCost  = 4 // type, name, description, raisedBy
	stmtMin     = 5 // type, speaker, speakerName, quote, source
	stmtMax     = 11
	articleMin  = 2 // type, name
	articleFull = 6 // + datePublished, publisher, url, description
)

func (g *generator) actor(i int) (quad.IRI, int) {
	a := actors[i]
	iri := schema.OrgIRI(a.id)
	if g.defined[iri] {
		return iri, 0
	}
	return iri, actorCost
}

func (g *generator) defineActor(i int) quad.IRI {
	a := actors[i]
	iri := schema.OrgIRI(a.id)
	if g.defined[iri] {
		return iri
	}
	g.defined[iri] = true
	class := schema.ClassOrganization
	if a.country {
		class = schema.ClassCountry
	}
	g.emit(iri, schema.Type, class, schema.CuratedLabel)
	g.emit(iri, schema.Name, quad.String(a.name), schema.CuratedLabel)
	g.emit(iri, schema.AlternateName, quad.String(a.alt), schema.CuratedLabel)
	return iri
}

// personOf maps a person index to its name parts.
func personOf(i int) (first, last [2]string) {
	return firstNames[i%len(firstNames)], lastNames[(i/len(firstNames)+i)%len(lastNames)]
}

func personIRI(i int) quad.IRI {
	f, l := personOf(i)
	return schema.PersonIRI(schema.Slug(f[0] + " " + l[0]))
}

// A person's country and organisation follow from the index.
func personActors(i int) (country, org int) {
	country = []int{0, 1, 2, 3, 4}[i%5]
	org = []int{8, 10, 5, 9, 6, 7, 11}[i%7]
	return country, org
}

func (g *generator) personCost(i int) int {
	if g.defined[personIRI(i)] {
		return 0
	}
	c, o := personActors(i)
	_, cc := g.actor(c)
	_, oc := g.actor(o)
	return personCost + cc + oc
}

func (g *generator) definePerson(i int) quad.IRI {
	iri := personIRI(i)
	if g.defined[iri] {
		return iri
	}
	c, o := personActors(i)
	country, org := g.defineActor(c), g.defineActor(o)
	g.defined[iri] = true
	f, l := personOf(i)
	g.emit(iri, schema.Type, schema.ClassPerson, schema.CuratedLabel)
	g.emit(iri, schema.Name, quad.String(f[0]+" "+l[0]), schema.CuratedLabel)
	g.emit(iri, schema.AlternateName, quad.String(f[1]+" "+l[1]), schema.CuratedLabel)
	g.emit(iri, schema.JobTitle, quad.String(jobTitles[i%len(jobTitles)]), schema.CuratedLabel)
	g.emit(iri, schema.MemberOf, org, schema.CuratedLabel)
	g.emit(iri, schema.Nationality, country, schema.CuratedLabel)
	return iri
}

func (g *generator) demandCost(id string) int {
	if id == "" || g.defined[schema.DemandIRI(id)] {
		return 0
	}
	_, c := g.actor(raiserOf(id))
	return demandCost + c
}

func raiserOf(id string) int {
	if d, _ := schema.DemandByID(id); d.Western {
		return 5 // nato
	}
	return 0 // russia
}

func (g *generator) defineDemand(id string) quad.IRI {
	iri := schema.DemandIRI(id)
	if g.defined[iri] {
		return iri
	}
	raiser := g.defineActor(raiserOf(id))
	g.defined[iri] = true
	d, _ := schema.DemandByID(id)
	g.emit(iri, schema.Type, schema.ClassDemand, schema.CuratedLabel)
	g.emit(iri, schema.Name, quad.String(d.Label), schema.CuratedLabel)
	g.emit(iri, schema.Description, quad.String(d.Description), schema.CuratedLabel)
	g.emit(iri, schema.RaisedBy, raiser, schema.CuratedLabel)
	return iri
}

// speaker draws a person with a heavy tail: a few people say most things.
func (g *generator) speaker() int {
	x := math.Pow(g.r.Float64(), 2.5)
	return int(x * float64(g.people))
}

func (g *generator) demand() string {
	x := g.r.Float64()
	for i, c := range g.demandCDF {
		if x < c {
			return demandWeights[i].id
		}
	}
	return demandWeights[len(demandWeights)-1].id
}

func (g *generator) quote(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[g.r.IntN(len(words))])
	}
	b.WriteByte('.')
	return b.String()
}

// day returns a date of the coverage year, 2021-12-01 onwards.
func day(n int) string {
	m := []int{31, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30}
	y, mon := 2021, 12
	for i := 0; n >= m[i%12]; i++ {
		n -= m[i%12]
		mon++
		if mon == 13 {
			y, mon = y+1, 1
		}
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mon, n+1)
}

// article writes one article's statements, then the article itself. Its
// metadata absorbs what is left of the budget when the corpus ends.
func (g *generator) article(n int) {
	outlet := outlets[n%len(outlets)]
	id := fmt.Sprintf("%s-%05d", outlet.id, n)
	doc := schema.DocIRI(id)
	published := g.r.IntN(365)
	outletIRI := schema.OrgIRI(outlet.id)
	outletNeed := 0
	if !g.defined[outletIRI] {
		outletNeed = outletCost
	}
	statements := 3 + g.r.IntN(18)
	offset := 200
	for s := 0; s < statements; s++ {
		who := g.speaker()
		dem := g.demand()
		need := g.personCost(who) + g.demandCost(dem) + stmtMin + articleMin + outletNeed
		if s > 0 && need > g.left {
			break
		}
		if need > g.left { // not even one statement fits with its entities
			who, dem = 0, ""
			if need = g.personCost(0) + stmtMin + articleMin + outletNeed; need > g.left {
				g.err = fmt.Errorf("internal error: %d quads left, %d needed", g.left, need)
				return
			}
		}
		speaker := g.definePerson(who)
		var demand quad.IRI
		if dem != "" {
			demand = g.defineDemand(dem)
		}
		label := doc
		if g.r.IntN(10) == 0 {
			label = schema.CuratedLabel
		}
		st := schema.StatementIRI(fmt.Sprintf("%s-%02d", id, s+1))
		f, l := personOf(who)
		names := []string{f[0] + " " + l[0], l[0], f[1] + " " + l[1], strings.ToUpper(l[0][:1]) + l[0][1:]}
		quoteLen := 12 + g.r.IntN(70)
		text := g.quote(quoteLen)
		// What the statement can afford beyond its minimum.
		spare := g.left - (stmtMin + articleMin + outletNeed)
		g.emit(st, schema.Type, schema.ClassStatement, label)
		g.emit(st, schema.Speaker, speaker, label)
		g.emit(st, schema.SpeakerName, quad.String(names[g.r.IntN(len(names))]), label)
		if dem != "" && spare >= 2 {
			g.emit(st, schema.DemandOf, demand, label)
			g.emit(st, schema.Stance, quad.String(stances[g.r.IntN(3)]), label)
			spare -= 2
		}
		g.emit(st, schema.Quote, quad.String(text), label)
		if spare >= 1 {
			g.emit(st, schema.Direct, quad.TypedString{Value: quad.String(fmt.Sprint(g.r.IntN(4) != 0)), Type: schema.XSDBoolean}, label)
			spare--
		}
		if spare >= 1 {
			g.emit(st, schema.Date, quad.TypedString{Value: quad.String(day(max(published-g.r.IntN(3), 0))), Type: schema.XSDDate}, label)
			spare--
		}
		g.emit(st, schema.Source, doc, label)
		if spare >= 2 {
			start := offset + g.r.IntN(400)
			end := start + len([]rune(text))
			offset = end
			g.emit(st, schema.SpanStart, quad.TypedString{Value: quad.String(fmt.Sprint(start)), Type: schema.XSDInteger}, label)
			g.emit(st, schema.SpanEnd, quad.TypedString{Value: quad.String(fmt.Sprint(end)), Type: schema.XSDInteger}, label)
		}
	}
	if outletNeed > 0 {
		g.defined[outletIRI] = true
		g.emit(outletIRI, schema.Type, schema.ClassOrganization, schema.CuratedLabel)
		g.emit(outletIRI, schema.Name, quad.String(outlet.name), schema.CuratedLabel)
	}
	g.emit(doc, schema.Type, schema.ClassNewsArticle, doc)
	g.emit(doc, schema.Name, quad.String(fmt.Sprintf("%s: %s", outlet.name, g.quote(6+g.r.IntN(8)))), doc)
	if g.left >= 1 {
		g.emit(doc, schema.DatePublished, quad.TypedString{Value: quad.String(day(published)), Type: schema.XSDDate}, doc)
	}
	if g.left >= 1 {
		g.emit(doc, schema.Publisher, outletIRI, doc)
	}
	if g.left >= 1 {
		g.emit(doc, schema.URL, quad.IRI("https://example.org/"+outlet.id+"/"+id), doc)
	}
	// The corpus is nearly done: alternate titles fill the last few quads,
	// since no further statement would fit with the entities it needs.
	if g.left < stmtMax+personCost+2*actorCost+demandCost+actorCost+articleFull+outletCost {
		for i := 0; g.left > 0; i++ {
			g.emit(doc, schema.AlternateName, quad.String(fmt.Sprintf("%s (%d)", id, i+1)), doc)
		}
	}
}
