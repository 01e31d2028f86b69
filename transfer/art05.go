package transfer

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Article 5 (ماده ۵): guardianship. tr.5.1: a student holding a court order of
// guardianship (حکم سرپرستی) over a father, mother, sister, brother or child →
// to the family's place of residence: obtained after the exam registration,
// transfer or guest study in any group; obtained before, guest study only,
// except group 1 (E47). Reviewed by the origin unit (tr.t6.5).

// art05Clauses are the clauses evalArt05 cites.
var art05Clauses = []ayin.ClauseID{"tr.5.1", "tr.t6.5"}

// art05Pending is false: Article 5 is encoded.
var art05Pending = false

// Guardianship is the facts of an Article 5 request; YAML/JSON
// `guardianship: {relative, order_date}`.
type Guardianship struct {
	// Relative under the student's guardianship: father, mother, sister, brother or child. `relative`
	Relative Relative `json:"relative" yaml:"relative"`
	// OrderDate is the date of the court's guardianship order (rulings R9). `order_date`
	OrderDate calendar.Date `json:"order_date" yaml:"order_date"`
}

var (
	msg5After    = ayin.Text{FA: "حکم سرپرستی بستگان درجه یک پس از ثبت نام در آزمون اخذ شده است: انتقال یا میهمانی.", EN: "The guardianship order over a first-degree relative was obtained after the exam registration: transfer or guest study."}
	msg5Before   = ayin.Text{FA: "حکم سرپرستی پیش از ثبت نام در آزمون اخذ شده است: فقط میهمانی، به استثنای گروه ۱.", EN: "The guardianship order was obtained before the exam registration: guest study only, except group 1."}
	msg5Relative = ayin.Text{FA: "سرپرستی فقط برای پدر، مادر، خواهر، برادر و فرزند است.", EN: "Guardianship counts only over a father, mother, sister, brother or child."}
	msg5Dest     = ayin.Text{FA: "مقصد در محل زندگی خانواده است.", EN: "The destination is at the family's place of residence."}
)

// evalArt05 applies tr.5.1.
func evalArt05(e *eval) error {
	f := e.r.Guardianship
	if f == nil {
		return missing("request.guardianship", "the Article 5 facts (relative, order_date)")
	}
	if f.Relative == RelativeUnknown {
		return missing("request.guardianship.relative", "the relative under guardianship")
	}
	after, err := e.afterExamRegistration(f.OrderDate, "request.guardianship.order_date")
	if err != nil {
		return err
	}
	e.rests("tr.5.1")
	// The held messages speak of an order over a first-degree relative: for
	// another relative only the failing finding is recorded.
	firstDegree := true
	switch f.Relative {
	case Father, Mother, Sister, Brother, Child:
	default:
		firstDegree = false
		e.fail("tr.5.1", msg5Relative)
	}
	if after {
		if firstDegree {
			e.hold("tr.5.1", msg5After)
		}
		e.grantAsked()
	} else {
		if e.guestOnly("tr.5.1") && firstDegree {
			e.hold("tr.5.1", msg5Before)
		}
		e.exceptTopGroup("tr.5.1")
		e.grant(Guest, 0)
	}
	if err := e.needDestinationMatch("tr.5.1", msg5Dest); err != nil {
		return err
	}
	e.documents("tr.5")
	return nil
}
