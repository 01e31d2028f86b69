package transfer

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
	"github.com/ayinrules/ayin/fees"
)

// Kind is what a request asks for or a decision grants: a transfer (انتقال,
// a permanent change of unit, tr.1.p) or guest study (میهمانی, temporary
// study at the destination, tr.1.t). The zero Kind is "none": not stated in a
// request, nothing granted in a decision.
type Kind uint8

const (
	// NoKind is the zero Kind: not stated, or nothing granted.
	NoKind Kind = iota
	// Transfer (انتقال): the destination becomes the student's origin unit (tr.1.p, tr.1.a).
	Transfer
	// Guest (میهمانی): the student stays a student of the origin (tr.1.t).
	Guest
)

var kindCodes = [...]string{NoKind: "none", Transfer: "transfer", Guest: "guest"}

// String returns "transfer", "guest" or "none".
func (k Kind) String() string {
	if int(k) < len(kindCodes) {
		return kindCodes[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// ParseKind reads "transfer" (also «انتقال») or "guest" («میهمانی»).
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(ayin.NormalizePersian(s)) {
	case "transfer", "انتقال":
		return Transfer, nil
	case "guest", "میهمانی", "مهمانی":
		return Guest, nil
	case "", "none":
		return NoKind, nil
	}
	return NoKind, fmt.Errorf("transfer: unknown kind %q (want transfer or guest)", s)
}

// MarshalText encodes the kind's code.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind with ParseKind.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	*k = v
	return err
}

// Name returns the kind in the language asked for.
func (k Kind) Name(l ayin.Lang) string {
	switch k {
	case Transfer:
		return ayin.Text{FA: "انتقال", EN: "transfer"}.In(l)
	case Guest:
		return ayin.Text{FA: "میهمانی", EN: "guest study"}.In(l)
	}
	return ayin.Text{FA: "هیچ", EN: "none"}.In(l)
}

// Gender is the student's gender (جنسیت), which decides tr.2.1 against
// tr.2.2 and who tr.2.3 covers. The zero Gender is "not stated".
type Gender uint8

const (
	// GenderUnknown is the zero Gender: not stated.
	GenderUnknown Gender = iota
	// Female (زن).
	Female
	// Male (مرد).
	Male
)

// String returns "female", "male" or "unknown".
func (g Gender) String() string {
	switch g {
	case Female:
		return "female"
	case Male:
		return "male"
	}
	return "unknown"
}

// MarshalText encodes the gender's code.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText reads "female"/"f"/«زن» or "male"/"m"/«مرد»; empty text is
// GenderUnknown.
func (g *Gender) UnmarshalText(b []byte) error {
	switch strings.ToLower(ayin.NormalizePersian(string(b))) {
	case "female", "f", "woman", "زن", "دختر":
		*g = Female
	case "male", "m", "man", "مرد", "پسر":
		*g = Male
	case "", "unknown":
		*g = GenderUnknown
	default:
		return fmt.Errorf("transfer: unknown gender %q (want female or male)", b)
	}
	return nil
}

// GuestTerm is one guest term the student has completed: the course units
// passed in it and its GPA. tr.3.3's extension reads the last one's GPA;
// tr.9.n / tr.10.n1 read the units of each conditional term (rulings R5).
type GuestTerm struct {
	Units int             `json:"units" yaml:"units"`
	GPA   decimal.Decimal `json:"gpa" yaml:"gpa"`
}

// Student holds the facts about the student that the regulation turns on.
// YAML and JSON names are the snake_case tags.
type Student struct {
	// Gender decides tr.2.1 (women) against tr.2.2 (men); tr.2.3 is for women. `gender`
	Gender Gender `json:"gender" yaml:"gender"`
	// Level is the current level of study (tr.t3's fee, tr.9.n's units, tr.10.3's master's
	// exclusion, tr.3.3.d's quotas). A PhD is not covered (rulings R1). `level`
	Level ayin.Level `json:"level" yaml:"level"`
	// Origin is the unit the student is enrolled at (tr.1.a), as table 4 names it. `origin`
	Origin string `json:"origin" yaml:"origin"`
	// OriginKind is stated for an origin outside table 4 (a state university, an overseas or
	// international unit not listed): it is then not looked up (rulings R7). For a listed unit
	// the table's kind is used, and a stated kind that contradicts it is an error. `origin_kind`
	OriginKind *ayin.UnitKind `json:"origin_kind,omitempty" yaml:"origin_kind"`
	// Program is the field of study (رشته), for the record. `program`
	Program string `json:"program,omitempty" yaml:"program"`
	// Medicine: the field is medicine (پزشکی), which tr.7.5 excludes. `medicine`
	Medicine bool `json:"medicine,omitempty" yaml:"medicine"`
	// WithoutExam: admitted without an entrance examination (بدون آزمون; tr.14.6, tr.14.7). `admitted_without_exam`
	WithoutExam bool `json:"admitted_without_exam,omitempty" yaml:"admitted_without_exam"`
	// CapacityCompletion: admitted at the capacity-completion stage (تکمیل ظرفیت; tr.14.10). `capacity_completion`
	CapacityCompletion bool `json:"capacity_completion,omitempty" yaml:"capacity_completion"`
	// ExamRegistration is the day the student registered for the entrance examination; the
	// grounds "after exam registration" (tr.2, tr.4, tr.5, tr.8) compare their event with it.
	// `exam_registration`
	ExamRegistration calendar.Date `json:"exam_registration,omitempty" yaml:"exam_registration"`
	// AdmissionScore is the student's entrance-examination score (tr.9, tr.10: the 90 %
	// comparison, rulings R9). Absent for a student admitted without an exam. `admission_score`
	AdmissionScore *decimal.Decimal `json:"admission_score,omitempty" yaml:"admission_score"`
	// SemestersCompleted at the origin before the semester requested (tr.14.9, tr.14.10). `semesters_completed`
	SemestersCompleted int `json:"semesters_completed" yaml:"semesters_completed"`
	// RegisteredAtOrigin: registered at the origin (tr.14.9). Omitted, it is taken as true
	// when at least one semester is completed there. `registered_at_origin`
	RegisteredAtOrigin *bool `json:"registered_at_origin,omitempty" yaml:"registered_at_origin"`
	// FinalSemester: the semester requested would be the student's last (tr.14.5, rulings R4). `final_semester`
	FinalSemester bool `json:"final_semester,omitempty" yaml:"final_semester"`
	// TransfersUsed is how many permanent transfers the student has had (tr.14.4, tr.3.b). `transfers_used`
	TransfersUsed int `json:"transfers_used,omitempty" yaml:"transfers_used"`
	// GPA is the cumulative GPA (معدل کل; tr.9.n, tr.10.n1 after the two guest terms). `gpa`
	GPA *decimal.Decimal `json:"gpa,omitempty" yaml:"gpa"`
	// GuestTerms are the guest terms completed, oldest first (tr.3.3's extension, tr.9.n's
	// conversion, tr.14.6's two-term limit). `guest_terms`
	GuestTerms []GuestTerm `json:"guest_terms,omitempty" yaml:"guest_terms"`
	// AcademicBan: the student has an educational prohibition (منع آموزشی; tr.14.2, tr.14.12). `academic_ban`
	AcademicBan bool `json:"academic_ban,omitempty" yaml:"academic_ban"`
}

// NoExamAdmission says whether the destination admits students without an
// examination, for a student admitted that way (tr.14.6, tr.14.7, E82).
type NoExamAdmission uint8

const (
	// NoExamUnstated is the zero value: not stated.
	NoExamUnstated NoExamAdmission = iota
	// NoExamUnit: the destination unit itself admits without an exam in the student's level.
	NoExamUnit
	// NoExamCity: another unit of the destination city does, but not the destination.
	NoExamCity
	// NoExamNone: no unit of the destination city admits without an exam.
	NoExamNone
)

var noExamCodes = [...]string{"", "unit", "city", "none"}

// String returns "unit", "city", "none" or "".
func (n NoExamAdmission) String() string {
	if int(n) < len(noExamCodes) {
		return noExamCodes[n]
	}
	return fmt.Sprintf("NoExamAdmission(%d)", n)
}

// MarshalText encodes the code.
func (n NoExamAdmission) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText reads "unit", "city" or "none".
func (n *NoExamAdmission) UnmarshalText(b []byte) error {
	for i, c := range noExamCodes {
		if c == strings.ToLower(strings.TrimSpace(string(b))) {
			*n = NoExamAdmission(i)
			return nil
		}
	}
	return fmt.Errorf("transfer: unknown no-exam admission %q (want unit, city or none)", b)
}

// ChangeOfField is a transfer with a change of field or specialisation
// (tr.3.c): allowed under Article 3 when the student's own field is not
// offered at the destination and the proposed field's admission level (تراز)
// there is not higher than the field of admission's (E40).
type ChangeOfField struct {
	// Proposed is the field the student proposes at the destination. `proposed`
	Proposed string `json:"proposed,omitempty" yaml:"proposed"`
	// NotHigher: the proposed field's تراز at the destination ≤ the field of admission's. `not_higher`
	NotHigher bool `json:"not_higher" yaml:"not_higher"`
}

// Tuition is one guest term's tuition in rials, to split under tr.1.j.
type Tuition struct {
	Fixed    decimal.Decimal `json:"fixed" yaml:"fixed"`       // شهریه ثابت, paid to the origin
	Variable decimal.Decimal `json:"variable" yaml:"variable"` // شهریه متغیر, paid to the destination
}

// Scans describes the uploaded document images, checked against tr.1.h.2.n2
// when given.
type Scans struct {
	Width     int    `json:"width" yaml:"width"`         // pixels
	Height    int    `json:"height" yaml:"height"`       // pixels
	Kilobytes int    `json:"kilobytes" yaml:"kilobytes"` // the largest page's file size
	Format    string `json:"format" yaml:"format"`       // "jpg"
}

// Request is what the student asks: the kind, the destination, the date, the
// ground and that ground's own facts. YAML and JSON names are the snake_case
// tags. Each ground's facts are a pointer to a struct defined in the ground's
// file (art02.go … art13.go); only the one the ground needs is read, and
// Options reads every one that is given.
type Request struct {
	// Kind asked: transfer or guest. `kind`
	Kind Kind `json:"kind" yaml:"kind"`
	// Ground the request relies on. `ground`
	Ground Ground `json:"ground" yaml:"ground"`
	// Clause optionally names the clause the student invokes (tr.2.1, tr.10.3, …); it must
	// belong to the ground and agree with the facts. `clause`
	Clause ayin.ClauseID `json:"clause,omitempty" yaml:"clause"`
	// Destination unit (tr.1.b), as table 4 names it. `destination`
	Destination string `json:"destination" yaml:"destination"`
	// DestinationKind is stated for a destination outside table 4 (a state university,
	// tr.7.4); see Student.OriginKind. `destination_kind`
	DestinationKind *ayin.UnitKind `json:"destination_kind,omitempty" yaml:"destination_kind"`
	// Date the request is registered (tr.1.s, tr.14.1). `date`
	Date calendar.Date `json:"date" yaml:"date"`
	// Semester the request applies to; omitted, the next semester to start after Date
	// (rulings R12). `semester`
	Semester calendar.Semester `json:"semester,omitempty" yaml:"semester"`
	// Pages of documents uploaded (tr.1.h.2.n1). `pages`
	Pages int `json:"pages" yaml:"pages"`
	// Offered: the student's field, specialisation and level are offered at the destination
	// (tr.14.2). Required. `offered`
	Offered *bool `json:"offered,omitempty" yaml:"offered"`
	// DestinationMatches: the destination is where the ground points — the spouse's or family's
	// city or the nearest unit offering the field, the staff or faculty member's place of
	// service, the official's post. Required by the grounds that name a destination. `destination_matches`
	DestinationMatches *bool `json:"destination_matches,omitempty" yaml:"destination_matches"`
	// NoExam says whether the destination admits without an exam (tr.14.6, tr.14.7); required
	// for a student admitted without an exam. `destination_no_exam`
	NoExam NoExamAdmission `json:"destination_no_exam,omitempty" yaml:"destination_no_exam"`
	// LastAdmittedScore is the score of the last candidate admitted at the destination in the
	// student's field (tr.9, tr.10; rulings R9). `destination_last_score`
	LastAdmittedScore *decimal.Decimal `json:"destination_last_score,omitempty" yaml:"destination_last_score"`
	// Extension: the request extends a current guest study (tr.3.3: GPA 15). `extension`
	Extension bool `json:"extension,omitempty" yaml:"extension"`
	// Conversion: the request asks to turn the two conditional guest terms of tr.9.n /
	// tr.10.n1 into a transfer. `conversion`
	Conversion bool `json:"conversion,omitempty" yaml:"conversion"`
	// Thesis: a guest student asks to take the thesis at the destination (tr.14.12). `thesis`
	Thesis bool `json:"thesis,omitempty" yaml:"thesis"`
	// ChangeOfField asks a transfer with a change of field (tr.3.c). `change_of_field`
	ChangeOfField *ChangeOfField `json:"change_of_field,omitempty" yaml:"change_of_field"`
	// Unverified: the reviewing authority could not verify a fact the student declared
	// (tr.1.h.1, tr.14.3): the request is refused whatever the ground. `unverified`
	Unverified bool `json:"unverified,omitempty" yaml:"unverified"`
	// Tuition of a guest term, to split under tr.1.j. `tuition`
	Tuition *Tuition `json:"tuition,omitempty" yaml:"tuition"`
	// Scans describes the uploaded images (tr.1.h.2.n2). `scans`
	Scans *Scans `json:"scans,omitempty" yaml:"scans"`

	Marriage        *Marriage        `json:"marriage,omitempty" yaml:"marriage"`                 // tr.2.1, tr.2.2
	Divorce         *Divorce         `json:"divorce,omitempty" yaml:"divorce"`                   // tr.2.3
	Isargar         *Isargar         `json:"isargaran,omitempty" yaml:"isargaran"`               // tr.3
	Illness         *Illness         `json:"illness,omitempty" yaml:"illness"`                   // tr.4
	Guardianship    *Guardianship    `json:"guardianship,omitempty" yaml:"guardianship"`         // tr.5
	SeveralStudents *SeveralStudents `json:"several_students,omitempty" yaml:"several_students"` // tr.6
	Bereavement     *Bereavement     `json:"bereavement,omitempty" yaml:"bereavement"`           // tr.8
	StaffFamily     *StaffFamily     `json:"staff_family,omitempty" yaml:"staff_family"`         // tr.9
	FacultyFamily   *FacultyFamily   `json:"faculty_family,omitempty" yaml:"faculty_family"`     // tr.10
	Athlete         *Athlete         `json:"athlete,omitempty" yaml:"athlete"`                   // tr.11
	OfficialFamily  *OfficialFamily  `json:"official_family,omitempty" yaml:"official_family"`   // tr.12
	SpecialCase     *SpecialCase     `json:"special_case,omitempty" yaml:"special_case"`         // tr.13
}

// Condition is a test a grant carries: to extend a guest term (tr.3.3: the
// term's GPA ≥ 15) or to convert conditional guest terms into a transfer
// (tr.9.n / tr.10.n1: units passed in each term and the cumulative GPA).
type Condition struct {
	Clause          ayin.ClauseID   `json:"clause"`
	MinUnitsPerTerm int             `json:"min_units_per_term,omitempty"` // 0: no units test
	MinGPA          decimal.Decimal `json:"min_gpa"`
	Cumulative      bool            `json:"cumulative"` // the cumulative GPA (tr.9.n) or the guest term's own (tr.3.3)
	Text            ayin.Text       `json:"text"`
}

// Grant is what a decision grants, which can differ from what was asked: a
// transfer asked below 90 % becomes two conditional guest terms (tr.9.n).
type Grant struct {
	// Kind granted; NoKind when the decision grants nothing. `kind`
	Kind Kind `json:"kind"`
	// Terms is the number of guest terms granted; 0 means no limit is stated. `terms`
	Terms int `json:"terms,omitempty"`
	// UntilEndOfYear: the guest study runs to the end of the academic year (tr.12). `until_end_of_year`
	UntilEndOfYear bool `json:"until_end_of_year,omitempty"`
	// Conditional: the grant is subject to academic progress and converts under Convert (tr.9.n). `conditional`
	Conditional bool `json:"conditional,omitempty"`
	// Extend is the condition to extend the guest study (tr.3.3). `extend`
	Extend *Condition `json:"extend,omitempty"`
	// Convert is the condition to turn the guest terms into a transfer (tr.9.n, tr.10.n1). `convert`
	Convert *Condition `json:"convert,omitempty"`
	// TuitionRates: the tuition is charged at the overseas or international units' rates
	// (tr.7.3, tr.7.5); Ordinary otherwise. `tuition_rates`
	TuitionRates ayin.UnitKind `json:"tuition_rates,omitempty"`
	// FieldChange: the transfer comes with the change of field of tr.3.c. `field_change`
	FieldChange bool `json:"field_change,omitempty"`
}

// Documents is the table-6 row that serves the request's ground (tr.t6,
// tr.14.3): what to upload and who verifies it.
type Documents struct {
	Row      ayin.ClauseID  `json:"row"`      // e.g. tr.t6.2.1
	Reviewer ayin.Authority `json:"reviewer"` // who verifies the documents against the originals
	Items    []ayin.Text    `json:"items"`    // shared with the edition: read only
}

// Window is how the request's date stands against the student window of the
// semester it applies to (tr.1.s, tr.t1 / tr.t2, tr.14.1).
type Window struct {
	Semester calendar.Semester `json:"semester"`       // the semester the request applies to (rulings R12)
	In       bool              `json:"in"`             // the date falls in the student window, both ends included
	Student  Span              `json:"student"`        // that semester's student window
	Next     Span              `json:"next,omitempty"` // when not in: the next student window to open on or after the date
	Table    ayin.ClauseID     `json:"table"`          // tr.t1, or tr.t2 for the semester it replaces
	// Answers are the windows in which the origin unit, the destination unit and the
	// Central Organization answer, in that order (the phases after the student's). `answers`
	Answers [3]Span `json:"answers"`
}

// Span is a student window: the semester it serves and its first and last
// days, both included.
type Span struct {
	Semester calendar.Semester `json:"semester"`
	From     calendar.Date     `json:"from"`
	To       calendar.Date     `json:"to"`
}

func span(w calendar.Window) Span { return Span{Semester: w.Semester, From: w.From, To: w.To} }

// ConfidenceNote says that a decision rests on a unit whose group the table
// in use reads as uncertain, so a clerk should confirm it.
type ConfidenceNote struct {
	Unit    string            `json:"unit"`    // the unit's name as the table spells it
	Group   equivalence.Group `json:"group"`   // the group the decision used
	Reading string            `json:"reading"` // the table's note on how it was read
	Clause  ayin.ClauseID     `json:"clause"`  // the clause whose check rested on it
}

// Decision is the answer to one request. Every clause checked is a finding;
// Citations is the union of their clauses. JSON names are the snake_case tags.
type Decision struct {
	Outcome ayin.Outcome `json:"outcome"` // eligible, ineligible, referred or not-covered
	Ground  Ground       `json:"ground"`
	// Clause is the most specific clause of the ground the decision rests on (tr.2.1, tr.3.2.c, tr.7.2).
	Clause ayin.ClauseID `json:"clause,omitempty"`
	Asked  Kind          `json:"asked"`
	// Granted is what is granted (zero when ineligible); it can differ from Asked.
	Granted Grant `json:"granted"`
	// Approvals lists who must approve, consent or review, in the order the clauses name them.
	Approvals []ayin.Authority `json:"approvals"`
	Documents Documents        `json:"documents"`
	Fee       fees.RequestFee  `json:"fee"`
	// Tuition is the split of a guest term's tuition (tr.1.j) when the request gave one.
	Tuition    *fees.TuitionSplit `json:"tuition,omitempty"`
	Window     Window             `json:"window"`
	Confidence []ConfidenceNote   `json:"confidence,omitempty"`
	Findings   ayin.Findings      `json:"findings"`
	Citations  []ayin.ClauseID    `json:"citations"`
	Edition    string             `json:"edition"`
}

// Cites reports whether the decision cites a clause.
func (d *Decision) Cites(id ayin.ClauseID) bool { return d.Findings.Cites(id) }

// Finding returns the first finding on a clause.
func (d *Decision) Finding(id ayin.ClauseID) (ayin.Finding, bool) {
	for _, f := range d.Findings {
		if f.Clause == id {
			return f, true
		}
	}
	return ayin.Finding{}, false
}

// Relative is a family relation the grounds name: the relative a guardian
// looks after (tr.5.1), the other family members studying (tr.6), the
// deceased (tr.8), the student's tie to a staff or faculty member or an
// official (tr.9, tr.10, tr.12: spouse or child).
type Relative uint8

const (
	// RelativeUnknown is the zero Relative: not stated.
	RelativeUnknown Relative = iota
	Father                   // پدر
	Mother                   // مادر
	Sister                   // خواهر
	Brother                  // برادر
	Spouse                   // همسر
	Child                    // فرزند
	OtherRelative            // any other relation: no ground names it
)

var relativeCodes = [...]string{"", "father", "mother", "sister", "brother", "spouse", "child", "other"}

// String returns the relation's code ("father", …, "other"), or "".
func (r Relative) String() string {
	if int(r) < len(relativeCodes) {
		return relativeCodes[r]
	}
	return fmt.Sprintf("Relative(%d)", r)
}

// MarshalText encodes the code.
func (r Relative) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a code or the Persian word (پدر، مادر، خواهر، برادر، همسر، فرزند).
func (r *Relative) UnmarshalText(b []byte) error {
	fa := [...]string{"", "پدر", "مادر", "خواهر", "برادر", "همسر", "فرزند", "سایر"}
	k := strings.ToLower(ayin.NormalizePersian(string(b)))
	for i := range relativeCodes {
		if k == relativeCodes[i] || (k != "" && k == fa[i]) {
			*r = Relative(i)
			return nil
		}
	}
	return fmt.Errorf("transfer: unknown relative %q (want father, mother, sister, brother, spouse, child or other)", b)
}
