package transfer

import "github.com/ayinrules/ayin"

// Article 9 (ماده ۹): the spouse and children of IAU staff.
//
//   - tr.9: the spouse or child of a full-time IAU employee, official
//     (permanent or probationary) or on contract (E59: Table 6's "full-time and
//     official" does not drop the contract staff the article names), to a unit
//     in the city of the employee's latest personnel order, which the
//     regulation takes as the family's residence (E58:
//     request.destination_matches), if the student's admission score is at
//     least 90 % of the last admitted at the destination (E57; 90.00 % holds).
//   - tr.9.n: below 90 %, or with no score (admitted without an exam), two
//     guest terms conditional on progress, converted into a transfer after them
//     at 12 units per term and a cumulative GPA of 14 (8 units and 15 at
//     master's); a guest applicant gets the same two terms (E61, rulings R5).
//     Both through the shared scoreRule, with the numbers of ayin.yaml.
//
// The ground applies from admission (tr.14.9), unless the student was admitted
// at capacity completion (tr.14.10). Reviewed by the Central Organization
// (tr.t6.9); not exempt from the page charge.

// art09Clauses are the clauses evalArt09 cites.
var art09Clauses = []ayin.ClauseID{"tr.9", "tr.9.n", "tr.t6.9"}

// art09Pending is false: Article 9 is encoded.
var art09Pending = false

// StaffFamily is the facts of a staff-family request (tr.9, همسر و فرزندان
// کارکنان); YAML/JSON `staff_family: {relation, full_time, appointment}`.
// Contract staff qualify with official staff (E59); the destination is the
// city of the latest personnel order (E58, request.destination_matches). The
// 90 % comparison reads Student.AdmissionScore and Request.LastAdmittedScore;
// below it, or with no score, tr.9.n's two conditional guest terms apply.
type StaffFamily struct {
	// Relation of the student to the employee: spouse or child (another relation is refused). `relation`
	Relation Relative `json:"relation" yaml:"relation"`
	// FullTime: the employee works full time (تمام وقت), as the workplace letter certifies. Required. `full_time`
	FullTime *bool `json:"full_time,omitempty" yaml:"full_time"`
	// Appointment: "permanent" (قطعی), "probationary" (آزمایشی), "contract" (قراردادی) or
	// "other" (any other kind of engagement, which tr.9 does not cover). Required. `appointment`
	Appointment string `json:"appointment" yaml:"appointment"`
}

var (
	msg9Family      = ayin.Text{FA: "دانشجو همسر یا فرزند کارمند تمام وقت رسمی یا قراردادی دانشگاه آزاد اسلامی است.", EN: "The student is the spouse or child of a full-time official or contract IAU employee."}
	msg9NotFamily   = ayin.Text{FA: "ماده ۹ فقط همسر و فرزندان کارکنان را در بر می گیرد.", EN: "Article 9 covers only the spouse and children of staff."}
	msg9NotFullTime = ayin.Text{FA: "ماده ۹ کارکنان تمام وقت را شرط کرده است.", EN: "Article 9 requires a full-time employee."}
	msg9NotOfficial = ayin.Text{FA: "ماده ۹ فقط کارکنان رسمی (قطعی، آزمایشی) و قراردادی را در بر می گیرد.", EN: "Article 9 covers only official (permanent, probationary) and contract staff."}
	msg9Dest        = ayin.Text{FA: "مقصد در شهر محل سکونت خانواده مطابق حکم کارگزینی است.", EN: "The destination is in the city of the employee's personnel order, taken as the family's residence (E58)."}
)

// art09Appointment classifies a staff appointment code: known reports a
// recognised code, covered whether tr.9 names it.
func art09Appointment(s string) (covered, known bool) {
	switch s {
	case "permanent", "probationary", "contract", "قطعی", "آزمایشی", "قراردادی":
		return true, true
	case "other":
		return false, true
	}
	return false, false
}

// evalArt09 applies tr.9 and tr.9.n.
func evalArt09(e *eval) error {
	f := e.r.StaffFamily
	if f == nil {
		return missing("request.staff_family", "the staff-family facts (relation, full_time, appointment)")
	}
	if f.Relation == RelativeUnknown {
		return missing("request.staff_family.relation", "the student's relation to the employee: spouse or child")
	}
	if f.Relation > OtherRelative {
		return impossible("request.staff_family.relation", "unknown relative code")
	}
	if f.FullTime == nil {
		return missing("request.staff_family.full_time", "whether the employee works full time (tr.9, tr.t6.9)")
	}
	if f.Appointment == "" {
		return missing("request.staff_family.appointment", "permanent, probationary, contract or other")
	}
	covered, known := art09Appointment(f.Appointment)
	if !known {
		return errorf(ErrUnknown, "request.staff_family.appointment", "%q (want permanent, probationary, contract or other)", f.Appointment)
	}
	e.rests("tr.9")
	e.fromAdmission = true
	ok := true
	if f.Relation != Spouse && f.Relation != Child {
		e.fail("tr.9", msg9NotFamily)
		ok = false
	}
	if !*f.FullTime {
		e.fail("tr.9", msg9NotFullTime)
		ok = false
	}
	if !covered {
		e.fail("tr.9", msg9NotOfficial)
		ok = false
	}
	if ok {
		e.hold("tr.9", msg9Family)
	}
	if err := e.needDestinationMatch("tr.9", msg9Dest); err != nil {
		return err
	}
	if err := e.scoreRule("tr.9", "tr.9.n"); err != nil {
		return err
	}
	e.documents("tr.9")
	return nil
}
