// Package fees computes the money of the regulations, in rials as
// decimal.Decimal: the document-review fee of a transfer or guest request
// (table 3, tr.t3, charged under tr.1.h.2), the charge for pages beyond six
// (tr.1.h.2.n1) with its exemptions, the split of a guest's tuition between
// the origin and destination units (tr.1.j), and the graduates' office fees
// for a duplicate certificate (grad.dup.5) and a transcript for translation
// (grad.transcript.4). Every amount says which clause and which version of
// the edition it came from.
package fees

import (
	"errors"
	"fmt"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Amount is a sum of rials with where it came from and what it is for.
type Amount struct {
	Rials  decimal.Decimal `json:"rials"`
	Source ayin.Source     `json:"source"`
	Label  ayin.Text       `json:"label"`
}

// String formats the amount in English, e.g. "625,000 rials (tr.t3)".
func (a Amount) String() string {
	return Format(a.Rials, ayin.English) + " (" + string(a.Source.Clause) + ")"
}

// RequestFee is what a transfer or guest request costs to register: the
// review fee of table 3 plus the page charge.
type RequestFee struct {
	Review     Amount          `json:"review"`      // tr.t3 by level
	Pages      Amount          `json:"pages"`       // tr.1.h.2.n1: pages beyond the free allowance
	ExtraPages int             `json:"extra_pages"` // pages charged (0 when exempt)
	Exempt     bool            `json:"exempt"`      // the documents' class is exempt from the page charge
	Total      decimal.Decimal `json:"total"`
}

var (
	labelReview    = ayin.Text{FA: "هزینه بررسی مدارک", EN: "document-review fee"}
	labelPages     = ayin.Text{FA: "هزینه صفحات مازاد بر سقف رایگان", EN: "charge for pages beyond the free allowance"}
	labelPagesFree = ayin.Text{FA: "صفحات مازاد: معاف", EN: "pages beyond the free allowance: exempt"}
	labelDuplicate = ayin.Text{FA: "هزینه صدور المثنی", EN: "duplicate-certificate fee"}
	labelTranscr   = ayin.Text{FA: "هزینه ریز نمرات جهت ترجمه", EN: "transcript-for-translation fee"}
	labelToOrigin  = ayin.Text{FA: "شهریه ثابت، به واحد مبدأ", EN: "fixed tuition, to the origin unit"}
	labelToDest    = ayin.Text{FA: "شهریه متغیر، به واحد مقصد", EN: "variable tuition, to the destination unit"}
)

// ErrNoFee is wrapped by the error for a level table 3 does not price (a PhD,
// rulings R1, or the unknown level).
var ErrNoFee = errors.New("no review fee for this level")

// ErrNegativePages is wrapped by the error for a negative page count.
var ErrNegativePages = errors.New("the page count is negative")

// Schedule is the fee tables of one edition. It is immutable and safe for
// concurrent use.
type Schedule struct {
	ed *ayin.Edition
}

// New returns the schedule of ed.
func New(ed *ayin.Edition) *Schedule { return &Schedule{ed: ed} }

// Default returns the schedule of the embedded edition.
func Default() *Schedule { return defaultSchedule() }

var defaultSchedule = sync.OnceValue(func() *Schedule { return New(ayin.Default()) })

// Request returns the fee of a transfer or guest request registered on asOf:
// the review fee of the student's level (tr.t3, tr.1.h.2) and, unless the
// documents' class is exempt, 100,000 rials for each page beyond six
// (tr.1.h.2.n1). Table 3 has no fee for a PhD: that is an error wrapping
// ErrNoFee, never the doctorate fee. Negative page counts are an error.
func (s *Schedule) Request(level ayin.Level, pages int, class ayin.DocumentClass, asOf calendar.Date) (RequestFee, error) {
	var out RequestFee
	if pages < 0 {
		return out, fmt.Errorf("fees: pages: %d: %w", pages, ErrNegativePages)
	}
	if !level.Valid() {
		return out, fmt.Errorf("fees: level: not stated (table 3 prices associate, bachelor's, master's and professional doctorate): %w", ErrNoFee)
	}
	rf, rsrc, err := s.ed.ReviewFees().At(asOf)
	if err != nil {
		return out, fmt.Errorf("fees: %w", err)
	}
	amount, ok := rf.For(level)
	if !ok {
		if level == ayin.PhD {
			return out, fmt.Errorf("fees: level: phd: %w: the regulation does not cover the PhD (rulings R1, E103)", ErrNoFee)
		}
		return out, fmt.Errorf("fees: level: %s: %w in table 3 of edition %s", level, ErrNoFee, rsrc.Edition)
	}
	pc, psrc, err := s.ed.PageCharge().At(asOf)
	if err != nil {
		return out, fmt.Errorf("fees: %w", err)
	}
	out.Review = Amount{Rials: amount, Source: rsrc, Label: labelReview}
	out.Exempt = pc.Exempts(class)
	out.Pages = Amount{Rials: decimal.Zero, Source: psrc, Label: labelPages}
	if out.Exempt {
		out.Pages.Label = labelPagesFree
	} else if pages > pc.FreePages {
		out.ExtraPages = pages - pc.FreePages
		out.Pages.Rials = mulRials(pc.PerPage, out.ExtraPages)
	}
	out.Total = addRials(out.Review.Rials, out.Pages.Rials)
	return out, nil
}

// safeRials bounds the amounts added and multiplied in int64: whole rials
// below 2^40 (over a trillion rials), so that a product by a page count below
// 2^22 or a sum cannot overflow. Anything else takes decimal arithmetic,
// which is exact but allocates several times per operation; the fee of a
// request stays within its 500 ns target on the int64 path (rulings R22).
var (
	safeRials = decimal.NewFromInt(1 << 40)
	zeroRials = decimal.NewFromInt(0)
)

func smallWhole(d decimal.Decimal) bool {
	return d.Exponent() == 0 && d.Cmp(safeRials) < 0 && d.Cmp(zeroRials) >= 0
}

// addRials is a.Add(b) without the allocations for the amounts tables hold.
func addRials(a, b decimal.Decimal) decimal.Decimal {
	switch {
	case b.IsZero():
		return a
	case a.IsZero():
		return b
	case smallWhole(a) && smallWhole(b):
		return decimal.NewFromInt(a.CoefficientInt64() + b.CoefficientInt64())
	}
	return a.Add(b)
}

// mulRials is perPage × n without the allocations for the amounts tables hold.
func mulRials(perPage decimal.Decimal, n int) decimal.Decimal {
	if smallWhole(perPage) && n >= 0 && n < 1<<22 {
		return decimal.NewFromInt(perPage.CoefficientInt64() * int64(n))
	}
	return perPage.Mul(decimal.NewFromInt(int64(n)))
}

// RequestForSemester is Request for a request applying to semester sem,
// judged by the version governing that semester (rulings R12).
func (s *Schedule) RequestForSemester(level ayin.Level, pages int, class ayin.DocumentClass, sem calendar.Semester) (RequestFee, error) {
	return s.Request(level, pages, class, sem.Start())
}

// DuplicateCertificate returns the fee for a duplicate certificate (المثنی)
// in force on asOf (grad.dup.5).
func (s *Schedule) DuplicateCertificate(asOf calendar.Date) (Amount, error) {
	g, src, err := s.ed.GraduatesFees().At(asOf)
	if err != nil {
		return Amount{}, fmt.Errorf("fees: %w", err)
	}
	src.Clause = g.DuplicateCertificate.Clause
	return Amount{Rials: g.DuplicateCertificate.Amount, Source: src, Label: labelDuplicate}, nil
}

// TranscriptTranslation returns the fee for a transcript for translation in
// force on asOf (grad.transcript.4).
func (s *Schedule) TranscriptTranslation(asOf calendar.Date) (Amount, error) {
	g, src, err := s.ed.GraduatesFees().At(asOf)
	if err != nil {
		return Amount{}, fmt.Errorf("fees: %w", err)
	}
	src.Clause = g.TranscriptTranslation.Clause
	return Amount{Rials: g.TranscriptTranslation.Amount, Source: src, Label: labelTranscr}, nil
}

// TuitionSplit is who receives a guest term's tuition (tr.1.j).
type TuitionSplit struct {
	ToOrigin      Amount `json:"to_origin"`      // the fixed tuition (شهریه ثابت)
	ToDestination Amount `json:"to_destination"` // the variable tuition (شهریه متغیر)
}

// GuestTuition splits a guest term's tuition (tr.1.j): the fixed part is paid
// to the origin unit, the variable part to the destination. The regulation
// states no amounts; the caller gives the unit's tuition for the term (under
// tr.7.3 and tr.7.5, at the overseas or international units' rates).
// Negative amounts are an error.
func GuestTuition(fixed, variable decimal.Decimal) (TuitionSplit, error) {
	if fixed.IsNegative() {
		return TuitionSplit{}, fmt.Errorf("fees: fixed tuition: %s rials is negative", fixed)
	}
	if variable.IsNegative() {
		return TuitionSplit{}, fmt.Errorf("fees: variable tuition: %s rials is negative", variable)
	}
	src := ayin.Source{Clause: "tr.1.j"}
	return TuitionSplit{
		ToOrigin:      Amount{Rials: fixed, Source: src, Label: labelToOrigin},
		ToDestination: Amount{Rials: variable, Source: src, Label: labelToDest},
	}, nil
}

// GuestTuition is the package function GuestTuition with the amounts'
// source naming this schedule's edition. tr.1.j states who is paid, not how
// much, so the source has no effective date: the split holds in every
// version.
func (s *Schedule) GuestTuition(fixed, variable decimal.Decimal) (TuitionSplit, error) {
	split, err := GuestTuition(fixed, variable)
	if err != nil {
		return split, err
	}
	split.ToOrigin.Source.Edition = s.ed.Name()
	split.ToDestination.Source.Edition = s.ed.Name()
	return split, nil
}

// Parse reads an amount of rials typed by a person: Latin, Persian or
// Arabic-Indic digits, with thousands separators marking groups of three
// (1,455,000 · ۱٬۴۵۵٬۰۰۰ · 1/455/000) and an optional «ریال» suffix, as
// ayin.ParseRials reads them. A negative amount, separators out of place or
// text that is not a number is an error.
func Parse(s string) (decimal.Decimal, error) {
	v, err := ayin.ParseRials(s)
	if err != nil {
		return decimal.Zero, fmt.Errorf("fees: %w", err)
	}
	if v.IsNegative() {
		return decimal.Zero, fmt.Errorf("fees: amount %q is negative", s)
	}
	return v, nil
}
