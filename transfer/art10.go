package transfer

import "github.com/ayinrules/ayin"

// Article 10 (ماده ۱۰): the spouse and children of faculty members, serving
// and retired (E62: every clause covers retirees, judged on the last personnel
// order, which for a retiree is the retirement order). Which clause applies is
// read from the faculty member's university and the student's origin:
//
//   - tr.10.1: IAU faculty, student at an IAU unit. The child or spouse of a
//     full-time faculty member, official (probationary or permanent) or
//     fixed-term (پیمانی), of rank instructor (مربی) or above, to a unit in the
//     city of service per the personnel order; the field offered there is
//     tr.14.2's general check. 90 % of the last admitted (E57), or tr.10.n1.
//   - tr.10.2: IAU faculty, student admitted to a state university (origin of
//     kind state). Only the child (not the spouse) of a full-time *official*
//     faculty member (not fixed-term) of rank instructor or above (E65). The
//     executive instruction it defers to (the inter-ministerial memorandum,
//     Appendix 2) is not in the source: the library cannot decide the case and
//     refers it, with the approval and letter of introduction of the Central
//     Organization's Student Affairs Deputy (outcome referred). No 90 % test,
//     no destination and neither note apply, because none is stated (E65, E69).
//   - tr.10.3: state-university faculty, student at an IAU unit. The child
//     (not the spouse) of a full-time official faculty member of rank
//     instructor or above, to the city of service; not at master's level,
//     where the clause is refused whatever the score (E67); else 90 % or
//     tr.10.n1. State-university faculty with a state-university student are
//     outside Article 10 (tr.10.3 fails).
//   - tr.10.n1: the tr.9.n route (scoreRule, with the tr.10.n1 condition).
//   - tr.10.n2: for tr.10.1 and tr.10.3, when the field is not offered in the
//     city of permanent academic employment (not a city of mission or of
//     residence), the destination is the nearest neighbouring unit offering it
//     (FacultyFamily.FieldNotInCity; request.destination_matches then says
//     whether it is that unit). The other conditions still apply (E70).
//
// A destination under tr.10.1 / tr.10.3 must be an IAU unit. Every clause
// applies from admission (tr.14.9). Reviewed by the Central Organization
// (tr.t6.10, E119); the page charge is exempt (faculty documents).

// art10Clauses are the clauses evalArt10 cites.
var art10Clauses = []ayin.ClauseID{"tr.10", "tr.10.1", "tr.10.2", "tr.10.3", "tr.10.n1", "tr.10.n2", "tr.t6.10"}

// art10Pending is false: Article 10 is encoded.
var art10Pending = false

// FacultyFamily is the facts of a faculty-family request (tr.10, همسر و
// فرزندان اعضای هیأت علمی); YAML/JSON `faculty_family: {relation, university,
// appointment, rank, full_time, retired, field_not_in_city}`. The clause is
// read from University and the student's origin kind: IAU faculty and an IAU
// student → tr.10.1; IAU faculty and a state-university student (origin_kind
// state) → tr.10.2, referred because its Appendix 2 is not in the source;
// state-university faculty and an IAU student → tr.10.3, refused at master's
// level (E67). Rank, appointment and city are the last personnel order's, a
// retiree's included (E62).
type FacultyFamily struct {
	// Relation of the student to the faculty member: spouse or child. `relation`
	Relation Relative `json:"relation" yaml:"relation"`
	// University of the faculty member: "iau" (دانشگاه آزاد اسلامی) or "state" (دانشگاه دولتی). Required. `university`
	University string `json:"university" yaml:"university"`
	// Appointment: "permanent" (قطعی), "probationary" (آزمایشی), both official, "fixed-term"
	// (پیمانی), or "other" (contract, hourly: not covered). Required. `appointment`
	Appointment string `json:"appointment" yaml:"appointment"`
	// Rank: "instructor" (مربی), "assistant-professor" (استادیار), "associate-professor"
	// (دانشیار), "professor" (استاد) or "below-instructor". Required. `rank`
	Rank string `json:"rank" yaml:"rank"`
	// FullTime: the faculty member is full time (تمام وقت). Required. `full_time`
	FullTime *bool `json:"full_time,omitempty" yaml:"full_time"`
	// Retired: the faculty member is retired; rank, appointment, full time and city are then the
	// last personnel order's (E62). `retired`
	Retired bool `json:"retired,omitempty" yaml:"retired"`
	// FieldNotInCity: the student's field is not offered in the city of the faculty member's
	// permanent academic employment, so tr.10.n2 points at the nearest neighbouring unit. `field_not_in_city`
	FieldNotInCity bool `json:"field_not_in_city,omitempty" yaml:"field_not_in_city"`
}

var (
	msg10Retired      = ayin.Text{FA: "عضو هیأت علمی بازنشسته است؛ مرتبه، نوع استخدام و شهر از آخرین حکم کارگزینی خوانده شد.", EN: "The faculty member is retired: rank, appointment and city are read from the last personnel order (E62)."}
	msg10_1Family     = ayin.Text{FA: "دانشجو فرزند یا همسر عضو هیأت علمی تمام وقت رسمی یا پیمانی دانشگاه آزاد اسلامی با مرتبه مربی و بالاتر است.", EN: "The student is the child or spouse of a full-time official or fixed-term IAU faculty member of rank instructor or above."}
	msg10_2Family     = ayin.Text{FA: "دانشجو فرزند عضو هیأت علمی تمام وقت رسمی دانشگاه آزاد اسلامی با مرتبه مربی و بالاتر و پذیرفته شده در دانشگاه دولتی است.", EN: "The student, admitted to a state university, is the child of a full-time official IAU faculty member of rank instructor or above."}
	msg10_2Referred   = ayin.Text{FA: "درخواست طبق دستورالعمل اجرایی (تفاهم نامه وزارتین، پیوست ۲) با تأیید و معرفی نامه معاونت دانشجویی سازمان مرکزی بررسی می شود؛ پیوست ۲ در متن نیست.", EN: "Referred: decided under the inter-ministerial memorandum (Appendix 2, not in the source) with the approval and letter of the Central Organization's Student Affairs Deputy (E65)."}
	msg10_3Family     = ayin.Text{FA: "دانشجوی دانشگاه آزاد اسلامی فرزند عضو هیأت علمی تمام وقت رسمی دانشگاه دولتی با مرتبه مربی و بالاتر است.", EN: "The IAU student is the child of a full-time official state-university faculty member of rank instructor or above."}
	msg10_3Masters    = ayin.Text{FA: "به دلیل عدم تفاهم وزارتین، بند ۳-۱۰ در مقطع کارشناسی ارشد قابل اجرا نیست.", EN: "tr.10.3 cannot be applied at master's level, the two ministries not having agreed (E67)."}
	msg10_3NotMasters = ayin.Text{FA: "مقطع دانشجو کارشناسی ارشد نیست.", EN: "The student's level is not master's."}
	msg10_3StateOnly  = ayin.Text{FA: "بند ۳-۱۰ فرزندان اعضای هیأت علمی دانشگاههای دولتی را که در واحدهای دانشگاه آزاد اسلامی پذیرفته شده اند در بر می گیرد.", EN: "tr.10.3 covers children of state-university faculty admitted to an IAU unit; a state-university student is not covered."}
	msg10ChildOnly    = ayin.Text{FA: "این بند فقط فرزندان عضو هیأت علمی را در بر می گیرد، نه همسر.", EN: "This clause covers the faculty member's children only, not the spouse."}
	msg10NotFamily    = ayin.Text{FA: "ماده ۱۰ فقط همسر و فرزندان اعضای هیأت علمی را در بر می گیرد.", EN: "Article 10 covers only the spouse and children of faculty members."}
	msg10NotFullTime  = ayin.Text{FA: "ماده ۱۰ عضو هیأت علمی تمام وقت را شرط کرده است.", EN: "Article 10 requires a full-time faculty member."}
	msg10Rank         = ayin.Text{FA: "مرتبه علمی عضو هیأت علمی پایین تر از مربی است.", EN: "The faculty member's rank is below instructor."}
	msg10_1Appoint    = ayin.Text{FA: "بند ۱-۱۰ فقط اعضای هیأت علمی رسمی (آزمایشی، قطعی) و پیمانی را در بر می گیرد.", EN: "tr.10.1 covers only official (probationary, permanent) and fixed-term faculty."}
	msg10OfficialOnly = ayin.Text{FA: "این بند فقط اعضای هیأت علمی رسمی (آزمایشی، قطعی) را در بر می گیرد.", EN: "This clause covers only official (probationary, permanent) faculty, not fixed-term."}
	msg10City         = ayin.Text{FA: "مقصد در شهر محل خدمت عضو هیأت علمی مطابق حکم کارگزینی است.", EN: "The destination is in the faculty member's city of service per the personnel order."}
	msg10DestNotIAU   = ayin.Text{FA: "مقصد باید واحدی از دانشگاه آزاد اسلامی باشد.", EN: "The destination must be an IAU unit."}
	msg10n2Nearest    = ayin.Text{FA: "رشته در شهر محل اشتغال دائم عضو هیأت علمی دایر نیست و مقصد نزدیک ترین واحد هم جوار است.", EN: "The field is not offered in the faculty member's city of permanent employment; the destination is the nearest neighbouring unit."}
	msg10n2Not102     = ayin.Text{FA: "تبصره ۲ ماده ۱۰ شامل بند ۲-۱۰ نیست.", EN: "Note 2 of Article 10 does not apply to tr.10.2 (E69)."}
)

// art10Rank classifies a rank code: known reports a recognised code,
// atLeast whether it is instructor or above.
func art10Rank(s string) (atLeast, known bool) {
	switch s {
	case "instructor", "assistant-professor", "associate-professor", "professor", "مربی", "استادیار", "دانشیار", "استاد":
		return true, true
	case "below-instructor":
		return false, true
	}
	return false, false
}

// Appointment classes of Article 10.
const (
	art10Official  = iota + 1 // رسمی: permanent or probationary
	art10FixedTerm            // پیمانی
	art10Other                // not covered
)

func art10Appointment(s string) int {
	switch s {
	case "permanent", "probationary", "قطعی", "آزمایشی":
		return art10Official
	case "fixed-term", "پیمانی":
		return art10FixedTerm
	case "other":
		return art10Other
	}
	return 0
}

// evalArt10 applies tr.10.1–tr.10.3 with tr.10.n1 and tr.10.n2.
func evalArt10(e *eval) error {
	f := e.r.FacultyFamily
	if f == nil {
		return missing("request.faculty_family", "the faculty-family facts (relation, university, appointment, rank, full_time)")
	}
	if f.Relation == RelativeUnknown {
		return missing("request.faculty_family.relation", "the student's relation to the faculty member: spouse or child")
	}
	if f.Relation > OtherRelative {
		return impossible("request.faculty_family.relation", "unknown relative code")
	}
	var iau bool
	switch f.University {
	case "iau", "دانشگاه آزاد اسلامی":
		iau = true
	case "state", "دانشگاه دولتی":
	case "":
		return missing("request.faculty_family.university", "the faculty member's university: iau or state")
	default:
		return errorf(ErrUnknown, "request.faculty_family.university", "%q (want iau or state)", f.University)
	}
	if f.Appointment == "" {
		return missing("request.faculty_family.appointment", "permanent, probationary, fixed-term or other")
	}
	appt := art10Appointment(f.Appointment)
	if appt == 0 {
		return errorf(ErrUnknown, "request.faculty_family.appointment", "%q (want permanent, probationary, fixed-term or other)", f.Appointment)
	}
	if f.Rank == "" {
		return missing("request.faculty_family.rank", "the academic rank from the last personnel order (instructor or above)")
	}
	rankOK, known := art10Rank(f.Rank)
	if !known {
		return errorf(ErrUnknown, "request.faculty_family.rank", "%q (want instructor, assistant-professor, associate-professor, professor or below-instructor)", f.Rank)
	}
	if f.FullTime == nil {
		return missing("request.faculty_family.full_time", "whether the faculty member is full time (tr.10)")
	}

	stateStudent := e.origin.kind == ayin.State
	var c ayin.ClauseID
	switch {
	case iau && stateStudent:
		c = "tr.10.2"
	case iau:
		c = "tr.10.1"
	default:
		c = "tr.10.3"
	}
	switch e.r.Clause {
	case "tr.10.1", "tr.10.2", "tr.10.3":
		if e.r.Clause != c {
			return contradiction("request.clause", "request.faculty_family.university", string(e.r.Clause)+" does not match the faculty member's university and the student's origin (it is "+string(c)+")")
		}
	}
	if e.r.Clause == "tr.10.n2" && (c == "tr.10.2" || !f.FieldNotInCity) {
		return contradiction("request.clause", "request.faculty_family.field_not_in_city", "tr.10.n2 is for a field not offered in the city of service, under tr.10.1 or tr.10.3")
	}
	e.rests(c)
	e.fromAdmission = true
	if f.Retired {
		e.hold("tr.10", msg10Retired)
	}

	// The conditions every clause shares, then each clause's own.
	ok := true
	bar := func(m ayin.Text) { e.fail(c, m); ok = false }
	switch {
	case f.Relation != Spouse && f.Relation != Child:
		bar(msg10NotFamily)
	case f.Relation == Spouse && c != "tr.10.1":
		bar(msg10ChildOnly)
	}
	if !*f.FullTime {
		bar(msg10NotFullTime)
	}
	if !rankOK {
		bar(msg10Rank)
	}
	switch {
	case appt == art10Other && c == "tr.10.1":
		bar(msg10_1Appoint)
	case appt != art10Official && c != "tr.10.1":
		bar(msg10OfficialOnly)
	}

	if c == "tr.10.2" {
		if f.FieldNotInCity {
			e.na("tr.10.n2", msg10n2Not102)
		}
		if ok {
			e.hold(c, msg10_2Family)
			e.refer(c, msg10_2Referred, ayin.StudentAffairsDeputyCentre)
		}
		e.grantAsked()
		e.documents(c)
		return nil
	}

	if c == "tr.10.3" && stateStudent {
		bar(msg10_3StateOnly)
	}
	if ok {
		if c == "tr.10.1" {
			e.hold(c, msg10_1Family)
		} else {
			e.hold(c, msg10_3Family)
		}
	}
	if e.dest.kind == ayin.State {
		e.fail(c, msg10DestNotIAU)
	}
	var err error
	if f.FieldNotInCity {
		err = e.needDestinationMatch("tr.10.n2", msg10n2Nearest)
	} else {
		err = e.needDestinationMatch(c, msg10City)
	}
	if err != nil {
		return err
	}
	if c == "tr.10.3" {
		if e.s.Level == ayin.Master {
			// E67: refused at master's whatever the score, so the 90 % is not asked.
			e.fail(c, msg10_3Masters)
			e.documents(c)
			return nil
		}
		e.hold(c, msg10_3NotMasters)
	}
	if err := e.scoreRule(c, "tr.10.n1"); err != nil {
		return err
	}
	e.documents(c)
	return nil
}
