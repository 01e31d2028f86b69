package honors_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/honors"
)

func mustDate(s string) calendar.Date {
	d, err := calendar.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// One graduate whose rank in the cohort is known: every criterion is judged
// and cited.
func ExampleEvaluator_Evaluate() {
	no, yes := false, true
	g := honors.Graduate{
		StudentID:        "9821001",
		Level:            ayin.Associate,
		Field:            "الکترونیک",
		GraduationDate:   mustDate("1403/04/10"),
		GPA:              decimal.RequireFromString("17.99"),
		Semesters:        4,
		UsedArticle47:    &no,
		UseDate:          mustDate("1403/05/01"),
		AdmissionField:   "الکترونیک",
		IntroducedByUnit: &yes,
		CohortRank:       2,
		Registered:       40,
	}
	d, err := honors.Default().Evaluate(g)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "places:", d.Places)
	for _, f := range d.Findings {
		fmt.Printf("%s %s: %s\n", f.Clause, f.Status, f.Message.EN)
	}
	// Output:
	// ineligible places: 4
	// hon.1 failed: The cumulative GPA is below the minimum set for the graduate's level.
	// hon.2 held: No course was credited by equivalence.
	// hon.3 held: Article 47 of the educational regulations was not used.
	// hon.4 held: The graduate's rank is within the places of the top share, counted on the unit's registered students.
	// hon.5 held: Graduated within the semester limit.
	// hon.6 held: This is the first use, and it falls in the academic year of graduation.
	// hon.7 held: The field of admission has the same name as the field of graduation.
	// hon.8 held: The graduate is introduced by the university unit.
}

// A master's graduate is outside the criteria: the library says so rather
// than guess a threshold (E139).
func ExampleEvaluator_Evaluate_notCovered() {
	d, err := honors.Default().Evaluate(honors.Graduate{
		Level: ayin.Master, GPA: decimal.RequireFromString("19.5"), GraduationDate: mustDate("1403/04/10"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Citations)
	// Output: not-covered [hon.1]
}

// A cohort of 30 registered students gives 3 places; two graduates tied at
// the edge both take the third.
func ExampleEvaluator_Select() {
	no, yes := false, true
	g := honors.Graduate{
		Unit: "کرج", Level: ayin.BachelorNonContinuous, Field: "حسابداری",
		GraduationDate: mustDate("1402/11/20"), Semesters: 4, UsedArticle47: &no,
		UseDate: mustDate("1402/12/10"), AdmissionField: "حسابداری", IntroducedByUnit: &yes,
	}
	c := honors.Cohort{Registered: 30}
	for i, gpa := range []string{"19.5", "18.75", "18.2", "18.2", "17.9"} {
		g.StudentID, g.GPA = fmt.Sprint("s", i+1), decimal.RequireFromString(gpa)
		c.Graduates = append(c.Graduates, g)
	}
	ds, err := honors.Default().Select(c)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range ds {
		fmt.Println(d.StudentID, "rank", d.Rank, "of places", d.Places, "selected:", d.Selected, d.Outcome)
	}
	// Output:
	// s1 rank 1 of places 3 selected: true eligible
	// s2 rank 2 of places 3 selected: true eligible
	// s3 rank 3 of places 3 selected: true eligible
	// s4 rank 3 of places 3 selected: true eligible
	// s5 rank 5 of places 3 selected: false ineligible
}

// Bad input is an *InputError naming the field.
func ExampleInputError() {
	_, err := honors.Default().Select(honors.Cohort{Registered: 1, Graduates: make([]honors.Graduate, 2)})
	fmt.Println(err)
	// Output: honors: registered: 1 is below the number of graduates 2: hon.4 counts its places on the students registered in the cohort
}

// The places a registered count gives (hon.4): floor(10 %) in the default
// edition.
func ExampleEvaluator_Places() {
	for _, n := range []int{9, 10, 100, 109} {
		p, _ := honors.Default().Places(mustDate("1403/01/01"), n)
		fmt.Println(n, "registered:", p, "places")
	}
	// Output:
	// 9 registered: 0 places
	// 10 registered: 1 places
	// 100 registered: 10 places
	// 109 registered: 10 places
}

// Deciding graduates one by one into the same Decision: no allocation per
// graduate, as the findings are the package's shared read-only ones.
func ExampleEvaluator_EvaluateInto() {
	no, yes := false, true
	g := honors.Graduate{
		Level: ayin.BachelorNonContinuous, Field: "معماری", GraduationDate: mustDate("1403/06/20"),
		Semesters: 4, UsedArticle47: &no, UseDate: mustDate("1403/06/31"), AdmissionField: "معماری",
		IntroducedByUnit: &yes, Registered: 60,
	}
	var d honors.Decision
	for rank, gpa := range []string{"18.4", "17.2", "16.99"} {
		g.GPA, g.CohortRank = decimal.RequireFromString(gpa), rank+1
		if err := honors.Default().EvaluateInto(&d, g); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(gpa, d.Outcome, d.Findings.Failed().Citations())
	}
	// Output:
	// 18.4 eligible []
	// 17.2 eligible []
	// 16.99 ineligible [hon.1]
}
