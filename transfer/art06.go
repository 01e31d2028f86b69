package transfer

import "github.com/ayinrules/ayin"

var art06Clauses = []ayin.ClauseID{}

var art06Pending = true

func evalArt06(e *eval) error { return e.notYetEncoded("tr.6") }

// SeveralStudents is a placeholder.
type SeveralStudents struct{}
