package transfer_test

import (
	"fmt"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/transfer"
)

func date(s string) calendar.Date {
	d, err := calendar.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func yes() *bool { b := true; return &b }

// A woman who married after registering for the exam asks to transfer to her
// husband's city (tr.2.1).
func ExampleEvaluator_Evaluate() {
	s := transfer.Student{Gender: transfer.Female, Level: ayin.BachelorContinuous, Origin: "اراک",
		ExamRegistration: date("1400/12/01"), SemestersCompleted: 2}
	r := transfer.Request{Kind: transfer.Transfer, Ground: transfer.GroundMarriage, Destination: "زنجان",
		Date: date("۱۴۰۳/۰۳/۱۰"), Pages: 8, Offered: yes(), DestinationMatches: yes(),
		Marriage: &transfer.Marriage{Date: date("1401/05/20"), Permanent: true}}
	d, err := transfer.Default().Evaluate(s, r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Clause, d.Granted.Kind)
	fmt.Println("documents:", d.Documents.Row, "reviewed by", d.Documents.Reviewer)
	fmt.Println("fee:", d.Fee.Total, "rials; window", d.Window.Semester, d.Window.In)
	for _, f := range d.Findings[:3] {
		fmt.Println(f.Clause, f.Status, f.Message.EN)
	}
	// Output:
	// eligible tr.2.1 transfer
	// documents: tr.t6.2.1 reviewed by origin
	// fee: 825000 rials; window 1403-04/1 true
	// tr.2.1 held A woman who married permanently after exam registration, going to her husband's city or the nearest unit offering the field.
	// tr.2.1 held The destination is in the husband's city, or the nearest unit offering the field.
	// tr.2.1 not-applicable tr.2.1 excludes no group (E21).
}

// A guest request one group higher is allowed under tr.7.2; a transfer is not.
func ExampleEvaluator_Options() {
	s := transfer.Student{Gender: transfer.Male, Level: ayin.Master, Origin: "Arak", SemestersCompleted: 1}
	r := transfer.Request{Destination: "Chalus", Date: date("1403/09/05"), Offered: yes()}
	opts, err := transfer.Default().Options(s, r)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range opts {
		if o.Ground == transfer.GroundEquivalence { // the grounds that need no facts of their own
			fmt.Println(o.Ground, o.Kind, o.Decision.Outcome, o.Decision.Clause)
		}
	}
	// Output:
	// equivalence guest eligible tr.7.2
	// equivalence transfer ineligible tr.7.1
}

// Bad input is an error naming the field.
func ExampleFactError() {
	s := transfer.Student{Level: ayin.Master, Origin: "Arak", SemestersCompleted: 1}
	r := transfer.Request{Kind: transfer.Guest, Ground: transfer.GroundEquivalence, Destination: "Arakk",
		Date: date("1403/09/05"), Offered: yes()}
	_, err := transfer.Default().Evaluate(s, r)
	fmt.Println(err)
	// Output:
	// transfer: request.destination: unknown value: equivalence: unknown unit "Arakk"; did you mean "اراک"?
}

// Destinations lists where each ground leads, as rules; for the equivalence
// table, the groups allowed from the origin.
func ExampleEvaluator_Destinations() {
	s := transfer.Student{Gender: transfer.Female, Level: ayin.Associate, Origin: "Arak", SemestersCompleted: 1}
	rules, err := transfer.Default().Destinations(s, transfer.Request{Date: date("1403/03/05")})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range rules {
		if d.Ground == transfer.GroundEquivalence {
			fmt.Println(d.Clause, d.Kinds, d.Groups, d.Rule.EN)
		}
	}
	// Output:
	// tr.7.1 [transfer guest] [group 4 group 5 group 6 group 7 group 8 group 9 group 10] Units of the same or a lower group
	// tr.7.2 [guest] [group 2 group 3] Up to two groups higher, except group 1, Karaj and Science and Research Alborz
}
