package graduation_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/graduation"
	"github.com/shopspring/decimal"
)

func notices(t testing.TB, first string, gaps ...int) []calendar.Date {
	d := day(t, first)
	out := []calendar.Date{d}
	for _, g := range gaps {
		d = d.AddDays(g)
		out = append(out, d)
	}
	return out
}

func fullDuplicate(t testing.TB) graduation.DuplicateRequest {
	return graduation.DuplicateRequest{
		Date: day(t, "1402/08/01"), Undertaking: true, LossReported: true, Attestation: true,
		NotarisedSignatures: 1, Notices: notices(t, "1402/06/01", 14, 14), NoticeCopies: 3,
		Payment: graduation.Payment{Amount: decimal.NewFromInt(300000), Account: "0104460446004"},
	}
}

func TestGradDup_Items(t *testing.T) {
	o := graduation.Default()
	tests := []struct {
		name    string
		mutate  func(*graduation.DuplicateRequest)
		missing []ayin.ClauseID
		failed  []string
	}{
		{name: "all five items", mutate: func(*graduation.DuplicateRequest) {}},
		{name: "grad.dup.1 no undertaking", mutate: func(r *graduation.DuplicateRequest) { r.Undertaking = false }, missing: []ayin.ClauseID{"grad.dup.1"}},
		{name: "grad.dup.2 loss not reported", mutate: func(r *graduation.DuplicateRequest) { r.LossReported = false }, missing: []ayin.ClauseID{"grad.dup.2"}},
		{name: "grad.dup.3 no attestation", mutate: func(r *graduation.DuplicateRequest) { r.Attestation = false }, missing: []ayin.ClauseID{"grad.dup.3"}, failed: []string{"no local-attestation sheet on the Organization's form"}},
		{name: "grad.dup.3 no notarised signature", mutate: func(r *graduation.DuplicateRequest) { r.NotarisedSignatures = 0 }, missing: []ayin.ClauseID{"grad.dup.3"}, failed: []string{"none of the attestation's signatures is notarised"}},
		{name: "grad.dup.3 two notarised signatures", mutate: func(r *graduation.DuplicateRequest) { r.NotarisedSignatures = 2 }},
		{name: "grad.dup.4 14 days apart holds", mutate: func(r *graduation.DuplicateRequest) { r.Notices = notices(t, "1402/06/01", 14, 14) }},
		{name: "grad.dup.4 13 days apart fails", mutate: func(r *graduation.DuplicateRequest) { r.Notices = notices(t, "1402/06/01", 14, 13) }, missing: []ayin.ClauseID{"grad.dup.4"}, failed: []string{"the notices are less than 14 days apart: there are not three, each at least 14 days after the previous"}},
		{name: "grad.dup.4 first gap 13 fails", mutate: func(r *graduation.DuplicateRequest) { r.Notices = notices(t, "1402/06/01", 13, 14) }, missing: []ayin.ClauseID{"grad.dup.4"}},
		{name: "grad.dup.4 a fourth notice makes up for a short gap", mutate: func(r *graduation.DuplicateRequest) { r.Notices = notices(t, "1402/06/01", 13, 1, 14) }},
		{name: "grad.dup.4 two notices", mutate: func(r *graduation.DuplicateRequest) { r.Notices = notices(t, "1402/06/01", 14) }, missing: []ayin.ClauseID{"grad.dup.4"}, failed: []string{"fewer than three newspaper notices"}},
		{name: "grad.dup.4 no notices", mutate: func(r *graduation.DuplicateRequest) { r.Notices = nil }, missing: []ayin.ClauseID{"grad.dup.4"}},
		{name: "grad.dup.4 two copies", mutate: func(r *graduation.DuplicateRequest) { r.NoticeCopies = 2 }, missing: []ayin.ClauseID{"grad.dup.4"}, failed: []string{"fewer than three copies of the newspaper notice handed to the unit"}},
		{name: "grad.dup.5 not paid", mutate: func(r *graduation.DuplicateRequest) { r.Payment = graduation.Payment{} }, missing: []ayin.ClauseID{"grad.dup.5"}, failed: []string{"the fee has not been paid"}},
		{name: "grad.dup.5 299,999 rials", mutate: func(r *graduation.DuplicateRequest) { r.Payment.Amount = decimal.NewFromInt(299999) }, missing: []ayin.ClauseID{"grad.dup.5"}, failed: []string{"the amount paid is less than the fee"}},
		{name: "grad.dup.5 Persian digits in the account", mutate: func(r *graduation.DuplicateRequest) { r.Payment.Account = "۰۱۰۴۴۶۰۴۴۶۰۰۴" }},
		{name: "grad.dup.5 no account on the receipt", mutate: func(r *graduation.DuplicateRequest) { r.Payment.Account = "" }},
		{name: "grad.dup.5 another account", mutate: func(r *graduation.DuplicateRequest) { r.Payment.Account = "0104460446005" }, missing: []ayin.ClauseID{"grad.dup.5"}, failed: []string{"paid to an account other than the stated one"}},
		{name: "nothing handed in", mutate: func(r *graduation.DuplicateRequest) {
			*r = graduation.DuplicateRequest{Date: r.Date}
		}, missing: []ayin.ClauseID{"grad.dup.1", "grad.dup.2", "grad.dup.3", "grad.dup.4", "grad.dup.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fullDuplicate(t)
			tt.mutate(&r)
			c, err := o.Duplicate(r)
			if err != nil {
				t.Fatal(err)
			}
			want := ayin.Eligible
			if tt.missing != nil {
				want = ayin.Ineligible
			}
			if c.Outcome != want || !slices.Equal(c.Missing(), tt.missing) {
				t.Fatalf("outcome %v missing %v, want %v %v; findings %+v", c.Outcome, c.Missing(), want, tt.missing, c.Findings)
			}
			for _, id := range []ayin.ClauseID{"grad.dup.1", "grad.dup.2", "grad.dup.3", "grad.dup.4", "grad.dup.5"} {
				if !c.Findings.Cites(id) {
					t.Errorf("no finding on %s", id)
				}
			}
			if tt.failed != nil {
				var got []string
				for _, f := range c.Findings.Failed() {
					got = append(got, f.Message.EN)
				}
				if !slices.Equal(got, tt.failed) {
					t.Fatalf("failed = %q, want %q", got, tt.failed)
				}
			}
			if !c.Fee.Rials.Equal(decimal.NewFromInt(300000)) || c.Fee.Source.Clause != "grad.dup.5" {
				t.Fatalf("fee = %v", c.Fee)
			}
		})
	}
}

func TestGradDup_BadInput(t *testing.T) {
	o := graduation.Default()
	tests := []struct {
		name   string
		mutate func(*graduation.DuplicateRequest)
		field  string
		reason error
	}{
		{"no date", func(r *graduation.DuplicateRequest) { r.Date = calendar.Date{} }, "date", graduation.ErrMissingFact},
		{"negative signatures", func(r *graduation.DuplicateRequest) { r.NotarisedSignatures = -1 }, "notarised_signatures", graduation.ErrInvalidFact},
		{"negative copies", func(r *graduation.DuplicateRequest) { r.NoticeCopies = -3 }, "notice_copies", graduation.ErrInvalidFact},
		{"notices out of order", func(r *graduation.DuplicateRequest) { r.Notices[1], r.Notices[2] = r.Notices[2], r.Notices[1] }, "notices[2]", graduation.ErrInvalidFact},
		{"notice after the request", func(r *graduation.DuplicateRequest) { r.Notices[2] = r.Date.AddDays(1) }, "notices[2]", graduation.ErrInvalidFact},
		{"a notice without a date", func(r *graduation.DuplicateRequest) { r.Notices[0] = calendar.Date{} }, "notices[0]", graduation.ErrMissingFact},
		{"negative payment", func(r *graduation.DuplicateRequest) { r.Payment.Amount = decimal.NewFromInt(-1) }, "payment.amount", graduation.ErrInvalidFact},
		{"before the edition", func(r *graduation.DuplicateRequest) {
			r.Date = day(t, "1393/04/14")
			r.Notices = nil
		}, "date", ayin.ErrBeforeFirstEdition},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fullDuplicate(t)
			tt.mutate(&r)
			_, err := o.Duplicate(r)
			var fe *graduation.FactError
			if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.reason) {
				t.Fatalf("err = %v, want field %s reason %v", err, tt.field, tt.reason)
			}
		})
	}
}

func fullTranscript(t testing.TB) graduation.TranscriptRequest {
	return graduation.TranscriptRequest{Date: day(t, "1403/01/20"), BirthCertificateCopy: true, CertificateCopy: graduation.FinalCopy,
		NationalCardCopy: true, Payment: graduation.Payment{Amount: decimal.NewFromInt(300000)}}
}

func TestGradTranscript_Items(t *testing.T) {
	o := graduation.Default()
	tests := []struct {
		name    string
		mutate  func(*graduation.TranscriptRequest)
		missing []ayin.ClauseID
	}{
		{"all four items", func(*graduation.TranscriptRequest) {}, nil},
		{"grad.transcript.1 no birth-certificate copy", func(r *graduation.TranscriptRequest) { r.BirthCertificateCopy = false }, []ayin.ClauseID{"grad.transcript.1"}},
		{"grad.transcript.2 no certificate copy", func(r *graduation.TranscriptRequest) { r.CertificateCopy = graduation.NoCopy }, []ayin.ClauseID{"grad.transcript.2"}},
		{"grad.transcript.2 provisional only", func(r *graduation.TranscriptRequest) { r.CertificateCopy = graduation.ProvisionalCopy }, []ayin.ClauseID{"grad.transcript.2"}},
		{"grad.transcript.3 no national card copy", func(r *graduation.TranscriptRequest) { r.NationalCardCopy = false }, []ayin.ClauseID{"grad.transcript.3"}},
		{"grad.transcript.4 not paid", func(r *graduation.TranscriptRequest) { r.Payment.Amount = decimal.Zero }, []ayin.ClauseID{"grad.transcript.4"}},
		{"grad.transcript.4 underpaid", func(r *graduation.TranscriptRequest) { r.Payment.Amount = decimal.NewFromInt(30000) }, []ayin.ClauseID{"grad.transcript.4"}},
		{"grad.transcript.4 paid more", func(r *graduation.TranscriptRequest) { r.Payment.Amount = decimal.NewFromInt(600000) }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fullTranscript(t)
			tt.mutate(&r)
			c, err := o.Transcript(r)
			if err != nil {
				t.Fatal(err)
			}
			if c.Complete() != (tt.missing == nil) || !slices.Equal(c.Missing(), tt.missing) {
				t.Fatalf("outcome %v missing %v, want %v", c.Outcome, c.Missing(), tt.missing)
			}
			if got := c.Citations(); len(got) != 4 {
				t.Fatalf("citations = %v", got)
			}
			if c.Fee.Source.Clause != "grad.transcript.4" || !c.Fee.Rials.Equal(decimal.NewFromInt(300000)) {
				t.Fatalf("fee = %v", c.Fee)
			}
		})
	}
	if _, err := o.Transcript(graduation.TranscriptRequest{}); !errors.Is(err, graduation.ErrMissingFact) {
		t.Fatalf("no date: %v", err)
	}
	r := fullTranscript(t)
	r.Payment.Amount = decimal.NewFromInt(-5)
	if _, err := o.Transcript(r); !errors.Is(err, graduation.ErrInvalidFact) {
		t.Fatalf("negative: %v", err)
	}
}

// grad.dup.4 (E134): each notice at least 14 days after the previous one —
// the boundary on both sides, for either gap.
func TestGradDup4_NoticeInterval(t *testing.T) {
	o := graduation.Default()
	for _, tt := range []struct {
		gap1, gap2 int
		holds      bool
	}{{14, 14, true}, {13, 14, false}, {14, 13, false}, {15, 30, true}, {0, 28, false}, {28, 0, false}} {
		r := fullDuplicate(t)
		r.Notices = notices(t, "1402/06/01", tt.gap1, tt.gap2)
		c, err := o.Duplicate(r)
		if err != nil {
			t.Fatal(err)
		}
		if c.Complete() != tt.holds || c.Findings.Cites("grad.dup.4") != true {
			t.Errorf("gaps %d/%d: complete %v, want %v (%v)", tt.gap1, tt.gap2, c.Complete(), tt.holds, c.Missing())
		}
	}
}
