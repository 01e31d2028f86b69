package transfer

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/equivalence"
)

// Article 7 (ماده ۷): moves allowed by the equivalence table (tr.t4). Group 1
// is the top; "higher" means a smaller group number (E49). By the origin's
// kind:
//
//   - a state university on either side → tr.7.4: guest study only, referred:
//     the consent of both universities and the educational special-cases
//     commission, and the student-transfer special-cases commission's approval
//     (E52); no group test.
//   - an overseas unit → tr.7.3: guest study at a domestic unit, except group 1,
//     Karaj and Science and Research Alborz, at overseas tuition (E51); the
//     origin, the International Deputy and the Central Organization approve.
//   - an international unit → tr.7.5: guest study, not for medicine, with the
//     same exclusions, at international tuition (E54).
//   - otherwise → tr.7.1: transfer or guest study to the same or a lower group;
//     tr.7.2: guest study one or two groups higher, except group 1, Karaj and
//     Science and Research Alborz; three or more higher is refused.
//
// The named exclusions (excluded_by_name) are checked before any group
// comparison (rulings R7): a destination in no group (Science and Research
// Alborz) is barred by name where the clause names it, and is an ErrNoGroup
// error where only a comparison could decide. No document is mandatory
// (tr.t6.7); the origin unit reviews.

// art07Clauses are the clauses evalArt07 cites.
var art07Clauses = []ayin.ClauseID{"tr.7.1", "tr.7.2", "tr.7.3", "tr.7.4", "tr.7.5", "tr.t4", "tr.t6.7"}

// art07Pending is false: Article 7 is encoded.
var art07Pending = false

var (
	msg7_1         = ayin.Text{FA: "مقصد هم تراز یا پایین تر از مبدأ در جدول هم ترازی است.", EN: "The destination is in the same or a lower group than the origin."}
	msg7_1Higher   = ayin.Text{FA: "انتقال فقط به واحدهای هم تراز و پایین تر امکان پذیر است.", EN: "A transfer is possible only to the same or a lower group."}
	msg7_2         = ayin.Text{FA: "میهمانی تا دو گروه بالاتر در جدول هم ترازی.", EN: "Guest study up to two groups higher."}
	msg7_2TooHigh  = ayin.Text{FA: "مقصد بیش از دو گروه بالاتر از مبدأ است.", EN: "The destination is more than two groups higher than the origin."}
	msg7Named      = ayin.Text{FA: "واحدهای گروه ۱، کرج و علوم و تحقیقات البرز مستثنی هستند.", EN: "Group-1 units, Karaj and Science and Research Alborz are excluded."}
	msg7Approvals  = ayin.Text{FA: "با موافقت واحد مبدأ و مقصد و تأیید سازمان مرکزی.", EN: "With the consent of the origin and destination units and the approval of the Central Organization."}
	msg7Groups     = ayin.Text{FA: "گروه های مبدأ و مقصد از جدول ۴ خوانده شد.", EN: "The groups of origin and destination are read from table 4."}
	msg7_3         = ayin.Text{FA: "میهمانی دانشجوی واحد برون مرزی در واحد داخل کشور، مطابق شهریه واحدهای برون مرزی.", EN: "Guest study of an overseas-unit student at a domestic unit, at overseas-unit tuition."}
	msg7_3Overseas = ayin.Text{FA: "مقصد باید واحد داخل کشور باشد.", EN: "The destination must be a unit inside the country."}
	msg7_4         = ayin.Text{FA: "میهمانی بین دانشگاه دولتی و دانشگاه آزاد اسلامی با موافقت دو دانشگاه و کمیسیون موارد خاص آموزشی و تأیید کمیسیون موارد خاص نقل و انتقال.", EN: "Guest study between a state university and IAU: both universities and the educational special-cases commission consent, the student-transfer special-cases commission decides."}
	msg7_4NoIAU    = ayin.Text{FA: "یکی از دو دانشگاه باید دانشگاه آزاد اسلامی باشد.", EN: "One of the two universities must be IAU."}
	msg7_5         = ayin.Text{FA: "میهمانی دانشجوی واحد بین الملل، مطابق شهریه واحدهای بین الملل.", EN: "Guest study of an international-unit student, at international-unit tuition."}
	msg7_5Medicine = ayin.Text{FA: "دانشجویان رشته پزشکی مستثنی هستند.", EN: "Students of medicine are excluded."}
)

// evalArt07 applies Article 7.
func evalArt07(e *eval) error {
	switch {
	case e.origin.kind == ayin.State || e.dest.kind == ayin.State:
		return art7_4(e)
	case e.origin.kind == ayin.Overseas:
		e.use(&e.origin, "tr.7.3")
		return art7_3or5(e, "tr.7.3", msg7_3, ayin.Overseas)
	case e.origin.kind == ayin.International:
		e.use(&e.origin, "tr.7.5")
		return art7_3or5(e, "tr.7.5", msg7_5, ayin.International)
	}
	return art7_1or2(e)
}

// art7_4: a state university and IAU.
func art7_4(e *eval) error {
	e.rests("tr.7.4")
	if e.origin.kind == ayin.State && e.dest.kind == ayin.State {
		e.fail("tr.7.4", msg7_4NoIAU)
		return nil
	}
	if !e.guestOnly("tr.7.4") {
		return nil
	}
	// Both universities consent (tr.7.4): the state one is named as a
	// university, the IAU one as a unit.
	origin, dest := ayin.OriginUnit, ayin.DestinationUnit
	if e.origin.kind == ayin.State {
		origin = ayin.OriginUniversity
	}
	if e.dest.kind == ayin.State {
		dest = ayin.DestinationUniversity
	}
	e.refer("tr.7.4", msg7_4, origin, dest, ayin.EducationalSpecialCases, ayin.TransferSpecialCases)
	e.grant(Guest, 0)
	e.documents("tr.7")
	return nil
}

// art7_3or5: an overseas (tr.7.3) or international (tr.7.5) origin.
func art7_3or5(e *eval, c ayin.ClauseID, m ayin.Text, rates ayin.UnitKind) error {
	e.rests(c)
	if rates == ayin.International && e.s.Medicine {
		e.fail(c, msg7_5Medicine)
	}
	if rates == ayin.Overseas && e.dest.kind == ayin.Overseas {
		e.fail(c, msg7_3Overseas)
	}
	if e.guestOnly(c) {
		e.hold(c, m)
	}
	if e.excludedByName() || e.destInTopGroup(c) {
		e.fail(c, msg7Named)
	}
	if rates == ayin.Overseas {
		e.approve(ayin.OriginUnit, ayin.InternationalDeputy, ayin.CentralOrganization)
	} else {
		e.approve(ayin.OriginUnit, ayin.DestinationUnit, ayin.CentralOrganization)
	}
	e.grant(Guest, 0)
	e.d.Granted.TuitionRates = rates
	e.documents("tr.7")
	return nil
}

// art7_1or2: an ordinary (or Sama) origin, by the groups.
func art7_1or2(e *eval) error {
	named := e.excludedByName() // before any comparison (R7)
	if named && e.r.Kind == Guest && e.dest.listed && !e.dest.unit.Grouped() {
		// A unit in no group (Science and Research Alborz) cannot be "the same
		// or a lower group" of tr.7.1, and tr.7.2, the only other guest route,
		// names it among its exclusions: it is barred by name before any group
		// is asked (rulings R7, E50). A transfer, which only tr.7.1's
		// comparison could allow, stays an ErrNoGroup error below.
		e.rests("tr.7.2")
		e.approve(ayin.OriginUnit, ayin.DestinationUnit, ayin.CentralOrganization)
		e.fail("tr.7.2", msg7Named)
		e.grant(Guest, 0)
		e.documents("tr.7")
		return nil
	}
	og, err := e.originGroup("tr.7.1")
	if err != nil {
		return err
	}
	dg, err := e.destGroup("tr.7.1")
	if err != nil {
		return err
	}
	e.hold("tr.t4", msg7Groups)
	above := equivalence.Above(og, dg)
	e.approve(ayin.OriginUnit, ayin.DestinationUnit, ayin.CentralOrganization)
	switch {
	case above <= 0:
		e.rests("tr.7.1")
		e.hold("tr.7.1", msg7_1)
		e.hold("tr.7.1", msg7Approvals)
		e.grantAsked()
	case e.r.Kind == Transfer:
		e.rests("tr.7.1")
		e.fail("tr.7.1", msg7_1Higher)
	default:
		e.rests("tr.7.2")
		switch {
		case named || int(dg) == e.p.TopGroup.Value:
			e.fail("tr.7.2", msg7Named)
		case above > e.p.MaxGroupsAbove.Value:
			e.fail("tr.7.2", msg7_2TooHigh)
		default:
			e.hold("tr.7.2", msg7_2)
			e.hold("tr.7.2", msg7Approvals)
		}
		e.grant(Guest, 0)
	}
	e.documents("tr.7")
	return nil
}
