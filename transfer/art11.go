package transfer

import "github.com/ayinrules/ayin"

// Article 11 (ماده ۱۱): national-team athletes → one guest term (E71), on a
// national or international championship certificate, the federation's
// letter, the federation's need of the athlete at national-team camps and the
// University Sports Deputy's approval. No transfer; no destination stated.
// Reviewed by the Central Organization (tr.t6.11).
//
// STUB: owned by the second helper; decides nothing yet ("not yet encoded").

// art11Clauses are the clauses evalArt11 cites.
var art11Clauses = []ayin.ClauseID{}

// art11Pending is true while evalArt11 is a stub.
var art11Pending = true

// Athlete is the facts of an athlete's request (tr.11); YAML/JSON
// `athlete: {national_team, camps_need, championship, federation_letter, sports_deputy_approval}`.
type Athlete struct {
	// NationalTeam: a member of a federation's national team. `national_team`
	NationalTeam bool `json:"national_team" yaml:"national_team"`
	// CampsNeed: the federation needs the athlete at national-team camps. `camps_need`
	CampsNeed bool `json:"camps_need" yaml:"camps_need"`
	// Championship certificate: "national", "asian", "world" or "" for none. `championship`
	Championship string `json:"championship" yaml:"championship"`
	// FederationLetter: a letter of introduction from the federation. `federation_letter`
	FederationLetter bool `json:"federation_letter" yaml:"federation_letter"`
	// SportsDeputyApproval: approved by the University's Sports Deputy. `sports_deputy_approval`
	SportsDeputyApproval bool `json:"sports_deputy_approval" yaml:"sports_deputy_approval"`
}

// evalArt11 applies tr.11.
func evalArt11(e *eval) error { return e.notYetEncoded("tr.11") }
