package transfer

import "github.com/ayinrules/ayin"

var art05Clauses = []ayin.ClauseID{}

var art05Pending = true

func evalArt05(e *eval) error { return e.notYetEncoded("tr.5") }

// Guardianship is a placeholder.
type Guardianship struct{}
