package transfer

import "github.com/ayinrules/ayin"

// Article 12 (ماده ۱۲): the spouse and children of officials covered by
// clauses (c) and (d) of Article 71 of the Civil Service Management Law
// (ministers, MPs, vice-presidents, governors-general, ambassadors: E74) who
// hold the office → guest study to the place of mission or the city nearest
// the place of employment, until the end of the academic year (E75).
// Reviewed by the Central Organization (tr.t6.12).
//
// STUB: owned by the second helper; decides nothing yet ("not yet encoded").

// art12Clauses are the clauses evalArt12 cites.
var art12Clauses = []ayin.ClauseID{}

// art12Pending is true while evalArt12 is a stub.
var art12Pending = true

// OfficialFamily is the facts of an official's family request (tr.12);
// YAML/JSON `official_family: {relation, office, in_office}`.
type OfficialFamily struct {
	// Relation of the student to the official: spouse or child. `relation`
	Relation Relative `json:"relation" yaml:"relation"`
	// Office: "minister", "mp", "vice-president", "governor-general", "ambassador" or
	// "article-71" (another office the caller says 71(c)/(d) covers). `office`
	Office string `json:"office" yaml:"office"`
	// InOffice: the official currently holds the office. `in_office`
	InOffice bool `json:"in_office" yaml:"in_office"`
}

// evalArt12 applies tr.12.
func evalArt12(e *eval) error { return e.notYetEncoded("tr.12") }
