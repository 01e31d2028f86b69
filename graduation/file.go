package graduation

import (
	"fmt"
	"strings"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/shopspring/decimal"
)

// Gender is the graduate's sex as grad.issue.3 needs it: only a male
// graduate is subject to military service (مشمول, E125). The zero Gender is
// "not stated", which step 3 refuses as a missing fact.
type Gender uint8

const (
	// GenderUnknown is the zero Gender: not stated.
	GenderUnknown Gender = iota
	// Male (مرد): subject to military service.
	Male
	// Female (زن): grad.issue.3 does not apply.
	Female
)

// String returns "male", "female" or "unknown".
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return "unknown"
}

// MarshalText encodes the gender's code.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText reads "male"/"female" (also «مرد»/«زن», any case); empty
// text or "unknown", which MarshalText writes for it, is GenderUnknown.
func (g *Gender) UnmarshalText(b []byte) error {
	switch strings.ToLower(ayin.NormalizePersian(string(b))) {
	case "", "unknown":
		*g = GenderUnknown
	case "male", "m", "مرد":
		*g = Male
	case "female", "f", "زن":
		*g = Female
	default:
		return fmt.Errorf("graduation: unknown gender %q (want male or female)", b)
	}
	return nil
}

// CertificateForm is the form of the final certificate of grad.issue.12:
// the diploma (دانشنامه) or the approved (مصوب) certificate (E127).
type CertificateForm uint8

const (
	// FormUnknown is the zero form: not recorded.
	FormUnknown CertificateForm = iota
	// Diploma (دانشنامه).
	Diploma
	// Approved (مصوب): the approved certificate issued in place of a diploma.
	Approved
)

// String returns "diploma", "approved" or "unknown".
func (f CertificateForm) String() string {
	switch f {
	case Diploma:
		return "diploma"
	case Approved:
		return "approved"
	}
	return "unknown"
}

// MarshalText encodes the form's code.
func (f CertificateForm) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText reads "diploma"/"approved" (also «دانشنامه»/«مصوب»); empty
// text or "unknown", which MarshalText writes for it, is FormUnknown.
func (f *CertificateForm) UnmarshalText(b []byte) error {
	switch strings.ToLower(ayin.NormalizePersian(string(b))) {
	case "", "unknown":
		*f = FormUnknown
	case "diploma", "دانشنامه":
		*f = Diploma
	case "approved", "مصوب":
		*f = Approved
	default:
		return fmt.Errorf("graduation: unknown certificate form %q (want diploma or approved)", b)
	}
	return nil
}

// Particulars are what a certificate states about its holder and which
// grad.issue.8 and grad.issue.13 compare: the file's against the provisional
// certificate's, and the provisional's against the final one's. Names and
// fields are compared after ayin.NormalizePersian, so Arabic ي/ك, zero-width
// non-joiners and spacing do not count as a difference; the GPA is compared
// with Cmp. YAML/JSON names are snake_case.
type Particulars struct {
	Name       string          `json:"name" yaml:"name"`               // full name (required)
	FatherName string          `json:"father_name" yaml:"father_name"` // نام پدر
	NationalID string          `json:"national_id" yaml:"national_id"` // کد ملی (required)
	BirthDate  calendar.Date   `json:"birth_date" yaml:"birth_date"`
	Level      ayin.Level      `json:"level" yaml:"level"` // required
	Field      string          `json:"field" yaml:"field"` // رشته (required)
	Graduated  calendar.Date   `json:"graduated" yaml:"graduated"`
	GPA        decimal.Decimal `json:"gpa" yaml:"gpa"` // 0–20; zero when not stated
}

// IsZero reports whether nothing is stated.
func (p Particulars) IsZero() bool {
	return p.Name == "" && p.FatherName == "" && p.NationalID == "" && p.BirthDate.IsZero() &&
		p.Level == ayin.LevelUnknown && p.Field == "" && p.Graduated.IsZero() && p.GPA.IsZero()
}

// Certificate is a provisional (grad.issue.7) or final (grad.issue.12)
// certificate as the file records it. Issued false means there is none yet.
type Certificate struct {
	Issued bool            `json:"issued" yaml:"issued"`
	Form   CertificateForm `json:"form" yaml:"form"` // final certificate only (grad.issue.12)
	// FormText is the form as written, free text (E127), for a form that is
	// neither "diploma" nor "approved" as such; either it or Form records it.
	FormText    string `json:"form_text" yaml:"form_text"`
	Particulars `yaml:",inline"`
}

// Facts are what the graduate's file (پرونده) holds and the steps' checks
// read. Items are codes of the edition's graduation items (ayin.yaml
// `graduation.items`): a document the file holds or an act done to the
// certificate. YAML/JSON names are snake_case.
type Facts struct {
	Gender           Gender      `json:"gender" yaml:"gender"`                           // grad.issue.3
	ExemptionCard    bool        `json:"exemption_card" yaml:"exemption_card"`           // کارت معافیت, grad.issue.3
	EndOfServiceCard bool        `json:"end_of_service_card" yaml:"end_of_service_card"` // کارت پایان خدمت, grad.issue.3
	Items            []string    `json:"items" yaml:"items"`                             // item codes held or done
	Particulars      Particulars `json:"particulars" yaml:"particulars"`                 // the file's own, grad.issue.8
	Provisional      Certificate `json:"provisional" yaml:"provisional"`                 // grad.issue.7
	Final            Certificate `json:"final" yaml:"final"`                             // grad.issue.12
}

func (f Facts) clone() Facts {
	f.Items = append([]string(nil), f.Items...)
	return f
}

func (f Facts) has(code string) bool {
	for _, c := range f.Items {
		if c == code {
			return true
		}
	}
	return false
}

// Record is one step recorded in a file: the step, the clause, the Jalali
// date and how it stood: Held, or NotApplicable for grad.issue.3 when it
// does not apply (E125, E129).
type Record struct {
	Step   int           `json:"step" yaml:"step"`
	Clause ayin.ClauseID `json:"clause" yaml:"clause"`
	Date   calendar.Date `json:"date" yaml:"date"`
	Status ayin.Status   `json:"status" yaml:"status"`
}

// Entry is a step to record and its date, as stored by a caller and given
// to Office.Replay.
type Entry struct {
	Step int           `json:"step" yaml:"step"`
	Date calendar.Date `json:"date" yaml:"date"`
}

// File is a graduate's file (پرونده) in the issuance workflow: its facts and
// the steps recorded so far. A File is an immutable value: Advance and
// WithFacts return a new File and never change the one they are given, and
// the accessors return copies.
type File struct {
	facts Facts
	done  []Record
}

// NewFile opens a file with no step recorded yet. The facts are copied.
func NewFile(f Facts) File { return File{facts: f.clone()} }

// Facts returns a copy of the file's facts.
func (f File) Facts() Facts { return f.facts.clone() }

// WithFacts returns the file with its facts replaced (a document brought in,
// a certificate issued) and the same records.
func (f File) WithFacts(n Facts) File { return File{facts: n.clone(), done: f.done} }

// Records returns a copy of the steps recorded, in order.
func (f File) Records() []Record { return append([]Record(nil), f.done...) }

// Reached is the number of the last step recorded, 0 before step 1.
func (f File) Reached() int { return len(f.done) }

// Record returns the record of step n, if it has been recorded.
func (f File) Record(n int) (Record, bool) {
	if n < 1 || n > len(f.done) {
		return Record{}, false
	}
	return f.done[n-1], true
}
