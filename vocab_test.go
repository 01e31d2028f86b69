package ayin_test

// Tests of the shared vocabulary (vocab.go, normalize.go): levels (rulings
// R1), languages, outcomes and statuses (rulings R2), findings' citations,
// and the Persian normalisation every lookup relies on.

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
)

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in   string
		want ayin.Level
	}{
		{"associate", ayin.Associate},
		{"ASSOCIATE", ayin.Associate},
		{" bachelor-continuous ", ayin.BachelorContinuous},
		{"bachelor-noncontinuous", ayin.BachelorNonContinuous},
		{"master", ayin.Master},
		{"Master's", ayin.Master},
		{"professional-doctorate", ayin.ProfessionalDoctorate},
		{"Professional Doctorate", ayin.ProfessionalDoctorate},
		{"phd", ayin.PhD},
		{"PhD", ayin.PhD},
		{"کاردانی", ayin.Associate},
		{"كارداني", ayin.Associate}, // Arabic kaf and yeh
		{"کارشناسی پیوسته", ayin.BachelorContinuous},
		{"کارشناسی  \u200cپیوسته", ayin.BachelorContinuous}, // ZWNJ and extra spaces
		{"كارشناسي ناپيوسته", ayin.BachelorNonContinuous},
		{"کارشناسی ارشد", ayin.Master},
		{"دکتری حرفه‌ای", ayin.ProfessionalDoctorate}, // with ZWNJ
		{"دکتری حرفه ای", ayin.ProfessionalDoctorate}, // with a space
		{"دکتری حرفهای", ayin.ProfessionalDoctorate},  // neither (typed without a joiner)
		{"دكتري تخصصي", ayin.PhD},
		{"continuous bachelor's", ayin.BachelorContinuous},
	}
	for _, tc := range tests {
		got, err := ayin.ParseLevel(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseLevelErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"", "empty"},
		{" \u200c ", "empty"},
		{"کارشناسی", "ambiguous"},
		{"كارشناسي", "ambiguous"},
		{"bachelor", "ambiguous"},
		{"دکتری", "ambiguous"},
		{"doctorate", "ambiguous"},
		{"Doctorate", "ambiguous"},
		{"diploma", "unknown level"},
		{"unknown", "unknown level"},
	}
	for _, tc := range tests {
		got, err := ayin.ParseLevel(tc.in)
		if err == nil {
			t.Errorf("ParseLevel(%q) = %v; want an error", tc.in, got)
			continue
		}
		if got != ayin.LevelUnknown || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("ParseLevel(%q) = %v, %q; want LevelUnknown and %q", tc.in, got, err, tc.msg)
		}
	}
	// The ambiguity errors say what to write instead.
	_, err := ayin.ParseLevel("دکتری")
	if !strings.Contains(err.Error(), "professional-doctorate") || !strings.Contains(err.Error(), "phd") {
		t.Errorf("ParseLevel(دکتری): %v; want it to name professional-doctorate and phd", err)
	}
}

func TestLevelNamesRoundTrip(t *testing.T) {
	for _, l := range ayin.Levels() {
		if !l.Valid() {
			t.Errorf("%v not Valid", l)
		}
		for _, s := range []string{l.String(), l.Name(ayin.Persian), l.Name(ayin.English)} {
			got, err := ayin.ParseLevel(s)
			if err != nil || got != l {
				t.Errorf("ParseLevel(%q) = %v, %v; want %v", s, got, err, l)
			}
		}
		b, err := json.Marshal(struct{ L ayin.Level }{l})
		if err != nil {
			t.Fatal(err)
		}
		var back struct{ L ayin.Level }
		if err := json.Unmarshal(b, &back); err != nil || back.L != l {
			t.Errorf("JSON round trip of %v: %s → %v, %v", l, b, back.L, err)
		}
	}
	if len(ayin.Levels()) != 6 || ayin.Levels()[5] != ayin.PhD {
		t.Errorf("Levels() = %v", ayin.Levels())
	}
	if ayin.LevelUnknown.Valid() || ayin.Level(99).Valid() {
		t.Error("LevelUnknown or Level(99) is Valid")
	}
	if ayin.LevelUnknown.String() != "unknown" || ayin.Level(99).String() != "unknown" || ayin.Level(99).Name(ayin.English) != "unknown" {
		t.Error("an invalid level does not read as unknown")
	}
	if !ayin.BachelorContinuous.Bachelor() || !ayin.BachelorNonContinuous.Bachelor() || ayin.Master.Bachelor() {
		t.Error("Bachelor() wrong")
	}
	if ayin.ProfessionalDoctorate.Name(ayin.Persian) != "دکتری حرفه‌ای" || ayin.PhD.Name(ayin.English) != "PhD" {
		t.Error("level names wrong")
	}
	var l ayin.Level
	if err := l.UnmarshalText([]byte("  ")); err != nil || l != ayin.LevelUnknown {
		t.Errorf("UnmarshalText(blank) = %v, %v", l, err)
	}
	if err := l.UnmarshalText([]byte("کارشناسی")); err == nil {
		t.Error("UnmarshalText(کارشناسی): want the ambiguity error")
	}
	if b, _ := ayin.LevelUnknown.MarshalText(); len(b) != 0 {
		t.Errorf("LevelUnknown.MarshalText() = %q, want empty", b)
	}
}

func TestParseLang(t *testing.T) {
	tests := []struct {
		in   string
		want ayin.Lang
		ok   bool
	}{
		{"fa", ayin.Persian, true}, {"FA-IR", ayin.Persian, true}, {"persian", ayin.Persian, true},
		{"farsi", ayin.Persian, true}, {"فارسی", ayin.Persian, true}, {" en ", ayin.English, true},
		{"en-US", ayin.English, true}, {"English", ayin.English, true},
		{"de", ayin.Persian, false}, {"", ayin.Persian, false}, {"eng", ayin.Persian, false},
	}
	for _, tc := range tests {
		got, err := ayin.ParseLang(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseLang(%q) = %v, %v; want %v (ok %v)", tc.in, got, err, tc.want, tc.ok)
		}
	}
	if ayin.Persian.String() != "fa" || ayin.English.String() != "en" {
		t.Error("Lang.String wrong")
	}
	var zero ayin.Lang
	if zero != ayin.Persian {
		t.Error("the zero Lang is not Persian")
	}
}

func TestTextIn(t *testing.T) {
	both := ayin.Text{FA: "فارسی", EN: "English"}
	faOnly := ayin.Text{FA: "فقط فارسی"}
	enOnly := ayin.Text{EN: "English only"}
	tests := []struct {
		t    ayin.Text
		l    ayin.Lang
		want string
	}{
		{both, ayin.Persian, "فارسی"}, {both, ayin.English, "English"},
		{faOnly, ayin.English, "فقط فارسی"}, {enOnly, ayin.Persian, "English only"},
		{ayin.Text{}, ayin.English, ""},
	}
	for _, tc := range tests {
		if got := tc.t.In(tc.l); got != tc.want {
			t.Errorf("%+v.In(%v) = %q, want %q", tc.t, tc.l, got, tc.want)
		}
	}
	if both.String() != "English" {
		t.Errorf("Text.String() = %q", both.String())
	}
}

func TestOutcomeTextRoundTrip(t *testing.T) {
	want := map[ayin.Outcome]string{ayin.Undecided: "undecided", ayin.Eligible: "eligible", ayin.Ineligible: "ineligible",
		ayin.Referred: "referred", ayin.NotCovered: "not-covered"}
	for o, code := range want {
		if o.String() != code {
			t.Errorf("%d.String() = %q, want %q", o, o.String(), code)
		}
		b, err := o.MarshalText()
		if err != nil || string(b) != code {
			t.Errorf("MarshalText(%v) = %q, %v", o, b, err)
		}
		var back ayin.Outcome
		if err := back.UnmarshalText([]byte(" " + strings.ToUpper(code) + " ")); err != nil || back != o {
			t.Errorf("UnmarshalText(%q) = %v, %v", code, back, err)
		}
		if o.Name(ayin.Persian) == "" || o.Name(ayin.English) == "" {
			t.Errorf("%v has an empty name", o)
		}
	}
	if ayin.Referred.Name(ayin.English) != "referred to a commission" || ayin.NotCovered.Name(ayin.Persian) != "خارج از شمول آیین‌نامه" {
		t.Error("outcome names wrong")
	}
	var o ayin.Outcome
	if err := o.UnmarshalText([]byte("maybe")); err == nil {
		t.Error("UnmarshalText(maybe): no error")
	}
	if ayin.Outcome(42).String() != "undecided" || ayin.Outcome(42).Name(ayin.English) != "undecided" {
		t.Error("an out-of-range outcome does not read as undecided")
	}
}

func TestStatusTextRoundTrip(t *testing.T) {
	want := map[ayin.Status]string{ayin.NotApplicable: "not-applicable", ayin.Held: "held", ayin.Failed: "failed",
		ayin.NeedsConfirmation: "needs-confirmation"}
	for s, code := range want {
		b, err := s.MarshalText()
		if err != nil || string(b) != code || s.String() != code {
			t.Errorf("MarshalText(%d) = %q, %v; want %q", s, b, err, code)
		}
		var back ayin.Status
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
		if s.Name(ayin.Persian) == "" || s.Name(ayin.English) == "" {
			t.Errorf("%v has an empty name", s)
		}
	}
	var s ayin.Status
	if err := s.UnmarshalText([]byte("passed")); err == nil {
		t.Error("UnmarshalText(passed): no error")
	}
	if ayin.Status(9).String() != "not-applicable" {
		t.Error("an out-of-range status does not read as not-applicable")
	}
	// A Finding marshals with the codes.
	b, err := json.Marshal(ayin.Finding{Clause: "tr.7.2", Status: ayin.NeedsConfirmation, Message: ayin.Text{FA: "ف", EN: "e"}})
	if err != nil || string(b) != `{"clause":"tr.7.2","status":"needs-confirmation","message":{"fa":"ف","en":"e"}}` {
		t.Errorf("Finding JSON = %s, %v", b, err)
	}
}

func TestFindingsCitations(t *testing.T) {
	fs := ayin.Findings{
		{Clause: "tr.7.2", Status: ayin.Held},
		{Clause: "tr.1.h.2", Status: ayin.Failed},
		{Clause: "tr.7.2", Status: ayin.NeedsConfirmation},
		{Clause: "tr.t4", Status: ayin.NeedsConfirmation},
		{Clause: "tr.1.h.2", Status: ayin.Held},
		{Clause: "tr.14.11", Status: ayin.NotApplicable},
	}
	want := []ayin.ClauseID{"tr.7.2", "tr.1.h.2", "tr.t4", "tr.14.11"}
	if got := fs.Citations(); !reflect.DeepEqual(got, want) {
		t.Errorf("Citations() = %v, want %v (first-appearance order, each once)", got, want)
	}
	if !fs.Cites("tr.t4") || fs.Cites("tr.t3") {
		t.Error("Cites wrong")
	}
	if f := fs.Failed(); len(f) != 1 || f[0].Clause != "tr.1.h.2" {
		t.Errorf("Failed() = %v", f)
	}
	if u := fs.Unconfirmed(); len(u) != 2 || u[0].Clause != "tr.7.2" || u[1].Clause != "tr.t4" {
		t.Errorf("Unconfirmed() = %v", u)
	}
	var none ayin.Findings
	if c := none.Citations(); c == nil || len(c) != 0 {
		t.Errorf("Citations() of no findings = %#v, want an empty non-nil list", c)
	}
	if none.Failed() != nil {
		t.Error("Failed() of no findings is not nil")
	}
}

func TestClauseIDDocument(t *testing.T) {
	for id, want := range map[ayin.ClauseID]string{"tr.1.h.2.n1": "tr", "grad.dup.5": "grad", "hon.1": "hon", "tr": "tr", "": ""} {
		if got := id.Document(); got != want {
			t.Errorf("%q.Document() = %q, want %q", id, got, want)
		}
	}
}

func TestNormalizePersian(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"کرج", "کرج"},
		{"علي آباد كتول", "علی آباد کتول"},                     // Arabic yeh and kaf
		{"مصطفى", "مصطفی"},                                     // alef maksura
		{"دانشکدة", "دانشکده"},                                 // teh marbuta
		{"  تهران \t  شمال\n", "تهران شمال"},                   // runs of space and both ends
		{"خوراسگان\u200cاصفهان", "خوراسگان اصفهان"},            // ZWNJ becomes a space
		{"تهران\u200c \u200cشمال", "تهران شمال"},               // ZWNJs and spaces collapse
		{"\u200f\u200eکرج\u200d\ufeff", "کرج"},                 // marks and BOM at the ends vanish
		{"۱۴۰۳/۰۱/۰۱", "1403/01/01"},                           // Persian digits
		{"٣٢٥٬٠٠٠", "325٬000"},                                 // Arabic-Indic digits; the separator stays
		{"تـــهران", "تهران"},                                  // tatweel
		{"مُحَمَّد", "محمد"},                                   // harakat
		{"Science  and\u00a0Research", "Science and Research"}, // no-break space
	}
	for _, tc := range tests {
		if got := ayin.NormalizePersian(tc.in); got != tc.want {
			t.Errorf("NormalizePersian(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFoldKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"علوم و تحقیقات", "علوم وتحقیقات"},
		{"علوم و تحقیقات", "علوم\u200cو\u200cتحقیقات"},
		{"Science and Research", "science AND research"},
		{"شهر قدس", "شهرقدس"},
		{"علي آباد كتول", "علی‌آباد کتول"},
	}
	for _, tc := range tests {
		ka, kb := ayin.FoldKey(tc.a), ayin.FoldKey(tc.b)
		if ka != kb {
			t.Errorf("FoldKey(%q) = %q, FoldKey(%q) = %q; want equal", tc.a, ka, tc.b, kb)
		}
		if strings.ContainsRune(ka, ' ') {
			t.Errorf("FoldKey(%q) = %q keeps a space", tc.a, ka)
		}
	}
	if got := ayin.FoldKey("Science and Research"); got != "scienceandresearch" {
		t.Errorf("FoldKey = %q", got)
	}
	if ayin.FoldKey("کرج") == ayin.FoldKey("کرخ") {
		t.Error("FoldKey folds different names together")
	}
}

func TestParseRials(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"325000", "325000"},
		{"325,000", "325000"},
		{"۳۲۵٬۰۰۰", "325000"},
		{"٣٢٥,٠٠٠", "325000"},
		{"1/455/000", "1455000"}, // as table 3 prints it
		{"۱/۴۵۵/۰۰۰ ریال", "1455000"},
		{"625,000 rials", "625000"},
		{"625 000", "625000"},
		{"1_000", "1000"},
		{"-5", "-5"},
		{"12.5", "12.5"},
		{"۱۲٫۵", "12.5"},
		{"+7", "7"},
		{"−300", "-300"},              // U+2212
		{"1,455,000.50", "1455000.5"}, // a fraction after grouped digits
		{"300000 Rials", "300000"},
		{"1 rial", "1"},
		{"‌۳۰۰٬۰۰۰‌", "300000"},
	}
	for _, tc := range tests {
		got, err := ayin.ParseRials(tc.in)
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseRials(%q) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "ریال", "abc", "12a", "1-2", "--1", "1.2.3", "1e5", "Inf", "NaN", "0x10", "+",
		"2/5", "1,2,3", "1,00", "1000,000", ",100", "100,", "1,000/000", "12.", ".5", "1..2", "- 5", "٫"} {
		if v, err := ayin.ParseRials(bad); err == nil {
			t.Errorf("ParseRials(%q) = %s; want an error", bad, v)
		}
	}
}

func TestUnitKindAndConfidenceNames(t *testing.T) {
	for _, s := range []string{"ordinary", "electronic", "international", "overseas", "sama", "state"} {
		k, err := ayin.ParseUnitKind(s)
		if err != nil || k.String() != s {
			t.Errorf("ParseUnitKind(%q) = %v, %v", s, k, err)
		}
		if k.Name(ayin.Persian) == "" || k.Name(ayin.English) == "" {
			t.Errorf("%v has an empty name", k)
		}
	}
	if k, err := ayin.ParseUnitKind(""); err != nil || k != ayin.Ordinary {
		t.Errorf("ParseUnitKind(\"\") = %v, %v; want ordinary", k, err)
	}
	if _, err := ayin.ParseUnitKind("virtual"); err == nil {
		t.Error("ParseUnitKind(virtual): no error")
	}
	for c, s := range map[ayin.Confidence]string{ayin.Clear: "clear", ayin.Corrected: "corrected", ayin.Uncertain: "uncertain"} {
		if c.String() != s {
			t.Errorf("%d.String() = %q, want %q", c, c.String(), s)
		}
	}
	for _, s := range []string{"ordinary", "medical", "isargaran", "faculty"} {
		c, err := ayin.ParseDocumentClass(strings.ToUpper(s))
		if err != nil || c.String() != s {
			t.Errorf("ParseDocumentClass(%q) = %v, %v", s, c, err)
		}
	}
	if _, err := ayin.ParseDocumentClass("staff"); err == nil {
		t.Error("ParseDocumentClass(staff): no error (staff documents are not a class: tr.1.h.2.n1)")
	}
}
