package server

import (
	"bytes"
	"errors"
	"net/http"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/export"
)

// exportTypes are the media types of export's formats.
var exportTypes = map[export.Format]string{
	export.GraphML:   "application/graphml+xml",
	export.GEXF:      "application/gexf+xml",
	export.GML:       "text/plain; charset=utf-8",
	export.DOT:       "text/vnd.graphviz; charset=utf-8",
	export.Cytoscape: "application/json",
	export.NQuads:    "application/n-quads",
	export.JSONLD:    "application/ld+json",
}

// export answers GET /api/export?format=F with the projection `claimgraph
// export` writes, with the same filters (demand, speaker, doc, since, until,
// around, depth) and statements=edges|nodes.
func (s *Server) export(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r, "format", "statements", "demand", "speaker", "doc", "since", "until", "around", "depth")
	if err != nil {
		return err
	}
	if q.Get("format") == "" {
		return badRequest("give a format: /api/export?format=F, one of %s", export.FormatNames())
	}
	format, err := export.ParseFormat(q.Get("format"))
	if err != nil {
		return badRequest("%v", err)
	}
	mode := export.StatementEdges
	if v := q.Get("statements"); v != "" {
		if mode, err = export.ParseStatementMode(v); err != nil {
			return badRequest("%v (use statements=edges or statements=nodes)", err)
		}
	}
	// Dates and stance are checked as who-said checks them.
	if _, err := filterOf(q); err != nil {
		return err
	}
	depth, err := intParam(q, "depth", 1, 0, 10)
	if err != nil {
		return err
	}
	if q.Has("depth") && q.Get("around") == "" {
		return badRequest("depth without around: around=ID&depth=N keeps what lies within N edges of ID")
	}
	opt := export.Options{
		Statements: mode,
		Demand:     q.Get("demand"), Speaker: q.Get("speaker"), Doc: q.Get("doc"),
		Since: q.Get("since"), Until: q.Get("until"),
		Around: q.Get("around"), Depth: depth,
	}
	var quads []quad.Quad
	if err := s.store.Quads(r.Context(), func(q quad.Quad) error {
		quads = append(quads, q)
		return r.Context().Err()
	}); err != nil {
		return err
	}
	g, err := export.Project(quads, opt)
	if errors.Is(err, export.ErrNotFound) {
		return &apiError{status: http.StatusNotFound, msg: err.Error()}
	}
	if err != nil {
		return badRequest("%v", err)
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, g, format); err != nil {
		return err
	}
	w.Header().Set("Content-Type", exportTypes[format])
	ext := string(format)
	if format == export.NQuads {
		ext = "nq"
	}
	w.Header().Set("Content-Disposition", `inline; filename="claimgraph.`+strings.ToLower(ext)+`"`)
	_, err = w.Write(buf.Bytes())
	if err != nil {
		s.cfg.Log.Printf("export: %v", err)
	}
	return nil
}
