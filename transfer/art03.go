package transfer

import (
	"fmt"
	"strings"

	"github.com/ayinrules/ayin"
)

// Article 3 (ماده ۳) with table 5 (tr.t5): martyrs' families (شاهد) and
// isargaran (ایثارگران). The student's category and, for a janbaz and a
// janbaz's child or spouse, the disability percentage choose the row
// (transfer.md's Article 3 reading, E28–E32, rulings R6):
//
//   - row 3-1 (tr.3.1): a martyr's child or spouse (a), an azadeh or an
//     azadeh's child or spouse (b), a janbaz of ≥ 25 % with no upper limit (c),
//     a janbaz's child or spouse at ≥ 50 % (d) → transfer or guest study to
//     every group; from admission and without the origin's review (tr.3.a,
//     tr.14.9; capacity-completion admits still wait, tr.14.10); a repeat
//     transfer referred to the Isargaran Commission (tr.3.b); a change of
//     field when the field is not offered and the proposed one's تراز is not
//     higher (tr.3.c, E40).
//   - row 3-2 (tr.3.2): a martyr's brother or sister (a, b), a janbaz's child
//     or spouse at 25–49 % (c, d) → guest study to the parents' or spouse's
//     residence, except group 1, with no term limit (E31).
//   - row 3-3 (tr.3.3): a janbaz of 5–24 % with a valid certificate (a), a
//     combatant of ≥ 6 months with a front card or certificate (b), the child
//     or spouse of a combatant or of another isargar, a janbaz's child or
//     spouse below 25 % included (c), an active scientific Basij member (d) →
//     one guest term to the unit nearest the parents' or spouse's residence,
//     except group 1, extended term by term on a guest-term GPA ≥ 15 (E36);
//     for (d) also: top member, nominated by the Basij Scientific Deputy and
//     approved by the Central Organization's Basij, bachelor's or master's
//     only, under the University-wide caps of 100 / 50 in the period, once in
//     the course of study (E37, E38).
//
// Below 5 % no category applies: ineligible under tr.3 (R6). Reviewed by the
// Isargaran Commission (3-1) or the origin unit (3-2, 3-3); the page charge is
// exempt. A student in several categories lists the others in Isargar.Also:
// the most favourable row is applied (E26).

// art03Clauses are the clauses evalArt03 cites.
var art03Clauses = []ayin.ClauseID{
	"tr.3", "tr.t5",
	"tr.3.1", "tr.3.1.a", "tr.3.1.b", "tr.3.1.c", "tr.3.1.d",
	"tr.3.2", "tr.3.2.a", "tr.3.2.b", "tr.3.2.c", "tr.3.2.d",
	"tr.3.3", "tr.3.3.a", "tr.3.3.b", "tr.3.3.c", "tr.3.3.d",
	"tr.3.a", "tr.3.b", "tr.3.c",
	"tr.t6.3.1", "tr.t6.3.2", "tr.t6.3.3",
}

// art03Pending is false: Article 3 is encoded.
var art03Pending = false

// IsargarCategory is the student's category of table 5 (نوع ایثارگری).
type IsargarCategory uint8

const (
	// CategoryUnknown is the zero IsargarCategory: not stated.
	CategoryUnknown IsargarCategory = iota
	MartyrChild                     // فرزند شهید: tr.3.1.a
	MartyrSpouse                    // همسر شهید: tr.3.1.a
	Azadeh                          // آزاده: tr.3.1.b
	AzadehChild                     // فرزند آزاده: tr.3.1.b
	AzadehSpouse                    // همسر آزاده: tr.3.1.b
	Janbaz                          // جانباز: tr.3.1.c (≥ 25 %) or tr.3.3.a (5–24 %)
	JanbazChild                     // فرزند جانباز: tr.3.1.d (≥ 50 %), tr.3.2.c (25–49 %), tr.3.3.c (5–24 %)
	JanbazSpouse                    // همسر جانباز: tr.3.1.d, tr.3.2.d, tr.3.3.c
	MartyrBrother                   // برادر شهید: tr.3.2.a
	MartyrSister                    // خواهر شهید: tr.3.2.b
	Combatant                       // رزمنده: tr.3.3.b
	CombatantChild                  // فرزند رزمنده: tr.3.3.c
	CombatantSpouse                 // همسر رزمنده: tr.3.3.c
	IsargarChild                    // فرزند ایثارگر (another isargar): tr.3.3.c
	IsargarSpouse                   // همسر ایثارگر: tr.3.3.c
	ScientificBasij                 // بسیجی علمی فعال: tr.3.3.d

	numCategories
)

var categoryCodes = [numCategories]string{"", "martyr-child", "martyr-spouse", "azadeh", "azadeh-child", "azadeh-spouse",
	"janbaz", "janbaz-child", "janbaz-spouse", "martyr-brother", "martyr-sister",
	"combatant", "combatant-child", "combatant-spouse", "isargar-child", "isargar-spouse", "basij"}

// String returns the category's code ("martyr-child", …, "basij").
func (c IsargarCategory) String() string {
	if c < numCategories {
		return categoryCodes[c]
	}
	return fmt.Sprintf("IsargarCategory(%d)", c)
}

// MarshalText encodes the code.
func (c IsargarCategory) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a category code.
func (c *IsargarCategory) UnmarshalText(b []byte) error {
	k := strings.ToLower(strings.TrimSpace(string(b)))
	for i, code := range categoryCodes {
		if k == code {
			*c = IsargarCategory(i)
			return nil
		}
	}
	return fmt.Errorf("transfer: unknown isargar category %q (want one of %s)", b, strings.Join(categoryCodes[1:], ", "))
}

// Isargar is the facts of an Article 3 request; YAML/JSON
// `isargaran: {category, percent, months, certificate, basij: {...}}`.
type Isargar struct {
	// Category of table 5. `category`
	Category IsargarCategory `json:"category" yaml:"category"`
	// Percent is the janbaz's disability percentage (the student's own, or the parent's or
	// spouse's): required for janbaz, janbaz-child and janbaz-spouse; 0..100. `percent`
	Percent *int `json:"percent,omitempty" yaml:"percent"`
	// Months of voluntary presence at the front of the combatant (the student, or the parent
	// or spouse): required for combatant, combatant-child and combatant-spouse. `months`
	Months *int `json:"months,omitempty" yaml:"months"`
	// Certificate: a valid janbaz certificate or Foundation letter (tr.3.3.a), or a front card
	// or certificate from the relevant body (tr.3.3.b). Required for those two. `certificate`
	Certificate *bool `json:"certificate,omitempty" yaml:"certificate"`
	// Basij holds the facts of tr.3.3.d. `basij`
	Basij *Basij `json:"basij,omitempty" yaml:"basij"`
	// Also lists the student's other categories, each with its own facts: the most
	// favourable row is taken (row 3-1, then 3-2, then 3-3; E26). Their own Also is not read. `also`
	Also []Isargar `json:"also,omitempty" yaml:"also"`
}

// Basij is the facts of an active scientific Basij member (tr.3.3.d).
type Basij struct {
	Top       bool `json:"top" yaml:"top"`             // among the top (برترین) members
	Nominated bool `json:"nominated" yaml:"nominated"` // nominated by the Basij Scientific Deputy
	Approved  bool `json:"approved" yaml:"approved"`   // approved by the Central Organization's Basij
	// UsedBefore: the student already had a tr.3.3.d grant (its extensions are the same grant). `used_before`
	UsedBefore bool `json:"used_before,omitempty" yaml:"used_before"`
	// GrantsInPeriod is how many tr.3.3.d grants the University made at the student's level in
	// the period (basij_cap_period), this one not counted. `grants_in_period`
	GrantsInPeriod *int `json:"grants_in_period,omitempty" yaml:"grants_in_period"`
}

var (
	msg3Below      = ayin.Text{FA: "درصد جانبازی کمتر از ۵٪ است؛ هیچ ردیف جدول ۵ شامل نمی شود.", EN: "The janbaz percentage is below 5 %: no row of table 5 applies (R6)."}
	msgT5Row1      = ayin.Text{FA: "دانشجو در ردیف ۱-۳ جدول ۵ است.", EN: "The student is in row 3-1 of table 5."}
	msgT5Row2      = ayin.Text{FA: "دانشجو در ردیف ۲-۳ جدول ۵ است.", EN: "The student is in row 3-2 of table 5."}
	msgT5Row3      = ayin.Text{FA: "دانشجو در ردیف ۳-۳ جدول ۵ است.", EN: "The student is in row 3-3 of table 5."}
	msg3_1         = ayin.Text{FA: "انتقال و میهمانی به همه گروه های جدول هم ترازی بلامانع است.", EN: "Transfer and guest study to every group of the equivalence table are unrestricted."}
	msg3_1a        = ayin.Text{FA: "فرزند یا همسر شهید.", EN: "The child or spouse of a martyr."}
	msg3_1b        = ayin.Text{FA: "آزاده، یا فرزند یا همسر آزاده.", EN: "An azadeh, or the child or spouse of one."}
	msg3_1c        = ayin.Text{FA: "جانباز ۲۵٪ و بالاتر (بدون سقف).", EN: "A janbaz of 25 % or more, with no upper limit (E28)."}
	msg3_1d        = ayin.Text{FA: "فرزند یا همسر جانباز ۵۰٪ و بالاتر.", EN: "The child or spouse of a janbaz of 50 % or more."}
	msg3_2         = ayin.Text{FA: "میهمانی به محل زندگی والدین یا همسر، به استثنای واحدهای گروه ۱.", EN: "Guest study at the parents' or spouse's place of residence, except group-1 units."}
	msg3_2a        = ayin.Text{FA: "برادر یک شهید و بالاتر.", EN: "The brother of one or more martyrs."}
	msg3_2b        = ayin.Text{FA: "خواهر یک شهید و بالاتر.", EN: "The sister of one or more martyrs."}
	msg3_2c        = ayin.Text{FA: "فرزند جانباز ۲۵٪ تا ۴۹٪.", EN: "The child of a janbaz of 25–49 %."}
	msg3_2d        = ayin.Text{FA: "همسر جانباز ۲۵٪ تا ۴۹٪.", EN: "The spouse of a janbaz of 25–49 %."}
	msg3_2Dest     = ayin.Text{FA: "مقصد در محل زندگی والدین یا همسر است.", EN: "The destination is at the parents' or spouse's place of residence."}
	msg3_3         = ayin.Text{FA: "یک ترم میهمانی به نزدیک ترین واحد محل سکونت والدین یا همسر، به استثنای گروه ۱؛ تمدید با معدل ۱۵.", EN: "One guest term at the unit nearest the parents' or spouse's residence, except group 1; extended on a GPA of 15."}
	msg3_3Dest     = ayin.Text{FA: "مقصد نزدیک ترین واحد به محل سکونت والدین یا همسر است.", EN: "The destination is the unit nearest the parents' or spouse's residence."}
	msg3_3a        = ayin.Text{FA: "جانباز ۵٪ تا ۲۴٪ با گواهی جانبازی معتبر.", EN: "A janbaz of 5–24 % with a valid janbaz certificate."}
	msg3_3aNoCert  = ayin.Text{FA: "گواهی جانبازی معتبر ارائه نشده است.", EN: "No valid janbaz certificate is presented."}
	msg3_3b        = ayin.Text{FA: "رزمنده با حداقل ۶ ماه حضور داوطلبانه و کارت جبهه یا گواهی معتبر.", EN: "A combatant with at least 6 months' voluntary presence and a front card or valid certificate."}
	msg3_3bMonths  = ayin.Text{FA: "حضور داوطلبانه کمتر از ۶ ماه است.", EN: "Less than 6 months of voluntary presence at the front."}
	msg3_3bNoCert  = ayin.Text{FA: "کارت جبهه یا گواهی معتبر ارائه نشده است.", EN: "No front card or valid certificate is presented."}
	msg3_3c        = ayin.Text{FA: "فرزند یا همسر رزمنده یا ایثارگر.", EN: "The child or spouse of a combatant or another isargar."}
	msg3_3cMonths  = ayin.Text{FA: "حضور داوطلبانه رزمنده کمتر از ۶ ماه است.", EN: "The combatant's voluntary presence is less than 6 months."}
	msg3_3d        = ayin.Text{FA: "بسیجی علمی فعال برتر با معرفی معاونت علمی بسیج و تأیید بسیج سازمان مرکزی، در سقف مقطع.", EN: "A top active scientific Basij member, nominated and approved, within the level's cap."}
	msg3_3dLevel   = ayin.Text{FA: "سهمیه بسیجیان علمی فقط برای کارشناسی و کارشناسی ارشد است.", EN: "The scientific-Basij quota exists only at bachelor's and master's level (E37)."}
	msg3_3dNotTop  = ayin.Text{FA: "دانشجو از برترین های بسیجیان علمی فعال با معرفی و تأیید مقرر نیست.", EN: "The student is not a top member nominated by the Basij Scientific Deputy and approved by the Central Organization's Basij."}
	msg3_3dOnce    = ayin.Text{FA: "میهمانی بسیجیان علمی صرفاً یک بار در طول تحصیل است.", EN: "A scientific-Basij grant is possible only once in the course of study."}
	msg3_3dCap     = ayin.Text{FA: "سقف سهمیه بسیجیان علمی در این دوره پر شده است.", EN: "The scientific-Basij cap for the period is reached."}
	msg3_3Extended = ayin.Text{FA: "معدل ترم میهمانی حداقل ۱۵ است: میهمانی تمدید می شود.", EN: "The guest term's GPA is at least 15: the guest study is extended."}
	msg3_3LowGPA   = ayin.Text{FA: "تمدید میهمانی مستلزم معدل حداقل ۱۵ در ترم میهمانی است.", EN: "An extension needs a guest-term GPA of at least 15."}
	msg3a          = ayin.Text{FA: "پذیرفته شده مشمول بند ۱-۳ از بدو قبولی و بدون مراجعه به مبدأ درخواست می دهد.", EN: "A new entrant under 3-1 applies from admission, without review by the origin unit."}
	msg3c          = ayin.Text{FA: "رشته دانشجو در مقصد دایر نیست و تراز رشته پیشنهادی بالاتر نیست: انتقال توأم با تغییر رشته بلامانع است.", EN: "The field is not offered at the destination and the proposed field's level is not higher: the transfer with a change of field is allowed."}
	msg3cOffered   = ayin.Text{FA: "رشته دانشجو در مقصد دایر است؛ تغییر رشته مجاز نیست.", EN: "The student's field is offered at the destination: no change of field is allowed."}
	msg3cHigher    = ayin.Text{FA: "تراز رشته پیشنهادی در مقصد بالاتر است.", EN: "The proposed field's level at the destination is higher."}
	msg3cNotRow1   = ayin.Text{FA: "انتقال توأم با تغییر رشته فقط در انتقال مشمولان بند ۱-۳ است.", EN: "A change of field goes only with a transfer under 3-1 (E40)."}
)

var msg3Several = ayin.Text{FA: "دانشجو مشمول چند ردیف است؛ مطلوب ترین ردیف اعمال شد.", EN: "The student is in several categories; the most favourable row is applied (E26)."}

// evalArt03 applies Article 3 and table 5, to the most favourable of the
// student's categories (E26).
func evalArt03(e *eval) error {
	f := e.r.Isargar
	if f == nil {
		return missing("request.isargaran", "the Article 3 facts (category, percent, months, …)")
	}
	if len(f.Also) == 0 {
		return evalIsargar(e, f, "request.isargaran")
	}
	// Every category's values are checked, not only the one chosen: an
	// impossible percentage in a category passed over is still bad input.
	if err := checkIsargar(f, "request.isargaran"); err != nil {
		return err
	}
	best, bestRow, bestAt := f, row(e, f), -1
	for i := range f.Also {
		a := &f.Also[i]
		if err := checkIsargar(a, fmt.Sprintf("request.isargaran.also[%d]", i)); err != nil {
			return err
		}
		if r := row(e, a); r != 0 && (bestRow == 0 || r < bestRow) {
			best, bestRow, bestAt = a, r, i
		}
	}
	e.hold("tr.3", msg3Several)
	if bestAt < 0 {
		return evalIsargar(e, best, "request.isargaran")
	}
	return evalIsargar(e, best, fmt.Sprintf("request.isargaran.also[%d]", bestAt))
}

// checkIsargar rejects impossible values of one category's facts.
func checkIsargar(f *Isargar, field string) error {
	if f.Percent != nil && (*f.Percent < 0 || *f.Percent > 100) {
		return impossible(field+".percent", fmt.Sprintf("%d is outside 0..100", *f.Percent))
	}
	if f.Months != nil && (*f.Months < 0 || *f.Months > 600) {
		return impossible(field+".months", fmt.Sprintf("%d is outside 0..600", *f.Months))
	}
	return nil
}

// row is the row of table 5 a category falls in by its category and
// percentage alone (1, 2, 3), or 0 for none or for facts that are missing
// (evalIsargar then reports them).
func row(e *eval, f *Isargar) int {
	p := e.p
	pc := -1
	if f.Percent != nil {
		pc = *f.Percent
	}
	switch f.Category {
	case MartyrChild, MartyrSpouse, Azadeh, AzadehChild, AzadehSpouse:
		return 1
	case MartyrBrother, MartyrSister:
		return 2
	case Combatant, CombatantChild, CombatantSpouse, IsargarChild, IsargarSpouse, ScientificBasij:
		return 3
	case Janbaz:
		switch {
		case pc < p.JanbazMinPercent.Value:
			return 0
		case pc >= p.JanbazRow1MinPercent.Value:
			return 1
		}
		return 3
	case JanbazChild, JanbazSpouse:
		switch {
		case pc < p.JanbazMinPercent.Value:
			return 0
		case pc >= p.JanbazKinRow1MinPercent.Value:
			return 1
		case pc >= p.JanbazKinRow2MinPercent.Value:
			return 2
		}
		return 3
	}
	return 0
}

// evalIsargar applies table 5 to one category; field is the YAML path of f.
func evalIsargar(e *eval, f *Isargar, field string) error {
	if err := checkIsargar(f, field); err != nil {
		return err
	}
	p := e.p
	switch f.Category {
	case CategoryUnknown:
		return missing(field+".category", "the category of table 5")
	case MartyrChild, MartyrSpouse:
		return row31(e, "tr.3.1.a", msg3_1a)
	case Azadeh, AzadehChild, AzadehSpouse:
		return row31(e, "tr.3.1.b", msg3_1b)
	case Janbaz:
		pc, err := percent(f, field)
		if err != nil {
			return err
		}
		switch {
		case pc < p.JanbazMinPercent.Value:
			return below5(e)
		case pc >= p.JanbazRow1MinPercent.Value:
			return row31(e, "tr.3.1.c", msg3_1c)
		}
		if f.Certificate == nil {
			return missing(field+".certificate", "whether a valid janbaz certificate is presented (tr.3.3.a)")
		}
		return row33(e, "tr.3.3.a", func() {
			if *f.Certificate {
				e.hold("tr.3.3.a", msg3_3a)
			} else {
				e.fail("tr.3.3.a", msg3_3aNoCert)
			}
		})
	case JanbazChild, JanbazSpouse:
		pc, err := percent(f, field)
		if err != nil {
			return err
		}
		switch {
		case pc < p.JanbazMinPercent.Value:
			return below5(e)
		case pc >= p.JanbazKinRow1MinPercent.Value:
			return row31(e, "tr.3.1.d", msg3_1d)
		case pc >= p.JanbazKinRow2MinPercent.Value:
			if f.Category == JanbazChild {
				return row32(e, "tr.3.2.c", msg3_2c)
			}
			return row32(e, "tr.3.2.d", msg3_2d)
		}
		return row33(e, "tr.3.3.c", func() { e.hold("tr.3.3.c", msg3_3c) })
	case MartyrBrother:
		return row32(e, "tr.3.2.a", msg3_2a)
	case MartyrSister:
		return row32(e, "tr.3.2.b", msg3_2b)
	case Combatant:
		if f.Months == nil {
			return missing(field+".months", "the months of voluntary presence at the front (tr.3.3.b)")
		}
		if f.Certificate == nil {
			return missing(field+".certificate", "whether a front card or valid certificate is presented (tr.3.3.b)")
		}
		return row33(e, "tr.3.3.b", func() {
			switch {
			case *f.Months < p.CombatantMinMonths.Value:
				e.fail("tr.3.3.b", msg3_3bMonths)
			case !*f.Certificate:
				e.fail("tr.3.3.b", msg3_3bNoCert)
			default:
				e.hold("tr.3.3.b", msg3_3b)
			}
		})
	case CombatantChild, CombatantSpouse:
		if f.Months == nil {
			return missing(field+".months", "the combatant's months of voluntary presence (tr.3.3.c, as in tr.3.3.b)")
		}
		return row33(e, "tr.3.3.c", func() {
			if *f.Months < p.CombatantMinMonths.Value {
				e.fail("tr.3.3.c", msg3_3cMonths)
			} else {
				e.hold("tr.3.3.c", msg3_3c)
			}
		})
	case IsargarChild, IsargarSpouse:
		return row33(e, "tr.3.3.c", func() { e.hold("tr.3.3.c", msg3_3c) })
	case ScientificBasij:
		if f.Basij == nil {
			return missing(field+".basij", "the tr.3.3.d facts (top, nominated, approved, grants_in_period)")
		}
		return row33(e, "tr.3.3.d", func() { basij(e, f.Basij) })
	}
	return impossible(field+".category", "unknown category code")
}

func percent(f *Isargar, field string) (int, error) {
	if f.Percent == nil {
		return 0, missing(field+".percent", "the janbaz's disability percentage (table 5, rulings R6)")
	}
	return *f.Percent, nil
}

// below5: no category of table 5 applies (R6).
func below5(e *eval) error {
	e.rests("tr.3")
	e.fail("tr.3", msg3Below)
	// No row of table 5 applies, so no row of table 6 serves the request
	// (rulings R6): the decision names no documents and no reviewer.
	return nil
}

// row31 applies row 3-1 (tr.3.1) for the category clause c, with tr.3.a,
// tr.3.b (through tr.14.4) and tr.3.c.
func row31(e *eval, c ayin.ClauseID, m ayin.Text) error {
	e.rests(c)
	e.hold("tr.t5", msgT5Row1)
	e.hold(c, m)
	e.hold("tr.3.1", msg3_1)
	e.fromAdmission = true  // tr.3.a, tr.14.9
	e.repeatReferral = true // tr.3.b, tr.14.4
	if e.s.SemestersCompleted == 0 {
		e.hold("tr.3.a", msg3a)
	}
	// tr.3.c's reading: "If either condition fails: no change of field is
	// allowed. tr.14.2 then refuses the transfer if the student's own field is
	// not offered." So a change of field not allowed is unmet, not a bar: the
	// request goes on in the student's own field, which tr.14.2 judges.
	if cf := e.r.ChangeOfField; cf != nil {
		switch {
		case e.r.Kind != Transfer:
			e.unmet("tr.3.c", msg3cNotRow1)
		case *e.r.Offered:
			e.unmet("tr.3.c", msg3cOffered)
		case !cf.NotHigher:
			e.unmet("tr.3.c", msg3cHigher)
		default:
			e.hold("tr.3.c", msg3c)
			e.fieldChange = true
			e.d.Granted.FieldChange = true
		}
	}
	e.grant(e.r.Kind, 0)
	e.documents("tr.3.1")
	return nil
}

// row32 applies row 3-2 (tr.3.2) for the category clause c.
func row32(e *eval, c ayin.ClauseID, m ayin.Text) error {
	e.rests(c)
	e.hold("tr.t5", msgT5Row2)
	e.hold(c, m)
	if err := changeOfFieldOnlyRow1(e); err != nil {
		return err
	}
	if e.guestOnly("tr.3.2") {
		e.hold("tr.3.2", msg3_2)
	}
	if err := e.needDestinationMatch("tr.3.2", msg3_2Dest); err != nil {
		return err
	}
	e.exceptTopGroup("tr.3.2")
	e.grant(Guest, 0)
	e.documents("tr.3.2")
	return nil
}

// row33 applies row 3-3 (tr.3.3) for the category clause c (tr.3.3.a … d),
// on which the decision rests as it does on tr.3.1.x and tr.3.2.x in the other
// rows (rulings R6: "janbaz 5–24 → tr.3.3.a"); category checks the item.
func row33(e *eval, c ayin.ClauseID, category func()) error {
	e.rests(c)
	e.hold("tr.t5", msgT5Row3)
	category()
	if err := changeOfFieldOnlyRow1(e); err != nil {
		return err
	}
	if e.guestOnly("tr.3.3") {
		e.hold("tr.3.3", msg3_3)
	}
	if err := e.needDestinationMatch("tr.3.3", msg3_3Dest); err != nil {
		return err
	}
	e.exceptTopGroup("tr.3.3")
	e.grant(Guest, e.p.Row3GuestTerms.Value)
	e.d.Granted.Extend = &e.pv.extend
	if e.r.Extension {
		n := len(e.s.GuestTerms)
		if n == 0 {
			return missing("student.guest_terms", "the guest term just finished, whose GPA decides the extension (tr.3.3)")
		}
		if e.s.GuestTerms[n-1].GPA.Cmp(e.p.GuestExtensionMinGPA.Value) >= 0 {
			e.hold("tr.3.3", msg3_3Extended)
		} else {
			e.fail("tr.3.3", msg3_3LowGPA)
		}
	}
	e.documents("tr.3.3")
	return nil
}

// changeOfFieldOnlyRow1 refuses a change of field outside row 3-1 (E40); as
// in row31, the request goes on in the student's own field (tr.14.2).
func changeOfFieldOnlyRow1(e *eval) error {
	if e.r.ChangeOfField != nil {
		e.unmet("tr.3.c", msg3cNotRow1)
	}
	return nil
}

// basij applies tr.3.3.d.
func basij(e *eval, b *Basij) {
	cap, ok := e.p.BasijCap(e.s.Level)
	switch {
	case !ok:
		e.fail("tr.3.3.d", msg3_3dLevel)
	case !b.Top || !b.Nominated || !b.Approved:
		e.fail("tr.3.3.d", msg3_3dNotTop)
	case b.UsedBefore && !e.r.Extension && e.p.BasijGrantsLimit.Value <= 1:
		e.fail("tr.3.3.d", msg3_3dOnce) // basij_grants_limit 1: «صرفاً یک بار» (E38)
	case b.UsedBefore && !e.r.Extension:
		// An edition allowing more grants: UsedBefore does not say how many.
		e.confirm("tr.3.3.d", msg3_3dUsedCount)
	case !e.r.Extension && b.GrantsInPeriod != nil && *b.GrantsInPeriod >= cap:
		e.fail("tr.3.3.d", msg3_3dCap)
	case !e.r.Extension && b.GrantsInPeriod == nil:
		e.confirm("tr.3.3.d", msg3_3dCapUnknown)
	default:
		e.hold("tr.3.3.d", msg3_3d)
	}
	e.approve(ayin.BasijScientificDeputy, ayin.CentralBasij)
}

var msg3_3dUsedCount = ayin.Text{FA: "دانشجو پیش از این از این سهمیه استفاده کرده است؛ تعداد دفعات مجاز باید تأیید شود.", EN: "The student has had a grant before: the number of grants allowed in the course of study must be confirmed."}

var msg3_3dCapUnknown = ayin.Text{FA: "تعداد سهمیه استفاده شده در این دوره اعلام نشده است؛ رعایت سقف باید تأیید شود.", EN: "The grants already made in the period are not stated: the cap must be confirmed."}
