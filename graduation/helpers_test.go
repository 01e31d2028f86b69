package graduation_test

import (
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/graduation"
	"github.com/shopspring/decimal"
)

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatalf("date %q: %v", s, err)
	}
	return d
}

func particulars(t testing.TB) graduation.Particulars {
	return graduation.Particulars{
		Name: "مریم احمدی", FatherName: "علی", NationalID: "0012345678", BirthDate: day(t, "1378/02/10"),
		Level: ayin.BachelorContinuous, Field: "مهندسی کامپیوتر", Graduated: day(t, "1402/04/31"),
		GPA: decimal.RequireFromString("16.5"),
	}
}

var allItems = []string{
	"evaluation-fee-receipt", "birth-certificate-copy", "base-qualification", "photograph",
	"exemption-cancellation-letter", "letter-copy-to-graduate",
	"provisional-photo", "provisional-stamp", "provisional-seal",
	"deputy-signature", "head-signature-provisional", "university-seal",
	"final-photo", "final-stamp", "head-signature-final",
}

// fullFacts is a male graduate without a card whose file holds everything.
func fullFacts(t testing.TB) graduation.Facts {
	p := particulars(t)
	return graduation.Facts{
		Gender: graduation.Male, Items: append([]string(nil), allItems...), Particulars: p,
		Provisional: graduation.Certificate{Issued: true, Particulars: p},
		Final:       graduation.Certificate{Issued: true, Form: graduation.Diploma, Particulars: p},
	}
}

func without(items []string, drop ...string) []string {
	var out []string
outer:
	for _, it := range items {
		for _, d := range drop {
			if it == d {
				continue outer
			}
		}
		out = append(out, it)
	}
	return out
}

// upTo returns the file with steps 1..n recorded a day apart from 1402/05/01.
func upTo(t testing.TB, o *graduation.Office, fa graduation.Facts, n int) graduation.File {
	t.Helper()
	f := graduation.NewFile(fa)
	d := day(t, "1402/05/01")
	for k := 1; k <= n; k++ {
		var err error
		if f, err = o.Advance(f, k, d.AddDays(k-1)); err != nil {
			t.Fatalf("step %d: %v", k, err)
		}
	}
	return f
}

var zeroDate calendar.Date
