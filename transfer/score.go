package transfer

import (
	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
)

// scoreClauses are the clauses the shared 90 % helper cites on behalf of its
// callers (they list them in their own clause lists too).
var scoreClauses = []ayin.ClauseID{}

var (
	msgScoreMet        = ayin.Text{FA: "نمره دانشجو حداقل ۹۰٪ نمره آخرین نفر پذیرفته شده در مقصد است.", EN: "The student's score is at least 90 % of the last admitted at the destination."}
	msgScoreBelow      = ayin.Text{FA: "نمره دانشجو کمتر از ۹۰٪ نمره آخرین نفر پذیرفته شده در مقصد است.", EN: "The student's score is below 90 % of the last admitted at the destination."}
	msgNoScore         = ayin.Text{FA: "دانشجوی پذیرفته شده بدون آزمون نمره قبولی ندارد؛ شرط ۹۰٪ احراز نمی شود.", EN: "A student admitted without an exam has no admission score: the 90 % condition cannot hold (E57)."}
	msgTwoGuestTerms   = ayin.Text{FA: "مجوز دو ترم میهمانی به شرط پیشرفت تحصیلی صادر می شود؛ پس از آن در صورت احراز شرایط مجوز انتقال.", EN: "Two guest terms are granted on condition of progress; a transfer follows if the conditions are met."}
	msgConverted       = ayin.Text{FA: "شرایط پس از دو ترم میهمانی احراز شد: مجوز انتقال صادر می شود.", EN: "The conditions are met after the two guest terms: the transfer is issued."}
	msgConversionFail  = ayin.Text{FA: "شرایط احراز نشد: دانشجو از طریق واحد مقصد به واحد قبولی اولیه معرفی می شود.", EN: "The conditions are not met: the student returns to the unit of original admission."}
	msgConversionEarly = ayin.Text{FA: "دو ترم میهمانی مشروط هنوز گذرانده نشده است.", EN: "The two conditional guest terms have not been completed."}
)

// scoreRule applies the 90 % condition shared by tr.9, tr.10.1 and tr.10.3
// (ratio: the clause carrying it) and, below it, the two conditional guest
// terms of the clause's note (note: tr.9.n or tr.10.n1; E57, E61, rulings R5).
// Call it from a ground function after the ground's other conditions:
//
//   - request.conversion set: the student has done the two terms and asks the
//     transfer: the note's test is applied (units passed in each of the last
//     two guest terms, cumulative GPA) → transfer, or refused (the student
//     returns to the origin);
//   - score ≥ ratio % of the last admitted (90.00 % holds): the kind asked is
//     granted, unconditionally;
//   - below, or no score (admitted without an exam, E57): two guest terms,
//     Conditional, with Convert set to the note's test for the level — for a
//     transfer asked and for a guest asked alike (R5).
//
// It returns a *FactError for a missing score or a conversion asked as guest.
func (e *eval) scoreRule(ratio, note ayin.ClauseID) error {
	cond := &e.pv.conv[e.s.Level]
	if note == "tr.10.n1" {
		cond = &e.pv.conv10[e.s.Level]
	}
	if e.r.Conversion {
		return e.conversionTest(note, cond)
	}
	if !e.s.WithoutExam || e.s.AdmissionScore != nil {
		if e.s.AdmissionScore == nil {
			return missing("student.admission_score", "the entrance-examination score, for the 90 % of "+string(ratio))
		}
		if e.r.LastAdmittedScore == nil {
			return missing("request.destination_last_score", "the last admitted score at the destination, for the 90 % of "+string(ratio))
		}
		// score × 100 ≥ last × ratio%, exactly, so 90.00 % holds.
		if atLeastRatio(*e.s.AdmissionScore, *e.r.LastAdmittedScore, e.p.ScoreRatioPercent.Value) {
			e.hold(ratio, msgScoreMet)
			e.grantAsked()
			return nil
		}
		e.unmet(ratio, msgScoreBelow)
	} else {
		e.unmet(ratio, msgNoScore)
	}
	e.hold(note, msgTwoGuestTerms)
	e.grant(Guest, e.p.ConditionalGuestTerms.Value)
	e.d.Granted.Conditional = true
	if e.pv.hasCnv[e.s.Level] {
		e.d.Granted.Convert = cond
	}
	return nil
}

var hundred = decimal.NewFromInt(100)

// atLeastRatio reports score × 100 ≥ last × pct exactly. Scores of up to
// fifteen digits are compared in int64 arithmetic, without the allocations of
// decimal multiplication; larger ones fall back to it.
func atLeastRatio(score, last, pct decimal.Decimal) bool {
	if a, b, ok := scaledProducts(score, last, pct); ok {
		return a >= b
	}
	return score.Mul(hundred).Cmp(last.Mul(pct)) >= 0
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// scaledProducts returns score×100 and last×pct as integers at one common
// exponent, or false when they might not fit in an int64.
func scaledProducts(score, last, pct decimal.Decimal) (int64, int64, bool) {
	ds, dl, dp := score.NumDigits(), last.NumDigits(), pct.NumDigits()
	if ds > 15 || dl > 15 || dp > 15 || score.IsNegative() || last.IsNegative() || pct.IsNegative() {
		return 0, 0, false
	}
	ea, eb := int(score.Exponent()), int(last.Exponent())+int(pct.Exponent())
	m := min(ea, eb)
	sa, sb := ea-m, eb-m
	if ds+3+sa > 18 || dl+dp+sb > 18 {
		return 0, 0, false
	}
	a := score.CoefficientInt64() * 100 * pow10[sa]
	b := last.CoefficientInt64() * pct.CoefficientInt64() * pow10[sb]
	return a, b, true
}

// conversionTest applies the note's test after the conditional guest terms.
func (e *eval) conversionTest(note ayin.ClauseID, cond *Condition) error {
	if e.r.Kind != Transfer {
		return contradiction("request.conversion", "request.kind", "a conversion asks for the transfer")
	}
	n := e.p.ConditionalGuestTerms.Value
	if len(e.s.GuestTerms) < n {
		e.fail(note, msgConversionEarly)
		return nil
	}
	if e.s.GPA == nil {
		return missing("student.gpa", "the cumulative GPA after the guest terms ("+string(note)+")")
	}
	ok := e.s.GPA.Cmp(cond.MinGPA) >= 0
	for _, t := range e.s.GuestTerms[len(e.s.GuestTerms)-n:] {
		if t.Units < cond.MinUnitsPerTerm {
			ok = false
		}
	}
	if ok {
		e.hold(note, msgConverted)
		e.grant(Transfer, 0)
	} else {
		e.fail(note, msgConversionFail)
	}
	return nil
}

// notYetEncoded is what a stub ground function returns: the decision is
// "not covered" with a finding on the ground's article saying why.
func (e *eval) notYetEncoded(article ayin.ClauseID) error {
	e.notCovered = true
	e.na(article, msgNotYet)
	return nil
}
