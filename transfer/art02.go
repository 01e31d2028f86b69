package transfer

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Article 2 (ماده ۲): transfer or guest study on the grounds of marriage and
// divorce.
//
//   - tr.2.1: a woman who entered a permanent marriage (ازدواج دائم) after
//     registering for the entrance exam → transfer or guest study to the
//     husband's city, or the nearest unit offering the field (E22); no group is
//     excluded (E21).
//   - tr.2.2: a man who married after registering → transfer or guest study to
//     the couple's residence or the wife's place of work (E23), except group 1;
//     permanence is not required (E24).
//   - tr.2.3: a woman who divorced after registering → transfer or guest study
//     to her own family's city (E25), except group 1.
//
// "After registering" is strictly after: an event dated the day of the exam
// registration does not qualify (the library's reading). Reviewed by the
// origin unit (tr.t6.2.1, tr.t6.2.2, tr.t6.2.3).

// art02Clauses are the clauses the Article 2 functions cite.
var art02Clauses = []ayin.ClauseID{"tr.2.1", "tr.2.2", "tr.2.3", "tr.t6.2.1", "tr.t6.2.2", "tr.t6.2.3"}

// art02Pending is false: Article 2 is encoded.
var art02Pending = false

// Marriage is the facts of a marriage request (tr.2.1, tr.2.2); YAML/JSON
// `marriage: {date, permanent}`.
type Marriage struct {
	// Date of the marriage, from the marriage certificate (سند ازدواج). `date`
	Date calendar.Date `json:"date" yaml:"date"`
	// Permanent: a permanent marriage (ازدواج دائم), which tr.2.1 requires of a woman. `permanent`
	Permanent bool `json:"permanent" yaml:"permanent"`
}

// Divorce is the facts of a divorce request (tr.2.3); `divorce: {date}`.
type Divorce struct {
	// Date of the divorce, from the divorce certificate (طلاق نامه). `date`
	Date calendar.Date `json:"date" yaml:"date"`
}

var (
	msg2_1          = ayin.Text{FA: "دانشجوی دختر پس از ثبت نام در آزمون ازدواج دائم کرده است؛ مقصد شهر محل زندگی همسر یا نزدیک ترین واحد دارای رشته.", EN: "A woman who married permanently after exam registration, going to her husband's city or the nearest unit offering the field."}
	msg2_1Before    = ayin.Text{FA: "ازدواج پیش از ثبت نام در آزمون بوده است.", EN: "The marriage was not after the exam registration."}
	msg2_1NotPerm   = ayin.Text{FA: "بند ۲-۱ ازدواج دائم را شرط کرده است.", EN: "tr.2.1 requires a permanent marriage."}
	msg2_2          = ayin.Text{FA: "دانشجوی مرد پس از ثبت نام در آزمون ازدواج کرده است؛ مقصد محل سکونت یا اشتغال همسر.", EN: "A man who married after exam registration, going to the couple's residence or the wife's place of work."}
	msg2_3          = ayin.Text{FA: "دانشجوی زن پس از ثبت نام در آزمون متارکه کرده است؛ مقصد شهر محل زندگی خانواده.", EN: "A woman who divorced after exam registration, going to her family's city."}
	msg2_3Before    = ayin.Text{FA: "متارکه پیش از ثبت نام در آزمون بوده است.", EN: "The divorce was not after the exam registration."}
	msg2DestHusband = ayin.Text{FA: "مقصد در شهر محل زندگی همسر یا نزدیک ترین واحد دارای رشته است.", EN: "The destination is in the husband's city, or the nearest unit offering the field."}
	msg2DestSpouse  = ayin.Text{FA: "مقصد در محل سکونت یا اشتغال همسر است.", EN: "The destination is at the couple's residence or the wife's place of work."}
	msg2DestFamily  = ayin.Text{FA: "مقصد در شهر محل زندگی خانواده است.", EN: "The destination is in her family's city."}
	msg2_2Before    = ayin.Text{FA: "ازدواج پیش از ثبت نام در آزمون بوده است.", EN: "The marriage was not after the exam registration."}
	msg2_1AnyGroup  = ayin.Text{FA: "بند ۲-۱ هیچ گروهی را مستثنی نکرده است.", EN: "tr.2.1 excludes no group (E21)."}
	msg2NotTopGroup = ayin.Text{FA: "مقصد از واحدهای گروه ۱ نیست.", EN: "The destination is not a group-1 unit."}
)

// evalMarriage applies tr.2.1 (a woman) or tr.2.2 (a man).
func evalMarriage(e *eval) error {
	m := e.r.Marriage
	if m == nil {
		return missing("request.marriage", "the marriage facts (date, permanent)")
	}
	switch e.s.Gender {
	case GenderUnknown:
		return missing("student.gender", "tr.2.1 is for women, tr.2.2 for men")
	case Male:
		if e.r.Clause == "tr.2.1" {
			return contradiction("student.gender", "request.clause", "tr.2.1 is for female students")
		}
		return marriageMan(e, m)
	}
	if e.r.Clause == "tr.2.2" {
		return contradiction("student.gender", "request.clause", "tr.2.2 is for male students")
	}
	return marriageWoman(e, m)
}

// marriageWoman applies tr.2.1.
func marriageWoman(e *eval, m *Marriage) error {
	e.rests("tr.2.1")
	after, err := e.afterExamRegistration(m.Date, "request.marriage.date")
	if err != nil {
		return err
	}
	switch {
	case !after:
		e.fail("tr.2.1", msg2_1Before)
	case !m.Permanent:
		e.fail("tr.2.1", msg2_1NotPerm)
	default:
		e.hold("tr.2.1", msg2_1)
	}
	if err := e.needDestinationMatch("tr.2.1", msg2DestHusband); err != nil {
		return err
	}
	e.na("tr.2.1", msg2_1AnyGroup)
	e.grantAsked()
	e.documents("tr.2.1")
	return nil
}

// marriageMan applies tr.2.2.
func marriageMan(e *eval, m *Marriage) error {
	e.rests("tr.2.2")
	after, err := e.afterExamRegistration(m.Date, "request.marriage.date")
	if err != nil {
		return err
	}
	if after {
		e.hold("tr.2.2", msg2_2)
	} else {
		e.fail("tr.2.2", msg2_2Before)
	}
	if err := e.needDestinationMatch("tr.2.2", msg2DestSpouse); err != nil {
		return err
	}
	if e.exceptTopGroup("tr.2.2") {
		e.hold("tr.2.2", msg2NotTopGroup)
	}
	e.grantAsked()
	e.documents("tr.2.2")
	return nil
}

// evalDivorce applies tr.2.3.
func evalDivorce(e *eval) error {
	dv := e.r.Divorce
	if dv == nil {
		return missing("request.divorce", "the divorce facts (date)")
	}
	switch e.s.Gender {
	case GenderUnknown:
		return missing("student.gender", "tr.2.3 is for women")
	case Male:
		return contradiction("student.gender", "request.ground", "tr.2.3 (divorce) is for married female students")
	}
	e.rests("tr.2.3")
	after, err := e.afterExamRegistration(dv.Date, "request.divorce.date")
	if err != nil {
		return err
	}
	if after {
		e.hold("tr.2.3", msg2_3)
	} else {
		e.fail("tr.2.3", msg2_3Before)
	}
	if err := e.needDestinationMatch("tr.2.3", msg2DestFamily); err != nil {
		return err
	}
	if e.exceptTopGroup("tr.2.3") {
		e.hold("tr.2.3", msg2NotTopGroup)
	}
	e.grantAsked()
	e.documents("tr.2.3")
	return nil
}
