// Command claimgraph builds and questions a knowledge graph of who said what
// about Russia's December 2021 demands for security guarantees.
//
// main wires only: flags and configuration live here, one file per command;
// the work is done by the packages schema, extract, graph, export and server.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one invocation and returns the process exit code. Every error
// is printed once, here, as "claimgraph: error: …" (and a hint when it has one).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, args)
	if err == nil {
		return 0
	}
	var ex *exitError
	if errors.As(err, &ex) && ex.err == nil {
		return ex.code // the command already reported what went wrong
	}
	fmt.Fprintf(stderr, "claimgraph: error: %v\n", err)
	var h *hintError
	if errors.As(err, &h) {
		fmt.Fprintf(stderr, "claimgraph: hint: %s\n", h.hint)
	}
	if errors.As(err, &ex) {
		return ex.code
	}
	return 1
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:  "claimgraph",
		Usage: "who said what about Russia's 2021–22 demands for security guarantees, as a Cayley graph",
		Description: "claimgraph validates hand-curated and extracted triples against its schema, loads them\n" +
			"into a Cayley graph (an embedded bolt store by default) and answers path queries about\n" +
			"statements: speaker, demand, stance, quotation, date and source.\n\n" +
			"Start with 'claimgraph build', then 'claimgraph who-said --demand no-ukraine-membership'.",
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Suggest:         true,
		// Errors are printed by run, once; urfave must neither print nor exit.
		ExitErrHandler: func(*cli.Context, error) {},
		Commands: []*cli.Command{
			buildCommand(),
			validateCommand(),
			extractCommand(),
			evalCommand(),
			loadCommand(),
			whoSaidCommand(),
			queryCommand(),
			exportCommand(),
			serveCommand(),
			pathCommand(),
			genCommand(),
		},
	}
}

// exitError carries an exit code. With a nil err the command has already
// reported the problem (validate prints its violations) and only the code is left.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}
func (e *exitError) Unwrap() error { return e.err }

// hintError adds a "claimgraph: hint:" line to an error.
type hintError struct {
	err  error
	hint string
}

func (e *hintError) Error() string { return e.err.Error() }
func (e *hintError) Unwrap() error { return e.err }

func withHint(err error, hint string) error { return &hintError{err: err, hint: hint} }
