package graduation_test

import (
	"errors"
	"fmt"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/graduation"
	"github.com/shopspring/decimal"
)

func mustDate(s string) calendar.Date {
	d, err := calendar.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Recording the first steps of a file, and the refusal of step 2 while the
// photograph is missing (grad.issue.2).
func ExampleOffice_Advance() {
	o := graduation.Default()
	f := graduation.NewFile(graduation.Facts{
		Gender: graduation.Female,
		Items:  []string{"evaluation-fee-receipt", "birth-certificate-copy", "base-qualification"},
	})
	f, _ = o.Advance(f, 1, mustDate("1403/02/01"))
	_, err := o.Advance(f, 2, mustDate("1403/02/03"))
	fmt.Println(errors.Is(err, graduation.ErrNotReady))
	var se *graduation.StepError
	if errors.As(err, &se) {
		for _, m := range se.Findings.Failed() {
			fmt.Println(m.Clause, "missing:", m.Message.EN)
		}
	}
	fa := f.Facts()
	fa.Items = append(fa.Items, "photograph")
	f, err = o.Advance(f.WithFacts(fa), 2, mustDate("1403/02/03"))
	fmt.Println(err, f.Reached())
	// Step 3 does not apply to a female graduate (E125).
	f, _ = o.Advance(f, 3, mustDate("1403/02/03"))
	r, _ := f.Record(3)
	fmt.Println(r.Clause, r.Status)
	// Output:
	// true
	// grad.issue.2 missing: photograph
	// <nil> 2
	// grad.issue.3 not-applicable
}

// What the next step needs: a male graduate without an exemption or
// end-of-service card waits for the letter cancelling the exemption.
func ExampleOffice_Next() {
	o := graduation.Default()
	f, err := o.Replay(graduation.Facts{
		Gender: graduation.Male,
		Items:  []string{"evaluation-fee-receipt", "birth-certificate-copy", "base-qualification", "photograph"},
	}, []graduation.Entry{{Step: 1, Date: mustDate("1403/02/01")}, {Step: 2, Date: mustDate("1403/02/02")}})
	if err != nil {
		panic(err)
	}
	n, _ := o.Next(f)
	fmt.Println(n.Step.Clause, n.Step.Actor, n.Outcome)
	for _, it := range n.Missing {
		fmt.Println("-", it.Name.EN, "by", it.By)
	}
	// Output:
	// grad.issue.3 conscription-officer ineligible
	// - letter cancelling the exemption by conscription-officer
	// - copy of the letter handed to the graduate by conscription-officer
}

// The graduate's tracking page (grad.track).
func ExampleOffice_Track() {
	o := graduation.Default()
	var entries []graduation.Entry
	for k := 1; k <= 2; k++ {
		entries = append(entries, graduation.Entry{Step: k, Date: mustDate("1403/02/01").AddDays(k)})
	}
	f, _ := o.Replay(graduation.Facts{Gender: graduation.Female,
		Items: []string{"evaluation-fee-receipt", "birth-certificate-copy", "base-qualification", "photograph"}}, entries)
	v, _ := o.Track(f)
	fmt.Println(v.Line(ayin.English), "-", v.Name.EN, "-", v.Stage)
	fmt.Println("next:", v.NextStep, v.NextName.EN)
	fmt.Println("waiting on:", v.Waiting[0].On.Name(ayin.English))
	fmt.Println(v.Steps[1].Date, v.Steps[2].Pending)
	// Output:
	// step 2 of 16 - Completeness check - file
	// next: 3 Conscription: letter cancelling the exemption
	// waiting on: conscripts' affairs officer
	// 1403/02/03 true
}

// The services to visitors for a file, with the "call first" notice.
func ExampleOffice_Services() {
	o := graduation.Default()
	svcs, _ := o.Services(graduation.NewFile(graduation.Facts{}))
	for _, s := range svcs[:3] {
		fmt.Println(s.Clause, s.Code, s.Available, s.Notice.EN)
	}
	// Output:
	// grad.svc.1 provisional-certificate-delivery false Please telephone one of the staff before coming to collect it.
	// grad.svc.1 final-certificate-delivery false Please telephone one of the staff before coming to collect it.
	// grad.svc.2 inquiry-answers true
}

// A duplicate-certificate request whose third notice came 13 days after the
// second (grad.dup.4, E134).
func ExampleOffice_Duplicate() {
	o := graduation.Default()
	first := mustDate("1403/03/01")
	c, err := o.Duplicate(graduation.DuplicateRequest{
		Date:        mustDate("1403/05/01"),
		Undertaking: true, LossReported: true, Attestation: true, NotarisedSignatures: 1,
		Notices:      []calendar.Date{first, first.AddDays(14), first.AddDays(27)},
		NoticeCopies: 3,
		Payment:      graduation.Payment{Amount: decimal.NewFromInt(300000)},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Outcome, c.Missing(), c.Fee)
	for _, f := range c.Findings.Failed() {
		fmt.Println(f.Message.EN)
	}
	// Output:
	// ineligible [grad.dup.4] 300,000 rials (grad.dup.5)
	// the notices are less than 14 days apart: there are not three, each at least 14 days after the previous
}

// A transcript for translation with only a provisional certificate
// (grad.transcript.2).
func ExampleOffice_Transcript() {
	o := graduation.Default()
	c, _ := o.Transcript(graduation.TranscriptRequest{
		Date: mustDate("1403/05/01"), BirthCertificateCopy: true, NationalCardCopy: true,
		CertificateCopy: graduation.ProvisionalCopy,
		Payment:         graduation.Payment{Amount: decimal.NewFromInt(300000), Account: "0104460446004"},
	})
	fmt.Println(c.Complete(), c.Missing())
	// Output:
	// false [grad.transcript.2]
}
