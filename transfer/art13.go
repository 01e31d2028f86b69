package transfer

import "github.com/ayinrules/ayin"

// Article 13 (ماده ۱۳): a request that fits no ground of Articles 2–12 is put
// before the student-transfer special-cases commission as a guest-study
// request (E77): referred; no transfer can be granted. Reviewed by the
// Central Organization (tr.t6.13).
//
// STUB: owned by the second helper; decides nothing yet ("not yet encoded").

// art13Clauses are the clauses evalArt13 cites.
var art13Clauses = []ayin.ClauseID{}

// art13Pending is true while evalArt13 is a stub.
var art13Pending = true

// SpecialCase is the facts of a special-cases request (tr.13); YAML/JSON
// `special_case: {summary}`. None is required: the commission reads the
// student's documents.
type SpecialCase struct {
	// Summary of the student's circumstances, for the record. `summary`
	Summary string `json:"summary,omitempty" yaml:"summary"`
}

// evalArt13 applies tr.13.
func evalArt13(e *eval) error { return e.notYetEncoded("tr.13") }
