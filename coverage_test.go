package ayin_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/honors"
	"github.com/ayinrules/ayin/transfer"
)

// clauseInText finds clause IDs in case files: the IDs the cases name in
// `cites`, `findings` or a case's name.
var clauseInText = regexp.MustCompile(`\b(?:tr|grad|hon)\.[a-z0-9]+(?:\.[a-z0-9]+)*`)

// caseFileClauses returns every clause ID the case files under dir mention.
func caseFileClauses(t *testing.T, dir string) map[ayin.ClauseID]bool {
	t.Helper()
	out := map[ayin.ClauseID]bool{}
	for _, f := range caseFiles(t, dir) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range clauseInText.FindAllString(string(data), -1) {
			out[ayin.ClauseID(m)] = true
		}
	}
	return out
}

// graduatesOfficeEncoded lists the graduates' office clauses the library's
// rules apply: every step, item, service and checklist item of the edition's
// graduation tables is applied by package graduation, which cites the
// clause each names; honors cites hon.1–hon.8.
func graduatesOfficeEncoded(t *testing.T, ed *ayin.Edition) map[ayin.ClauseID]bool {
	t.Helper()
	g, _ := ed.Graduation().Latest()
	out := map[ayin.ClauseID]bool{"grad.track": true, g.ServicesClause: true}
	for _, s := range g.Steps {
		out[s.Clause] = true
	}
	for _, s := range g.Services {
		out[s.Clause] = true
	}
	for _, it := range append(append([]ayin.ChecklistItem(nil), g.Duplicate.Items...), g.Transcript.Items...) {
		out[it.Clause] = true
	}
	for _, c := range honors.Criteria() {
		out[c] = true
	}
	return out
}

// TestRegulationCoverage prints the coverage of the whole clause catalog —
// rules and tables encoded and tested, by document (rulings R15) — and fails
// when a rule of the graduates' office description (grad.*, hon.*) is applied
// by no rule or proved by no case file. The transfer regulation's own gate is
// TestTransferCoverage; its figure is printed here too.
func TestRegulationCoverage(t *testing.T) {
	ed := ayin.Default()
	encoded := graduatesOfficeEncoded(t, ed)
	for _, c := range transfer.Clauses() {
		encoded[c] = true
	}
	tested := caseFileClauses(t, filepath.Join("testdata", "cases"))
	under := func(set map[ayin.ClauseID]bool, id ayin.ClauseID) bool {
		for c := range set {
			if c == id || strings.HasPrefix(string(c), string(id)+".") {
				return true
			}
		}
		return false
	}
	type tally struct{ rules, encoded, tested, other int }
	docs := map[string]*tally{}
	var missing []string
	for _, c := range ed.Clauses() {
		d := c.ID.Document()
		if docs[d] == nil {
			docs[d] = &tally{}
		}
		tl := docs[d]
		if c.Kind != ayin.KindRule && c.Kind != ayin.KindTable {
			tl.other++
			continue
		}
		tl.rules++
		enc, tst := under(encoded, c.ID), under(tested, c.ID)
		if enc {
			tl.encoded++
		}
		if tst {
			tl.tested++
		}
		if d != "tr" && (!enc || !tst) {
			missing = append(missing, string(c.ID))
		}
	}
	names := map[string]string{"tr": "transfer regulation 93/10", "grad": "graduates' office", "hon": "excellent graduates"}
	keys := make([]string, 0, len(docs))
	for k := range docs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := tally{}
	for _, k := range keys {
		tl := docs[k]
		t.Logf("coverage %-4s %-26s rules+tables %3d, encoded %3d, tested %3d; definitions and procedures %d", k, names[k], tl.rules, tl.encoded, tl.tested, tl.other)
		total.rules += tl.rules
		total.encoded += tl.encoded
		total.tested += tl.tested
		total.other += tl.other
	}
	t.Logf("coverage all  %-26s rules+tables %3d, encoded %3d, tested %3d; definitions and procedures %d", "", total.rules, total.encoded, total.tested, total.other)
	if len(missing) > 0 {
		t.Errorf("graduates' office rules not both encoded and tested: %s", strings.Join(missing, ", "))
	}
}

// TestGraduatesOfficeProcedures checks that every procedure clause of the
// graduates' office (the issuance steps, tracking, services) is applied by
// package graduation and named by a case file: they are procedures in the
// catalog (rulings R15), but the workflow encodes each as a step.
func TestGraduatesOfficeProcedures(t *testing.T) {
	ed := ayin.Default()
	encoded := graduatesOfficeEncoded(t, ed)
	tested := caseFileClauses(t, filepath.Join("testdata", "cases", "graduation"))
	for _, c := range ed.Clauses() {
		if c.ID.Document() != "grad" || c.Kind != ayin.KindProcedure {
			continue
		}
		if !encoded[c.ID] {
			t.Errorf("%s (%s) is applied by no step, service or view of package graduation", c.ID, c.Title.EN)
		}
		if !tested[c.ID] {
			t.Errorf("%s (%s) is named by no case file under testdata/cases/graduation", c.ID, c.Title.EN)
		}
	}
}
