package transfer

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Article 4 (ماده ۴): sick and disabled students.
//
//   - tr.4.1: an illness or disability that began after the exam registration,
//     confirmed by a competent authority suited to the case (the unit's trusted
//     physician, a special-patients' association or a medical commission: E44)
//     → transfer or guest study; no destination is stated (E42) and no group
//     is excluded (E43).
//   - tr.4.2: one that existed before → guest study only, except group 1.
//
// Which illnesses qualify is Appendix 1 (tr.4.n), not in the source (E45): the
// authority's confirmation stands in for it. Reviewed by the origin unit
// (tr.t6.4), with the Welfare office's disability certificate for a
// disability; the page charge is exempt (medical documents).

// art04Clauses are the clauses evalArt04 cites.
var art04Clauses = []ayin.ClauseID{"tr.4.1", "tr.4.2", "tr.t6.4"}

// art04Pending is false: Article 4 is encoded.
var art04Pending = false

// Illness is the facts of an Article 4 request; YAML/JSON
// `illness: {onset, confirmed, disabled}`.
type Illness struct {
	// Onset is when the illness or disability began (or was first diagnosed). `onset`
	Onset calendar.Date `json:"onset" yaml:"onset"`
	// Confirmed: a competent authority suited to the case has confirmed it (tr.4.1, tr.4.2). `confirmed`
	Confirmed bool `json:"confirmed" yaml:"confirmed"`
	// Disabled: a disability (معلولیت), which adds the Welfare office's certificate (tr.t6.4). `disabled`
	Disabled bool `json:"disabled,omitempty" yaml:"disabled"`
}

var (
	msg4_1           = ayin.Text{FA: "بیماری یا معلولیت پس از ثبت نام در آزمون با تأیید مرجع ذی صلاح.", EN: "An illness or disability since the exam registration, confirmed by a competent authority."}
	msg4_2           = ayin.Text{FA: "بیماری یا معلولیت پیش از ثبت نام در آزمون با تأیید مرجع ذی صلاح: فقط میهمانی، به استثنای گروه ۱.", EN: "An illness or disability from before the exam registration, confirmed: guest study only, except group 1."}
	msg4NotConfirmed = ayin.Text{FA: "بیماری یا معلولیت به تأیید مرجع ذی صلاح نرسیده است.", EN: "No competent authority has confirmed the illness or disability."}
	msg4_1AnyGroup   = ayin.Text{FA: "بند ۴-۱ مقصد یا گروهی را مستثنی نکرده است.", EN: "tr.4.1 names no destination and excludes no group (E42, E43)."}
)

// evalArt04 applies tr.4.1 or tr.4.2.
func evalArt04(e *eval) error {
	f := e.r.Illness
	if f == nil {
		return missing("request.illness", "the Article 4 facts (onset, confirmed)")
	}
	after, err := e.afterExamRegistration(f.Onset, "request.illness.onset")
	if err != nil {
		return err
	}
	c := ayin.ClauseID("tr.4.1")
	if !after {
		c = "tr.4.2"
	}
	e.rests(c)
	e.approve(ayin.MedicalAuthority)
	// The held message says the illness is confirmed: without the
	// confirmation only the failing finding is recorded (tr.4.1, tr.4.2).
	if !f.Confirmed {
		e.fail(c, msg4NotConfirmed)
	}
	if after {
		if f.Confirmed {
			e.hold(c, msg4_1)
		}
		e.na(c, msg4_1AnyGroup)
		e.grantAsked()
	} else {
		if e.guestOnly(c) && f.Confirmed {
			e.hold(c, msg4_2)
		}
		e.exceptTopGroup(c)
		e.grant(Guest, 0)
	}
	e.documents("tr.4")
	if f.Disabled {
		e.approve(ayin.WelfareOffice)
	}
	return nil
}
