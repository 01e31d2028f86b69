package main

import (
	"strings"

	"github.com/ayinrules/ayin/transfer"
)

// options lists every ground and kind the student could use at the
// request's destination, best first; with no destination, where each ground
// lets the student go (rulings R10).
func (ev *evaluators) options(s transfer.Student, r transfer.Request, res *result) error {
	if strings.TrimSpace(r.Destination) == "" {
		ds, err := ev.transfer.Destinations(s, r)
		res.Destinations = ds
		return err
	}
	opts, err := ev.transfer.Options(s, r)
	res.Options = opts
	return err
}
