// Command evaluate is the README's first command: it loads the rule tables
// (the embedded edition, or -rules FILE) and prints what they say for a date:
// the transfer window in force, the review fees by level, and the group of a
// few units with the confidence of each reading.
//
//	go run ./examples/evaluate
//	go run ./examples/evaluate -lang en -asof 1403/02/20
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
	"github.com/ayinrules/ayin/fees"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	lang := fl.String("lang", "fa", "language of the report: fa or en")
	asof := fl.String("asof", "", "evaluate as of this Jalali date, e.g. 1403/07/01 (default: today)")
	rules := fl.String("rules", "", "a YAML edition to use instead of the embedded one")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	l, err := ayin.ParseLang(*lang)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	day := calendar.FromTime(time.Now())
	if *asof != "" {
		if day, err = calendar.Parse(*asof); err != nil {
			fmt.Fprintln(stderr, "-asof:", err)
			return 2
		}
	}
	ed := ayin.Default()
	if *rules != "" {
		if ed, err = ayin.LoadFile(*rules); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	}
	if err := report(stdout, ed, day, l); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

func pick(l ayin.Lang, fa, en string) string {
	if l == ayin.English {
		return en
	}
	return fa
}

func report(w io.Writer, ed *ayin.Edition, day calendar.Date, l ayin.Lang) error {
	fmt.Fprintf(w, "%s: %s\n", pick(l, "ویرایش", "Edition"), ed.Title().In(l))
	fmt.Fprintf(w, "%s: %s\n\n", pick(l, "تاریخ", "Date"), day)

	sem := calendar.NextSemesterAfter(day)
	tt, src, err := ed.Timetables().AtSemester(sem)
	switch {
	case errors.Is(err, ayin.ErrBeforeFirstEdition):
		fmt.Fprintf(w, "%s\n\n", pick(l, "این تاریخ پیش از اجرای آیین نامه ۹۳/۱۰ است.", "This date is before regulation 93/10 took effect."))
	case err != nil:
		return err
	default:
		next, err := tt.NextStudentWindow(day)
		if err != nil {
			return err
		}
		in := next.Contains(day)
		table := src.Clause
		if tt.Replaced(next.Semester) {
			table = "tr.t2" // the one-time window of tr.1.s.n1
		}
		fmt.Fprintf(w, "%s %s: %s – %s (%s)\n", pick(l, "پنجره ثبت درخواست نیمسال", "Student request window for semester"),
			next.Semester, next.From, next.To, table)
		fmt.Fprintf(w, "%s: %v\n\n", pick(l, "امروز در پنجره است", "Open today"), in)
	}

	sched := fees.New(ed)
	fmt.Fprintln(w, pick(l, "هزینه بررسی مدارک (جدول ۳):", "Document-review fee (table 3):"))
	for _, lv := range ayin.Levels() {
		f, err := sched.Request(lv, 6, ayin.OrdinaryDocuments, sem.Start())
		if err != nil {
			fmt.Fprintf(w, "  %-26s %s\n", lv.Name(l), pick(l, "ندارد", "none"))
			continue
		}
		fmt.Fprintf(w, "  %-26s %s\n", lv.Name(l), fees.Format(f.Total, l))
	}
	fmt.Fprintln(w)

	t, err := equivalence.New(ed, sem.Start())
	if err != nil {
		t = equivalence.Default()
	}
	fmt.Fprintln(w, pick(l, "گروه چند واحد در جدول هم ترازی:", "Groups of a few units in the equivalence table:"))
	for _, name := range []string{"کرج", "تهران مرکزی", "مشهد", "واحد الكترونيكي", "علوم و تحقیقات البرز", "کرجج"} {
		u, err := t.Lookup(name)
		if err != nil {
			fmt.Fprintf(w, "  %-22s %v\n", name, err)
			continue
		}
		fmt.Fprintf(w, "  %-22s %-10s %-10s %s\n", name, u.Group, u.Confidence, u.Kind)
	}
	return nil
}
