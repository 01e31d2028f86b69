package fees_test

// Tests of the fees the regulations state: table 3 by level (tr.t3, charged
// under tr.1.h.2), the page charge and its exemptions (tr.1.h.2.n1, rulings
// R18, errata E17), the graduates' office fees (grad.dup.5,
// grad.transcript.4, rulings R13), the guest tuition split (tr.1.j), and the
// display and parsing of amounts.

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/fees"
)

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatalf("calendar.Parse(%q): %v", s, err)
	}
	return d
}

func rials(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

const edition = "93/10 default"

// TestTrT3_ReviewFeeByLevel: table 3's four amounts; both kinds of bachelor's
// share the second column, the «دکتری» column is the professional doctorate
// (E103).
func TestTrT3_ReviewFeeByLevel(t *testing.T) {
	tests := []struct {
		level ayin.Level
		want  int64
	}{
		{ayin.Associate, 325_000},
		{ayin.BachelorContinuous, 625_000},
		{ayin.BachelorNonContinuous, 625_000},
		{ayin.Master, 945_000},
		{ayin.ProfessionalDoctorate, 1_455_000},
	}
	s := fees.Default()
	for _, tc := range tests {
		for _, when := range []string{"1393/07/01", "1403/11/20"} {
			f, err := s.Request(tc.level, 0, ayin.OrdinaryDocuments, day(t, when))
			if err != nil {
				t.Errorf("Request(%s, %s): %v", tc.level, when, err)
				continue
			}
			if !f.Review.Rials.Equal(rials(tc.want)) || !f.Total.Equal(rials(tc.want)) {
				t.Errorf("Request(%s, %s): review %s, total %s; want %d", tc.level, when, f.Review.Rials, f.Total, tc.want)
			}
			src := f.Review.Source
			if src.Clause != "tr.t3" || src.Effective.String() != "1393/07/01" || src.Edition != edition {
				t.Errorf("Request(%s): review source %v, want tr.t3 from 1393/07/01 of %s", tc.level, src, edition)
			}
			if f.Review.Label.FA == "" || f.Review.Label.EN == "" {
				t.Errorf("Request(%s): review label %+v", tc.level, f.Review.Label)
			}
		}
	}
}

// TestR1_PhDHasNoReviewFee: a PhD is not covered; its fee is an error, never
// the doctorate fee. The unknown level is an error too.
func TestR1_PhDHasNoReviewFee(t *testing.T) {
	s := fees.Default()
	tests := []struct {
		level ayin.Level
		msg   string
	}{
		{ayin.PhD, "R1"},
		{ayin.LevelUnknown, "not stated"},
		{ayin.Level(99), "not stated"},
	}
	for _, tc := range tests {
		f, err := s.Request(tc.level, 3, ayin.OrdinaryDocuments, day(t, "1400/01/01"))
		if !errors.Is(err, fees.ErrNoFee) || !strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), "level") {
			t.Errorf("Request(%s) error = %v; want ErrNoFee naming the level and %q", tc.level, err, tc.msg)
		}
		if !f.Total.IsZero() {
			t.Errorf("Request(%s) total %s with an error", tc.level, f.Total)
		}
	}
}

// TestTr1h2n1_PageCharge: six pages are free, each page beyond six costs
// 100,000 rials, on top of table 3.
func TestTr1h2n1_PageCharge(t *testing.T) {
	tests := []struct {
		pages      int
		extra      int
		pageRials  int64
		totalRials int64 // for a master's request: 945,000 + the page charge
	}{
		{0, 0, 0, 945_000},
		{1, 0, 0, 945_000},
		{6, 0, 0, 945_000},          // the last free page
		{7, 1, 100_000, 1_045_000},  // the first charged page
		{10, 4, 400_000, 1_345_000}, // the reading's example
		{106, 100, 10_000_000, 10_945_000},
	}
	s := fees.Default()
	for _, tc := range tests {
		f, err := s.Request(ayin.Master, tc.pages, ayin.OrdinaryDocuments, day(t, "1393/07/01"))
		if err != nil {
			t.Fatalf("Request(pages %d): %v", tc.pages, err)
		}
		if f.ExtraPages != tc.extra || !f.Pages.Rials.Equal(rials(tc.pageRials)) || !f.Total.Equal(rials(tc.totalRials)) || f.Exempt {
			t.Errorf("Request(pages %d) = extra %d, pages %s, total %s, exempt %v; want %d, %d, %d, false",
				tc.pages, f.ExtraPages, f.Pages.Rials, f.Total, f.Exempt, tc.extra, tc.pageRials, tc.totalRials)
		}
		if src := f.Pages.Source; src.Clause != "tr.1.h.2.n1" || src.Edition != edition || src.Effective.String() != "1393/07/01" {
			t.Errorf("Request(pages %d): page source %v", tc.pages, src)
		}
		if !f.Total.Equal(f.Review.Rials.Add(f.Pages.Rials)) {
			t.Errorf("Request(pages %d): total %s is not review + pages", tc.pages, f.Total)
		}
	}
	if _, err := s.Request(ayin.Master, -1, ayin.OrdinaryDocuments, day(t, "1393/07/01")); !errors.Is(err, fees.ErrNegativePages) || !strings.Contains(err.Error(), "pages") {
		t.Errorf("Request(pages -1) error = %v, want ErrNegativePages naming pages", err)
	}
}

// TestTr1h2n1_Exemptions is rulings R18 and errata E17: medical, Shahed and
// isargaran, and faculty documents pay no page charge, whatever the count;
// the table-3 fee is still due. Ordinary documents (Article 9's staff
// included) are not exempt.
func TestTr1h2n1_Exemptions(t *testing.T) {
	tests := []struct {
		class  ayin.DocumentClass
		exempt bool
	}{
		{ayin.OrdinaryDocuments, false},
		{ayin.MedicalDocuments, true},
		{ayin.IsargaranDocuments, true},
		{ayin.FacultyDocuments, true},
	}
	s := fees.Default()
	for _, tc := range tests {
		for _, pages := range []int{6, 7, 40} {
			f, err := s.Request(ayin.Associate, pages, tc.class, day(t, "1395/02/10"))
			if err != nil {
				t.Fatal(err)
			}
			wantPages := int64(0)
			if !tc.exempt && pages > 6 {
				wantPages = int64(pages-6) * 100_000
			}
			if f.Exempt != tc.exempt || !f.Pages.Rials.Equal(rials(wantPages)) || !f.Total.Equal(rials(325_000+wantPages)) {
				t.Errorf("Request(%s, %d pages) = exempt %v, pages %s, total %s; want exempt %v, pages %d",
					tc.class, pages, f.Exempt, f.Pages.Rials, f.Total, tc.exempt, wantPages)
			}
			if tc.exempt && (f.ExtraPages != 0 || !strings.Contains(f.Pages.Label.EN, "exempt")) {
				t.Errorf("Request(%s, %d pages): extra %d, label %q", tc.class, pages, f.ExtraPages, f.Pages.Label.EN)
			}
			if f.Pages.Source.Clause != "tr.1.h.2.n1" {
				t.Errorf("Request(%s): the exemption cites %s, want tr.1.h.2.n1", tc.class, f.Pages.Source.Clause)
			}
		}
	}
}

// TestEditions_BeforeTheFirstIsAnError: a request dated before the first
// version of a table is an error, never a silent fallback.
func TestEditions_BeforeTheFirstIsAnError(t *testing.T) {
	s := fees.Default()
	if _, err := s.Request(ayin.Master, 3, ayin.OrdinaryDocuments, day(t, "1393/06/31")); !errors.Is(err, ayin.ErrBeforeFirstEdition) {
		t.Errorf("Request(1393/06/31) error = %v, want ErrBeforeFirstEdition", err)
	}
	if _, err := s.Request(ayin.Master, 3, ayin.OrdinaryDocuments, day(t, "1393/07/01")); err != nil {
		t.Errorf("Request(1393/07/01): %v", err)
	}
	// The graduates' office fees are in force from 1393/04/15 (rulings R13).
	if _, err := s.DuplicateCertificate(day(t, "1393/04/14")); !errors.Is(err, ayin.ErrBeforeFirstEdition) {
		t.Errorf("DuplicateCertificate(1393/04/14) error = %v, want ErrBeforeFirstEdition", err)
	}
	if _, err := s.TranscriptTranslation(day(t, "1393/04/14")); !errors.Is(err, ayin.ErrBeforeFirstEdition) {
		t.Errorf("TranscriptTranslation(1393/04/14) error = %v, want ErrBeforeFirstEdition", err)
	}
}

// TestRequestForSemester is rulings R12: the version governing a semester is
// the one in force on its first day.
func TestRequestForSemester(t *testing.T) {
	s := fees.Default()
	sem, err := calendar.ParseSemester("1393-94/1")
	if err != nil {
		t.Fatalf("calendar.ParseSemester: %v", err)
	}
	f, err := s.RequestForSemester(ayin.BachelorContinuous, 8, ayin.OrdinaryDocuments, sem)
	if err != nil || !f.Total.Equal(rials(825_000)) {
		t.Errorf("RequestForSemester(%v) = %s, %v; want 825000", sem, f.Total, err)
	}
}

// TestGradDup5_GradTranscript4: the duplicate-certificate fee and the
// transcript-for-translation fee, 300,000 rials each, each citing its clause.
func TestGradDup5_GradTranscript4(t *testing.T) {
	s := fees.Default()
	for _, when := range []string{"1393/04/15", "1402/08/01"} {
		d, err := s.DuplicateCertificate(day(t, when))
		if err != nil || !d.Rials.Equal(rials(300_000)) || d.Source.Clause != "grad.dup.5" ||
			d.Source.Effective.String() != "1393/04/15" || d.Source.Edition != edition || d.Label.EN == "" {
			t.Errorf("DuplicateCertificate(%s) = %+v, %v", when, d, err)
		}
		tr, err := s.TranscriptTranslation(day(t, when))
		if err != nil || !tr.Rials.Equal(rials(300_000)) || tr.Source.Clause != "grad.transcript.4" ||
			tr.Source.Effective.String() != "1393/04/15" || tr.Source.Edition != edition || tr.Label.EN == "" {
			t.Errorf("TranscriptTranslation(%s) = %+v, %v", when, tr, err)
		}
	}
}

// TestTr1j_GuestTuition: the fixed tuition goes to the origin, the variable
// tuition to the destination; negative amounts are errors.
func TestTr1j_GuestTuition(t *testing.T) {
	tests := []struct {
		fixed, variable int64
		msg             string
	}{
		{12_000_000, 35_500_000, ""},
		{0, 0, ""},
		{0, 1, ""},
		{-1, 10, "fixed tuition"},
		{10, -1, "variable tuition"},
	}
	for _, tc := range tests {
		split, err := fees.GuestTuition(rials(tc.fixed), rials(tc.variable))
		if tc.msg != "" {
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("GuestTuition(%d, %d) error = %v, want one naming %s", tc.fixed, tc.variable, err, tc.msg)
			}
			continue
		}
		if err != nil || !split.ToOrigin.Rials.Equal(rials(tc.fixed)) || !split.ToDestination.Rials.Equal(rials(tc.variable)) {
			t.Errorf("GuestTuition(%d, %d) = %+v, %v", tc.fixed, tc.variable, split, err)
		}
		if split.ToOrigin.Source.Clause != "tr.1.j" || split.ToDestination.Source.Clause != "tr.1.j" {
			t.Errorf("GuestTuition: sources %v, %v; want tr.1.j", split.ToOrigin.Source, split.ToDestination.Source)
		}
		if !strings.Contains(split.ToOrigin.Label.EN, "origin") || !strings.Contains(split.ToDestination.Label.EN, "destination") {
			t.Errorf("GuestTuition labels %q, %q", split.ToOrigin.Label.EN, split.ToDestination.Label.EN)
		}
	}
	split, err := fees.Default().GuestTuition(rials(1), rials(2))
	if err != nil || split.ToOrigin.Source.Edition != edition || split.ToDestination.Source.Edition != edition {
		t.Errorf("Schedule.GuestTuition = %+v, %v; want the edition named", split, err)
	}
	if _, err := fees.Default().GuestTuition(rials(-1), rials(2)); err == nil {
		t.Error("Schedule.GuestTuition(-1, 2): no error")
	}
}

// TestSchedule_NewerEdition: a registrar's edition with a second version of
// table 3 prices requests by their date, and the source names that version.
func TestSchedule_NewerEdition(t *testing.T) {
	data := ayin.DefaultYAML()
	old := []byte("        professional-doctorate: 1455000\n")
	if !bytes.Contains(data, old) {
		t.Fatal("table 3 not found in the default YAML")
	}
	data = bytes.Replace(data, old, append(old, []byte(
		"    - effective: 1403/07/01\n"+
			"      amounts: {associate: 650000, bachelor-continuous: 1250000, bachelor-noncontinuous: 1250000, master: 1890000, professional-doctorate: 2910000}\n")...), 1)
	ed, err := ayin.Parse("registrar.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	s := fees.New(ed)
	tests := []struct {
		when      string
		want      int64
		effective string
	}{
		{"1403/06/31", 945_000, "1393/07/01"},
		{"1403/07/01", 1_890_000, "1403/07/01"},
	}
	for _, tc := range tests {
		f, err := s.Request(ayin.Master, 0, ayin.OrdinaryDocuments, day(t, tc.when))
		if err != nil || !f.Total.Equal(rials(tc.want)) || f.Review.Source.Effective.String() != tc.effective {
			t.Errorf("Request(master, %s) = %s from %v, %v; want %d from %s", tc.when, f.Total, f.Review.Source, err, tc.want, tc.effective)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		in       string
		fa, en   string
		tfa, ten string
	}{
		{"0", "۰ ریال", "0 rials", "۰ تومان", "0 toman"},
		{"5", "۵ ریال", "5 rials", "۰٫۵۰ تومان", "0.50 toman"},
		{"999", "۹۹۹ ریال", "999 rials", "۹۹٫۹۰ تومان", "99.90 toman"},
		{"1000", "۱٬۰۰۰ ریال", "1,000 rials", "۱۰۰ تومان", "100 toman"},
		{"325000", "۳۲۵٬۰۰۰ ریال", "325,000 rials", "۳۲٬۵۰۰ تومان", "32,500 toman"},
		{"1455000", "۱٬۴۵۵٬۰۰۰ ریال", "1,455,000 rials", "۱۴۵٬۵۰۰ تومان", "145,500 toman"},
		{"123456789012", "۱۲۳٬۴۵۶٬۷۸۹٬۰۱۲ ریال", "123,456,789,012 rials", "۱۲٬۳۴۵٬۶۷۸٬۹۰۱٫۲۰ تومان", "12,345,678,901.20 toman"},
		{"12.5", "۱۲٫۵۰ ریال", "12.50 rials", "۱٫۲۵ تومان", "1.25 toman"},
		{"0.999", "۱ ریال", "1 rials", "۰٫۱۰ تومان", "0.10 toman"},
		{"-100000", "-۱۰۰٬۰۰۰ ریال", "-100,000 rials", "-۱۰٬۰۰۰ تومان", "-10,000 toman"},
		{"-0.001", "۰ ریال", "0 rials", "۰ تومان", "0 toman"},
	}
	for _, tc := range tests {
		v := decimal.RequireFromString(tc.in)
		if got := fees.Format(v, ayin.Persian); got != tc.fa {
			t.Errorf("Format(%s, fa) = %q, want %q", tc.in, got, tc.fa)
		}
		if got := fees.Format(v, ayin.English); got != tc.en {
			t.Errorf("Format(%s, en) = %q, want %q", tc.in, got, tc.en)
		}
		if got := fees.FormatToman(v, ayin.Persian); got != tc.tfa {
			t.Errorf("FormatToman(%s, fa) = %q, want %q", tc.in, got, tc.tfa)
		}
		if got := fees.FormatToman(v, ayin.English); got != tc.ten {
			t.Errorf("FormatToman(%s, en) = %q, want %q", tc.in, got, tc.ten)
		}
	}
	a := fees.Amount{Rials: rials(625_000), Source: ayin.Source{Clause: "tr.t3"}}
	if a.String() != "625,000 rials (tr.t3)" {
		t.Errorf("Amount.String() = %q", a.String())
	}
}

// TestFormatParseRoundTrip: what Format writes, Parse reads back.
func TestFormatParseRoundTrip(t *testing.T) {
	for _, n := range []int64{0, 7, 300_000, 325_000, 1_455_000, 10_945_000, 999_999_999_999} {
		for _, lang := range []ayin.Lang{ayin.Persian, ayin.English} {
			s := fees.Format(rials(n), lang)
			got, err := fees.Parse(s)
			if err != nil || !got.Equal(rials(n)) {
				t.Errorf("Parse(Format(%d, %s) = %q) = %s, %v", n, lang, s, got, err)
			}
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"300000", "300000"},
		{"300,000", "300000"},
		{"۳۰۰٬۰۰۰", "300000"},
		{"۳۰۰,۰۰۰ ریال", "300000"},
		{"٣٠٠٠٠٠", "300000"},
		{"1/455/000", "1455000"},
		{"۱/۴۵۵/۰۰۰", "1455000"},
		{" 625 000 rials ", "625000"},
		{"0", "0"},
		{"+5", "5"},
		{"12.50", "12.5"},
	}
	for _, tc := range tests {
		got, err := fees.Parse(tc.in)
		if err != nil || got.String() != tc.want {
			t.Errorf("Parse(%q) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	bad := []struct{ in, msg string }{
		{"", "empty"},
		{"ریال", "empty"},
		{"-5", "negative"},
		{"−300", "negative"},
		{"abc", "not a number"},
		{"۳۰۰ هزار", "not a number"},
		{"1e6", "not a number"},
		{"2/5", "groups of three"},
		{"1,2,3", "groups of three"},
		{"1,000/000", "groups of three"},
		{"12.", "not a number"},
		{"NaN", "not a number"},
	}
	for _, tc := range bad {
		got, err := fees.Parse(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "fees: ") {
			t.Errorf("Parse(%q) = %s, %v; want an error saying %q", tc.in, got, err, tc.msg)
		}
	}
}

func calendarDate(y, m, d int) (calendar.Date, error) { return calendar.New(y, m, d) }

// TestRequest_LargeAmounts: amounts beyond the int64 fast path (a
// registrar's edition with a huge or fractional per-page charge) are still
// exact.
func TestRequest_LargeAmounts(t *testing.T) {
	data := ayin.DefaultYAML()
	for _, tc := range []struct {
		perPage string
		pages   int
		want    string
	}{
		{"100000.5", 8, "1145001"},            // 945,000 + 2 × 100,000.5
		{"2000000000000", 9, "6000000945000"}, // beyond 2^40
		{"100000", 5_000_000, "500000345000"}, // a page count beyond 2^22
		{"1099511627775", 7, "1099512572775"}, // 2^40 − 1: the last on the fast path
		{"1099511627776", 7, "1099512572776"}, // 2^40: the first beyond it
		{"0", 50, "945000"},                   // no charge at all
		{"1", 4_194_304, "5139298"},           // 2^22 pages, one rial each, minus six
	} {
		d := bytes.Replace(data, []byte("      per_page: 100000\n"), []byte("      per_page: \""+tc.perPage+"\"\n"), 1)
		ed, err := ayin.Parse("big.yaml", d)
		if err != nil {
			t.Fatal(err)
		}
		f, err := fees.New(ed).Request(ayin.Master, tc.pages, ayin.OrdinaryDocuments, day(t, "1400/01/01"))
		if err != nil || f.Total.String() != tc.want {
			t.Errorf("per page %s, %d pages: total %s, %v; want %s", tc.perPage, tc.pages, f.Total, err, tc.want)
		}
	}
}
