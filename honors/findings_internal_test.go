package honors

import (
	"testing"

	"github.com/ayinrules/ayin"
)

// TestFindingTable: row c holds criterion hon.(c+1)'s findings, the held one
// first; the picks of every combination number 0 … combinations−1 once, and
// their shared findings are the rows' choices in clause order.
func TestFindingTable(t *testing.T) {
	n := 1
	for c, row := range findingTable {
		n *= len(row)
		if row[0].Status != ayin.Held || row[held].Clause != citeAll[c] {
			t.Errorf("row %d starts with %+v, want %s held", c, row[0], citeAll[c])
		}
		for _, f := range row {
			if f.Clause != citeAll[c] {
				t.Errorf("row %d holds a finding on %s", c, f.Clause)
			}
		}
	}
	if n != combinations {
		t.Fatalf("the rows give %d combinations, the cache has %d", n, combinations)
	}
	seen := make([]bool, combinations)
	var p picks
	var walk func(c int)
	walk = func(c int) {
		if c == len(p) {
			i := p.index()
			if i < 0 || i >= combinations || seen[i] {
				t.Fatalf("picks %v give index %d (seen: %v)", p, i, i >= 0 && i < combinations && seen[i])
			}
			seen[i] = true
			fs := p.findings()
			if len(fs) != 8 || cap(fs) != 8 {
				t.Fatalf("picks %v: %d findings, capacity %d", p, len(fs), cap(fs))
			}
			for k, f := range fs {
				if f != findingTable[k][p[k]] {
					t.Fatalf("picks %v: finding %d is %+v", p, k, f)
				}
			}
			if &p.findings()[0] != &fs[0] {
				t.Fatalf("picks %v: the findings are built twice", p)
			}
			return
		}
		for k := range findingTable[c] {
			p[c] = uint8(k)
			walk(c + 1)
		}
	}
	walk(0)
}
