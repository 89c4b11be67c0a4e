package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// The page and its scripts are plain files, embedded: no build step.
//
//go:embed web
var webFiles embed.FS

// Cytoscape.js, vendored with its licence by the export work.
//
//go:embed assets/vendor/cytoscape.min.js assets/vendor/cytoscape.LICENSE
var vendorFiles embed.FS

// mountWeb serves the explorer: / is the page, /static/ its scripts and
// styles, /vendor/ the vendored libraries.
func (s *Server) mountWeb(mux *http.ServeMux) error {
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		return err
	}
	vendor, err := fs.Sub(vendorFiles, "assets/vendor")
	if err != nil {
		return err
	}
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(web)))
	mux.Handle("GET /vendor/", http.StripPrefix("/vendor/", http.FileServerFS(vendor)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, web, "index.html")
	})
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	return nil
}
