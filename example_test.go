package ayin_test

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// The clause catalog: every clause a decision cites, with its text in both
// languages.
func ExampleEdition_Clause() {
	c, ok := ayin.Default().Clause("tr.7.2")
	fmt.Println(ok, c.Kind, c.Title.EN)
	fmt.Println(c.Title.FA)
	// Output:
	// true rule Guest study up to two groups higher
	// ۷-۲: میهمانی تا دو گروه بالاتر جدول هم ترازی
}

// A table value "as of" a date, with the clause, version and edition it
// came from; before the first version it is an error.
func ExampleDated_At() {
	fees := ayin.Default().ReviewFees()
	when, _ := calendar.Parse("1403/07/01")
	table, src, err := fees.At(when)
	if err != nil {
		fmt.Println(err)
		return
	}
	master, _ := table.For(ayin.Master)
	fmt.Println(master, src)

	_, _, err = fees.At(calendar.FromGregorian(2014, 1, 1)) // 1392/10/11
	fmt.Println(errors.Is(err, ayin.ErrBeforeFirstEdition))
	// Output:
	// 945000 tr.t3 (in force from 1393/07/01, edition 93/10 default)
	// true
}

// A registrar's newer edition: new fees from 1403/07/01, loaded without
// recompiling. Each request is priced by the version in force on its date.
func ExampleParse() {
	yaml := bytes.Replace(ayin.DefaultYAML(),
		[]byte("        professional-doctorate: 1455000\n"),
		[]byte("        professional-doctorate: 1455000\n"+
			"    - effective: 1403/07/01\n"+
			"      amounts: {associate: 650000, bachelor-continuous: 1250000, bachelor-noncontinuous: 1250000, master: 1890000, professional-doctorate: 2910000}\n"), 1)
	ed, err := ayin.Parse("registrar-1403.yaml", yaml)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{"1403/06/31", "1403/07/01"} {
		when, _ := calendar.Parse(s)
		table, src, _ := ed.ReviewFees().At(when)
		master, _ := table.For(ayin.Master)
		fmt.Println(s, master, src.Effective)
	}
	// Output:
	// 1403/06/31 945000 1393/07/01
	// 1403/07/01 1890000 1403/07/01
}

// A broken edition is a *LoadError naming the file, the line and the field.
func ExampleLoadFile() {
	_, err := ayin.LoadFile("testdata/editions/bad-group.yaml")
	var le *ayin.LoadError
	if errors.As(err, &le) {
		fmt.Println(le.Line, le.Field)
	}
	fmt.Println(err)
	// Output:
	// 12 equivalence.versions[0].units[1].group
	// testdata/editions/bad-group.yaml:12: equivalence.versions[0].units[1].group: group 12 is outside 1..10
}

// Levels as clerks type them: Arabic letters, with or without the joiner.
func ExampleParseLevel() {
	for _, s := range []string{"دكتري حرفه\u200cاي", "دکتری حرفهای", "master", "دکتری"} {
		l, err := ayin.ParseLevel(s)
		fmt.Println(l, err != nil)
	}
	// Output:
	// professional-doctorate false
	// professional-doctorate false
	// master false
	// unknown true
}
