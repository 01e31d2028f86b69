package graduation_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/graduation"
	"github.com/shopspring/decimal"
)

// Each step: passing with the full file, failing as its clause says.
func TestGradIssue_EachStep(t *testing.T) {
	o := graduation.Default()
	type tc struct {
		name   string
		step   int
		mutate func(*graduation.Facts)
		reason error // nil: passes
		status ayin.Status
		failed []string // English messages of the failed findings, when given
	}
	p := particulars(t)
	cases := []tc{
		{name: "grad.issue.1 logs the file", step: 1, status: ayin.Held},
		{name: "grad.issue.2 complete", step: 2, status: ayin.Held},
		{name: "grad.issue.2 no evaluation-fee receipt", step: 2, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "evaluation-fee-receipt") }, reason: graduation.ErrNotReady, failed: []string{"evaluation-fee receipt"}},
		{name: "grad.issue.2 no birth-certificate copy", step: 2, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "birth-certificate-copy") }, reason: graduation.ErrNotReady, failed: []string{"copy of the birth certificate"}},
		{name: "grad.issue.2 no base qualification", step: 2, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "base-qualification") }, reason: graduation.ErrNotReady, failed: []string{"base qualification"}},
		{name: "grad.issue.2 no photograph nor receipt", step: 2, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "photograph", "evaluation-fee-receipt") }, reason: graduation.ErrNotReady, failed: []string{"evaluation-fee receipt", "photograph"}},
		{name: "grad.issue.3 male without card, letter issued and handed over", step: 3, status: ayin.Held},
		{name: "grad.issue.3 male without card, no letter", step: 3, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "exemption-cancellation-letter") }, reason: graduation.ErrNotReady, failed: []string{"letter cancelling the exemption"}},
		{name: "grad.issue.3 male without card, copy not handed", step: 3, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "letter-copy-to-graduate") }, reason: graduation.ErrNotReady, failed: []string{"copy of the letter handed to the graduate"}},
		{name: "grad.issue.3 male with exemption card: not applicable", step: 3, mutate: func(f *graduation.Facts) {
			f.ExemptionCard = true
			f.Items = without(f.Items, "exemption-cancellation-letter", "letter-copy-to-graduate")
		}, status: ayin.NotApplicable},
		{name: "grad.issue.3 male with end-of-service card: not applicable", step: 3, mutate: func(f *graduation.Facts) {
			f.EndOfServiceCard = true
			f.Items = nil
		}, status: ayin.NotApplicable},
		{name: "grad.issue.3 female: not applicable", step: 3, mutate: func(f *graduation.Facts) { f.Gender = graduation.Female; f.Items = nil }, status: ayin.NotApplicable},
		{name: "grad.issue.3 gender not stated", step: 3, mutate: func(f *graduation.Facts) { f.Gender = graduation.GenderUnknown }, reason: graduation.ErrMissingFact},
		{name: "grad.issue.4 coding", step: 4, status: ayin.Held},
		{name: "grad.issue.5 preparing", step: 5, status: ayin.Held},
		{name: "grad.issue.6 draft", step: 6, status: ayin.Held},
		{name: "grad.issue.7 provisional issued", step: 7, status: ayin.Held},
		{name: "grad.issue.7 provisional not issued", step: 7, mutate: func(f *graduation.Facts) { f.Provisional.Issued = false }, reason: graduation.ErrNotReady, failed: []string{"the provisional certificate has not been issued"}},
		{name: "grad.issue.8 provisional agrees", step: 8, status: ayin.Held},
		{name: "grad.issue.8 Arabic yeh is no difference", step: 8, mutate: func(f *graduation.Facts) { f.Provisional.Name = "مريم احمدي" }, status: ayin.Held},
		{name: "grad.issue.8 national ID differs", step: 8, mutate: func(f *graduation.Facts) { f.Provisional.NationalID = "0012345679" }, reason: graduation.ErrNotReady, failed: []string{"the national ID does not match"}},
		{name: "grad.issue.8 GPA and field differ", step: 8, mutate: func(f *graduation.Facts) {
			f.Provisional.GPA = decimal.RequireFromString("16.49")
			f.Provisional.Field = "مهندسی برق"
		}, reason: graduation.ErrNotReady, failed: []string{"the field of study does not match", "the GPA does not match"}},
		{name: "grad.issue.8 GPA 16.50 equals 16.5", step: 8, mutate: func(f *graduation.Facts) { f.Provisional.GPA = decimal.RequireFromString("16.50") }, status: ayin.Held},
		{name: "grad.issue.8 file particulars missing", step: 8, mutate: func(f *graduation.Facts) { f.Particulars = graduation.Particulars{} }, reason: graduation.ErrMissingFact},
		{name: "grad.issue.9 photo, stamp, seal", step: 9, status: ayin.Held},
		{name: "grad.issue.9 not sealed", step: 9, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "provisional-seal") }, reason: graduation.ErrNotReady, failed: []string{"provisional certificate sealed"}},
		{name: "grad.issue.10 both signatures and seal", step: 10, status: ayin.Held},
		{name: "grad.issue.10 no deputy signature", step: 10, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "deputy-signature") }, reason: graduation.ErrNotReady, failed: []string{"Student Affairs Deputy's signature"}},
		{name: "grad.issue.10 no university seal", step: 10, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "university-seal") }, reason: graduation.ErrNotReady, failed: []string{"the University's seal"}},
		{name: "grad.issue.11 preparing", step: 11, status: ayin.Held},
		{name: "grad.issue.12 final issued", step: 12, status: ayin.Held},
		{name: "grad.issue.12 final not issued", step: 12, mutate: func(f *graduation.Facts) { f.Final.Issued = false }, reason: graduation.ErrNotReady, failed: []string{"the final certificate has not been issued"}},
		{name: "grad.issue.12 form not recorded", step: 12, mutate: func(f *graduation.Facts) { f.Final.Form = graduation.FormUnknown }, reason: graduation.ErrNotReady, failed: []string{"the final certificate's form (diploma or approved) is not recorded"}},
		{name: "grad.issue.13 final agrees with provisional", step: 13, status: ayin.Held},
		{name: "grad.issue.13 name differs", step: 13, mutate: func(f *graduation.Facts) { f.Final.Name = "مریم محمدی" }, reason: graduation.ErrNotReady, failed: []string{"the name does not match"}},
		{name: "grad.issue.13 graduation date differs", step: 13, mutate: func(f *graduation.Facts) { f.Final.Graduated = p.Graduated.AddDays(1) }, reason: graduation.ErrNotReady, failed: []string{"the graduation date does not match"}},
		{name: "grad.issue.14 photo and stamp", step: 14, status: ayin.Held},
		{name: "grad.issue.14 no stamp", step: 14, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "final-stamp") }, reason: graduation.ErrNotReady, failed: []string{"revenue stamp affixed to the final certificate"}},
		{name: "grad.issue.15 head signs", step: 15, status: ayin.Held},
		{name: "grad.issue.15 not signed", step: 15, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "head-signature-final") }, reason: graduation.ErrNotReady, failed: []string{"head of the unit's signature on the final certificate"}},
		{name: "grad.issue.16 sent", step: 16, status: ayin.Held},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fa := fullFacts(t)
			before := upTo(t, o, fa, c.step-1)
			if c.mutate != nil {
				c.mutate(&fa)
				before = before.WithFacts(fa)
			}
			clause := ayin.ClauseID("grad.issue." + itoa(c.step))
			after, err := o.Advance(before, c.step, day(t, "1402/06/01"))
			if c.reason == nil {
				if err != nil {
					t.Fatalf("Advance: %v", err)
				}
				r, ok := after.Record(c.step)
				if !ok || r.Status != c.status || r.Clause != clause {
					t.Fatalf("record = %+v, want status %v clause %s", r, c.status, clause)
				}
				if before.Reached() != c.step-1 {
					t.Fatalf("the original file changed: reached %d", before.Reached())
				}
				return
			}
			var se *graduation.StepError
			if !errors.As(err, &se) || !errors.Is(err, c.reason) {
				t.Fatalf("err = %v, want a StepError wrapping %v", err, c.reason)
			}
			if se.Step != c.step || se.Clause != clause {
				t.Fatalf("error cites step %d %s, want %d %s", se.Step, se.Clause, c.step, clause)
			}
			if c.failed != nil {
				var got []string
				for _, f := range se.Findings.Failed() {
					got = append(got, f.Message.EN)
					if f.Clause != clause {
						t.Errorf("finding cites %s, want %s", f.Clause, clause)
					}
				}
				if !slices.Equal(got, c.failed) {
					t.Fatalf("failed = %q, want %q", got, c.failed)
				}
			}
			// Next says the same as Advance.
			n, nerr := o.Next(before)
			if c.reason == graduation.ErrNotReady && (nerr != nil || n.Outcome != ayin.Ineligible || n.Step.Number != c.step) {
				t.Fatalf("Next = %+v, %v; want ineligible step %d", n, nerr, c.step)
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// E129: strict order, and dates never before the previous step's.
func TestGradIssue_Order_E129(t *testing.T) {
	o := graduation.Default()
	f := upTo(t, o, fullFacts(t), 2) // step 2 on 1402/05/02
	tests := []struct {
		name   string
		step   int
		date   string
		reason error
	}{
		{"skip a step", 4, "1402/05/03", graduation.ErrOutOfOrder},
		{"repeat a step", 2, "1402/05/03", graduation.ErrAlreadyDone},
		{"step 0", 0, "1402/05/03", graduation.ErrUnknownStep},
		{"step 17", 17, "1402/05/03", graduation.ErrUnknownStep},
		{"negative step", -1, "1402/05/03", graduation.ErrUnknownStep},
		{"a day before the previous step", 3, "1402/05/01", graduation.ErrDateBeforePrevious},
		{"the same day as the previous step", 3, "1402/05/02", nil},
		{"the day after", 3, "1402/05/03", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := o.Advance(f, tt.step, day(t, tt.date))
			if tt.reason == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tt.reason) {
				t.Fatalf("err = %v, want %v", err, tt.reason)
			}
		})
	}
	if _, err := o.Advance(f, 3, day(t, "1402/05/03").AddDays(0)); err != nil {
		t.Fatal(err)
	}
	var zero graduation.File
	if _, err := o.Advance(zero, 1, day(t, "1393/04/14")); !errors.Is(err, ayin.ErrBeforeFirstEdition) {
		t.Fatalf("before the edition: %v", err)
	}
	if _, err := o.Advance(zero, 1, day(t, "1393/04/15")); err != nil {
		t.Fatalf("on the edition's first day: %v", err)
	}
	if _, err := o.Advance(f, 3, zeroDate); !errors.Is(err, graduation.ErrDateMissing) {
		t.Fatalf("no date: %v", err)
	}
	done := upTo(t, o, fullFacts(t), 16)
	if _, err := o.Advance(done, 17, day(t, "1402/07/01")); !errors.Is(err, graduation.ErrUnknownStep) {
		t.Fatalf("after 16: %v", err)
	}
	n, err := o.Next(done)
	if err != nil || !n.Complete {
		t.Fatalf("Next of a complete file = %+v, %v", n, err)
	}
}

func TestGradIssue_UnknownItemIsAnError(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	fa.Items = append(fa.Items, "photgraph")
	_, err := o.Advance(graduation.NewFile(fa), 1, day(t, "1402/05/01"))
	var se *graduation.StepError
	if !errors.As(err, &se) || !errors.Is(err, graduation.ErrInvalidFact) || se.Field != "items[15]" {
		t.Fatalf("err = %v", err)
	}
}

func TestGradIssue8_GPAOutOfRange(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	fa.Provisional.GPA = decimal.NewFromInt(21)
	f := upTo(t, o, fullFacts(t), 7).WithFacts(fa)
	if _, err := o.Advance(f, 8, day(t, "1402/06/01")); !errors.Is(err, graduation.ErrInvalidFact) {
		t.Fatalf("err = %v", err)
	}
}

func TestGradIssue_NextNeeds(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	fa.Items = without(fa.Items, "photograph", "base-qualification")
	f := upTo(t, o, fullFacts(t), 1).WithFacts(fa)
	n, err := o.Next(f)
	if err != nil {
		t.Fatal(err)
	}
	if n.Step.Number != 2 || n.Outcome != ayin.Ineligible || len(n.Missing) != 2 ||
		n.Missing[0].Code != "base-qualification" || n.Missing[1].Code != "photograph" ||
		n.Missing[0].By != ayin.Graduate || !slices.Equal(n.Citations(), []ayin.ClauseID{"grad.issue.2"}) {
		t.Fatalf("Next = %+v", n)
	}
	if n.NotBefore != day(t, "1402/05/01") {
		t.Fatalf("NotBefore = %v", n.NotBefore)
	}
}

func TestGradIssue_Replay(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	f, err := o.Replay(fa, []graduation.Entry{{Step: 1, Date: day(t, "1402/05/01")}, {Step: 2, Date: day(t, "1402/05/01")}})
	if err != nil || f.Reached() != 2 {
		t.Fatalf("Replay = %d, %v", f.Reached(), err)
	}
	_, err = o.Replay(fa, []graduation.Entry{{Step: 1, Date: day(t, "1402/05/01")}, {Step: 3, Date: day(t, "1402/05/02")}})
	if !errors.Is(err, graduation.ErrOutOfOrder) {
		t.Fatalf("Replay out of order: %v", err)
	}
}

func TestFile_Immutable(t *testing.T) {
	fa := fullFacts(t)
	f := graduation.NewFile(fa)
	fa.Items[0] = "changed"
	if f.Facts().Items[0] != allItems[0] {
		t.Fatal("NewFile kept the caller's slice")
	}
	got := f.Facts()
	got.Items[0] = "changed"
	if f.Facts().Items[0] != allItems[0] {
		t.Fatal("Facts returned the file's slice")
	}
	o := graduation.Default()
	a := upTo(t, o, fullFacts(t), 3)
	b, _ := o.Advance(a, 4, day(t, "1402/06/01"))
	c, _ := o.Advance(a, 4, day(t, "1402/06/02"))
	rb, _ := b.Record(4)
	rc, _ := c.Record(4)
	if a.Reached() != 3 || rb.Date == rc.Date {
		t.Fatal("advancing one file twice shared its records")
	}
}

func TestGradIssue12_FormAsFreeText_E127(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	fa.Final.Form = graduation.FormUnknown
	fa.Final.FormText = "گواهی موقت پایان تحصیلات مصوب"
	f := upTo(t, o, fullFacts(t), 11).WithFacts(fa)
	if _, err := o.Advance(f, 12, day(t, "1402/06/01")); err != nil {
		t.Fatalf("free-text form refused: %v", err)
	}
}
