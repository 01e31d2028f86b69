package transfer

import "github.com/ayinrules/ayin"

// Article 10 (ماده ۱۰): the spouse and children of faculty members, serving
// and retired (E62). tr.10.1: IAU faculty, full-time official or fixed-term,
// rank instructor or above, to the city of service (tr.10.n2: the nearest
// neighbouring unit when the field is not offered there), 90 % or tr.10.n1;
// tr.10.2: children of official IAU faculty admitted to a state university →
// referred (MoU, Appendix 2; Student Affairs Deputy); tr.10.3: children of
// state-university faculty admitted to IAU, not at master's level, 90 % or
// tr.10.n1. Applies from admission (tr.14.9). Reviewed by the Central
// Organization (tr.t6.10); exempt from the page charge.
//
// STUB: owned by the second helper; decides nothing yet ("not yet encoded").

// art10Clauses are the clauses evalArt10 cites.
var art10Clauses = []ayin.ClauseID{}

// art10Pending is true while evalArt10 is a stub.
var art10Pending = true

// FacultyFamily is the facts of a faculty-family request (tr.10); YAML/JSON
// `faculty_family: {relation, university, appointment, rank, full_time, retired}`.
type FacultyFamily struct {
	// Relation of the student to the faculty member: spouse or child. `relation`
	Relation Relative `json:"relation" yaml:"relation"`
	// University of the faculty member: "iau" or "state". `university`
	University string `json:"university" yaml:"university"`
	// Appointment: "permanent", "probationary" (official) or "fixed-term" (پیمانی). `appointment`
	Appointment string `json:"appointment" yaml:"appointment"`
	// Rank: "instructor", "assistant-professor", "associate-professor", "professor" or
	// "below-instructor". `rank`
	Rank string `json:"rank" yaml:"rank"`
	// FullTime: the faculty member is full time (تمام وقت). `full_time`
	FullTime bool `json:"full_time" yaml:"full_time"`
	// Retired: the faculty member is retired (the last personnel order is the retirement order). `retired`
	Retired bool `json:"retired,omitempty" yaml:"retired"`
}

// evalArt10 applies tr.10.1–tr.10.3 with tr.10.n1 and tr.10.n2.
func evalArt10(e *eval) error { return e.notYetEncoded("tr.10") }
