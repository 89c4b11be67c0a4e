package main

import (
	"errors"
	"fmt"
	"log"
	"net"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/server"
)

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "HTTP API and web page to explore the graph, read-only, on 127.0.0.1:8080",
		Description: "Serves the graph until interrupted (Ctrl-C), then finishes the requests in flight.\n" +
			"Open the printed address in a browser for the explorer: the graph of people,\n" +
			"organisations, demands, documents and statements, a search box, filters by demand,\n" +
			"stance and date, an actors × demands positions table, and each entity's statements\n" +
			"with quotation, date and source.\n\n" +
			"JSON endpoints (errors are {\"error\": …}: 400 for bad parameters, 404 for unknown ids):\n" +
			"  GET /api/who-said?demand=&speaker=&doc=&stance=&since=&until=&source=\n" +
			"      the statements, with the keys of 'who-said --format jsonl', as one array\n" +
			"  GET /api/entity/ID?depth=N     an entity's quads, statements and neighbourhood\n" +
			"  GET /api/entities?q=&type=     search by name, alias or id\n" +
			"  GET /api/path?from=ID&to=ID&max_depth=&limit=   shortest paths, as 'claimgraph path'\n" +
			"  GET /api/positions             actors × demands with stance counts (who-said filters)\n" +
			"  GET /api/demands               the demand vocabulary with statement counts\n" +
			"  GET /api/graph                 every entity and link\n" +
			"  GET /api/export?format=F       as 'claimgraph export' (its filters as parameters)\n" +
			"Cayley's HTTP API v2: /api/v2/query?lang=gizmo|graphql|mql (POST the query, or GET\n" +
			"with qu=), /api/v2/read, /api/v2/formats. Its write routes answer 403 unless\n" +
			"--allow-writes is given; writes through them skip claimgraph's schema validation.\n\n" +
			"Every request is stopped after --query-timeout, so a runaway Gizmo query cannot hold\n" +
			"the server. The API has no authentication: keep --addr on a loopback address.\n" +
			"A bolt database stays locked while the server runs.",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "addr", Value: server.DefaultAddr, Usage: "listen on this `HOST:PORT` (port 0 picks a free one)"},
			&cli.DurationFlag{Name: "query-timeout", Value: server.DefaultQueryTimeout, Usage: "stop any request after this `DURATION` (e.g. 10s, 1m)"},
			&cli.BoolFlag{Name: "allow-writes", Usage: "open Cayley's write and delete routes (unvalidated writes)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return withHint(fmt.Errorf("serve takes no arguments, got %q", c.Args().First()), "give the address with --addr HOST:PORT")
			}
			timeout := c.Duration("query-timeout")
			if timeout <= 0 {
				return withHint(fmt.Errorf("--query-timeout %s: want a positive duration", timeout), "e.g. --query-timeout 10s")
			}
			addr := c.String("addr")
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				msg := err.Error()
				var ae *net.AddrError
				if errors.As(err, &ae) {
					msg = ae.Err
				}
				return withHint(fmt.Errorf("--addr %q: %s", addr, msg), "use HOST:PORT, e.g. 127.0.0.1:8080")
			}
			a := readOnly
			if c.Bool("allow-writes") {
				a = readWrite
			}
			st, err := openStore(c, a)
			if err != nil {
				return err
			}
			defer st.Close()
			srv, err := server.New(st, server.Config{
				Addr: addr, QueryTimeout: timeout, AllowWrites: c.Bool("allow-writes"),
				Log: log.New(c.App.ErrWriter, "claimgraph: serve: ", 0),
			})
			if err != nil {
				return err
			}
			bound, err := srv.Listen()
			if err != nil {
				return withHint(err, "is another server on that port? choose one with --addr 127.0.0.1:PORT (port 0 picks a free one)")
			}
			if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
				fmt.Fprintf(c.App.ErrWriter, "claimgraph: warning: listening on %s, beyond this machine; the API has no authentication\n", bound)
			}
			mode := "read-only"
			if c.Bool("allow-writes") {
				mode = "writes allowed"
			}
			fmt.Fprintf(c.App.Writer, "serving %s on http://%s/ (%s, query timeout %s); Ctrl-C stops\n", st.Location(), bound, mode, timeout)
			if err := srv.Serve(c.Context); err != nil {
				return err
			}
			fmt.Fprintln(c.App.Writer, "stopped")
			return nil
		},
	}
}
