package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"

	"github.com/claimgraph/claimgraph/schema"
	"github.com/claimgraph/claimgraph/schema/nquads"
)

// Bulk loading: LoadFiles streams N-Quads files into the store in two passes
// over the input, so memory depends on the number of subjects, not of quads.
//
//  1. scan: parse every file, collect syntax errors, count quads and record
//     each subject's declared classes and whether its quads are split into
//     more than one run (not adjacent in the input).
//  2. load: parse again and cut the input into chunks at subject boundaries.
//     Each chunk is validated with schema.Validate against a view that
//     answers for the rest of the input from the scan's table (so forward
//     references resolve) and for the database from the store; the quads of
//     split subjects are held back and validated together at the end. Valid
//     chunks go to a sink on another goroutine while the next is parsed.
//
// Nothing is visible until every chunk has been validated and written: bolt
// loads are built in a fresh file beside the store and renamed over it at the
// end (see boltTarget); other backends take the call in one transaction.

// BulkOptions tune LoadFiles.
type BulkOptions struct {
	// Chunk is how many quads are validated and written together; 0 means
	// DefaultChunk.
	Chunk int
	// Progress, when set, hears about both passes.
	Progress Progress
}

// DefaultChunk is the chunk size of LoadFiles: large enough that per-chunk
// costs vanish, small enough that a chunk's quads (≈ 25 MB) do not matter.
const DefaultChunk = 50_000

// Progress is told how a bulk load advances: Start at the beginning of each
// phase with its total (in units of that phase), Add as work is done, Finish
// at its end. Phases are "checking" (bytes of input) and "loading" (quads).
type Progress interface {
	Start(phase string, total int64)
	Add(n int64)
	Finish()
}

// BulkStats counts what LoadFiles read and changed.
type BulkStats struct {
	Read    int64  // quads in the files
	Added   int64  // quads that were not in the store before
	Present int64  // quads that were there already or repeated in the input
	Method  string // how they were written: "build", "copy", "transaction"
}

// LoadFiles validates the N-Quads files against the schema and the store and
// loads them, all or nothing. On schema violations (syntax included) it loads
// nothing and returns them, sorted by file and line, with a nil error; err is
// for everything else (I/O, the database), and also leaves the store as it was.
func (s *Store) LoadFiles(ctx context.Context, paths []string, opts BulkOptions) (BulkStats, []schema.Violation, error) {
	if opts.Chunk <= 0 {
		opts.Chunk = DefaultChunk
	}
	prog := opts.Progress
	if prog == nil {
		prog = noProgress{}
	}
	sc, err := scanFiles(ctx, paths, prog)
	if err != nil {
		return BulkStats{}, nil, err
	}
	var st BulkStats
	st.Read = sc.quads
	before, err := s.size(ctx)
	if err != nil {
		return BulkStats{}, nil, err
	}
	sink, err := s.newSink(ctx, before, sc.quads, opts.Chunk, len(sc.syntax) > 0)
	if err != nil {
		return BulkStats{}, nil, err
	}
	committed := false
	defer func() {
		if !committed {
			sink.abort()
		}
	}()
	st.Method = sink.method()
	violations, err := s.stream(ctx, paths, sc, sink, opts.Chunk, prog)
	if err != nil {
		return BulkStats{}, nil, err
	}
	violations = append(sc.syntax, violations...)
	if len(violations) > 0 {
		schema.SortViolations(violations)
		return BulkStats{Read: sc.quads}, violations, nil
	}
	committed = true
	if err := sink.commit(ctx); err != nil {
		return BulkStats{}, nil, fmt.Errorf("load into %s: %w", s.loc, scrub(err, s.loc))
	}
	after, err := s.size(ctx)
	if err != nil {
		return BulkStats{}, nil, err
	}
	st.Added = after - before
	st.Present = st.Read - st.Added
	return st, nil, nil
}

// size is the store's quad count, exact and cheap: a kv store keeps an exact
// counter (Count asks for exact=true, which walks every quad of a kv store). A kv store that never held a quad has no
// counter yet, which Cayley reports as an error: that is 0.
func (s *Store) size(ctx context.Context) (int64, error) {
	// Cayley's SQL store estimates unless asked for an exact count.
	st, err := s.qs.Stats(ctx, s.loc.Backend != Bolt)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return st.Quads.Size, nil
}

// scan is what pass 1 learns: per subject, its declared classes and whether
// its quads are split. Subjects are kept by a 128-bit hash of their IRI and
// classes as a bit set over the distinct classes of the input, about 40
// bytes a subject instead of the IRI itself.
type scan struct {
	quads    int64
	subjects map[subjectKey]uint64 // bit 63: split; bits 0–62: classes[i]
	classes  []quad.IRI
	more     map[subjectKey][]quad.IRI // classes past the 63rd (odd input only)
	syntax   []schema.Violation
	seed     [2]maphash.Seed
}

type subjectKey [2]uint64

const splitBit = 1 << 63

func (sc *scan) key(iri quad.IRI) subjectKey {
	return subjectKey{maphash.String(sc.seed[0], string(iri)), maphash.String(sc.seed[1], string(iri))}
}

// subject returns what the input declares about iri.
func (sc *scan) subject(iri quad.IRI) (types []quad.IRI, split, ok bool) {
	k := sc.key(iri)
	bits, ok := sc.subjects[k]
	if !ok {
		return nil, false, false
	}
	for i, c := range sc.classes {
		if bits&(1<<i) != 0 {
			types = append(types, c)
		}
	}
	return append(types, sc.more[k]...), bits&splitBit != 0, true
}

// scanFiles is pass 1.
func scanFiles(ctx context.Context, paths []string, prog Progress) (*scan, error) {
	var total int64
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		total += fi.Size()
	}
	prog.Start("checking", total)
	defer prog.Finish()
	sc := &scan{subjects: map[subjectKey]uint64{}, seed: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}}
	classIndex := map[quad.IRI]int{}
	for _, path := range paths {
		var prev subjectKey
		first := true
		err := readQuads(ctx, path, prog, func(q quad.Quad, line int) error {
			sc.quads++
			s, ok := q.Subject.(quad.IRI)
			if !ok {
				return nil // Validate reports it in pass 2
			}
			k := sc.key(s)
			bits, seen := sc.subjects[k]
			if first || k != prev {
				if seen {
					bits |= splitBit
				}
				prev, first = k, false
			}
			if q.Predicate == schema.Type {
				if c, ok := q.Object.(quad.IRI); ok {
					i, ok := classIndex[c]
					if !ok {
						i = len(sc.classes)
						// The parser's values share their line's memory: copy.
						c = quad.IRI(strings.Clone(string(c)))
						classIndex[c] = i
						sc.classes = append(sc.classes, c)
					}
					if i < 63 {
						bits |= 1 << i
					} else if !containsClass(sc.more[k], sc.classes[i]) {
						if sc.more == nil {
							sc.more = map[subjectKey][]quad.IRI{}
						}
						sc.more[k] = append(sc.more[k], sc.classes[i])
					}
				}
			}
			sc.subjects[k] = bits
			return nil
		}, func(v schema.Violation) { sc.syntax = append(sc.syntax, v) })
		if err != nil {
			return nil, err
		}
	}
	sc.classes = sc.classes[:min(len(sc.classes), 63)]
	return sc, nil
}

func containsClass(cs []quad.IRI, c quad.IRI) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// readQuads streams the quads of one file to fn and its syntax errors to bad.
func readQuads(ctx context.Context, path string, prog Progress, fn func(quad.Quad, int) error, bad func(schema.Violation)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := nquads.NewReader(&countingReader{r: f, prog: prog})
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		q, line, err := r.Next()
		if err == io.EOF {
			return nil
		}
		var se *nquads.SyntaxError
		if errors.As(err, &se) {
			bad(schema.Violation{File: path, Line: se.Line, Rule: schema.RuleSyntax,
				Message: fmt.Sprintf("column %d: %s", se.Col, se.Msg), Quad: se.Text})
			continue
		}
		if err != nil {
			return fmt.Errorf("%q: %w", path, err)
		}
		if err := fn(q, line); err != nil {
			return err
		}
	}
}

type countingReader struct {
	r    io.Reader
	prog Progress
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.prog.Add(int64(n))
	return n, err
}

// chunk is a run of whole subjects, validated and written together.
type chunk struct {
	quads []schema.Located
}

// stream is pass 2: parse, cut into chunks, validate, hand valid chunks to
// the sink on its own goroutine. Once a violation is found nothing more is
// written, but validation goes on so that every violation is reported.
func (s *Store) stream(ctx context.Context, paths []string, sc *scan, sink sink, size int, prog Progress) ([]schema.Violation, error) {
	prog.Start("loading", sc.quads)
	defer prog.Finish()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type batch struct {
		qs      []quad.Quad
		grouped bool
	}
	work := make(chan batch, 2)
	done := make(chan error, 1)
	go func() {
		var err error
		for b := range work {
			if err == nil {
				if err = sink.write(ctx, b.qs, b.grouped); err != nil {
					cancel()
				}
			}
			prog.Add(int64(len(b.qs)))
		}
		done <- err
	}()
	var (
		violations []schema.Violation
		cur        []schema.Located
		held       []schema.Located // quads of split subjects
		prev       string
		failed     = len(sc.syntax) > 0
		ferr       error
	)
	// grouped: each subject's quads are adjacent, so duplicates are too.
	flush := func(ls []schema.Located, grouped bool) {
		if len(ls) == 0 || ferr != nil {
			return
		}
		vs, err := schema.Validate(ctx, ls, &chunkView{store: s, scan: sc, chunk: ls})
		if err != nil {
			ferr = err
			return
		}
		violations = append(violations, vs...)
		if len(vs) > 0 {
			failed = true
		}
		if failed {
			prog.Add(int64(len(ls)))
			return
		}
		qs := make([]quad.Quad, len(ls))
		for i := range ls {
			qs[i] = ls[i].Quad
		}
		select {
		case work <- batch{qs, grouped}:
		case <-ctx.Done():
			ferr = ctx.Err()
		}
	}
	for _, path := range paths {
		err := readQuads(ctx, path, noProgress{}, func(q quad.Quad, line int) error {
			l := schema.Located{Quad: q, File: path, Line: line}
			subj := ""
			if iri, ok := q.Subject.(quad.IRI); ok {
				subj = string(iri)
				if _, split, _ := sc.subject(iri); split {
					held = append(held, l)
					return nil
				}
			}
			if subj != prev && len(cur) >= size {
				flush(cur, true)
				cur = make([]schema.Located, 0, size+64)
			}
			prev = subj
			cur = append(cur, l)
			return ferr
		}, func(schema.Violation) {})
		if err != nil && ferr == nil {
			ferr = err
		}
	}
	flush(cur, true)
	flush(held, false)
	close(work)
	if err := <-done; err != nil {
		return nil, err
	}
	if ferr != nil {
		return nil, ferr
	}
	return violations, nil
}

// chunkView is the schema.Graph a chunk is validated against: the store,
// plus the classes the rest of the input declares for subjects outside the
// chunk. Subjects inside the chunk have all their input quads in it (split
// subjects come as one chunk of their own), so for them the store alone speaks.
type chunkView struct {
	store *Store
	scan  *scan
	chunk []schema.Located
	in    map[string]bool
	// pre holds what the store has about every IRI of the chunk, read ahead
	// when the first question comes (on PostgreSQL in one query).
	pre map[cgraph.ValueHash][]quad.Quad
}

func (v *chunkView) Describe(ctx context.Context, s quad.Value) ([]quad.Quad, error) {
	if v.in == nil {
		v.in = make(map[string]bool, len(v.chunk)/4)
		for _, l := range v.chunk {
			if si, ok := l.Quad.Subject.(quad.IRI); ok {
				v.in[string(si)] = true
			}
		}
		if err := v.readAhead(ctx); err != nil {
			return nil, err
		}
	}
	qs, ok := v.pre[cgraph.HashOf(s)]
	if !ok {
		var err error
		if qs, err = v.store.Describe(ctx, s); err != nil {
			return nil, err
		}
	}
	iri, ok := s.(quad.IRI)
	if !ok {
		return qs, nil
	}
	types, _, known := v.scan.subject(iri)
	if !known || v.in[string(iri)] {
		return qs, nil
	}
	for _, c := range types {
		q := quad.Quad{Subject: iri, Predicate: schema.Type, Object: c}
		if !hasQuad(qs, q) {
			qs = append(qs, q)
		}
	}
	return qs, nil
}

// readAhead fills pre for the chunk's subjects and IRI objects.
func (v *chunkView) readAhead(ctx context.Context) error {
	iris := map[cgraph.ValueHash]quad.IRI{}
	var hashes []cgraph.ValueHash
	for _, l := range v.chunk {
		for _, x := range []quad.Value{l.Quad.Subject, l.Quad.Object} {
			if iri, ok := x.(quad.IRI); ok {
				if h := cgraph.HashOf(iri); iris[h] == "" {
					iris[h] = iri
					hashes = append(hashes, h)
				}
			}
		}
	}
	var pre map[cgraph.ValueHash][]quad.Quad
	if v.store.loc.Backend == Postgres {
		var err error
		if pre, err = v.store.quadsBySubject(ctx, hashes); err != nil {
			return err
		}
	} else {
		// Elsewhere: the IRIs the store knows, read ahead in one batch.
		var refs []cgraph.Ref
		for _, h := range hashes {
			if r := v.store.qs.ValueOf(iris[h]); r != nil {
				refs = append(refs, r)
			}
		}
		pre = make(map[cgraph.ValueHash][]quad.Quad, len(hashes))
		if len(refs) > 0 {
			pctx, _, err := v.store.prefetch(ctx, refs)
			if err != nil {
				return err
			}
			got, _ := pctx.Value(prefetchKey{}).(map[any][]quad.Quad)
			if got == nil {
				return nil // nothing read ahead: Describe asks the store
			}
			for _, qs := range got {
				if len(qs) > 0 {
					pre[cgraph.HashOf(qs[0].Subject)] = qs
				}
			}
		}
	}
	for _, h := range hashes {
		if _, ok := pre[h]; !ok {
			pre[h] = nil // asked: the store has nothing about it
		}
	}
	v.pre = pre
	return nil
}

func hasQuad(qs []quad.Quad, q quad.Quad) bool {
	for _, x := range qs {
		if x.Subject == q.Subject && x.Predicate == q.Predicate && x.Object == q.Object {
			return true
		}
	}
	return false
}

// sink receives valid chunks; nothing it writes is visible before commit.
type sink interface {
	method() string
	write(ctx context.Context, qs []quad.Quad, grouped bool) error
	commit(ctx context.Context) error
	abort()
}

// newSink picks how this call writes. invalid says the input already failed
// (syntax), so nothing will be written and no target need be prepared.
func (s *Store) newSink(ctx context.Context, before, incoming int64, chunk int, invalid bool) (sink, error) {
	if invalid {
		return discard{}, nil
	}
	switch s.loc.Backend {
	case Bolt:
		if before > 0 && incoming <= int64(chunk) {
			// One bolt transaction is atomic, and cheaper than copying a
			// large store for a small file.
			return &txSink{s: s}, nil
		}
		return s.newBoltTarget(ctx, before == 0, incoming)
	case Postgres:
		return s.newPostgresSink(ctx, before, incoming)
	}
	return &txSink{s: s}, nil
}

type discard struct{}

func (discard) method() string                                 { return "none" }
func (discard) write(context.Context, []quad.Quad, bool) error { return nil }
func (discard) commit(context.Context) error                   { return nil }
func (discard) abort()                                         {}

// txSink gathers the whole call and applies it as one Cayley transaction:
// for the in-memory store, where the quads live in memory anyway, and for
// loads of at most one chunk into a bolt store that already has data.
type txSink struct {
	s      *Store
	deltas []cgraph.Delta
	seen   map[quadKey]struct{}
}

func (t *txSink) method() string { return "transaction" }

func (t *txSink) write(ctx context.Context, qs []quad.Quad, _ bool) error {
	if t.seen == nil {
		t.seen = map[quadKey]struct{}{}
	}
	for _, q := range qs {
		k := keyOf(q)
		if _, dup := t.seen[k]; dup {
			continue
		}
		t.seen[k] = struct{}{}
		t.deltas = append(t.deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return nil
}

func (t *txSink) commit(ctx context.Context) error {
	if len(t.deltas) == 0 {
		return nil
	}
	return t.s.qs.ApplyDeltas(t.deltas, ignore)
}

func (t *txSink) abort() { t.deltas = nil }

type noProgress struct{}

func (noProgress) Start(string, int64) {}
func (noProgress) Add(int64)           {}
func (noProgress) Finish()             {}

// boltTarget writes a bolt load into a new file beside the store and renames
// it over the store's indexes.bolt on commit, so a failed or interrupted load
// leaves the store exactly as it was. Into an empty store the file is built
// directly in Cayley v0.7.7's kv layout (builder); into a store with data,
// the store's file is copied and the builder adds to the copy (Cayley's own
// write path does, should the copy not have the layout the builder knows).
type boltTarget struct {
	s   *Store
	tmp string // a directory beside the store, on the same file system
	b   *builder
	qs  cgraph.QuadStore
}

// bulkBoltOptions open the load's own file: no bloom filters (they cost
// 550 MB and a rescan) and no fsync per transaction; commit syncs once.
var bulkBoltOptions = cgraph.Options{"no_bloom": true, "nosync": true}

func (s *Store) newBoltTarget(ctx context.Context, empty bool, incoming int64) (*boltTarget, error) {
	dir := filepath.Clean(s.loc.Addr)
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".load-")
	if err != nil {
		return nil, err
	}
	t := &boltTarget{s: s, tmp: tmp}
	if empty {
		if err := cgraph.InitQuadStore(Bolt, tmp, bulkBoltOptions); err != nil {
			t.abort()
			return nil, err
		}
		if t.b, err = openBuilder(filepath.Join(tmp, "indexes.bolt"), incoming); err != nil {
			t.abort()
			return nil, err
		}
		return t, nil
	}
	// The store is open in this process, which holds bolt's lock on it, so
	// no one writes while it is copied.
	if err := copyFile(filepath.Join(dir, "indexes.bolt"), filepath.Join(tmp, "indexes.bolt")); err != nil {
		t.abort()
		return nil, err
	}
	if t.b, err = openBuilder(filepath.Join(tmp, "indexes.bolt"), incoming); err == nil {
		return t, nil
	}
	// Not the layout the builder knows: Cayley's own write path on the copy.
	if t.qs, err = cgraph.NewQuadStore(Bolt, tmp, bulkBoltOptions); err != nil {
		t.abort()
		return nil, err
	}
	return t, nil
}

func (t *boltTarget) method() string {
	switch {
	case t.b != nil && !t.b.existing:
		return "build"
	case t.b != nil:
		return "copy+build"
	}
	return "copy"
}

func (t *boltTarget) write(ctx context.Context, qs []quad.Quad, grouped bool) error {
	if t.b != nil {
		return t.b.write(qs, grouped)
	}
	seen := make(map[quadKey]struct{}, len(qs))
	deltas := make([]cgraph.Delta, 0, len(qs))
	for _, q := range qs {
		k := keyOf(q)
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return t.qs.ApplyDeltas(deltas, ignore)
}

func (t *boltTarget) commit(ctx context.Context) error {
	defer os.RemoveAll(t.tmp)
	file := filepath.Join(t.tmp, "indexes.bolt")
	if t.b != nil {
		err := t.b.finish()
		t.b = nil
		if err != nil {
			return err
		}
	} else {
		err := t.qs.Close()
		t.qs = nil
		if err != nil {
			return err
		}
		if err := syncFile(file); err != nil {
			return err
		}
	}
	dir := filepath.Clean(t.s.loc.Addr)
	if err := os.Rename(file, filepath.Join(dir, "indexes.bolt")); err != nil {
		return err
	}
	if err := syncFile(dir); err != nil {
		return err
	}
	// The store's handle still reads the replaced file: reopen, with a lock
	// timeout. Readers (a 'serve') may have opened the new file already;
	// then this handle can only read, which is all a caller needs to see
	// the result.
	qs, err := openBolt(dir, Options{})
	if errors.Is(err, ErrLocked) {
		qs, err = openBolt(dir, Options{ReadOnly: true})
	}
	if err != nil {
		return fmt.Errorf("reopen after load: %w", err)
	}
	old := t.s.qs
	t.s.qs = qs
	return old.Close()
}

func (t *boltTarget) abort() {
	if t.b != nil {
		t.b.db.Close()
	}
	if t.qs != nil {
		t.qs.Close()
	}
	os.RemoveAll(t.tmp)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// syncFile fsyncs a file or a directory.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// builder writes quads straight into a freshly initialised Cayley v0.7.7 kv
// store in bolt, the layout graph/kv/indexing.go defines: every node and quad
// is a proto.Primitive in the "log" bucket under its big-endian id (ids count
// up from 1, nodes and quads alike, the last one is meta "horizon"); a
// node's id is in bucket "v"+hash[0:2] under its hash, its reference count in
// "n"+hash[0:2]; the "sp" and "ops" indexes map big-endian (subject,
// predicate) and (object, predicate, subject) ids to the uvarint list of
// quad ids; meta "size" counts quads. Cayley's own path reads and rewrites
// index lists, node counts and meta for every batch; the builder keeps node
// ids in memory, appends the log in id order, sorts the index entries and
// writes each node once at the end. TestBuilderMatchesCayley checks the
// result against a store written by Cayley's ApplyDeltas.
type builder struct {
	db    *bolt.DB
	next  uint64
	nodes map[cgraph.ValueHash]nodeRec
	sp    []indexEntry
	ops   []indexEntry
	added uint64
	now   int64
	// base is the store's quad count before the load; existing says it had
	// data, so nodes, quads and index lists are looked up before written.
	base     uint64
	existing bool
	// flushed says an index bucket already holds entries from an earlier flush.
	flushed bool
}

type nodeRec struct {
	id, refs uint64
	old      bool // the store had it before the load
}

// allOld reports whether every node of a quad was in the store before the
// load; only then can the store have had the quad.
func (b *builder) allOld(hs [4]cgraph.ValueHash, ids [4]uint64) bool {
	for i := range ids {
		if ids[i] != 0 && !b.nodes[hs[i]].old {
			return false
		}
	}
	return true
}

// indexEntry is one quad id under an index key of up to three node ids.
type indexEntry struct {
	k  [3]uint64
	id uint64
}

// builderFlush bounds the index entries held in memory: two slices of
// 32-byte entries, 64 MB.
const builderFlush = 1_000_000

func openBuilder(path string, incoming int64) (*builder, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, err
	}
	db.NoSync = true
	db.NoGrowSync = true
	n := int(min(incoming, builderFlush+DefaultChunk))
	b := &builder{db: db, next: 1, nodes: map[cgraph.ValueHash]nodeRec{},
		sp: make([]indexEntry, 0, n), ops: make([]indexEntry, 0, n), now: time.Now().UnixNano()}
	err = db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket([]byte("meta"))
		if meta == nil {
			return errors.New("not a Cayley kv store: no meta bucket")
		}
		var indexes []kv.QuadIndex
		if err := json.Unmarshal(meta.Get([]byte("indexes")), &indexes); err != nil || !reflect.DeepEqual(indexes, kv.DefaultQuadIndexes) {
			return errors.New("the store does not have Cayley v0.7.7's default indexes")
		}
		if v := meta.Get([]byte("horizon")); len(v) == 8 {
			b.next = binary.LittleEndian.Uint64(v) + 1
		}
		if v := meta.Get([]byte("size")); len(v) == 8 {
			b.base = binary.LittleEndian.Uint64(v)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	// Into a store with data: nodes may exist, quads may exist, index lists
	// may exist and are appended to.
	b.existing = b.next > 1
	b.flushed = b.existing
	return b, nil
}

// oldNode looks a value up among the nodes the store had before the load.
func (b *builder) oldNode(tx *bolt.Tx, h cgraph.ValueHash) (uint64, bool) {
	bk := tx.Bucket([]byte{'v', h[0], h[1]})
	if bk == nil {
		return 0, false
	}
	v := bk.Get(h[:])
	if v == nil {
		return 0, false
	}
	id, n := binary.Uvarint(v)
	return id, n > 0 && id != 0
}

// hasQuad reports whether the store had the quad of node ids before the
// load: the "sp" list of its subject and predicate, then each quad's object
// and label, as Cayley's own duplicate check does without bloom filters.
func (b *builder) hasQuad(tx *bolt.Tx, ids [4]uint64) (bool, error) {
	sp := tx.Bucket([]byte("sp"))
	log := tx.Bucket([]byte("log"))
	if sp == nil || log == nil {
		return false, errors.New("not a Cayley kv store: no sp or log bucket")
	}
	var key [16]byte
	binary.BigEndian.PutUint64(key[:8], ids[0])
	binary.BigEndian.PutUint64(key[8:], ids[1])
	list := sp.Get(key[:])
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return false, errors.New("corrupt sp index list")
		}
		list = list[n:]
		var k [8]byte
		binary.BigEndian.PutUint64(k[:], id)
		raw := log.Get(k[:])
		if raw == nil {
			continue
		}
		var p proto.Primitive
		if err := p.Unmarshal(raw); err != nil {
			return false, err
		}
		if !p.Deleted && p.Object == ids[2] && p.Label == ids[3] {
			return true, nil
		}
	}
	return false, nil
}

// write adds qs. With grouped, the quads of each subject are adjacent and no
// other write has any (LoadFiles' chunks), so duplicates are found among
// the quads of the current subject alone; otherwise among all of qs.
func (b *builder) write(qs []quad.Quad, grouped bool) error {
	// Flush first if this chunk could overflow the held entries: the slices
	// then never grow past their first allocation.
	if len(b.sp)+len(qs) > max(cap(b.sp), builderFlush) {
		if err := b.flushIndexes(); err != nil {
			return err
		}
	}
	seen := map[[4]uint64]struct{}{}
	var subject uint64
	err := b.db.Update(func(tx *bolt.Tx) error {
		log := tx.Bucket([]byte("log"))
		if log == nil {
			return errors.New("not a Cayley kv store: no log bucket")
		}
		log.FillPercent = 1 // ids only grow
		for _, q := range qs {
			var ids [4]uint64
			var hs [4]cgraph.ValueHash
			for i, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
				if v == nil {
					continue
				}
				h := cgraph.HashOf(v)
				n, ok := b.nodes[h]
				if !ok && b.existing {
					if n.id, n.old = b.oldNode(tx, h); n.old {
						b.nodes[h] = n
						ok = true
					}
				}
				if !ok {
					n.id = b.next
					b.next++
					val, err := pquads.MarshalValue(v)
					if err != nil {
						return err
					}
					if err := b.putLog(log, &proto.Primitive{ID: n.id, Value: val, Timestamp: b.now}); err != nil {
						return err
					}
					b.nodes[h] = n
				}
				ids[i], hs[i] = n.id, h
			}
			if grouped && ids[0] != subject {
				clear(seen)
				subject = ids[0]
			}
			if _, dup := seen[ids]; dup {
				continue
			}
			seen[ids] = struct{}{}
			if b.existing && b.allOld(hs, ids) {
				if had, err := b.hasQuad(tx, ids); err != nil {
					return err
				} else if had {
					continue
				}
			}
			for i := range ids {
				if ids[i] != 0 {
					n := b.nodes[hs[i]]
					n.refs++
					b.nodes[hs[i]] = n
				}
			}
			id := b.next
			b.next++
			p := &proto.Primitive{ID: id, Subject: ids[0], Predicate: ids[1], Object: ids[2], Label: ids[3], Timestamp: b.now}
			if err := b.putLog(log, p); err != nil {
				return err
			}
			b.sp = append(b.sp, indexEntry{k: [3]uint64{ids[0], ids[1]}, id: id})
			b.ops = append(b.ops, indexEntry{k: [3]uint64{ids[2], ids[1], ids[0]}, id: id})
			b.added++
		}
		return nil
	})
	return err
}

func (b *builder) putLog(log *bolt.Bucket, p *proto.Primitive) error {
	buf, err := p.Marshal()
	if err != nil {
		return err
	}
	key := make([]byte, 8)
	binary.BigEndian.PutUint64(key, p.ID)
	return log.Put(key, buf)
}

// flushIndexes writes the held index entries, appending to lists an earlier
// flush wrote.
func (b *builder) flushIndexes() error {
	// Sort both indexes at once, one per core.
	sorted := make(chan struct{})
	go func() {
		sortEntries(b.ops)
		close(sorted)
	}()
	sortEntries(b.sp)
	<-sorted
	for _, ix := range []struct {
		name    string
		dirs    int
		entries []indexEntry
	}{{"sp", 2, b.sp}, {"ops", 3, b.ops}} {
		es := ix.entries
		for start := 0; start < len(es); {
			// One transaction per ≈ 200,000 keys bounds bolt's dirty pages.
			end := min(start+200_000, len(es))
			for end < len(es) && es[end].k == es[end-1].k {
				end++
			}
			err := b.db.Update(func(tx *bolt.Tx) error {
				bk := tx.Bucket([]byte(ix.name))
				if bk == nil {
					return fmt.Errorf("not a Cayley kv store: no %s bucket", ix.name)
				}
				if !b.flushed {
					bk.FillPercent = 1 // keys arrive in order into an empty bucket
				}
				var ids []uint64
				for i := start; i < end; {
					j := i
					ids = ids[:0]
					for ; j < end && es[j].k == es[i].k; j++ {
						ids = append(ids, es[j].id)
					}
					key := make([]byte, 8*ix.dirs)
					for d := 0; d < ix.dirs; d++ {
						binary.BigEndian.PutUint64(key[8*d:], es[i].k[d])
					}
					var old []byte
					if b.flushed {
						old = bk.Get(key)
					}
					if err := bk.Put(key, appendUvarints(old, ids)); err != nil {
						return err
					}
					i = j
				}
				return nil
			})
			if err != nil {
				return err
			}
			start = end
		}
	}
	b.sp, b.ops = b.sp[:0], b.ops[:0]
	b.flushed = true
	return nil
}

func sortEntries(es []indexEntry) {
	slices.SortFunc(es, func(x, y indexEntry) int {
		if c := cmp.Compare(x.k[0], y.k[0]); c != 0 {
			return c
		}
		if c := cmp.Compare(x.k[1], y.k[1]); c != 0 {
			return c
		}
		if c := cmp.Compare(x.k[2], y.k[2]); c != 0 {
			return c
		}
		return cmp.Compare(x.id, y.id)
	})
}

// appendUvarints is Cayley's appendIndex: a new slice, old's bytes first.
func appendUvarints(old []byte, ids []uint64) []byte {
	out := make([]byte, len(old), len(old)+binary.MaxVarintLen64*len(ids))
	copy(out, old)
	for _, id := range ids {
		out = binary.AppendUvarint(out, id)
	}
	return out
}

// finish writes the indexes, the nodes and the counters, syncs and closes.
func (b *builder) finish() error {
	if err := b.flushIndexes(); err != nil {
		b.db.Close()
		return err
	}
	type node struct {
		h cgraph.ValueHash
		nodeRec
	}
	nodes := make([]node, 0, len(b.nodes))
	for h, n := range b.nodes {
		if n.old && n.refs == 0 {
			continue // an existing node no new quad uses
		}
		nodes = append(nodes, node{h, n})
	}
	b.nodes = nil
	slices.SortFunc(nodes, func(x, y node) int { return bytes.Compare(x.h[:], y.h[:]) })
	// One pass per bucket family, "n" before "v", so that the root bucket
	// takes its 131,072 node buckets in key order; a transaction per 250,000
	// nodes bounds the pages bolt holds in memory until commit.
	for _, family := range []byte{'n', 'v'} {
		for start := 0; start < len(nodes); start += 250_000 {
			part := nodes[start:min(start+250_000, len(nodes))]
			err := b.db.Update(func(tx *bolt.Tx) error {
				// Values must stay valid until commit: one arena, never regrown.
				arena := make([]byte, 0, len(part)*binary.MaxVarintLen64)
				var bk *bolt.Bucket
				var cur [2]byte
				for i := range part {
					n := &part[i]
					if bk == nil || [2]byte{n.h[0], n.h[1]} != cur {
						cur = [2]byte{n.h[0], n.h[1]}
						var err error
						if bk, err = tx.CreateBucketIfNotExists([]byte{family, cur[0], cur[1]}); err != nil {
							return err
						}
						bk.FillPercent = 1
					}
					v := n.id
					if family == 'n' {
						v = n.refs
						if n.old {
							old, _ := binary.Uvarint(bk.Get(n.h[:]))
							v += old
						}
					} else if n.old {
						continue // its id is there already
					}
					at := len(arena)
					arena = binary.AppendUvarint(arena, v)
					if err := bk.Put(n.h[:], arena[at:len(arena):len(arena)]); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.db.Close()
				return err
			}
		}
	}
	err := b.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket([]byte("meta"))
		if meta == nil {
			return errors.New("not a Cayley kv store: no meta bucket")
		}
		if err := meta.Put([]byte("size"), binary.LittleEndian.AppendUint64(nil, b.base+b.added)); err != nil {
			return err
		}
		return meta.Put([]byte("horizon"), binary.LittleEndian.AppendUint64(nil, b.next-1))
	})
	if err != nil {
		b.db.Close()
		return err
	}
	if err := b.db.Sync(); err != nil {
		b.db.Close()
		return err
	}
	return b.db.Close()
}
