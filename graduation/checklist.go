package graduation

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/fees"
	"github.com/shopspring/decimal"
)

// Payment is a fee deposited by the graduate (grad.dup.5, grad.transcript.4).
// A zero Amount means nothing has been paid. Account is the account paid
// into as the receipt states it; empty means the receipt does not say and
// the edition's account is assumed.
type Payment struct {
	Amount  decimal.Decimal `json:"amount" yaml:"amount"` // rials
	Account string          `json:"account" yaml:"account"`
}

// DuplicateRequest is what a graduate asking for a duplicate (المثنی)
// certificate has handed in (grad.dup.1–5). YAML/JSON names are snake_case.
type DuplicateRequest struct {
	// Date is the day the request is examined; it picks the fee and the
	// tables in force and bounds the notices' dates. Required.
	Date                calendar.Date   `json:"date" yaml:"date"`
	Undertaking         bool            `json:"undertaking" yaml:"undertaking"`                   // grad.dup.1
	LossReported        bool            `json:"loss_reported" yaml:"loss_reported"`               // grad.dup.2
	Attestation         bool            `json:"attestation" yaml:"attestation"`                   // grad.dup.3: the local-attestation sheet
	NotarisedSignatures int             `json:"notarised_signatures" yaml:"notarised_signatures"` // grad.dup.3
	Notices             []calendar.Date `json:"notices" yaml:"notices"`                           // grad.dup.4: publication dates, in order
	NoticeCopies        int             `json:"notice_copies" yaml:"notice_copies"`               // grad.dup.4: copies handed to the unit
	Payment             Payment         `json:"payment" yaml:"payment"`                           // grad.dup.5
}

// CopyOf is which certificate a transcript request's certificate copy is of
// (grad.transcript.2).
type CopyOf uint8

const (
	// NoCopy is the zero CopyOf: no certificate copy handed in.
	NoCopy CopyOf = iota
	// ProvisionalCopy: a copy of the provisional certificate only; it does
	// not satisfy grad.transcript.2.
	ProvisionalCopy
	// FinalCopy: a copy of the final certificate (grad.issue.12).
	FinalCopy
)

// String returns "none", "provisional" or "final".
func (c CopyOf) String() string {
	switch c {
	case ProvisionalCopy:
		return "provisional"
	case FinalCopy:
		return "final"
	}
	return "none"
}

// MarshalText encodes the code.
func (c CopyOf) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads "none" (or empty), "provisional" or "final".
func (c *CopyOf) UnmarshalText(b []byte) error {
	switch string(b) {
	case "", "none":
		*c = NoCopy
	case "provisional":
		*c = ProvisionalCopy
	case "final":
		*c = FinalCopy
	default:
		return &FactError{Field: "certificate_copy", Reason: ErrInvalidFact, Detail: "want none, provisional or final, not " + quote(string(b))}
	}
	return nil
}

// TranscriptRequest is what a graduate asking for a transcript for
// translation (ریز نمرات جهت ترجمه) has handed in (grad.transcript.1–4).
type TranscriptRequest struct {
	Date                 calendar.Date `json:"date" yaml:"date"`                                     // picks the fee in force; required
	BirthCertificateCopy bool          `json:"birth_certificate_copy" yaml:"birth_certificate_copy"` // grad.transcript.1
	CertificateCopy      CopyOf        `json:"certificate_copy" yaml:"certificate_copy"`             // grad.transcript.2
	NationalCardCopy     bool          `json:"national_card_copy" yaml:"national_card_copy"`         // grad.transcript.3
	Payment              Payment       `json:"payment" yaml:"payment"`                               // grad.transcript.4
}

// Checklist is the decision on a duplicate-certificate or transcript
// request: Eligible when every item holds, Ineligible otherwise, with one
// finding per item (two for grad.dup.3 and grad.dup.4 when both of their
// parts fail) and the fee in force.
type Checklist struct {
	Outcome  ayin.Outcome  `json:"outcome"`  // eligible (complete) or ineligible
	Findings ayin.Findings `json:"findings"` // in item order, each citing its item's clause
	Fee      fees.Amount   `json:"fee"`      // the fee in force on the request date (grad.dup.5, grad.transcript.4)
}

// Complete reports whether every item holds.
func (c Checklist) Complete() bool { return c.Outcome == ayin.Eligible }

// Missing returns the clauses of the items that do not hold, each once.
func (c Checklist) Missing() []ayin.ClauseID { return c.Findings.Failed().Citations() }

// Citations returns the clauses the decision rests on.
func (c Checklist) Citations() []ayin.ClauseID { return c.Findings.Citations() }

type checklist struct{ Checklist }

func (c *checklist) add(id ayin.ClauseID, ok bool, yes, no ayin.Text) {
	if ok {
		c.Findings = append(c.Findings, ayin.Finding{Clause: id, Status: ayin.Held, Message: yes})
	} else {
		c.Findings = append(c.Findings, ayin.Finding{Clause: id, Status: ayin.Failed, Message: no})
	}
}

func (c *checklist) fail(id ayin.ClauseID, m ayin.Text) {
	c.Findings = append(c.Findings, ayin.Finding{Clause: id, Status: ayin.Failed, Message: m})
}

func (c *checklist) done() Checklist {
	c.Outcome = ayin.Eligible
	for _, f := range c.Findings {
		if f.Status == ayin.Failed {
			c.Outcome = ayin.Ineligible
			break
		}
	}
	return c.Checklist
}

// Duplicate evaluates a duplicate-certificate (المثنی) request against
// grad.dup.1–5. A missing date, a negative count or amount, or a notice
// dated before the one listed before it or after the request date is a
// *FactError naming the field.
func (o *Office) Duplicate(r DuplicateRequest) (Checklist, error) {
	if r.Date.IsZero() {
		return Checklist{}, &FactError{Field: "date", Reason: ErrMissingFact, Detail: "the request date picks the fee in force"}
	}
	if r.NotarisedSignatures < 0 {
		return Checklist{}, &FactError{Field: "notarised_signatures", Reason: ErrInvalidFact, Detail: "negative count"}
	}
	if r.NoticeCopies < 0 {
		return Checklist{}, &FactError{Field: "notice_copies", Reason: ErrInvalidFact, Detail: "negative count"}
	}
	for i, d := range r.Notices {
		switch {
		case d.IsZero():
			return Checklist{}, &FactError{Field: "notices[" + itoa(i) + "]", Reason: ErrMissingFact, Detail: "no publication date"}
		case i > 0 && d.Before(r.Notices[i-1]):
			return Checklist{}, &FactError{Field: "notices[" + itoa(i) + "]", Reason: ErrInvalidFact, Detail: d.String() + " is before the notice listed before it; list them in publication order"}
		case d.After(r.Date):
			return Checklist{}, &FactError{Field: "notices[" + itoa(i) + "]", Reason: ErrInvalidFact, Detail: d.String() + " is after the request date " + r.Date.String()}
		}
	}
	t, _, err := o.ed.Graduation().At(r.Date)
	if err != nil {
		return Checklist{}, &FactError{Field: "date", Reason: err, Detail: "no graduation tables in force"}
	}
	fee, err := o.fees.DuplicateCertificate(r.Date)
	if err != nil {
		return Checklist{}, &FactError{Field: "date", Reason: err, Detail: "no duplicate-certificate fee in force"}
	}
	g, _, _ := o.ed.GraduatesFees().At(r.Date)
	p := t.Duplicate
	c := checklist{Checklist{Fee: fee, Findings: make(ayin.Findings, 0, 7)}}

	// grad.dup.1 and grad.dup.2 (E128: the Organization is the Central Organization).
	c.add(p.Items[0].Clause, r.Undertaking, msgDupUndertaking, msgDupNoUndertaking)
	c.add(p.Items[1].Clause, r.LossReported, msgDupLossReported, msgDupLossNotReported)

	// grad.dup.3 (E133): the sheet, and at least one notarised signature.
	switch {
	case !r.Attestation:
		c.fail(p.NotarisedSignatures.Clause, msgDupNoAttestation)
		if r.NotarisedSignatures < p.NotarisedSignatures.Value {
			c.fail(p.NotarisedSignatures.Clause, msgDupNotNotarised)
		}
	case r.NotarisedSignatures < p.NotarisedSignatures.Value:
		c.fail(p.NotarisedSignatures.Clause, msgDupNotNotarised)
	default:
		c.add(p.NotarisedSignatures.Clause, true, msgDupAttestation, nil0)
	}

	// grad.dup.4 (E134): three publications, each at least 14 days after
	// the previous one counted, and three copies.
	counted, short := countNotices(r.Notices, p.NoticeIntervalDays.Value)
	noticesOK := counted >= p.Notices.Value
	copiesOK := r.NoticeCopies >= p.NoticeCopies.Value
	if !noticesOK {
		if short && len(r.Notices) >= p.Notices.Value {
			c.fail(p.NoticeIntervalDays.Clause, msgDupNoticesTooClose)
		} else {
			c.fail(p.Notices.Clause, msgDupTooFewNotices)
		}
	}
	if !copiesOK {
		c.fail(p.NoticeCopies.Clause, msgDupTooFewCopies)
	}
	if noticesOK && copiesOK {
		c.add(p.Notices.Clause, true, msgDupNotices, nil0)
	}

	// grad.dup.5 (E135, E136): the fee to the account.
	if err := checkPayment(&c, fee.Source.Clause, r.Payment, fee.Rials, g.Account); err != nil {
		return Checklist{}, err
	}
	return c.done(), nil
}

var nil0 ayin.Text

// countNotices is the spacing rule of grad.dup.4 (E134). It counts the publications that space out correctly: the first,
// then each one at least minDays after the last counted. It also reports
// whether some publication came too soon after the last counted one.
func countNotices(ds []calendar.Date, minDays int) (counted int, short bool) {
	var last calendar.Date
	for _, d := range ds {
		if counted == 0 || last.DaysUntil(d) >= minDays {
			counted++
			last = d
		} else {
			short = true
		}
	}
	return counted, short
}

// checkPayment is the fee of grad.dup.5 and grad.transcript.4 (E135–E137):
// at least the fee in force, to the edition's account when the receipt
// names one.
func checkPayment(c *checklist, clause ayin.ClauseID, p Payment, fee decimal.Decimal, account string) error {
	switch {
	case p.Amount.Sign() < 0:
		return &FactError{Field: "payment.amount", Reason: ErrInvalidFact, Detail: "negative amount"}
	case p.Amount.IsZero():
		c.fail(clause, msgFeeNotPaid)
	case p.Amount.Cmp(fee) < 0:
		c.fail(clause, msgFeeUnderpaid)
	case p.Account != "" && ayin.FoldKey(p.Account) != ayin.FoldKey(account):
		c.fail(clause, msgFeeWrongAccount)
	default:
		c.add(clause, true, msgFeePaid, nil0)
	}
	return nil
}

// Transcript evaluates a request for a transcript for translation against
// grad.transcript.1–4. A missing date or a negative amount is a *FactError.
func (o *Office) Transcript(r TranscriptRequest) (Checklist, error) {
	if r.Date.IsZero() {
		return Checklist{}, &FactError{Field: "date", Reason: ErrMissingFact, Detail: "the request date picks the fee in force"}
	}
	if r.CertificateCopy > FinalCopy {
		return Checklist{}, &FactError{Field: "certificate_copy", Reason: ErrInvalidFact, Detail: "unknown value"}
	}
	fee, err := o.fees.TranscriptTranslation(r.Date)
	if err != nil {
		return Checklist{}, &FactError{Field: "date", Reason: err, Detail: "no transcript fee in force"}
	}
	g, _, _ := o.ed.GraduatesFees().At(r.Date)
	t, _, err := o.ed.Graduation().At(r.Date)
	if err != nil {
		return Checklist{}, &FactError{Field: "date", Reason: err, Detail: "no graduation tables in force"}
	}
	it := t.Transcript.Items
	c := checklist{Checklist{Fee: fee, Findings: make(ayin.Findings, 0, 4)}}
	c.add(it[0].Clause, r.BirthCertificateCopy, msgTrBirth, msgTrNoBirth)
	switch r.CertificateCopy {
	case FinalCopy:
		c.add(it[1].Clause, true, msgTrFinal, nil0)
	case ProvisionalCopy:
		c.fail(it[1].Clause, msgTrProvisionalOnly)
	default:
		c.fail(it[1].Clause, msgTrNoFinal)
	}
	c.add(it[2].Clause, r.NationalCardCopy, msgTrNational, msgTrNoNational)
	if err := checkPayment(&c, fee.Source.Clause, r.Payment, fee.Rials, g.Account); err != nil {
		return Checklist{}, err
	}
	return c.done(), nil
}
