package fees_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/fees"
)

// The fee of a master's student's request sending ten pages: table 3's
// 945,000 rials plus four pages beyond six at 100,000 each.
func ExampleSchedule_Request() {
	when, _ := calendar.Parse("1403/07/01")
	f, err := fees.Default().Request(ayin.Master, 10, ayin.OrdinaryDocuments, when)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Review)
	fmt.Println(f.Pages, f.ExtraPages)
	fmt.Println(fees.Format(f.Total, ayin.Persian))
	fmt.Println(f.Review.Source)
	// Output:
	// 945,000 rials (tr.t3)
	// 400,000 rials (tr.1.h.2.n1) 4
	// ۱٬۳۴۵٬۰۰۰ ریال
	// tr.t3 (in force from 1393/07/01, edition 93/10 default)
}

// Medical, Shahed-and-isargaran and faculty documents pay no page charge
// (tr.1.h.2.n1, rulings R18); the review fee is still due.
func ExampleSchedule_Request_exempt() {
	when, _ := calendar.Parse("1403/07/01")
	f, _ := fees.Default().Request(ayin.Associate, 12, ayin.MedicalDocuments, when)
	fmt.Println(f.Exempt, f.Pages.Rials, fees.Format(f.Total, ayin.English))
	// Output: true 0 325,000 rials
}

// Table 3 has no fee for a PhD (rulings R1): an error, never the doctorate fee.
func ExampleSchedule_Request_phd() {
	when, _ := calendar.Parse("1403/07/01")
	_, err := fees.Default().Request(ayin.PhD, 3, ayin.OrdinaryDocuments, when)
	fmt.Println(errors.Is(err, fees.ErrNoFee))
	// Output: true
}

// The graduates' office fees (grad.dup.5, grad.transcript.4).
func ExampleSchedule_DuplicateCertificate() {
	when, _ := calendar.Parse("1402/03/01")
	s := fees.Default()
	d, _ := s.DuplicateCertificate(when)
	tr, _ := s.TranscriptTranslation(when)
	fmt.Println(d, "|", fees.FormatToman(d.Rials, ayin.Persian))
	fmt.Println(tr)
	// Output:
	// 300,000 rials (grad.dup.5) | ۳۰٬۰۰۰ تومان
	// 300,000 rials (grad.transcript.4)
}

// A guest term's tuition: the fixed part to the origin, the variable part to
// the destination (tr.1.j).
func ExampleGuestTuition() {
	split, _ := fees.GuestTuition(decimal.NewFromInt(12_000_000), decimal.NewFromInt(35_500_000))
	fmt.Println(split.ToOrigin.Label.EN+":", split.ToOrigin)
	fmt.Println(split.ToDestination.Label.EN+":", split.ToDestination)
	// Output:
	// fixed tuition, to the origin unit: 12,000,000 rials (tr.1.j)
	// variable tuition, to the destination unit: 35,500,000 rials (tr.1.j)
}

// Amounts as people type them: Persian digits, separators, «ریال».
func ExampleParse() {
	for _, s := range []string{"۱٬۴۵۵٬۰۰۰ ریال", "1/455/000", "2/5", "-300000"} {
		v, err := fees.Parse(s)
		fmt.Println(v, err)
	}
	// Output:
	// 1455000 <nil>
	// 1455000 <nil>
	// 0 fees: amount "2/5": thousands separators must mark groups of three digits, like 1,455,000
	// 0 fees: amount "-300000" is negative
}

// Display in Persian (Persian digits, the Arabic thousands separator) or
// English, in rials or tomans.
func ExampleFormat() {
	v := decimal.NewFromInt(625_000)
	fmt.Println(fees.Format(v, ayin.Persian))
	fmt.Println(fees.Format(v, ayin.English))
	fmt.Println(fees.FormatToman(v, ayin.Persian))
	fmt.Println(fees.FormatToman(v, ayin.English))
	// Output:
	// ۶۲۵٬۰۰۰ ریال
	// 625,000 rials
	// ۶۲٬۵۰۰ تومان
	// 62,500 toman
}
