package graduation_test

import (
	"testing"

	"github.com/ayinrules/ayin/graduation"
)

// BenchmarkTrack: the tracking view of a file half-way (target ≤ 2 µs/op).
func BenchmarkTrack(b *testing.B) {
	o := graduation.Default()
	f := upTo(b, o, fullFacts(b), 9)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Track(f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAdvance: recording one step with its needs checked (grad.issue.10).
func BenchmarkAdvance(b *testing.B) {
	o := graduation.Default()
	f := upTo(b, o, fullFacts(b), 9)
	d := day(b, "1402/06/01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Advance(f, 10, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAdvanceMatch: grad.issue.13, the comparison of two certificates.
func BenchmarkAdvanceMatch(b *testing.B) {
	o := graduation.Default()
	f := upTo(b, o, fullFacts(b), 12)
	d := day(b, "1402/06/01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Advance(f, 13, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNext: what the next step needs.
func BenchmarkNext(b *testing.B) {
	o := graduation.Default()
	f := upTo(b, o, fullFacts(b), 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Next(f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDuplicate: the duplicate-certificate checklist, complete.
func BenchmarkDuplicate(b *testing.B) {
	o := graduation.Default()
	r := fullDuplicate(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Duplicate(r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTranscript: the transcript-for-translation checklist.
func BenchmarkTranscript(b *testing.B) {
	o := graduation.Default()
	r := fullTranscript(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Transcript(r); err != nil {
			b.Fatal(err)
		}
	}
}
