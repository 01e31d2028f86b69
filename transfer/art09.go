package transfer

import "github.com/ayinrules/ayin"

// Article 9 (ماده ۹): the spouse and children of full-time IAU staff,
// official (permanent or probationary) or on contract (E59), to the family's
// place of residence per the personnel order (E58), if the admission score is
// at least 90 % of the last admitted at the destination (E57); below that,
// tr.9.n's two conditional guest terms (scoreRule, rulings R5). Applies from
// admission (tr.14.9: set e.fromAdmission). Reviewed by the Central
// Organization (tr.t6.9); not exempt from the page charge.
//
// STUB: owned by the second helper; decides nothing yet ("not yet encoded").

// art09Clauses are the clauses evalArt09 cites.
var art09Clauses = []ayin.ClauseID{}

// art09Pending is true while evalArt09 is a stub.
var art09Pending = true

// StaffFamily is the facts of a staff-family request (tr.9); YAML/JSON
// `staff_family: {relation, full_time, appointment}`.
type StaffFamily struct {
	// Relation of the student to the employee: spouse or child. `relation`
	Relation Relative `json:"relation" yaml:"relation"`
	// FullTime: the employee works full time (تمام وقت). `full_time`
	FullTime bool `json:"full_time" yaml:"full_time"`
	// Appointment: "permanent", "probationary" (official) or "contract" (قراردادی). `appointment`
	Appointment string `json:"appointment" yaml:"appointment"`
}

// evalArt09 applies tr.9 and tr.9.n.
func evalArt09(e *eval) error { return e.notYetEncoded("tr.9") }
