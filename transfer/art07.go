package transfer

import "github.com/ayinrules/ayin"

var art07Clauses = []ayin.ClauseID{}

var art07Pending = true

func evalArt07(e *eval) error { return e.notYetEncoded("tr.7") }
