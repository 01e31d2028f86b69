package fees_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/fees"
)

// The target for the fee of a request is 500 ns/op.

func BenchmarkRequest(b *testing.B) {
	s := fees.Default()
	when, _ := calendar.Parse("1403/07/01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Request(ayin.Master, 10, ayin.OrdinaryDocuments, when); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRequest_Exempt: an exempt class, no page arithmetic.
func BenchmarkRequest_Exempt(b *testing.B) {
	s := fees.Default()
	when, _ := calendar.Parse("1403/07/01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Request(ayin.Associate, 10, ayin.MedicalDocuments, when); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDuplicateCertificate(b *testing.B) {
	s := fees.Default()
	when, _ := calendar.Parse("1403/07/01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.DuplicateCertificate(when); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	v := decimal.NewFromInt(1_455_000)
	b.ReportAllocs()
	for b.Loop() {
		_ = fees.Format(v, ayin.Persian)
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fees.Parse("۱٬۴۵۵٬۰۰۰ ریال"); err != nil {
			b.Fatal(err)
		}
	}
}
