package ayin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// ClauseKind sorts the catalog's clauses (rulings R15). Coverage counts rules
// and tables; definitions and procedures are reflected by types, fields and
// documented behaviour.
type ClauseKind uint8

const (
	// KindUnknown is the zero ClauseKind; the loader never produces it.
	KindUnknown ClauseKind = iota
	// KindRule is a clause that decides something: a condition and its outcome.
	KindRule
	// KindTable is one of the regulation's tables or a row of one.
	KindTable
	// KindDefinition defines a term (origin unit, transfer, guest study, …).
	KindDefinition
	// KindProcedure says how something is done (online request, archiving, …).
	KindProcedure
)

var clauseKindNames = [...]string{"unknown", "rule", "table", "definition", "procedure"}

// String returns "rule", "table", "definition" or "procedure".
func (k ClauseKind) String() string {
	if int(k) < len(clauseKindNames) {
		return clauseKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the kind's name.
func (k ClauseKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

func parseClauseKind(s string) (ClauseKind, error) {
	for i := 1; i < len(clauseKindNames); i++ {
		if s == clauseKindNames[i] {
			return ClauseKind(i), nil
		}
	}
	return KindUnknown, fmt.Errorf("unknown clause kind %q (want rule, table, definition or procedure)", s)
}

// Clause is one entry of the clause catalog: a clause of the regulation
// reference with its corrected Persian text and an English rendering.
type Clause struct {
	ID     ClauseID   `json:"id"`
	Kind   ClauseKind `json:"kind"`
	Title  Text       `json:"title"`
	Text   Text       `json:"text"`
	Errata []string   `json:"errata,omitempty"` // errata entries (E1…E146) that bear on it
	Note   string     `json:"note,omitempty"`   // how the library reads or reflects it
}

// UnitKind is the kind of a university unit, which decides the rules that
// apply to its students (tr.14.11, tr.7.3, tr.7.4, tr.7.5, tr.t4.n).
type UnitKind uint8

const (
	// Ordinary is the zero UnitKind: an ordinary IAU unit.
	Ordinary UnitKind = iota
	// Electronic (واحد الکترونیکی): its students may not transfer (tr.14.11).
	Electronic
	// International (واحد بین‌الملل): its students may be guests at international tuition (tr.7.5).
	International
	// Overseas (واحد خارج از کشور): its students may be guests inside Iran at overseas tuition (tr.7.3).
	Overseas
	// Sama (مرکز آموزش فنی و حرفه‌ای سما): takes its mother unit's group (tr.t4.n).
	Sama
	// State is a state (non-IAU) university, outside the table (tr.7.4, tr.10.2, tr.10.3).
	State
)

var unitKindNames = [...]struct{ code, fa, en string }{
	Ordinary:      {"ordinary", "عادی", "ordinary"},
	Electronic:    {"electronic", "الکترونیکی", "electronic"},
	International: {"international", "بین‌الملل", "international"},
	Overseas:      {"overseas", "خارج از کشور", "overseas"},
	Sama:          {"sama", "سما", "Sama centre"},
	State:         {"state", "دانشگاه دولتی", "state university"},
}

// String returns the kind's code: "ordinary", "electronic", "international",
// "overseas", "sama" or "state".
func (k UnitKind) String() string {
	if int(k) < len(unitKindNames) {
		return unitKindNames[k].code
	}
	return "ordinary"
}

// Name returns the kind in the language asked for.
func (k UnitKind) Name(lang Lang) string {
	if int(k) >= len(unitKindNames) {
		k = Ordinary
	}
	if lang == English {
		return unitKindNames[k].en
	}
	return unitKindNames[k].fa
}

// ParseUnitKind reads a kind code.
func ParseUnitKind(s string) (UnitKind, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	if v == "" {
		return Ordinary, nil
	}
	for i, n := range unitKindNames {
		if v == n.code {
			return UnitKind(i), nil
		}
	}
	return Ordinary, fmt.Errorf("unknown unit kind %q (want ordinary, electronic, international, overseas, sama or state)", s)
}

// MarshalText encodes the kind's code.
func (k UnitKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind code.
func (k *UnitKind) UnmarshalText(b []byte) error {
	v, err := ParseUnitKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Confidence is how sure the reconstruction of the equivalence table is of a
// unit's name and group (equivalence-table.md).
type Confidence uint8

const (
	// Clear: the OCR token reads as the name, in one column only.
	Clear Confidence = iota
	// Corrected: misspelt, but one name fits clearly and the column is unambiguous.
	Corrected
	// Uncertain: the name or the group is a best reading; a decision resting on it needs confirmation.
	Uncertain
)

var confidenceNames = [...]string{"clear", "corrected", "uncertain"}

// String returns "clear", "corrected" or "uncertain".
func (c Confidence) String() string {
	if int(c) < len(confidenceNames) {
		return confidenceNames[c]
	}
	return "uncertain"
}

// MarshalText encodes the confidence's name.
func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

func parseConfidence(s string) (Confidence, error) {
	for i, n := range confidenceNames {
		if s == n {
			return Confidence(i), nil
		}
	}
	return Uncertain, fmt.Errorf("unknown confidence %q (want clear, corrected or uncertain)", s)
}

// UnitRow is one unit of the equivalence table as the edition lists it.
// Group is 1–10, or 0 for a unit the regulation names but the table does not
// group (Science and Research Alborz, rulings R7).
type UnitRow struct {
	Name       string     `json:"name"`              // Persian name, normalised
	English    string     `json:"name_en"`           // English name (equivalence-table.csv's name_en)
	Aliases    []string   `json:"aliases,omitempty"` // other spellings that name the same unit
	Group      int        `json:"group"`
	Kind       UnitKind   `json:"kind"`
	Confidence Confidence `json:"confidence"`
	Note       string     `json:"note,omitempty"`
	Line       int        `json:"-"` // line in the edition file
}

// EquivalenceTable is one version of table 4 (tr.t4): every unit and its group.
type EquivalenceTable struct {
	Units   []UnitRow // grouped units and named units without a group, in file order
	Reading string    // the version's note on how it was read
}

// ReviewFees is one version of table 3 (tr.t3).
type ReviewFees struct {
	amounts [PhD + 1]decimal.Decimal
	has     [PhD + 1]bool
}

// For returns the review fee of a level, and false when the table has none
// for it (a PhD, or the unknown level).
func (r ReviewFees) For(l Level) (decimal.Decimal, bool) {
	if int(l) >= len(r.has) || !r.has[l] {
		return decimal.Zero, false
	}
	return r.amounts[l], true
}

// DocumentClass is the class of documents a request sends, which decides the
// page-charge exemption of tr.1.h.2.n1 (rulings R18).
type DocumentClass uint8

const (
	// OrdinaryDocuments is the zero DocumentClass: no exemption.
	OrdinaryDocuments DocumentClass = iota
	// MedicalDocuments (مدارک پزشکی): Article 4.
	MedicalDocuments
	// IsargaranDocuments (مدارک شاهد و ایثارگران): Article 3, scientific Basij included.
	IsargaranDocuments
	// FacultyDocuments (مدارک هیأت علمی): Article 10.
	FacultyDocuments
)

var documentClassNames = [...]string{"ordinary", "medical", "isargaran", "faculty"}

// String returns "ordinary", "medical", "isargaran" or "faculty".
func (c DocumentClass) String() string {
	if int(c) < len(documentClassNames) {
		return documentClassNames[c]
	}
	return "ordinary"
}

// ParseDocumentClass reads a class name.
func ParseDocumentClass(s string) (DocumentClass, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	if v == "" {
		return OrdinaryDocuments, nil
	}
	for i, n := range documentClassNames {
		if v == n {
			return DocumentClass(i), nil
		}
	}
	return OrdinaryDocuments, fmt.Errorf("unknown document class %q (want ordinary, medical, isargaran or faculty)", s)
}

// MarshalText encodes the class name.
func (c DocumentClass) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a class name.
func (c *DocumentClass) UnmarshalText(b []byte) error {
	v, err := ParseDocumentClass(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// PageCharge is one version of tr.1.h.2.n1.
type PageCharge struct {
	FreePages int             // pages sent free of charge
	PerPage   decimal.Decimal // rials for each page beyond FreePages
	exempt    [FacultyDocuments + 1]bool
}

// Exempts reports whether documents of class c are exempt from the charge.
func (p PageCharge) Exempts(c DocumentClass) bool { return int(c) < len(p.exempt) && p.exempt[c] }

// Fee is a fixed amount with the clause that states it.
type Fee struct {
	Amount decimal.Decimal
	Clause ClauseID
}

// GraduatesFees is one version of the graduates' office fees.
type GraduatesFees struct {
	DuplicateCertificate  Fee    // grad.dup.5
	TranscriptTranslation Fee    // grad.transcript.4
	Account               string // the bank account both are paid to
	Bank                  Text
}

// Authority is a body that approves, reviews or acts: a unit, the central
// organisation, a commission, a deputy, an office. Its value is a stable code
// such as "origin" or "central"; Name gives the name in either language.
type Authority string

// The authorities the regulation and the graduates' office name.
const (
	OriginUnit                 Authority = "origin"                  // واحد مبدأ
	DestinationUnit            Authority = "destination"             // واحد مقصد
	CentralOrganization        Authority = "central"                 // سازمان مرکزی
	IsargaranCommission        Authority = "isargaran-commission"    // کمیسیون ایثارگران سازمان مرکزی
	MedicalAuthority           Authority = "medical-authority"       // مرجع ذی‌صلاح پزشکی
	WelfareOffice              Authority = "welfare-office"          // اداره بهزیستی
	EducationalSpecialCases    Authority = "educational-commission"  // کمیسیون موارد خاص آموزشی
	TransferSpecialCases       Authority = "transfer-commission"     // کمیسیون موارد خاص نقل و انتقال
	InternationalDeputy        Authority = "international-deputy"    // معاونت بین‌الملل
	SportsDeputy               Authority = "sports-deputy"           // معاونت ورزشی دانشگاه
	SportsFederation           Authority = "sports-federation"       // فدراسیون ورزشی مربوط
	BasijScientificDeputy      Authority = "basij-scientific-deputy" // معاونت علمی بسیج
	CentralBasij               Authority = "central-basij"           // بسیج سازمان مرکزی
	StudentAffairsDeputyCentre Authority = "student-affairs-deputy"  // معاونت دانشجویی سازمان مرکزی
	DestinationUniversity      Authority = "destination-university"  // دانشگاه مقصد (دولتی)
	OriginUniversity           Authority = "origin-university"       // دانشگاه مبدأ (دولتی)
	GraduatesOffice            Authority = "graduates-office"        // اداره فارغ‌التحصیلان
	ConscriptionOfficer        Authority = "conscription-officer"    // مسئول امور مشمولین
	UnitStudentAffairsDeputy   Authority = "unit-student-deputy"     // معاون دانشجویی واحد
	HeadOfUnit                 Authority = "head-of-unit"            // رئیس واحد
	Graduate                   Authority = "graduate"                // دانش‌آموخته
	ExaminationCentre          Authority = "exam-centre"             // مرکز آزمون (tr.14.7)
)

var authorityNames = map[Authority]Text{
	OriginUnit:                 {"واحد مبدأ", "origin unit"},
	DestinationUnit:            {"واحد مقصد", "destination unit"},
	CentralOrganization:        {"سازمان مرکزی دانشگاه", "the University's Central Organization"},
	IsargaranCommission:        {"کمیسیون ایثارگران سازمان مرکزی", "Isargaran Commission of the Central Organization"},
	MedicalAuthority:           {"مرجع ذی‌صلاح پزشکی", "competent medical authority"},
	WelfareOffice:              {"اداره بهزیستی", "Welfare (Behzisti) office"},
	EducationalSpecialCases:    {"کمیسیون موارد خاص آموزشی", "educational special-cases commission"},
	TransferSpecialCases:       {"کمیسیون موارد خاص نقل و انتقال دانشجویان", "student-transfer special-cases commission"},
	InternationalDeputy:        {"معاونت بین‌الملل دانشگاه", "the University's International Deputy"},
	SportsDeputy:               {"معاونت ورزشی دانشگاه", "the University's Sports Deputy"},
	SportsFederation:           {"فدراسیون ورزشی مربوط", "the sports federation concerned"},
	BasijScientificDeputy:      {"معاونت علمی بسیج", "Basij Scientific Deputy"},
	CentralBasij:               {"بسیج سازمان مرکزی دانشگاه", "Basij of the Central Organization"},
	StudentAffairsDeputyCentre: {"معاونت دانشجویی سازمان مرکزی", "Student Affairs Deputy of the Central Organization"},
	DestinationUniversity:      {"دانشگاه مقصد", "destination university"},
	OriginUniversity:           {"دانشگاه مبدأ", "origin university"},
	GraduatesOffice:            {"اداره فارغ‌التحصیلان", "graduates' office"},
	ConscriptionOfficer:        {"مسئول امور مشمولین", "conscripts' affairs officer"},
	UnitStudentAffairsDeputy:   {"معاون دانشجویی واحد", "the unit's Student Affairs Deputy"},
	HeadOfUnit:                 {"رئیس واحد", "head of the unit"},
	Graduate:                   {"دانش‌آموخته", "the graduate"},
	ExaminationCentre:          {"مرکز آزمون", "the Examination Centre"},
}

// Known reports whether a is one of the authorities above.
func (a Authority) Known() bool { _, ok := authorityNames[a]; return ok }

// Name returns the authority's name in the language asked for.
func (a Authority) Name(lang Lang) string {
	if t, ok := authorityNames[a]; ok {
		return t.In(lang)
	}
	return string(a)
}

// Title returns the authority's name in both languages.
func (a Authority) Title() Text { return authorityNames[a] }

// DocumentRow is one row of table 6 (tr.t6): the documents a ground needs
// and the authority that reviews them (tr.14.3).
type DocumentRow struct {
	Clause   ClauseID   // the row's own ID, e.g. tr.t6.2.1
	Serves   []ClauseID // the clauses whose requests it serves, e.g. tr.2.1
	Reviewer Authority
	Items    []Text
	Reading  string
}

// Documents is one version of table 6.
type Documents struct {
	Rows []DocumentRow
}

// For returns the row serving a clause: the row whose Serves lists the
// clause, or failing that one whose Serves lists the nearest enclosing clause
// (tr.3.1.a is served by the row that serves tr.3.1).
func (d Documents) For(c ClauseID) (DocumentRow, bool) {
	for id := c; id != ""; id = parentClause(id) {
		for _, r := range d.Rows {
			for _, s := range r.Serves {
				if s == id {
					return r, true
				}
			}
		}
	}
	return DocumentRow{}, false
}

func parentClause(c ClauseID) ClauseID {
	s := string(c)
	i := strings.LastIndexByte(s, '.')
	if i <= 0 {
		return ""
	}
	return ClauseID(s[:i])
}
