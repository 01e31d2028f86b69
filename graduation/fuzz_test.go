package graduation_test

import (
	"errors"
	"testing"

	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/graduation"
	"github.com/shopspring/decimal"
)

// FuzzAdvance records arbitrary steps on arbitrary dates over files with
// arbitrary facts: Advance must never panic, must never change the file it
// is given, and any file it returns must have one more step, in order.
func FuzzAdvance(f *testing.F) {
	f.Add(uint16(0xffff), uint8(1), 1, int32(0), int32(0))
	f.Add(uint16(0), uint8(2), 3, int32(-1), int32(5))
	f.Add(uint16(0x1234), uint8(0), 17, int32(400), int32(-400))
	o := graduation.Default()
	base := day(f, "1402/05/01")
	f.Fuzz(func(t *testing.T, mask uint16, gender uint8, step int, off1, off2 int32) {
		fa := graduation.Facts{Gender: graduation.Gender(gender % 4), ExemptionCard: mask&1 != 0, EndOfServiceCard: mask&2 != 0}
		for i, it := range allItems {
			if mask&(1<<uint(i)) != 0 {
				fa.Items = append(fa.Items, it)
			}
		}
		if mask&0x8000 != 0 {
			fa.Items = append(fa.Items, "bogus")
		}
		p := particulars(t)
		fa.Particulars, fa.Provisional.Particulars, fa.Final.Particulars = p, p, p
		fa.Provisional.Issued, fa.Final.Issued, fa.Final.Form = mask&4 != 0, mask&8 != 0, graduation.CertificateForm(gender%3)
		file := graduation.NewFile(fa)
		dates := []calendar.Date{base.AddDays(int(off1 % 3000)), base.AddDays(int(off2 % 3000))}
		for _, d := range dates {
			before := file.Reached()
			next, err := o.Advance(file, step, d)
			if file.Reached() != before {
				t.Fatal("Advance changed its input")
			}
			if err == nil {
				if next.Reached() != before+1 || step != before+1 {
					t.Fatalf("step %d recorded on a file at %d", step, before)
				}
				file = next
			} else if graduation.ReasonCode(err) == "other" {
				t.Fatalf("unclassified error: %v", err)
			}
			_, _ = o.Next(file)
			if _, err := o.Track(file); err != nil {
				t.Fatal(err)
			}
			step++
		}
	})
}

// FuzzDuplicate evaluates arbitrary duplicate-certificate requests: never a
// panic; either an error or a decision with a finding on every item.
func FuzzDuplicate(f *testing.F) {
	f.Add(uint8(0xff), 1, 3, 14, 14, int64(300000))
	f.Add(uint8(0), -1, -1, -20, 13, int64(-1))
	o := graduation.Default()
	base := day(f, "1402/06/01")
	f.Fuzz(func(t *testing.T, flags uint8, sigs, copies, gap1, gap2 int, amount int64) {
		r := graduation.DuplicateRequest{
			Date: base.AddDays(60), Undertaking: flags&1 != 0, LossReported: flags&2 != 0, Attestation: flags&4 != 0,
			NotarisedSignatures: sigs, NoticeCopies: copies, Payment: graduation.Payment{Amount: decimal.NewFromInt(amount)},
		}
		if flags&8 != 0 {
			r.Notices = []calendar.Date{base, base.AddDays(gap1 % 1000), base.AddDays(gap1%1000 + gap2%1000)}
		}
		c, err := o.Duplicate(r)
		if err != nil {
			requireFactError(t, err)
			return
		}
		if len(c.Citations()) != 5 {
			t.Fatalf("citations %v", c.Citations())
		}
		if c.Complete() != (len(c.Missing()) == 0) {
			t.Fatalf("outcome %v with missing %v", c.Outcome, c.Missing())
		}
	})
}

// FuzzTranscript: never a panic on any request.
func FuzzTranscript(f *testing.F) {
	f.Add(uint8(0xff), int64(300000), int32(0))
	o := graduation.Default()
	base := day(f, "1402/06/01")
	f.Fuzz(func(t *testing.T, flags uint8, amount int64, off int32) {
		r := graduation.TranscriptRequest{Date: base.AddDays(int(off % 100000)), BirthCertificateCopy: flags&1 != 0,
			CertificateCopy: graduation.CopyOf(flags >> 1 % 4), NationalCardCopy: flags&8 != 0, Payment: graduation.Payment{Amount: decimal.NewFromInt(amount)}}
		c, err := o.Transcript(r)
		if err != nil {
			requireFactError(t, err)
			return
		}
		if len(c.Citations()) != 4 || c.Complete() != (len(c.Missing()) == 0) {
			t.Fatalf("outcome %v, citations %v, missing %v", c.Outcome, c.Citations(), c.Missing())
		}
	})
}

// requireFactError: a checklist's bad input is a *FactError naming the
// field, with a classified reason.
func requireFactError(t *testing.T, err error) {
	t.Helper()
	var fe *graduation.FactError
	if !errors.As(err, &fe) || fe.Field == "" || graduation.ReasonCode(err) == "other" {
		t.Fatalf("error %v is not a *FactError naming a field with a known reason", err)
	}
}
