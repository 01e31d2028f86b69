package transfer

import "github.com/ayinrules/ayin"

// Article 11 (ماده ۱۱): guest study of national athletes and champions.
//
//   - tr.11: a member of a federation's national team, whom the federation
//     needs at national-team camps, on a national or international (Asian or
//     world) championship certificate, the federation's letter of
//     introduction and the University Sports Deputy's approval (all five
//     required, E71) → guest study for one term (AthleteGuestTerms in
//     ayin.yaml). A transfer asked is refused; no extension and no destination
//     are stated, so none is encoded or checked.
//
// The ordinary one-semester wait of tr.14.9 applies. Reviewed by the Central
// Organization (tr.t6.11), after the federation and the Sports Deputy.

// art11Clauses are the clauses evalArt11 cites.
var art11Clauses = []ayin.ClauseID{"tr.11", "tr.t6.11"}

// art11Pending is false: Article 11 is encoded.
var art11Pending = false

// Athlete is the facts of an athlete's request (tr.11, ورزشکاران و قهرمانان
// ملی); YAML/JSON `athlete: {national_team, camps_need, championship,
// federation_letter, sports_deputy_approval}`. All five conditions are
// required (E71) and grant one guest term; a condition left out is a condition
// not shown: it fails, it is not an error.
type Athlete struct {
	// NationalTeam: a member of a federation's national team. `national_team`
	NationalTeam bool `json:"national_team" yaml:"national_team"`
	// CampsNeed: the federation needs the athlete at national-team camps. `camps_need`
	CampsNeed bool `json:"camps_need" yaml:"camps_need"`
	// Championship certificate: "national" (کشوری), "asian" (آسیایی), "world" (جهانی),
	// "international" (بین المللی), or "" for none. `championship`
	Championship string `json:"championship" yaml:"championship"`
	// FederationLetter: a letter of introduction from the federation. `federation_letter`
	FederationLetter bool `json:"federation_letter" yaml:"federation_letter"`
	// SportsDeputyApproval: approved by the University's Sports Deputy (معاونت ورزشی). `sports_deputy_approval`
	SportsDeputyApproval bool `json:"sports_deputy_approval" yaml:"sports_deputy_approval"`
}

var (
	msg11Team       = ayin.Text{FA: "دانشجو عضو تیم ملی فدراسیون ورزشی است.", EN: "The student is a member of a federation's national team."}
	msg11NoTeam     = ayin.Text{FA: "ماده ۱۱ عضویت در تیم ملی را شرط کرده است.", EN: "Article 11 requires membership of a national team."}
	msg11Camps      = ayin.Text{FA: "فدراسیون به حضور ورزشکار در اردوهای تیم ملی نیاز دارد.", EN: "The federation needs the athlete at national-team camps."}
	msg11NoCamps    = ayin.Text{FA: "نیاز فدراسیون به حضور ورزشکار در اردوهای تیم ملی احراز نشده است.", EN: "The federation's need of the athlete at national-team camps is not shown."}
	msg11Champion   = ayin.Text{FA: "حکم قهرمانی کشوری یا بین المللی ارائه شده است.", EN: "A national or international championship certificate is presented."}
	msg11NoChampion = ayin.Text{FA: "حکم قهرمانی کشوری یا بین المللی (آسیایی و جهانی) ارائه نشده است.", EN: "No national or international (Asian or world) championship certificate is presented."}
	msg11Letter     = ayin.Text{FA: "معرفی نامه فدراسیون مربوطه ارائه شده است.", EN: "The federation's letter of introduction is presented."}
	msg11NoLetter   = ayin.Text{FA: "معرفی نامه فدراسیون مربوطه ارائه نشده است.", EN: "No letter of introduction from the federation."}
	msg11Deputy     = ayin.Text{FA: "معاونت ورزشی دانشگاه تأیید کرده است.", EN: "The University's Sports Deputy approves."}
	msg11NoDeputy   = ayin.Text{FA: "تأیید معاونت ورزشی دانشگاه وجود ندارد.", EN: "The University's Sports Deputy has not approved."}
	msg11OneTerm    = ayin.Text{FA: "میهمانی ورزشکار یک ترم است؛ تمدید و مقصد در ماده ۱۱ ذکر نشده است.", EN: "An athlete's guest study is one term; Article 11 states no extension and no destination (E71)."}
)

// art11Championship classifies a championship code: known reports a
// recognised code, held whether a certificate is presented.
func art11Championship(s string) (held, known bool) {
	switch s {
	case "national", "asian", "world", "international", "کشوری", "آسیایی", "جهانی", "بین المللی":
		return true, true
	case "", "none":
		return false, true
	}
	return false, false
}

// evalArt11 applies tr.11.
func evalArt11(e *eval) error {
	a := e.r.Athlete
	if a == nil {
		return missing("request.athlete", "the athlete facts (national_team, camps_need, championship, federation_letter, sports_deputy_approval)")
	}
	champion, known := art11Championship(a.Championship)
	if !known {
		return errorf(ErrUnknown, "request.athlete.championship", "%q (want national, asian, world, international or none)", a.Championship)
	}
	e.rests("tr.11")
	e.guestOnly("tr.11")
	art11Cond(e, a.NationalTeam, msg11Team, msg11NoTeam)
	art11Cond(e, a.CampsNeed, msg11Camps, msg11NoCamps)
	art11Cond(e, champion, msg11Champion, msg11NoChampion)
	art11Cond(e, a.FederationLetter, msg11Letter, msg11NoLetter)
	art11Cond(e, a.SportsDeputyApproval, msg11Deputy, msg11NoDeputy)
	e.na("tr.11", msg11OneTerm)
	e.grant(Guest, e.p.AthleteGuestTerms.Value)
	e.approve(ayin.SportsFederation, ayin.SportsDeputy)
	e.documents("tr.11")
	return nil
}

// art11Cond records one of tr.11's five conditions.
func art11Cond(e *eval, held bool, yes, no ayin.Text) {
	if held {
		e.hold("tr.11", yes)
	} else {
		e.fail("tr.11", no)
	}
}
