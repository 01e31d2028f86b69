package ayin_test

import (
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/transfer"
)

func decodeStrictHead(data []byte, head *caseFile) error { return yaml.Unmarshal(data, head) }

// transferReflections says how the library reflects each definition and
// procedure clause of the transfer regulation (rulings R15): coverage counts
// rules and tables, and lists these.
var transferReflections = map[ayin.ClauseID]string{
	"tr.1":     "package transfer as a whole; a PhD request cites it as not covered (rulings R1)",
	"tr.1.a":   "Student.Origin (student.origin), the unit the student is enrolled at",
	"tr.1.b":   "Request.Destination (request.destination)",
	"tr.1.p":   "transfer.Transfer, a Kind",
	"tr.1.t":   "transfer.Guest, a Kind",
	"tr.1.ch":  "package equivalence; the group checks of the grounds cite tr.t4",
	"tr.1.h":   "Request.Pages and the fee (Decision.Fee); see tr.1.h.1, tr.1.h.2",
	"tr.1.h.1": "Request.Unverified refuses the request (a finding on tr.1.h.1); the window rule cites tr.14.1",
	"tr.1.j":   "Decision.Tuition (fees.GuestTuition) when Request.Tuition is given; Grant.TuitionRates under tr.7.3/7.5",
	"tr.2":     "the grounds marriage and divorce (art02.go)",
	"tr.4":     "the ground illness (art04.go)",
	"tr.4.n":   "Appendix 1 is not in the source (E45): Illness.Confirmed stands in for it",
	"tr.5":     "the ground guardianship (art05.go)",
	"tr.7":     "the ground equivalence (art07.go); no document is mandatory (tr.t6.7)",
	"tr.10":    "the ground faculty-family (art10.go); retirees included (E62)",
	"tr.14":    "the general rules of general.go, applied to every ground",
	"tr.14.1":  "the window rule: a request outside the student window fails tr.1.s and tr.14.1",
	"tr.14.3":  "Decision.Documents: the table-6 row and its reviewer; Request.Unverified for a fact not verified",
	"tr.14.8":  "an obligation, not a condition (E85): documented in the package doc",
	"tr.15":    "the edition's effective dates; a semester before 1393-94/1 is an ErrNotInForce error",
}

// TestTransferCoverage fails when a rule or table clause of the transfer
// regulation (kind rule or table in the catalog, rulings R15) is encoded by
// no rule of package transfer or tested by no case file, and prints the
// coverage. A clause counts as encoded or tested when it or one of its
// sub-clauses is (tr.t6 by its rows). Clauses of articles whose ground
// function is still a stub are skipped with a log line.
func TestTransferCoverage(t *testing.T) {
	ed := ayin.Default()
	encoded := map[ayin.ClauseID]bool{}
	for _, c := range transfer.Clauses() {
		if _, ok := ed.Clause(c); !ok {
			t.Errorf("transfer.Clauses() lists %s, which is not in the clause catalog", c)
		}
		encoded[c] = true
	}
	tested := map[ayin.ClauseID]bool{}
	for file, cases := range transferCaseFiles(t) {
		for _, c := range cases {
			ev, err := caseEvaluator(file, c.Edition)
			if err != nil {
				continue
			}
			d, err := c.evaluate(ev)
			if err != nil {
				continue
			}
			for _, id := range d.Citations {
				tested[id] = true
			}
		}
	}
	covered := func(set map[ayin.ClauseID]bool, id ayin.ClauseID) bool {
		for c := range set {
			if c == id || strings.HasPrefix(string(c), string(id)+".") {
				return true
			}
		}
		return false
	}
	var total, nEnc, nTest, skipped int
	var missingEnc, missingTest []string
	for _, c := range ed.Clauses() {
		if c.ID.Document() != "tr" {
			continue
		}
		if c.Kind != ayin.KindRule && c.Kind != ayin.KindTable {
			if how, ok := transferReflections[c.ID]; !ok {
				t.Errorf("%s (%s) is a %s with no entry in transferReflections saying how the library reflects it", c.ID, c.Title.EN, c.Kind)
			} else {
				t.Logf("%s (%s): %s", c.ID, c.Kind, how)
			}
			continue
		}
		if transfer.PendingClause(c.ID) {
			skipped++
			t.Logf("skipped %s: its ground function is still a stub (not yet encoded)", c.ID)
			continue
		}
		total++
		if covered(encoded, c.ID) {
			nEnc++
		} else {
			missingEnc = append(missingEnc, string(c.ID))
		}
		if covered(tested, c.ID) {
			nTest++
		} else {
			missingTest = append(missingTest, string(c.ID))
		}
	}
	sort.Strings(missingEnc)
	sort.Strings(missingTest)
	t.Logf("transfer regulation coverage: %d encoded / %d tested / %d rule and table clauses (%d skipped as pending)", nEnc, nTest, total, skipped)
	if len(missingEnc) > 0 {
		t.Errorf("rule or table clauses cited by no rule of package transfer: %s", strings.Join(missingEnc, ", "))
	}
	if len(missingTest) > 0 {
		t.Errorf("rule or table clauses cited by no case file: %s", strings.Join(missingTest, ", "))
	}
}
