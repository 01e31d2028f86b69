package main

import (
	"errors"

	"github.com/ayinrules/ayin/transfer"
)

// options lists every ground and kind the student could use at the request's
// destination, best first (rulings R10).
func (ev *evaluators) options(s transfer.Student, r transfer.Request) ([]transfer.Decision, error) {
	return nil, errors.New("-options is not available in this build")
}
