package ayin_test

// The case runner of shared/spec/README.md: every case file under
// testdata/cases/ (all subfolders) and under the folders named by the
// AYIN_CASES environment variable (separated by the OS path-list separator)
// is run by TestCases. The format is documented in testdata/cases/README.md.
//
// A case file is one YAML document:
//
//	kind: transfer        # which runner reads the cases; see caseRunners
//	cases:
//	  - name: ...
//	    ...                # the runner's own fields, decoded strictly
//
// Each package's runner lives in its own cases_<kind>_test.go file and
// registers itself in caseRunners from an init function. A file with an
// unknown kind, a field no runner knows, or YAML that does not parse fails
// the test: it is never skipped.

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// caseRunner runs the cases of one file. data is the whole file; the runner
// decodes it strictly with decodeCaseFile and reports each case as a subtest
// named after the case.
type caseRunner func(t *testing.T, file string, data []byte)

// caseRunners maps a file's kind to its runner; filled by init functions.
var caseRunners = map[string]caseRunner{}

func registerCaseRunner(kind string, r caseRunner) {
	if _, dup := caseRunners[kind]; dup {
		panic("case runner registered twice: " + kind)
	}
	caseRunners[kind] = r
}

// caseFolders returns testdata/cases and the AYIN_CASES folders.
func caseFolders() []string {
	dirs := []string{filepath.Join("testdata", "cases")}
	if extra := os.Getenv("AYIN_CASES"); extra != "" {
		for _, d := range filepath.SplitList(extra) {
			if d = strings.TrimSpace(d); d != "" {
				dirs = append(dirs, d)
			}
		}
	}
	return dirs
}

// caseFiles lists the .yaml/.yml files under dir, README files excluded.
func caseFiles(t *testing.T, dir string) []string {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !d.IsDir() && (ext == ".yaml" || ext == ".yml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("case folder %s: %v", dir, err)
	}
	sort.Strings(files)
	return files
}

type caseFile struct {
	Kind  string    `yaml:"kind"`
	Cases yaml.Node `yaml:"cases"`
}

func TestCases(t *testing.T) {
	total := 0
	for _, dir := range caseFolders() {
		for _, file := range caseFiles(t, dir) {
			total++
			t.Run(filepath.ToSlash(file), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatalf("%s: %v", file, err)
				}
				var cf caseFile
				dec := yaml.NewDecoder(bytes.NewReader(data))
				dec.KnownFields(true)
				if err := dec.Decode(&cf); err != nil {
					t.Fatalf("%s: the case file does not parse: %v", file, err)
				}
				run, ok := caseRunners[cf.Kind]
				if !ok {
					t.Fatalf("%s: unknown kind %q (want one of %s)", file, cf.Kind, strings.Join(knownKinds(), ", "))
				}
				if cf.Cases.Kind != yaml.SequenceNode || len(cf.Cases.Content) == 0 {
					t.Fatalf("%s: `cases` must be a non-empty list", file)
				}
				run(t, file, data)
			})
		}
	}
	if total == 0 {
		t.Fatal("no case files found under testdata/cases")
	}
}

func knownKinds() []string {
	ks := make([]string, 0, len(caseRunners))
	for k := range caseRunners {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// decodeCaseFile decodes a whole case file strictly into its cases: an
// unknown field anywhere is an error naming its line in the file.
func decodeCaseFile[T any](file string, data []byte) ([]T, error) {
	var doc struct {
		Kind  string `yaml:"kind"`
		Cases []T    `yaml:"cases"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return doc.Cases, nil
}
