package main

import (
	"encoding/json"
	"fmt"
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
	"github.com/ayinrules/ayin/fees"
)

func main() {
	ed, err0 := ayin.LoadFile("/tmp/ayin-head.yaml")
	if err0 != nil { panic(err0) }
	rows, src0 := ed.Equivalence().Latest()
	t := equivalence.FromRows(rows, src0)
	fs := fees.New(ed)
	u, err := t.Lookup("کرج")
	fmt.Printf("%+v %v\n", u, err)
	_, err = t.Lookup("تهرن")
	fmt.Println(err)
	b, _ := json.Marshal(t.Search("تهران", 5))
	fmt.Println(string(b))
	fmt.Println(t.Search("Karaj", 3))
		fmt.Println(ed.Timetables().First(), ed.Timetables().Len())
	for _, s := range []string{"1393/03/01", "1393/04/20", "1403/03/01", "1392/01/01", "1393/06/31", "1393/07/01"} {
		d, _ := calendar.Parse(s)
		sem := calendar.NextSemesterAfter(d)
		tt, src, err := ed.Timetables().AtSemester(sem)
		fmt.Println(s, sem, src, err)
		if err != nil { continue }
		ws, err := tt.Windows(sem)
		fmt.Println(ws, err)
		w, ok := tt.Open(d)
		fmt.Println("open", w, ok)
		nw, err := tt.NextStudentWindow(d)
		fmt.Println("next", nw, err)
	}
	d, _ := calendar.Parse("1403/03/01")
	f, err := fs.Request(ayin.Master, 8, ayin.OrdinaryDocuments, d)
	b, _ = json.Marshal(f)
	fmt.Println(string(b), err)
	c, ok := ed.Clause("tr.7.2")
	b, _ = json.Marshal(c)
	fmt.Println(string(b), ok)
	fmt.Println(len(ed.Clauses()))
	d, _ = calendar.Parse("1390/03/01")
	_, err = fs.Request(ayin.Master, 8, ayin.OrdinaryDocuments, d)
	fmt.Println(err)
	_, err = fs.Request(ayin.PhD, 8, ayin.OrdinaryDocuments, d.AddDays(2000))
	fmt.Println(err)
}
