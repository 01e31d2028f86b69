package fees_test

import (
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/fees"
)

// FuzzParse: any text is an amount or an error prefixed "fees: " — never a
// panic — and an amount is never negative and survives Format and Parse.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"300000", "۳۰۰٬۰۰۰ ریال", "1/455/000", "625,000 rials", "-5", "2/5", "1,2,3", "12.50", "", "٫", "−1", "9999999999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := fees.Parse(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fees: ") {
				t.Fatalf("Parse(%q) error %q lacks the package prefix", s, err)
			}
			return
		}
		if v.IsNegative() {
			t.Fatalf("Parse(%q) = %s, negative", s, v)
		}
		for _, lang := range []ayin.Lang{ayin.Persian, ayin.English} {
			out := fees.Format(v, lang)
			back, err := fees.Parse(out)
			if err != nil || !back.Equal(v.Round(2)) {
				t.Fatalf("Parse(%q) = %s; Format = %q; Parse again = %s, %v", s, v, out, back, err)
			}
		}
	})
}

// FuzzRequest: any level, page count and class gives a fee or an error,
// never a panic; a fee is the review fee plus the page charge.
func FuzzRequest(f *testing.F) {
	f.Add(uint8(ayin.Master), 7, uint8(ayin.OrdinaryDocuments), 1393, 7, 1)
	f.Add(uint8(ayin.PhD), 0, uint8(ayin.MedicalDocuments), 1400, 1, 1)
	f.Add(uint8(0), -1, uint8(9), 1300, 13, 40)
	s := fees.Default()
	f.Fuzz(func(t *testing.T, level uint8, pages int, class uint8, y, m, d int) {
		when, err := calendarDate(y, m, d)
		if err != nil {
			return
		}
		fee, err := s.Request(ayin.Level(level), pages, ayin.DocumentClass(class), when)
		if err != nil {
			return
		}
		if !fee.Total.Equal(fee.Review.Rials.Add(fee.Pages.Rials)) || fee.Total.IsNegative() || fee.ExtraPages < 0 {
			t.Fatalf("Request(%d, %d, %d, %s) = %+v", level, pages, class, when, fee)
		}
	})
}
