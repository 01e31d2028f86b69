package transfer

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Article 8 (ماده ۸): transfer or guest study on the death of a parent, spouse
// or child. tr.8: an unmarried student whose father or mother died, or a
// married student whose spouse or child died, after the student's exam
// registration (E56) → transfer or guest study; no destination or group
// exclusion is stated. Reviewed by the origin unit (tr.t6.8).
//
// STUB: owned by the second helper; decides nothing yet ("not yet encoded").

// art08Clauses are the clauses evalArt08 cites.
var art08Clauses = []ayin.ClauseID{}

// art08Pending is true while evalArt08 is a stub: the coverage test skips
// tr.8 and tr.t6.8 with a log line.
var art08Pending = true

// Bereavement is the facts of a request on the death of a close relative
// (tr.8); YAML/JSON `bereavement: {deceased, date, married}`.
type Bereavement struct {
	// Deceased is who died: father, mother, spouse or child. `deceased`
	Deceased Relative `json:"deceased" yaml:"deceased"`
	// Date of the death, from the death certificate (tr.t6.8). `date`
	Date calendar.Date `json:"date" yaml:"date"`
	// Married: the student is married (a parent's death counts for an unmarried student,
	// a spouse's or child's for a married one). `married`
	Married bool `json:"married" yaml:"married"`
}

// evalArt08 applies tr.8.
func evalArt08(e *eval) error { return e.notYetEncoded("tr.8") }
