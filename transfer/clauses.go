package transfer

import (
	"sort"
	"strings"

	"github.com/ayinrules/ayin"
)

// Clauses returns the clauses the package's rules cite, each once, sorted:
// the general rules of tr.1 and tr.14, the shared helpers and every ground's
// own list (artNN.go). The coverage test compares it with the clause catalog;
// another test checks that no decision cites a clause missing from it.
func Clauses() []ayin.ClauseID {
	seen := map[ayin.ClauseID]bool{}
	var out []ayin.ClauseID
	add := func(cs []ayin.ClauseID) {
		for _, c := range cs {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	add(generalClauses)
	add(scoreClauses)
	for g := GroundMarriage; g < numGrounds; g++ {
		add(*grounds[g].clauses)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// PendingArticles returns the articles (tr.8 …) whose ground functions are
// still stubs. Their clauses, and their rows of table 6 (tr.t6.8 …), are not
// yet encoded; the coverage test skips them with a log line.
func PendingArticles() []ayin.ClauseID {
	var out []ayin.ClauseID
	for g := GroundMarriage; g < numGrounds; g++ {
		if *grounds[g].pending && (len(out) == 0 || out[len(out)-1] != grounds[g].article) {
			out = append(out, grounds[g].article)
		}
	}
	return out
}

// PendingClause reports whether clause c belongs to a pending article: the
// article itself, one of its clauses, or its row of table 6.
func PendingClause(c ayin.ClauseID) bool {
	for _, a := range PendingArticles() {
		if a == "tr.3" && c == "tr.t5" { // table 5 is Article 3's
			return true
		}
		row := ayin.ClauseID("tr.t6." + strings.TrimPrefix(string(a), "tr."))
		if clauseWithin(c, a) || clauseWithin(c, row) {
			return true
		}
	}
	return false
}
