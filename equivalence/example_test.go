package equivalence_test

import (
	"errors"
	"fmt"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
)

// The spec's contract: the group of a unit, typed as a clerk types it.
func ExampleTable_Group() {
	t := equivalence.Default()
	g, err := t.Group("واحد كرج") // Arabic kaf and a leading «واحد»
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(int(g), g.Top())
	// Output: 1 true
}

// Every unit says how sure the reconstruction of table 4 is, so a caller can
// tell a confirmed group from a best reading.
func ExampleTable_Lookup() {
	t := equivalence.Default()
	for _, name := range []string{"Tehran North", "رشت", "کرج"} {
		u, err := t.Lookup(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(u.Name, int(u.Group), u.Confidence, u.Uncertain())
	}
	// Output:
	// تهران شمال 1 clear false
	// رشت 3 corrected false
	// کرج 1 uncertain true
}

// An unlisted Sama centre takes its mother unit's group (tr.t4.n, rulings R8)
// and says it was inferred.
func ExampleTable_Lookup_sama() {
	t := equivalence.Default()
	u, _ := t.Lookup("مرکز سما رشت")
	fmt.Println(u.Name, int(u.Group), u.Kind, u.Inferred, u.Mother)
	// Output: سما رشت 3 sama true رشت
}

// An unknown unit is an error that names it and suggests close matches.
func ExampleUnknownUnitError() {
	_, err := equivalence.Default().Group("کرجج")
	var unk *equivalence.UnknownUnitError
	if errors.As(err, &unk) {
		fmt.Println(unk.Name, unk.Suggestions[0])
	}
	fmt.Println(err)
	// Output:
	// کرجج کرج
	// equivalence: unknown unit "کرجج"; did you mean "کرج"?
}

// Science and Research Alborz is named by the regulation but in no group of
// table 4 (rulings R7): asking its group is an error of its own.
func ExampleUngroupedError() {
	_, err := equivalence.Default().Group("علوم و تحقیقات البرز")
	var ung *equivalence.UngroupedError
	fmt.Println(errors.As(err, &ung), err)
	// Output: true equivalence: unit "علوم و تحقیقات البرز" is in no group of this edition of table 4
}

// The comparisons of article 7: tr.7.1 (the same or a lower group) and
// tr.7.2 (up to two groups higher, as a guest).
func ExampleUpToAbove() {
	t := equivalence.Default()
	origin, _ := t.Group("رشت")      // group 3
	dest, _ := t.Group("تهران شمال") // group 1
	fmt.Println(equivalence.Above(origin, dest), equivalence.SameOrLower(origin, dest), equivalence.UpToAbove(origin, dest, 2))
	// Output: 2 false true
}

// The table in force on a date; before the first version is an error.
func ExampleNew() {
	day, _ := calendar.Parse("1403/07/01")
	t, err := equivalence.New(ayin.Default(), day)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Source())
	_, err = equivalence.New(ayin.Default(), calendar.FromGregorian(2011, 3, 21))
	fmt.Println(errors.Is(err, ayin.ErrBeforeFirstEdition))
	// Output:
	// tr.t4 (in force from 1393/07/01, edition 93/10 default)
	// true
}
