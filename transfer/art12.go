package transfer

import "github.com/ayinrules/ayin"

// Article 12 (ماده ۱۲): guest study of the spouse and children of senior
// officials.
//
//   - tr.12: the spouse or child of an official covered by clauses (c) and
//     (d) of Article 71 of the Civil Service Management Law, who holds the
//     office → guest study to the place of mission or the city nearest the
//     place of employment (request.destination_matches), until the end of the
//     academic year (Grant.UntilEndOfYear; renewable while the official stays
//     in office, E75). A transfer asked is refused.
//
// Article 71's list is not in the source (E74): the offices the heading names
// (minister, MP, vice-president, governor-general, ambassador) are covered as
// they stand; another office the caller says 71(c)/(d) covers ("article-71")
// is taken as stated, with a needs-confirmation finding. An official no
// longer in office is refused. The ordinary one-semester wait of tr.14.9
// applies. Reviewed by the Central Organization (tr.t6.12: a letter approved
// by the highest official of the organisation concerned).

// art12Clauses are the clauses evalArt12 cites.
var art12Clauses = []ayin.ClauseID{"tr.12", "tr.t6.12"}

// art12Pending is false: Article 12 is encoded.
var art12Pending = false

// OfficialFamily is the facts of an official's family request (tr.12, همسر و
// فرزندان مقامات); YAML/JSON `official_family: {relation, office, in_office}`.
// The offices are the heading's (E74); "article-71" is taken as the caller
// states, with a needs-confirmation finding. The grant is guest study until
// the end of the academic year (Grant.UntilEndOfYear, E75).
type OfficialFamily struct {
	// Relation of the student to the official: spouse or child. `relation`
	Relation Relative `json:"relation" yaml:"relation"`
	// Office: "minister" (وزیر), "mp" (نماینده مجلس), "vice-president" (معاون رئیس جمهور),
	// "governor-general" (استاندار), "ambassador" (سفیر), "article-71" (another office the caller
	// says 71(c)/(d) covers) or "other" (an office it does not cover). Required. `office`
	Office string `json:"office" yaml:"office"`
	// InOffice: the official currently holds the office. Required. `in_office`
	InOffice *bool `json:"in_office,omitempty" yaml:"in_office"`
}

var (
	msg12Family    = ayin.Text{FA: "دانشجو همسر یا فرزند یکی از مقامات مشمول بندهای ج و د ماده ۷۱ قانون مدیریت خدمات کشوری است که در مسئولیت خود انجام وظیفه می کند.", EN: "The student is the spouse or child of a serving official covered by Article 71(c)/(d) of the Civil Service Management Law."}
	msg12NotFamily = ayin.Text{FA: "ماده ۱۲ فقط همسر و فرزندان مقامات را در بر می گیرد.", EN: "Article 12 covers only the spouse and children of the officials."}
	msg12Office    = ayin.Text{FA: "این مسئولیت در فهرست ماده ۱۲ نیست.", EN: "The office is not one Article 12 covers."}
	msg12Art71     = ayin.Text{FA: "فهرست بندهای ج و د ماده ۷۱ در متن نیست؛ شمول این مسئولیت بنا به اعلام متقاضی است و باید تأیید شود.", EN: "Article 71(c)/(d) is not in the source: the office is covered as the caller states, to be confirmed (E74)."}
	msg12NotServ   = ayin.Text{FA: "مقام مربوطه دیگر در آن مسئولیت انجام وظیفه نمی کند.", EN: "The official no longer holds the office."}
	msg12Dest      = ayin.Text{FA: "مقصد محل مأموریت یا نزدیک ترین شهر به محل اشتغال مقام است.", EN: "The destination is the official's place of mission or the city nearest the place of employment."}
	msg12Year      = ayin.Text{FA: "میهمانی تا پایان سال تحصیلی است و تا زمانی که مقام در مسئولیت است قابل تمدید است.", EN: "The guest study runs to the end of the academic year, renewable while the official stays in office (E75)."}
)

// art12Office classifies an office code: known reports a recognised code;
// covered whether the heading names it; claimed an office the caller says
// Article 71(c)/(d) covers.
func art12Office(s string) (covered, claimed, known bool) {
	switch s {
	case "minister", "mp", "vice-president", "governor-general", "ambassador",
		"وزیر", "نماینده مجلس", "معاون رئیس جمهور", "استاندار", "سفیر":
		return true, false, true
	case "article-71":
		return true, true, true
	case "other":
		return false, false, true
	}
	return false, false, false
}

// evalArt12 applies tr.12.
func evalArt12(e *eval) error {
	o := e.r.OfficialFamily
	if o == nil {
		return missing("request.official_family", "the official's family facts (relation, office, in_office)")
	}
	if o.Relation == RelativeUnknown {
		return missing("request.official_family.relation", "the student's relation to the official: spouse or child")
	}
	if o.Relation > OtherRelative {
		return impossible("request.official_family.relation", "unknown relative code")
	}
	if o.Office == "" {
		return missing("request.official_family.office", "minister, mp, vice-president, governor-general, ambassador, article-71 or other")
	}
	covered, claimed, known := art12Office(o.Office)
	if !known {
		return errorf(ErrUnknown, "request.official_family.office", "%q (want minister, mp, vice-president, governor-general, ambassador, article-71 or other)", o.Office)
	}
	if o.InOffice == nil {
		return missing("request.official_family.in_office", "whether the official currently holds the office (tr.12)")
	}
	e.rests("tr.12")
	e.guestOnly("tr.12")
	ok := true
	if o.Relation != Spouse && o.Relation != Child {
		e.fail("tr.12", msg12NotFamily)
		ok = false
	}
	if !covered {
		e.fail("tr.12", msg12Office)
		ok = false
	} else if claimed {
		e.confirm("tr.12", msg12Art71)
	}
	if !*o.InOffice {
		e.fail("tr.12", msg12NotServ)
		ok = false
	}
	if ok {
		e.hold("tr.12", msg12Family)
	}
	if err := e.needDestinationMatch("tr.12", msg12Dest); err != nil {
		return err
	}
	e.grant(Guest, 0)
	e.d.Granted.UntilEndOfYear = true
	e.na("tr.12", msg12Year)
	e.documents("tr.12")
	return nil
}
