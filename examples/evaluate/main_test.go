package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ayinrules/ayin/transfer"
)

// runIn runs the command from the repository root, where its default
// folder testdata/students is.
func runIn(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(filepath.Join("..", "..")); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestEverySampleEvaluates(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		code, out, errs := runIn(t, "-lang", lang)
		if code != 0 {
			t.Fatalf("-lang %s: exit %d: %s", lang, code, errs)
		}
		if !strings.Contains(out, "tr.2.1") || !strings.Contains(out, "hon.4") || !strings.Contains(out, "grad.issue.2") {
			t.Errorf("-lang %s: the report lacks the cited clauses:\n%s", lang, out)
		}
	}
}

func TestSamplesCoverEveryGround(t *testing.T) {
	code, out, errs := runIn(t, "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var results []struct {
		File     string `json:"file"`
		Kind     string `json:"kind"`
		Transfer *struct {
			Ground  string `json:"ground"`
			Outcome string `json:"outcome"`
		} `json:"transfer"`
	}
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatalf("-json output does not parse: %v", err)
	}
	kinds := map[string]int{}
	grounds := map[string]bool{}
	for _, r := range results {
		kinds[r.Kind]++
		if r.Transfer != nil {
			grounds[r.Transfer.Ground] = true
		}
	}
	// rulings R23: at least one sample per ground article (2–13), at least 15 in all.
	if len(results) < 15 {
		t.Errorf("%d samples, want at least 15", len(results))
	}
	for _, g := range transfer.Grounds() {
		if !grounds[g.String()] {
			t.Errorf("no sample student uses the ground %s (%s)", g, g.Article())
		}
	}
	for _, k := range []string{"transfer", "graduation", "honors", "honors-cohort", "duplicate"} {
		if kinds[k] == 0 {
			t.Errorf("no %s sample", k)
		}
	}
}

func TestBadInputNamesFileLineField(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	base, err := os.ReadFile(filepath.Join("..", "..", "testdata", "students", "01-marriage-woman.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body string
		want       []string
	}{
		{"unknown field", strings.Replace(string(base), "  pages: 6\n", "  pages: 6\n  colour: blue\n", 1), []string{":20:", "colour", "unknown field"}},
		{"wrong type", strings.Replace(string(base), "pages: 6", "pages: six", 1), []string{":19:", "six"}},
		{"unknown kind", "kind: lottery\ntitle: {fa: x, en: x}\n", []string{":1:", "kind", "unknown kind"}},
		{"missing part", "kind: transfer\ntitle: {fa: x, en: x}\nstudent: {gender: female}\n", []string{"request", "missing"}},
		{"a GPA of 21", strings.Replace(string(base), "gpa: 16.20", "gpa: 21", 1), []string{":13:", "student.gpa"}},
		{"an unknown unit", strings.Replace(string(base), "origin: اراک", "origin: اراکک", 1), []string{":8:", "student.origin"}},
		{"not YAML", "kind: [\n", []string{"bad.yaml"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := write("bad.yaml", tc.body)
			code, _, errs := runIn(t, "-in", p)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (stderr %q)", code, errs)
			}
			for _, w := range append(tc.want, p) {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr %q does not say %q", errs, w)
				}
			}
		})
	}
}

func TestFlags(t *testing.T) {
	if code, _, _ := runIn(t, "-lang", "de"); code != 2 {
		t.Errorf("-lang de: exit %d, want 2", code)
	}
	if code, _, _ := runIn(t, "-asof", "1403/13/01"); code != 2 {
		t.Errorf("-asof with month 13: exit %d, want 2", code)
	}
	if code, _, _ := runIn(t, "-rules", "/nonexistent.yaml"); code != 2 {
		t.Errorf("-rules missing file: exit %d, want 2", code)
	}
	// tr.1.s: as of 1403/04/20 the marriage request falls outside the student window.
	code, out, errs := runIn(t, "-json", "-asof", "1403/04/20", "-in", filepath.Join("testdata", "students", "01-marriage-woman.yaml"))
	if code != 0 {
		t.Fatalf("-asof: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"outcome": "ineligible"`) {
		t.Errorf("-asof 1403/04/20: want ineligible (outside the window):\n%s", out)
	}
}

func TestOptionsFlag(t *testing.T) {
	code, out, errs := runIn(t, "-options", "-lang", "en", "-in", filepath.Join("testdata", "students", "01-marriage-woman.yaml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// rulings R10: best first, so the eligible marriage transfer is line 1.
	if !strings.Contains(out, " 1. marriage") {
		t.Errorf("-options does not list the marriage transfer first:\n%s", out)
	}
}
