package ayin

import (
	"fmt"
	"strings"
)

// Lang selects the language of a message: Persian (the default, the zero
// value) or English.
type Lang uint8

const (
	// Persian (فارسی) is the zero Lang: clerks and students read Persian first.
	Persian Lang = iota
	// English is for integrators and reviewers.
	English
)

// ParseLang reads "fa", "en" (also "fa-IR", "en-US", "persian", "english",
// any case). Anything else is an error.
func ParseLang(s string) (Lang, error) {
	l := strings.ToLower(strings.TrimSpace(s))
	switch {
	case l == "fa" || strings.HasPrefix(l, "fa-") || l == "persian" || l == "farsi" || l == "فارسی":
		return Persian, nil
	case l == "en" || strings.HasPrefix(l, "en-") || l == "english":
		return English, nil
	}
	return Persian, fmt.Errorf("ayin: unknown language %q (want fa or en)", s)
}

// String returns "fa" or "en".
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "fa"
}

// Text is a message in both languages. Decisions carry fixed Texts taken
// from the clause catalog or the rule packages, never strings formatted per
// call, so evaluating a rule does not allocate messages.
type Text struct {
	FA string `json:"fa" yaml:"fa"`
	EN string `json:"en" yaml:"en"`
}

// In returns the message in l, falling back to the other language when the
// one asked for is empty.
func (t Text) In(l Lang) string {
	if l == English && t.EN != "" {
		return t.EN
	}
	if t.FA != "" {
		return t.FA
	}
	return t.EN
}

// String returns the English text; use In for a chosen language.
func (t Text) String() string { return t.In(English) }

// ClauseID names one clause of the regulation reference, such as "tr.7.2",
// "tr.1.h.2.n1", "grad.issue.3" or "hon.1" (see the clause catalog of an
// Edition for the full list and each clause's text).
type ClauseID string

// Document returns which source the clause belongs to: "tr" for the
// guest/transfer regulation 93/10, "grad" for the graduates' office
// description, "hon" for its excellence criteria.
func (c ClauseID) Document() string {
	s := string(c)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return s[:i]
	}
	return s
}

// Level is a degree level (مقطع تحصیلی). The zero Level is "not stated" and is
// rejected wherever a rule needs the level.
type Level uint8

const (
	// LevelUnknown is the zero Level: the level was not stated.
	LevelUnknown Level = iota
	// Associate (کاردانی): the two-year associate degree.
	Associate
	// BachelorContinuous (کارشناسی پیوسته): the four-year bachelor's degree.
	BachelorContinuous
	// BachelorNonContinuous (کارشناسی ناپیوسته): the bachelor's degree taken after an associate degree.
	BachelorNonContinuous
	// Master (کارشناسی ارشد): the master's degree.
	Master
	// ProfessionalDoctorate (دکتری حرفه‌ای): medicine, dentistry, pharmacy, veterinary medicine;
	// table 3's «دکتری» column (errata E103).
	ProfessionalDoctorate
	// PhD (دکتری تخصصی): the research doctorate. The transfer regulation does not
	// cover it (rulings R1): a transfer decision for it is NotCovered and its
	// review fee is an error.
	PhD
)

var levelNames = [...]struct{ code, fa, en string }{
	LevelUnknown:          {"", "نامشخص", "unknown"},
	Associate:             {"associate", "کاردانی", "associate"},
	BachelorContinuous:    {"bachelor-continuous", "کارشناسی پیوسته", "continuous bachelor's"},
	BachelorNonContinuous: {"bachelor-noncontinuous", "کارشناسی ناپیوسته", "non-continuous bachelor's"},
	Master:                {"master", "کارشناسی ارشد", "master's"},
	ProfessionalDoctorate: {"professional-doctorate", "دکتری حرفه‌ای", "professional doctorate"},
	PhD:                   {"phd", "دکتری تخصصی", "PhD"},
}

// Levels lists every stated level in order, PhD last.
func Levels() []Level {
	return []Level{Associate, BachelorContinuous, BachelorNonContinuous, Master, ProfessionalDoctorate, PhD}
}

// String returns the level's code, the name used in YAML and JSON
// ("associate", "bachelor-continuous", "bachelor-noncontinuous", "master",
// "professional-doctorate", "phd"), or "unknown".
func (l Level) String() string {
	if int(l) < len(levelNames) && l != LevelUnknown {
		return levelNames[l].code
	}
	return "unknown"
}

// Name returns the level's name in the language asked for.
func (l Level) Name(lang Lang) string {
	if int(l) >= len(levelNames) {
		l = LevelUnknown
	}
	if lang == English {
		return levelNames[l].en
	}
	return levelNames[l].fa
}

// Bachelor reports whether l is either kind of bachelor's degree.
func (l Level) Bachelor() bool { return l == BachelorContinuous || l == BachelorNonContinuous }

// Valid reports whether l is one of the stated levels.
func (l Level) Valid() bool { return l > LevelUnknown && int(l) < len(levelNames) }

// ParseLevel reads a level from its code, its English name (any case) or its
// Persian name. Names are compared by FoldKey, so Arabic ي/ك, zero-width
// non-joiners, extra spaces and a joiner left out altogether («دکتری حرفهای»
// as clerks often type it) all read as the level meant.
func ParseLevel(s string) (Level, error) {
	key := FoldKey(s)
	if key == "" {
		return LevelUnknown, fmt.Errorf("ayin: level is empty (want one of %s)", levelCodes())
	}
	for i := 1; i < len(levelNames); i++ {
		n := levelNames[i]
		if key == n.code || key == levelKeys[i].fa || key == levelKeys[i].en {
			return Level(i), nil
		}
	}
	switch key {
	case "bachelor", "کارشناسی":
		return LevelUnknown, fmt.Errorf("ayin: level %q is ambiguous: say bachelor-continuous (کارشناسی پیوسته) or bachelor-noncontinuous (کارشناسی ناپیوسته)", s)
	case "doctorate", "دکتری":
		return LevelUnknown, fmt.Errorf("ayin: level %q is ambiguous: say professional-doctorate (دکتری حرفه‌ای) or phd (دکتری تخصصی)", s)
	}
	return LevelUnknown, fmt.Errorf("ayin: unknown level %q (want one of %s)", s, levelCodes())
}

// levelKeys holds the FoldKey of each level's Persian and English names,
// computed once so that ParseLevel folds only its input.
var levelKeys = func() (k [len(levelNames)]struct{ fa, en string }) {
	for i, n := range levelNames {
		k[i].fa, k[i].en = FoldKey(n.fa), FoldKey(n.en)
	}
	return k
}()

func levelCodes() string {
	codes := make([]string, 0, len(levelNames)-1)
	for i := 1; i < len(levelNames); i++ {
		codes = append(codes, levelNames[i].code)
	}
	return strings.Join(codes, ", ")
}

// MarshalText encodes the level's code.
func (l Level) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return []byte(""), nil
	}
	return []byte(l.String()), nil
}

// UnmarshalText decodes a level with ParseLevel; empty text is LevelUnknown.
func (l *Level) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*l = LevelUnknown
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Outcome is what a decision concludes (rulings R2).
type Outcome uint8

const (
	// Undecided is the zero Outcome: no decision was made (an error was returned).
	Undecided Outcome = iota
	// Eligible: the request or criterion is met and may be granted.
	Eligible
	// Ineligible: at least one clause bars it.
	Ineligible
	// Referred: a commission decides case by case (tr.13, tr.7.4, tr.14.12, tr.3.b, …).
	Referred
	// NotCovered: the regulation does not address the case (a PhD transfer,
	// honors at master's level); the library says so rather than guess.
	NotCovered
)

var outcomeNames = [...]struct{ code, fa, en string }{
	Undecided:  {"undecided", "بدون تصمیم", "undecided"},
	Eligible:   {"eligible", "واجد شرایط", "eligible"},
	Ineligible: {"ineligible", "فاقد شرایط", "ineligible"},
	Referred:   {"referred", "ارجاع به کمیسیون", "referred to a commission"},
	NotCovered: {"not-covered", "خارج از شمول آیین‌نامه", "not covered by the regulation"},
}

// String returns the outcome's code: "eligible", "ineligible", "referred",
// "not-covered" or "undecided".
func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o].code
	}
	return "undecided"
}

// Name returns the outcome in the language asked for.
func (o Outcome) Name(lang Lang) string {
	if int(o) >= len(outcomeNames) {
		o = Undecided
	}
	if lang == English {
		return outcomeNames[o].en
	}
	return outcomeNames[o].fa
}

// MarshalText encodes the outcome's code.
func (o Outcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnmarshalText decodes an outcome code.
func (o *Outcome) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for i, n := range outcomeNames {
		if s == n.code {
			*o = Outcome(i)
			return nil
		}
	}
	return fmt.Errorf("ayin: unknown outcome %q (want eligible, ineligible, referred or not-covered)", string(b))
}

// Status says how one clause stood in a decision (rulings R2).
type Status uint8

const (
	// NotApplicable is the zero Status: the clause does not bear on this case.
	NotApplicable Status = iota
	// Held: the clause's condition is met.
	Held
	// Failed: the clause's condition is not met; it bars or limits the request.
	Failed
	// NeedsConfirmation: the finding rests on an uncertain table reading or on
	// a situation the text does not address; a clerk should confirm it.
	NeedsConfirmation
)

var statusNames = [...]struct{ code, fa, en string }{
	NotApplicable:     {"not-applicable", "موضوعیت ندارد", "not applicable"},
	Held:              {"held", "برقرار است", "held"},
	Failed:            {"failed", "برقرار نیست", "failed"},
	NeedsConfirmation: {"needs-confirmation", "نیازمند تأیید", "needs confirmation"},
}

// String returns the status code: "held", "failed", "not-applicable" or
// "needs-confirmation".
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s].code
	}
	return "not-applicable"
}

// Name returns the status in the language asked for.
func (s Status) Name(lang Lang) string {
	if int(s) >= len(statusNames) {
		s = NotApplicable
	}
	if lang == English {
		return statusNames[s].en
	}
	return statusNames[s].fa
}

// MarshalText encodes the status code.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a status code.
func (s *Status) UnmarshalText(b []byte) error {
	v := strings.ToLower(strings.TrimSpace(string(b)))
	for i, n := range statusNames {
		if v == n.code {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("ayin: unknown finding status %q (want held, failed, not-applicable or needs-confirmation)", string(b))
}

// Finding records how one clause stood: the clause, whether it held, and why,
// in both languages. Decisions list every clause they checked.
type Finding struct {
	Clause  ClauseID `json:"clause"`
	Status  Status   `json:"status"`
	Message Text     `json:"message"`
}

// Findings is the ordered list of a decision's findings.
type Findings []Finding

// Citations returns the clause IDs of the findings, each once, in the order
// they first appear.
func (fs Findings) Citations() []ClauseID {
	out := make([]ClauseID, 0, len(fs))
	for _, f := range fs {
		if !containsClause(out, f.Clause) {
			out = append(out, f.Clause)
		}
	}
	return out
}

// Cites reports whether any finding cites id.
func (fs Findings) Cites(id ClauseID) bool {
	for _, f := range fs {
		if f.Clause == id {
			return true
		}
	}
	return false
}

// Failed returns the findings whose status is Failed.
func (fs Findings) Failed() Findings { return fs.with(Failed) }

// Unconfirmed returns the findings whose status is NeedsConfirmation.
func (fs Findings) Unconfirmed() Findings { return fs.with(NeedsConfirmation) }

func (fs Findings) with(s Status) Findings {
	var out Findings
	for _, f := range fs {
		if f.Status == s {
			out = append(out, f)
		}
	}
	return out
}

func containsClause(ids []ClauseID, id ClauseID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
