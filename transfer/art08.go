package transfer

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Article 8 (ماده ۸): transfer or guest study on the death of a parent, spouse
// or child.
//
//   - tr.8: an unmarried student whose father or mother died, or a married
//     student whose spouse or child died, after the student's exam
//     registration (E56: the time condition covers both) → transfer or guest
//     study, the kind asked. A married student who lost a parent, or an
//     unmarried one who lost a child, is not covered (E56). No destination and
//     no group exclusion are stated: none is checked.
//
// "After the exam registration" is strictly after, as in Article 2, and the
// date is the death certificate's (tr.t6.8). Marital status is the student's
// at the death: a student widowed by it is "married" for this article, and an
// unmarried student whose spouse died is a contradiction. The ordinary
// one-semester wait of tr.14.9 applies. Reviewed by the origin unit (tr.t6.8).

// art08Clauses are the clauses evalArt08 cites.
var art08Clauses = []ayin.ClauseID{"tr.8", "tr.t6.8"}

// art08Pending is false: Article 8 is encoded.
var art08Pending = false

// Bereavement is the facts of a request on the death of a close relative
// (tr.8, فوت والدین، همسر یا فرزند); YAML/JSON `bereavement: {deceased, date,
// married}`. A parent's death counts for an unmarried student, a spouse's or
// child's for a married one, and in both cases only strictly after
// Student.ExamRegistration (E56). Married is the status at the death: an
// unmarried student whose spouse died is a contradiction.
type Bereavement struct {
	// Deceased is who died: father, mother, spouse or child (another relation is refused). `deceased`
	Deceased Relative `json:"deceased" yaml:"deceased"`
	// Date of the death, from the death certificate (tr.t6.8). `date`
	Date calendar.Date `json:"date" yaml:"date"`
	// Married: the student was married when the relative died (a parent's death counts for an
	// unmarried student, a spouse's or child's for a married one). Required. `married`
	Married *bool `json:"married,omitempty" yaml:"married"`
}

var (
	msg8Parent        = ayin.Text{FA: "دانشجوی مجرد پس از ثبت نام در آزمون پدر یا مادر خود را از دست داده است.", EN: "An unmarried student lost a father or mother after the exam registration."}
	msg8SpouseChild   = ayin.Text{FA: "دانشجوی متأهل پس از ثبت نام در آزمون همسر یا فرزند خود را از دست داده است.", EN: "A married student lost a spouse or child after the exam registration."}
	msg8Before        = ayin.Text{FA: "فوت پیش از ثبت نام دانشجو در آزمون بوده است.", EN: "The death was not after the student's exam registration."}
	msg8MarriedParent = ayin.Text{FA: "ماده ۸ فوت پدر یا مادر را فقط برای دانشجوی مجرد پذیرفته است.", EN: "Article 8 counts a parent's death for an unmarried student only (E56)."}
	msg8SingleChild   = ayin.Text{FA: "ماده ۸ فوت فرزند را فقط برای دانشجوی متأهل پذیرفته است.", EN: "Article 8 counts a child's death for a married student only (E56)."}
	msg8OtherRelative = ayin.Text{FA: "ماده ۸ فقط فوت پدر، مادر، همسر یا فرزند را در بر می گیرد.", EN: "Article 8 covers only the death of a father, mother, spouse or child."}
	msg8AnyUnit       = ayin.Text{FA: "ماده ۸ مقصد یا گروهی را محدود نکرده است.", EN: "Article 8 states no destination and excludes no group."}
)

// evalArt08 applies tr.8.
func evalArt08(e *eval) error {
	b := e.r.Bereavement
	if b == nil {
		return missing("request.bereavement", "the bereavement facts (deceased, date, married)")
	}
	if b.Deceased == RelativeUnknown {
		return missing("request.bereavement.deceased", "who died: father, mother, spouse or child")
	}
	if b.Deceased > OtherRelative {
		return impossible("request.bereavement.deceased", "unknown relative code")
	}
	if b.Married == nil {
		return missing("request.bereavement.married", "whether the student was married when the relative died (tr.8)")
	}
	if !*b.Married && b.Deceased == Spouse {
		return contradiction("request.bereavement.married", "request.bereavement.deceased", "an unmarried student has no spouse to lose")
	}
	e.rests("tr.8")
	after, err := e.afterExamRegistration(b.Date, "request.bereavement.date")
	if err != nil {
		return err
	}
	married := *b.Married
	switch b.Deceased {
	case Father, Mother:
		if married {
			e.fail("tr.8", msg8MarriedParent)
		} else if after {
			e.hold("tr.8", msg8Parent)
		}
	case Spouse, Child:
		if !married {
			e.fail("tr.8", msg8SingleChild)
		} else if after {
			e.hold("tr.8", msg8SpouseChild)
		}
	default:
		e.fail("tr.8", msg8OtherRelative)
	}
	if !after {
		e.fail("tr.8", msg8Before)
	}
	e.na("tr.8", msg8AnyUnit)
	e.grantAsked()
	e.documents("tr.8")
	return nil
}
