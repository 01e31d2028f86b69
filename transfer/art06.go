package transfer

import (
	"fmt"

	"github.com/ayinrules/ayin"
)

// Article 6 (ماده ۶): several students in one family. tr.6: when more than one
// member of a family (father, mother, sister, brother, spouse, child) studies
// at IAU at the same time → guest study for one or more of them at another
// unit of the student's own equivalence group (E48), except group 1, with the
// consent of the origin and destination units. Reviewed by the origin unit
// (tr.t6.6).

// art06Clauses are the clauses evalArt06 cites.
var art06Clauses = []ayin.ClauseID{"tr.6", "tr.t4", "tr.t6.6"}

// art06Pending is false: Article 6 is encoded.
var art06Pending = false

// SeveralStudents is the facts of an Article 6 request; YAML/JSON
// `several_students: {members: [brother, …]}`.
type SeveralStudents struct {
	// Members are the student's relatives studying at IAU at the same time. `members`
	Members []Relative `json:"members" yaml:"members"`
}

var (
	msg6            = ayin.Text{FA: "بیش از یک عضو خانواده همزمان در دانشگاه آزاد اسلامی مشغول به تحصیل است.", EN: "More than one member of the family studies at IAU at the same time."}
	msg6NoMember    = ayin.Text{FA: "عضو دیگری از خانواده (پدر، مادر، خواهر، برادر، همسر، فرزند) همزمان دانشجو نیست.", EN: "No other family member (father, mother, sister, brother, spouse, child) studies at IAU at the same time."}
	msg6SameGroup   = ayin.Text{FA: "مقصد از واحدهای همان گروه هم ترازی مبدأ است.", EN: "The destination is in the origin's equivalence group."}
	msg6OtherGroup  = ayin.Text{FA: "میهمانی فقط به سایر واحدهای همان گروه هم ترازی است.", EN: "Guest study only at other units of the same equivalence group (E48)."}
	msg6Consent     = ayin.Text{FA: "با موافقت واحد مبدأ و مقصد.", EN: "With the consent of the origin and destination units."}
	msg6GroupsTable = ayin.Text{FA: "گروه های مبدأ و مقصد از جدول ۴ خوانده شد.", EN: "The groups of origin and destination are read from table 4."}
)

// evalArt06 applies tr.6.
func evalArt06(e *eval) error {
	f := e.r.SeveralStudents
	if f == nil {
		return missing("request.several_students", "the Article 6 facts (members)")
	}
	e.rests("tr.6")
	member := false
	for i, m := range f.Members {
		switch m {
		case Father, Mother, Sister, Brother, Spouse, Child:
			member = true
		case RelativeUnknown:
			return missing(fmt.Sprintf("request.several_students.members[%d]", i), "the relation")
		}
	}
	if member {
		e.hold("tr.6", msg6)
	} else {
		e.fail("tr.6", msg6NoMember)
	}
	if e.guestOnly("tr.6") {
		e.hold("tr.6", msg6Consent)
	}
	og, err := e.originGroup("tr.6")
	if err != nil {
		return err
	}
	dg, err := e.destGroup("tr.6")
	if err != nil {
		return err
	}
	e.hold("tr.t4", msg6GroupsTable)
	if og == dg {
		e.hold("tr.6", msg6SameGroup)
	} else {
		e.fail("tr.6", msg6OtherGroup)
	}
	e.exceptTopGroup("tr.6")
	e.approve(ayin.OriginUnit, ayin.DestinationUnit)
	e.grant(Guest, 0)
	e.documents("tr.6")
	return nil
}
