package transfer

import "github.com/ayinrules/ayin"

var art03Clauses = []ayin.ClauseID{}

var art03Pending = true

func evalArt03(e *eval) error { return e.notYetEncoded("tr.3") }

// Isargar is a placeholder.
type Isargar struct{}
