package transfer

import "github.com/ayinrules/ayin"

// Article 13 (ماده ۱۳): special cases.
//
//   - tr.13: a request that meets no ground of Articles 2–12 is registered as
//     usual (window and fee still apply) and put, as a guest-study request,
//     before the student-transfer special-cases commission (کمیسیون نقل و
//     انتقال موارد خاص دانشجویی, E52) with the student's documents: the
//     outcome is referred and the grant considered is guest study. A transfer
//     asked is considered as guest study: no transfer can be granted under
//     Article 13 (E77); the decision says so and grants guest study subject to
//     the commission.
//
// The condition "no ground of Articles 2–12 holds" cannot be decided from a
// special-case request alone: the function does not evaluate the other grounds
// (Options does, for every ground it has facts for). When the request also
// carries another ground's facts, the decision adds a needs-confirmation
// finding that that ground should be decided first. The ordinary
// one-semester wait of tr.14.9 applies. Reviewed by the Central Organization
// (tr.t6.13: any documents the student submits).

// art13Clauses are the clauses evalArt13 cites.
var art13Clauses = []ayin.ClauseID{"tr.13", "tr.t6.13"}

// art13Pending is false: Article 13 is encoded.
var art13Pending = false

// SpecialCase is the facts of a special-cases request (tr.13, موارد خاص);
// YAML/JSON `special_case: {summary}`. None is required: the commission reads
// the student's documents. The decision is referred, as guest study whatever
// the kind asked (E77).
type SpecialCase struct {
	// Summary of the student's circumstances, for the record. `summary`
	Summary string `json:"summary,omitempty" yaml:"summary"`
}

var (
	msg13Referred    = ayin.Text{FA: "درخواست میهمانی دانشجو با مدارک و مستندات ارسالی در کمیسیون نقل و انتقال موارد خاص دانشجویی مطرح و اعلام نظر می شود.", EN: "The guest-study request goes, with the student's documents, to the student-transfer special-cases commission, which decides."}
	msg13NoTransfer  = ayin.Text{FA: "طبق ماده ۱۳ انتقال امکان پذیر نیست؛ درخواست به عنوان میهمانی بررسی می شود.", EN: "No transfer can be granted under Article 13: the request is considered as guest study (E77)."}
	msg13OtherGround = ayin.Text{FA: "درخواست اطلاعات ضابطه دیگری را نیز دارد؛ موارد خاص فقط در صورت عدم احراز هیچ یک از ضوابط آیین نامه مطرح می شود.", EN: "The request also carries another ground's facts: special cases are heard only when no ground of Articles 2–12 holds, to be confirmed."}
)

// evalArt13 applies tr.13.
func evalArt13(e *eval) error {
	e.rests("tr.13")
	if art13OtherFacts(&e.r) {
		e.confirm("tr.13", msg13OtherGround)
	}
	if e.r.Kind == Transfer {
		e.unmet("tr.13", msg13NoTransfer)
	}
	e.refer("tr.13", msg13Referred, ayin.TransferSpecialCases)
	e.grant(Guest, 0)
	e.documents("tr.13")
	return nil
}

// art13OtherFacts reports whether the request carries the facts of a ground
// of Articles 2–12 that needs facts of its own.
func art13OtherFacts(r *Request) bool {
	return r.Marriage != nil || r.Divorce != nil || r.Isargar != nil || r.Illness != nil ||
		r.Guardianship != nil || r.SeveralStudents != nil || r.Bereavement != nil ||
		r.StaffFamily != nil || r.FacultyFamily != nil || r.Athlete != nil || r.OfficialFamily != nil
}
