package equivalence_test

import (
	"testing"

	"github.com/ayinrules/ayin/equivalence"
)

// The target for a Group lookup is 300 ns/op.

func benchGroup(b *testing.B, name string) {
	tb := equivalence.Default()
	if _, err := tb.Group(name); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tb.Group(name); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGroup_Exact: the name exactly as the table spells it.
func BenchmarkGroup_Exact(b *testing.B) { benchGroup(b, "تهران شمال") }

// BenchmarkGroup_Normalized: Arabic letters, a ZWNJ, extra spaces and «واحد».
func BenchmarkGroup_Normalized(b *testing.B) { benchGroup(b, " واحد  تهران\u200cشمال ") }

// BenchmarkGroup_Arabic: a name typed with Arabic kaf.
func BenchmarkGroup_Arabic(b *testing.B) { benchGroup(b, "كرج") }

// BenchmarkGroup_English: the English name, another case.
func BenchmarkGroup_English(b *testing.B) { benchGroup(b, "TEHRAN NORTH") }

// BenchmarkGroup_SamaInferred: an unlisted Sama centre (tr.t4.n).
func BenchmarkGroup_SamaInferred(b *testing.B) { benchGroup(b, "سما کرج") }

// BenchmarkLookup_Unknown: an unknown name, with suggestions (the error path).
func BenchmarkLookup_Unknown(b *testing.B) {
	tb := equivalence.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tb.Lookup("تهرن"); err == nil {
			b.Fatal("found")
		}
	}
}
