package ayin_test

import (
	"errors"
	"os"
	"testing"

	"github.com/ayinrules/ayin"
)

// FuzzParse mutates YAML editions: the loader never panics, and every
// failure is a *LoadError naming the file, with a line inside the file.
func FuzzParse(f *testing.F) {
	f.Add(ayin.DefaultYAML())
	if b, err := os.ReadFile("testdata/editions/bad-group.yaml"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		"", "edition: {name: x}\n", "- a\n", "edition:\n\tname: x\n", "\x00", "edition: &a {name: *a}\n",
		"clauses:\n  - {id: tr.t4, kind: table, fa: x, en: y}\nequivalence:\n  source: tr.t4\n  versions:\n    - effective: 1393/07/01\n      units:\n        - {group: 1, fa: کرج}\n",
		"review_fee:\n  source: tr.t3\n  versions:\n    - effective: 1393/13/01\n      amounts: {associate: -1}\n",
		"page_charge:\n  versions: []\n",
		"a: &x [*x, *x]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := ayin.Parse("fuzz.yaml", data)
		if err == nil {
			if e == nil || e.Name() == "" {
				t.Fatalf("Parse succeeded without an edition name")
			}
			return
		}
		var le *ayin.LoadError
		if !errors.As(err, &le) {
			t.Fatalf("error %v (%T) is not a *ayin.LoadError", err, err)
		}
		if le.File != "fuzz.yaml" || le.Err == nil {
			t.Fatalf("LoadError %#v: wrong file or no cause", le)
		}
		if lines := yamlLines(data); le.Line < 0 || le.Line > lines+1 {
			t.Fatalf("LoadError line %d outside the file's %d lines: %v", le.Line, lines, err)
		}
		_ = err.Error()
	})
}

// yamlLines counts lines as YAML does: CR, LF and CR LF each end a line
// (YAML 1.2, 5.4), so "\r\r0" has three.
func yamlLines(data []byte) int {
	n := 1
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			n++
		case '\r':
			n++
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
		}
	}
	return n
}
