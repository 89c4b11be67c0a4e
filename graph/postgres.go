package graph

// PostgreSQL: claimgraph keeps Cayley's own tables (nodes, quads; see
// github.com/cayleygraph/cayley@v0.7.7/graph/sql/database.go) so that
// Cayley's query languages and HTTP API read everything claimgraph writes,
// and adds two direct paths where Cayley's SQL backend is slow:
//
//   - Bulk load: Cayley inserts row by row (one INSERT per node, one per
//     quad). pgSink COPYs the call's nodes and quads into temporary tables
//     and moves them with three set-based statements, in one transaction.
//   - Reading statements: Cayley's SQL store reads each value of each quad
//     with a query of its own. prefetch reads every quad of a set of
//     subjects, with its values, in one query.

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// nodeColumns are the columns of Cayley's nodes table that pgSink fills.
var nodeColumns = []string{"hash", "refs", "value", "value_string", "datatype", "language",
	"iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

// pgSink loads a call into PostgreSQL in one transaction: nodes are COPYed
// into a temporary table as they come (each distinct value once), quads are
// spooled to a temporary file as four hashes (a connection runs one COPY at
// a time) and COPYed at commit; then the quads table takes the new quads
// (ON CONFLICT DO NOTHING keeps loads idempotent), the nodes table the new
// nodes, and reference counts grow by the quads actually inserted.
type pgSink struct {
	s *Store
	// before and incoming are the quads in the table and in the call.
	before, incoming int64
	db               *sql.DB
	tx               *sql.Tx
	nodes            *sql.Stmt
	spool            *os.File
	w                *bufio.Writer
	seen             map[cgraph.ValueHash]struct{}
}

func (s *Store) newPostgresSink(ctx context.Context, before, incoming int64) (sink, error) {
	db, err := sql.Open("postgres", s.loc.Addr)
	if err != nil {
		return nil, scrub(err, s.loc)
	}
	p := &pgSink{s: s, db: db, before: before, incoming: incoming, seen: map[cgraph.ValueHash]struct{}{}}
	if err := p.begin(ctx); err != nil {
		p.abort()
		return nil, scrub(err, s.loc)
	}
	return p, nil
}

func (p *pgSink) begin(ctx context.Context) error {
	var err error
	if p.tx, err = p.db.BeginTx(ctx, nil); err != nil {
		return err
	}
	for _, q := range []string{
		`CREATE TEMP TABLE claimgraph_nodes (LIKE nodes INCLUDING DEFAULTS) ON COMMIT DROP`,
		`CREATE TEMP TABLE claimgraph_quads (subject_hash BYTEA NOT NULL, predicate_hash BYTEA NOT NULL, object_hash BYTEA NOT NULL, label_hash BYTEA) ON COMMIT DROP`,
	} {
		if _, err := p.tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	if p.nodes, err = p.tx.PrepareContext(ctx, pq.CopyIn("claimgraph_nodes", nodeColumns...)); err != nil {
		return err
	}
	if p.spool, err = os.CreateTemp("", "claimgraph-quads-"); err != nil {
		return err
	}
	os.Remove(p.spool.Name()) // unlinked: gone with the process whatever happens
	p.w = bufio.NewWriterSize(p.spool, 1<<20)
	return nil
}

func (p *pgSink) method() string { return "copy" }

func (p *pgSink) write(ctx context.Context, qs []quad.Quad, _ bool) error {
	for _, q := range qs {
		var rec [4*quad.HashSize + 1]byte
		for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v == nil {
				continue
			}
			h := cgraph.HashOf(v)
			copy(rec[i*quad.HashSize:], h[:])
			if i == 3 {
				rec[4*quad.HashSize] = 1
			}
			if _, ok := p.seen[h]; ok {
				continue
			}
			p.seen[h] = struct{}{}
			row, err := nodeRow(h, v)
			if err != nil {
				return err
			}
			if _, err := p.nodes.ExecContext(ctx, row...); err != nil {
				return err
			}
		}
		if _, err := p.w.Write(rec[:]); err != nil {
			return err
		}
	}
	return nil
}

// nodeRow is a row of the nodes table for v, the way Cayley writes it
// (csql.NodeValues), with refs 0 until the quads are in.
func nodeRow(h cgraph.ValueHash, v quad.Value) ([]any, error) {
	typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
	if err != nil {
		return nil, err
	}
	row := make([]any, len(nodeColumns))
	row[0], row[1] = vals[0], 0
	for i, col := range typ.Columns() {
		for j, name := range nodeColumns {
			if name == col {
				row[j] = vals[i+1]
			}
		}
	}
	return row, nil
}

func (p *pgSink) commit(ctx context.Context) error {
	defer p.close()
	if err := p.copyQuads(ctx); err != nil {
		p.tx.Rollback()
		return err
	}
	if _, err := p.tx.ExecContext(ctx, `INSERT INTO nodes SELECT * FROM claimgraph_nodes ON CONFLICT (hash) DO NOTHING`); err != nil {
		p.tx.Rollback()
		return err
	}
	// A large load into a small table goes faster without the quads table's
	// six indexes and four foreign keys (which cost 80% of the insert):
	// drop them, insert, and build them again, all in this transaction,
	// which then holds the table exclusively until it commits.
	rebuild := p.before == 0 || p.incoming >= p.before
	var restore []string
	if rebuild {
		var err error
		if restore, err = p.dropIndexes(ctx); err != nil {
			p.tx.Rollback()
			return err
		}
	}
	insert := `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT DISTINCT subject_hash, predicate_hash, object_hash, label_hash, now() FROM claimgraph_quads
		ON CONFLICT DO NOTHING`
	if rebuild { // no unique index to conflict with: leave out what is there
		insert = `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT DISTINCT c.subject_hash, c.predicate_hash, c.object_hash, c.label_hash, now() FROM claimgraph_quads c
		WHERE NOT EXISTS (SELECT 1 FROM quads q WHERE q.subject_hash = c.subject_hash AND q.predicate_hash = c.predicate_hash
			AND q.object_hash = c.object_hash AND q.label_hash IS NOT DISTINCT FROM c.label_hash)`
	}
	statements := []string{
		`WITH ins AS (` + insert + `
			RETURNING subject_hash, predicate_hash, object_hash, label_hash
		), refs AS (
			SELECT h, count(*) AS n FROM (
				SELECT subject_hash AS h FROM ins UNION ALL
				SELECT predicate_hash FROM ins UNION ALL
				SELECT object_hash FROM ins UNION ALL
				SELECT label_hash FROM ins WHERE label_hash IS NOT NULL
			) AS x GROUP BY h
		)
		UPDATE nodes SET refs = nodes.refs + refs.n FROM refs WHERE nodes.hash = refs.h`,
		// A node that got no reference (its quads were all there already)
		// was there already too; none is left at 0. Cayley deletes at 0.
	}
	for _, q := range append(statements, restore...) {
		if _, err := p.tx.ExecContext(ctx, q); err != nil {
			p.tx.Rollback()
			return err
		}
	}
	if err := p.tx.Commit(); err != nil {
		return err
	}
	// Cayley's SQL store caches the quad count: reopen it.
	qs, err := cgraph.NewQuadStore(Postgres, p.s.loc.Addr, nil)
	if err != nil {
		return fmt.Errorf("reopen after load: %w", err)
	}
	old := p.s.qs
	p.s.qs = qs
	return old.Close()
}

// dropIndexes drops the quads table's indexes (but its primary key) and
// foreign keys and returns the statements that make them again, as the
// catalog defines them.
func (p *pgSink) dropIndexes(ctx context.Context) ([]string, error) {
	var drop, restore []string
	rows, err := p.tx.QueryContext(ctx, `SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
		WHERE conrelid = 'quads'::regclass AND contype = 'f' ORDER BY conname`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, err
		}
		drop = append(drop, `ALTER TABLE quads DROP CONSTRAINT `+pq.QuoteIdentifier(name))
		restore = append(restore, `ALTER TABLE quads ADD CONSTRAINT `+pq.QuoteIdentifier(name)+` `+def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = p.tx.QueryContext(ctx, `SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid
		WHERE x.indrelid = 'quads'::regclass AND NOT x.indisprimary ORDER BY i.relname`)
	if err != nil {
		return nil, err
	}
	var indexes []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, err
		}
		drop = append(drop, `DROP INDEX `+pq.QuoteIdentifier(name))
		indexes = append(indexes, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, q := range drop {
		if _, err := p.tx.ExecContext(ctx, q); err != nil {
			return nil, err
		}
	}
	// Indexes first: the foreign keys are checked with them in place.
	return append(indexes, restore...), nil
}

func (p *pgSink) copyQuads(ctx context.Context) error {
	if _, err := p.nodes.ExecContext(ctx); err != nil { // ends the nodes COPY
		return err
	}
	if err := p.nodes.Close(); err != nil {
		return err
	}
	p.nodes = nil
	if err := p.w.Flush(); err != nil {
		return err
	}
	if _, err := p.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	stmt, err := p.tx.PrepareContext(ctx, pq.CopyIn("claimgraph_quads", "subject_hash", "predicate_hash", "object_hash", "label_hash"))
	if err != nil {
		return err
	}
	defer stmt.Close()
	r := bufio.NewReaderSize(p.spool, 1<<20)
	var rec [4*quad.HashSize + 1]byte
	for {
		if _, err := io.ReadFull(r, rec[:]); err == io.EOF {
			break
		} else if err != nil {
			return err
		}
		row := make([]any, 4)
		for i := range 4 {
			row[i] = append([]byte(nil), rec[i*quad.HashSize:(i+1)*quad.HashSize]...)
		}
		if rec[4*quad.HashSize] == 0 {
			row[3] = nil
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return err
		}
	}
	_, err = stmt.ExecContext(ctx)
	return err
}

func (p *pgSink) abort() {
	if p.tx != nil {
		p.tx.Rollback()
	}
	p.close()
}

func (p *pgSink) close() {
	if p.nodes != nil {
		p.nodes.Close()
		p.nodes = nil
	}
	if p.spool != nil {
		p.spool.Close()
		p.spool = nil
	}
	p.db.Close()
}

// prefetchKey is the context key of quads read ahead by prefetch.
type prefetchKey struct{}

// prefetchSQL is prefetch on PostgreSQL: one query for every quad of refs.
func (s *Store) prefetchSQL(ctx context.Context, refs []cgraph.Ref) (context.Context, []cgraph.Ref, error) {
	hashes := make([]cgraph.ValueHash, 0, len(refs))
	for _, r := range refs {
		h, ok := r.Key().(cgraph.ValueHash)
		if !ok {
			return ctx, refs, nil // not Cayley's SQL refs: let Cayley read
		}
		hashes = append(hashes, h)
	}
	bySubject, err := s.quadsBySubject(ctx, hashes)
	if err != nil {
		return nil, nil, err
	}
	got := make(map[any][]quad.Quad, len(refs))
	out := make([]cgraph.Ref, len(refs))
	for i, r := range refs {
		qs := bySubject[hashes[i]]
		if len(qs) == 0 {
			got[r.Key()] = nil
			out[i] = r
			continue
		}
		f := cgraph.PreFetched(qs[0].Subject)
		got[f.Key()] = qs
		out[i] = f
	}
	return context.WithValue(ctx, prefetchKey{}, got), out, nil
}

// prefetched returns the quads prefetch read for the subject ref.
func prefetched(ctx context.Context, ref cgraph.Ref) ([]quad.Quad, bool) {
	got, _ := ctx.Value(prefetchKey{}).(map[any][]quad.Quad)
	if got == nil {
		return nil, false
	}
	qs, ok := got[ref.Key()]
	return qs, ok
}

// quadsBySubject reads every quad whose subject is one of hashes, values
// included, in one query (Cayley's SQL store sends one query per value).
// Subjects without quads are missing from the map.
func (s *Store) quadsBySubject(ctx context.Context, hashes []cgraph.ValueHash) (map[cgraph.ValueHash][]quad.Quad, error) {
	hexes := make([]string, len(hashes)) // lib/pq v1.1.1 sends a [][]byte array as text: hex
	for i, h := range hashes {
		hexes[i] = hex.EncodeToString(h[:])
	}
	rows, err := s.queryRaw(ctx, `
		SELECT q.subject_hash, s.value_string, s.iri, p.value_string, l.value_string,
			o.value, o.value_string, o.datatype, o.language, o.iri, o.bnode,
			o.value_int, o.value_bool, o.value_float, o.value_time
		FROM quads q
		JOIN nodes s ON s.hash = q.subject_hash
		JOIN nodes p ON p.hash = q.predicate_hash
		JOIN nodes o ON o.hash = q.object_hash
		LEFT JOIN nodes l ON l.hash = q.label_hash
		WHERE q.subject_hash IN (SELECT decode(h, 'hex') FROM unnest($1::text[]) AS h)`, pq.Array(hexes))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[cgraph.ValueHash][]quad.Quad, len(hashes))
	for rows.Next() {
		var (
			sh              []byte
			subj, pred, lab sql.NullString
			subjIRI         sql.NullBool
			n               nodeCols
		)
		if err := rows.Scan(&sh, &subj, &subjIRI, &pred, &lab, &n.data, &n.str, &n.typ, &n.lang, &n.iri, &n.bnode,
			&n.vint, &n.vbool, &n.vfloat, &n.vtime); err != nil {
			return nil, err
		}
		if len(sh) != quad.HashSize || !subj.Valid || !pred.Valid {
			return nil, fmt.Errorf("quad with a subject or predicate that is not an IRI in %s", s.loc)
		}
		var h cgraph.ValueHash
		copy(h[:], sh)
		var sv quad.Value = quad.IRI(subj.String)
		if !subjIRI.Bool {
			sv = quad.BNode(subj.String)
		}
		q := quad.Quad{Subject: sv, Predicate: quad.IRI(pred.String), Object: n.value()}
		if lab.Valid {
			q.Label = quad.IRI(lab.String)
		}
		out[h] = append(out[h], q)
	}
	if err := rows.Err(); err != nil {
		return nil, scrub(err, s.loc)
	}
	return out, nil
}

// nodeCols is a row of Cayley's nodes table; value decodes it as Cayley's
// SQL store does (QuadStore.NameOf).
type nodeCols struct {
	data   []byte
	str    sql.NullString
	typ    sql.NullString
	lang   sql.NullString
	iri    sql.NullBool
	bnode  sql.NullBool
	vint   sql.NullInt64
	vbool  sql.NullBool
	vfloat sql.NullFloat64
	vtime  csql.NullTime
}

func (n *nodeCols) value() quad.Value {
	unescape := func(s string) string { return strings.ReplaceAll(s, `\x00`, "\x00") }
	switch {
	case n.str.Valid && n.iri.Bool:
		return quad.IRI(n.str.String)
	case n.str.Valid && n.bnode.Bool:
		return quad.BNode(n.str.String)
	case n.str.Valid && n.lang.Valid:
		return quad.LangString{Value: quad.String(unescape(n.str.String)), Lang: n.lang.String}
	case n.str.Valid && n.typ.Valid:
		return quad.TypedString{Value: quad.String(unescape(n.str.String)), Type: quad.IRI(n.typ.String)}
	case n.str.Valid:
		return quad.String(unescape(n.str.String))
	case n.vint.Valid:
		return quad.Int(n.vint.Int64)
	case n.vbool.Valid:
		return quad.Bool(n.vbool.Bool)
	case n.vfloat.Valid:
		return quad.Float(n.vfloat.Float64)
	case n.vtime.Valid:
		return quad.Time(n.vtime.Time)
	}
	v, err := pquads.UnmarshalValue(n.data)
	if err != nil {
		return nil
	}
	return v
}

// rawQuery is SQL text as a csql.Shape, so that it runs on the connection
// pool of Cayley's own SQL store.
type rawQuery struct {
	text string // with $1 … placeholders
	args []csql.Value
}

func (r rawQuery) SQL(*csql.Builder) string { return r.text }
func (r rawQuery) Args() []csql.Value       { return r.args }
func (r rawQuery) Columns() []string        { return nil }

// sqlArg is a query argument as a csql.Value.
type sqlArg struct{ v any }

func (a sqlArg) SQLValue() any { return a.v }

// queryRaw runs SQL on the store's PostgreSQL connections.
func (s *Store) queryRaw(ctx context.Context, text string, args ...any) (*sql.Rows, error) {
	qs, ok := s.qs.(*csql.QuadStore)
	if !ok {
		return nil, fmt.Errorf("%s is not an SQL store", s.loc)
	}
	vals := make([]csql.Value, len(args))
	for i, a := range args {
		vals[i] = sqlArg{a}
	}
	rows, err := qs.Query(ctx, rawQuery{text: text, args: vals})
	return rows, scrub(err, s.loc)
}
