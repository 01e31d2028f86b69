package transfer

import (
	"fmt"
	"strings"

	"github.com/ayinrules/ayin"
)

// Ground is the ground (علت تقاضا) a request relies on: one per article or,
// for Article 2, per situation. The zero Ground is "not stated".
type Ground uint8

const (
	// GroundUnknown is the zero Ground: not stated.
	GroundUnknown Ground = iota
	// GroundMarriage (ازدواج): tr.2.1 for a woman, tr.2.2 for a man.
	GroundMarriage
	// GroundDivorce (متارکه): tr.2.3, women only.
	GroundDivorce
	// GroundIsargaran (خانواده شاهد و ایثارگران): tr.3 with table 5 (rows tr.3.1–tr.3.3).
	GroundIsargaran
	// GroundIllness (بیماری و معلولیت): tr.4.1 / tr.4.2.
	GroundIllness
	// GroundGuardianship (سرپرستی): tr.5.1.
	GroundGuardianship
	// GroundSeveralStudents (چند دانشجویی): tr.6.
	GroundSeveralStudents
	// GroundEquivalence (جدول هم‌ترازی): tr.7.1–tr.7.5.
	GroundEquivalence
	// GroundBereavement (فوت والدین، همسر یا فرزند): tr.8.
	GroundBereavement
	// GroundStaffFamily (همسر و فرزندان کارکنان): tr.9.
	GroundStaffFamily
	// GroundFacultyFamily (همسر و فرزندان اعضای هیأت علمی): tr.10.
	GroundFacultyFamily
	// GroundAthlete (ورزشکاران و قهرمانان ملی): tr.11.
	GroundAthlete
	// GroundOfficialFamily (همسر و فرزندان مقامات): tr.12.
	GroundOfficialFamily
	// GroundSpecialCase (موارد خاص): tr.13.
	GroundSpecialCase

	numGrounds
)

// groundFunc evaluates one ground's own clauses for the request in e. It adds
// findings, approvals, the grant and the documents through e's helpers, sets
// the flags the general rules read (e.fromAdmission, e.repeatReferral, …),
// and returns an error only for bad input: a missing fact, a contradiction,
// an impossible value (see DESIGN.md).
type groundFunc func(e *eval) error

// groundInfo is one entry of the dispatch table.
type groundInfo struct {
	code    string
	name    ayin.Text
	article ayin.ClauseID      // the article (tr.N) whose clauses the ground owns
	clauses *[]ayin.ClauseID   // the clauses the ground function cites, declared in artNN.go
	pending *bool              // true while the ground is a stub (coverage skips its clauses)
	class   ayin.DocumentClass // the class of documents it sends (tr.1.h.2.n1, rulings R18)
	facts   func(r *Request) bool
}

// evalGround calls the ground's function. A switch of direct calls, rather
// than function values in the table, lets the compiler keep the evaluation
// on the stack (no allocation for it).
func evalGround(g Ground, e *eval) error {
	switch g {
	case GroundMarriage:
		return evalMarriage(e)
	case GroundDivorce:
		return evalDivorce(e)
	case GroundIsargaran:
		return evalArt03(e)
	case GroundIllness:
		return evalArt04(e)
	case GroundGuardianship:
		return evalArt05(e)
	case GroundSeveralStudents:
		return evalArt06(e)
	case GroundEquivalence:
		return evalArt07(e)
	case GroundBereavement:
		return evalArt08(e)
	case GroundStaffFamily:
		return evalArt09(e)
	case GroundFacultyFamily:
		return evalArt10(e)
	case GroundAthlete:
		return evalArt11(e)
	case GroundOfficialFamily:
		return evalArt12(e)
	case GroundSpecialCase:
		return evalArt13(e)
	}
	return &FactError{Field: "request.ground", Kind: ErrUnknown}
}

// grounds is the dispatch table, indexed by Ground. Each entry points at
// names declared in the ground's own file, so a ground's owner never edits
// this file.
var grounds = [numGrounds]groundInfo{
	GroundMarriage: {code: "marriage", name: ayin.Text{FA: "ازدواج", EN: "marriage"}, article: "tr.2",
		clauses: &art02Clauses, pending: &art02Pending, facts: func(r *Request) bool { return r.Marriage != nil }},
	GroundDivorce: {code: "divorce", name: ayin.Text{FA: "متارکه", EN: "divorce"}, article: "tr.2",
		clauses: &art02Clauses, pending: &art02Pending, facts: func(r *Request) bool { return r.Divorce != nil }},
	GroundIsargaran: {code: "isargaran", name: ayin.Text{FA: "خانواده شاهد و ایثارگران", EN: "martyrs' families and isargaran"}, article: "tr.3",
		clauses: &art03Clauses, pending: &art03Pending, class: ayin.IsargaranDocuments, facts: func(r *Request) bool { return r.Isargar != nil }},
	GroundIllness: {code: "illness", name: ayin.Text{FA: "بیماری و معلولیت", EN: "illness or disability"}, article: "tr.4",
		clauses: &art04Clauses, pending: &art04Pending, class: ayin.MedicalDocuments, facts: func(r *Request) bool { return r.Illness != nil }},
	GroundGuardianship: {code: "guardianship", name: ayin.Text{FA: "سرپرستی", EN: "guardianship"}, article: "tr.5",
		clauses: &art05Clauses, pending: &art05Pending, facts: func(r *Request) bool { return r.Guardianship != nil }},
	GroundSeveralStudents: {code: "several-students", name: ayin.Text{FA: "چند دانشجویی", EN: "several students in one family"}, article: "tr.6",
		clauses: &art06Clauses, pending: &art06Pending, facts: func(r *Request) bool { return r.SeveralStudents != nil }},
	GroundEquivalence: {code: "equivalence", name: ayin.Text{FA: "جدول هم‌ترازی", EN: "equivalence table"}, article: "tr.7",
		clauses: &art07Clauses, pending: &art07Pending, facts: func(*Request) bool { return true }},
	GroundBereavement: {code: "bereavement", name: ayin.Text{FA: "فوت والدین، همسر یا فرزند", EN: "death of a parent, spouse or child"}, article: "tr.8",
		clauses: &art08Clauses, pending: &art08Pending, facts: func(r *Request) bool { return r.Bereavement != nil }},
	GroundStaffFamily: {code: "staff-family", name: ayin.Text{FA: "همسر و فرزندان کارکنان", EN: "family of university staff"}, article: "tr.9",
		clauses: &art09Clauses, pending: &art09Pending, facts: func(r *Request) bool { return r.StaffFamily != nil }},
	GroundFacultyFamily: {code: "faculty-family", name: ayin.Text{FA: "همسر و فرزندان اعضای هیأت علمی", EN: "family of faculty members"}, article: "tr.10",
		clauses: &art10Clauses, pending: &art10Pending, class: ayin.FacultyDocuments, facts: func(r *Request) bool { return r.FacultyFamily != nil }},
	GroundAthlete: {code: "athlete", name: ayin.Text{FA: "ورزشکاران و قهرمانان ملی", EN: "national athletes"}, article: "tr.11",
		clauses: &art11Clauses, pending: &art11Pending, facts: func(r *Request) bool { return r.Athlete != nil }},
	GroundOfficialFamily: {code: "official-family", name: ayin.Text{FA: "همسر و فرزندان مقامات", EN: "family of senior officials"}, article: "tr.12",
		clauses: &art12Clauses, pending: &art12Pending, facts: func(r *Request) bool { return r.OfficialFamily != nil }},
	GroundSpecialCase: {code: "special-case", name: ayin.Text{FA: "موارد خاص", EN: "special case"}, article: "tr.13",
		clauses: &art13Clauses, pending: &art13Pending, facts: func(*Request) bool { return true }},
}

// Grounds lists every ground in article order.
func Grounds() []Ground {
	out := make([]Ground, 0, numGrounds-1)
	for g := GroundMarriage; g < numGrounds; g++ {
		out = append(out, g)
	}
	return out
}

// Valid reports whether g is one of the grounds.
func (g Ground) Valid() bool { return g > GroundUnknown && g < numGrounds }

// String returns the ground's code ("marriage", "staff-family", …) or "unknown".
func (g Ground) String() string {
	if g.Valid() {
		return grounds[g].code
	}
	return "unknown"
}

// Name returns the ground's name in the language asked for.
func (g Ground) Name(l ayin.Lang) string {
	if g.Valid() {
		return grounds[g].name.In(l)
	}
	return ayin.Text{FA: "نامعلوم", EN: "unknown"}.In(l)
}

// Article returns the article whose clauses the ground applies (tr.2 … tr.13).
func (g Ground) Article() ayin.ClauseID {
	if g.Valid() {
		return grounds[g].article
	}
	return ""
}

// Pending reports whether the ground is still a stub that decides nothing
// ("not yet encoded").
func (g Ground) Pending() bool { return g.Valid() && *grounds[g].pending }

// ParseGround reads a ground from its code (any case), its article ("tr.9",
// "9") or the Persian name.
func ParseGround(s string) (Ground, error) {
	k := strings.ToLower(ayin.NormalizePersian(s))
	if k == "" {
		return GroundUnknown, nil
	}
	for g := GroundMarriage; g < numGrounds; g++ {
		gi := grounds[g]
		if k == gi.code || k == ayin.NormalizePersian(gi.name.FA) || k == strings.ToLower(gi.name.EN) {
			return g, nil
		}
	}
	for g := GroundIsargaran; g < numGrounds; g++ { // article 2 has two grounds: name them by code
		a := string(grounds[g].article)
		if k == a || "tr."+k == a {
			return g, nil
		}
	}
	return GroundUnknown, fmt.Errorf("transfer: unknown ground %q (want one of %s)", s, strings.Join(groundCodes(), ", "))
}

func groundCodes() []string {
	out := make([]string, 0, numGrounds)
	for g := GroundMarriage; g < numGrounds; g++ {
		out = append(out, grounds[g].code)
	}
	return out
}

// MarshalText encodes the ground's code.
func (g Ground) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText decodes a ground with ParseGround. An unknown ground is a
// *FactError naming request.ground (ErrUnknown), since encoding/json and
// yaml.v3 do not say which field a text value failed in.
func (g *Ground) UnmarshalText(b []byte) error {
	v, err := ParseGround(string(b))
	*g = v
	if err != nil {
		return &FactError{Field: "request.ground", Kind: ErrUnknown, Problem: strings.TrimPrefix(err.Error(), "transfer: ")}
	}
	return nil
}
