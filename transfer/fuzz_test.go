package transfer

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

var fuzzUnits = []string{"Arak", "Zanjan", "Tehran North", "Karaj", "علوم و تحقیقات البرز", "الکترونیکی", "سما اراک", "Iranshahr", "", "nowhere", "مرکز آموزش بین المللی بندر انزلی"}

var fuzzClauses = []ayin.ClauseID{"tr.2.1", "tr.2.2", "tr.2.3", "tr.3", "tr.3.1", "tr.3.1.c", "tr.3.3", "tr.3.3.a", "tr.3.b",
	"tr.4.1", "tr.4.2", "tr.4.n", "tr.5.1", "tr.6", "tr.7.1", "tr.7.2", "tr.7.4", "tr.9.n", "tr.10.1", "tr.10.n1", "tr.10.n2", "tr.13", "tr.99"}

// FuzzEvaluate feeds random facts to Evaluate: it must never panic, and a
// decision must be consistent (an outcome, citations matching findings).
func FuzzEvaluate(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(1), uint8(0), uint8(1), int16(2), int16(6), int16(1403), uint8(3), uint8(10), int16(1500), uint8(0xff), int16(90))
	f.Add(uint8(2), uint8(7), uint8(2), uint8(3), uint8(4), int16(0), int16(12), int16(1393), uint8(4), uint8(20), int16(2100), uint8(0), int16(-3))
	f.Fuzz(func(t *testing.T, gender, ground, kind, origin, dest uint8, sems, pages, year int16, month, dayOfMonth uint8, gpa100 int16, flags uint8, pct int16) {
		date, _ := calendar.New(int(year), int(month), int(dayOfMonth))
		g := decimal.New(int64(gpa100), -2)
		s := Student{Gender: Gender(gender % 4), Level: ayin.Level(flags % 8), Origin: fuzzUnits[int(origin)%len(fuzzUnits)],
			SemestersCompleted: int(sems), GPA: &g, ExamRegistration: date.AddDays(-int(pct)),
			WithoutExam: flags&8 != 0, CapacityCompletion: flags&16 != 0, FinalSemester: flags&32 != 0,
			AcademicBan: flags&64 != 0, TransfersUsed: int(flags >> 7),
			GuestTerms: []GuestTerm{{Units: int(pct % 30), GPA: g}}}
		offered := flags&1 != 0
		matches := flags&2 != 0
		r := Request{Kind: Kind(kind % 4), Ground: Ground(ground % (uint8(numGrounds) + 2)), Destination: fuzzUnits[int(dest)%len(fuzzUnits)],
			Date: date, Pages: int(pages), Offered: &offered, DestinationMatches: &matches, NoExam: NoExamAdmission(flags % 5),
			Extension: flags&4 != 0, Thesis: flags&128 != 0, Conversion: flags&32 != 0}
		fillFacts(t, &r)
		pc, months := int(pct), int(pct)/3
		cert := flags&2 != 0
		r.Isargar = &Isargar{Category: IsargarCategory(uint8(pct) % (uint8(numCategories) + 1)), Percent: &pc, Months: &months, Certificate: &cert,
			Basij: &Basij{Top: flags&1 != 0, Nominated: true, Approved: flags&4 != 0, GrantsInPeriod: &months}}
		if flags&1 != 0 { // a second category (E26), whose values are checked too
			pc2 := int(pct) / 2
			r.Isargar.Also = []Isargar{{Category: IsargarCategory(uint8(sems) % (uint8(numCategories) + 1)), Percent: &pc2, Months: &months, Certificate: &cert}}
		}
		if flags&8 != 0 { // a clause invoked, which must agree with the facts
			r.Clause = fuzzClauses[int(pages)&0x7fff%len(fuzzClauses)]
		}
		r.Illness = &Illness{Onset: date.AddDays(-int(sems)), Confirmed: flags&2 != 0, Disabled: flags&4 != 0}
		r.Guardianship = &Guardianship{Relative: Relative(uint8(pct) % 8), OrderDate: date.AddDays(-int(pages))}
		r.SeveralStudents = &SeveralStudents{Members: []Relative{Relative(uint8(sems) % 8)}}
		if flags&16 != 0 {
			r.ChangeOfField = &ChangeOfField{NotHigher: flags&8 != 0}
		}
		if flags&64 != 0 {
			r.Scans = &Scans{Width: int(pages), Height: 600, Kilobytes: int(sems), Format: "jpg"}
			r.Tuition = &Tuition{Fixed: g, Variable: g}
		}
		d, err := Default().Evaluate(s, r)
		if err != nil {
			if _, ok := err.(*FactError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if d.Outcome == ayin.Undecided || len(d.Findings) == 0 || len(d.Citations) == 0 {
			t.Fatalf("incomplete decision: %+v", d)
		}
		switch d.Outcome {
		case ayin.Ineligible, ayin.NotCovered:
			if d.Granted != (Grant{}) {
				t.Fatalf("%s decision grants %+v", d.Outcome, d.Granted)
			}
			if d.Outcome == ayin.Ineligible && len(d.Findings.Failed()) == 0 {
				t.Fatalf("ineligible with no failed finding: %v", d.Findings)
			}
		default:
			if d.Granted.Kind == NoKind {
				t.Fatalf("%s decision grants nothing: %v", d.Outcome, d.Findings)
			}
			if d.Granted.Kind == Transfer && (s.FinalSemester || r.Kind != Transfer) {
				t.Fatalf("a transfer granted in the final semester or not asked (tr.14.5): %v", d.Findings)
			}
		}
		if d.Clause != "" && !d.Cites(d.Clause) {
			t.Fatalf("the decision rests on %s, which it does not cite", d.Clause)
		}
		for _, f := range d.Findings {
			if f.Message.FA == "" || f.Message.EN == "" {
				t.Fatalf("finding on %s without both messages", f.Clause)
			}
		}
		if !pendingGround(r.Ground) {
			for _, c := range d.Citations {
				if !listedClause(c) {
					t.Fatalf("%s cites %s, which no clause list declares", r.Ground, c)
				}
			}
		}
		if _, err := Default().Options(s, r); err != nil {
			if _, ok := err.(*FactError); !ok {
				t.Fatalf("Options error of type %T: %v", err, err)
			}
		}
	})
}

func pendingGround(g Ground) bool { return g.Valid() && *grounds[g].pending }

func listedClause(c ayin.ClauseID) bool {
	for _, x := range Clauses() {
		if x == c {
			return true
		}
	}
	return false
}
