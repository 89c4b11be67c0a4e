package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"claimgraph": func() { os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scripts of testdata/*.txtar. Each script starts in
// an empty $WORK with the repository's data/ copied in, so 'claimgraph build'
// works as it does for a user in a fresh clone, and with fixture.nq, the small
// graph of the store behaviour suite (graph/testdata/fixture.nq).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			fixture, err := os.ReadFile(filepath.Join("..", "..", "graph", "testdata", "fixture.nq"))
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(env.WorkDir, "fixture.nq"), fixture, 0o644); err != nil {
				return err
			}
			return copyDir(filepath.Join("..", "..", "data"), filepath.Join(env.WorkDir, "data"))
		},
		Condition: func(cond string) (bool, error) {
			// [have:TOOL] holds when TOOL is on PATH.
			if tool, ok := strings.CutPrefix(cond, "have:"); ok {
				_, err := exec.LookPath(tool)
				return err == nil, nil
			}
			return false, nil
		},
	})
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}
