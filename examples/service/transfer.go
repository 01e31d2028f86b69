package main

import (
	"errors"
	"net/http"
	"strings"

	"github.com/ayinrules/ayin/transfer"
)

// transferBody is the body of POST /v1/transfer/evaluate: the student's
// facts and the request, with the snake_case names of transfer.Student and
// transfer.Request.
type transferBody struct {
	Student transfer.Student `json:"student"`
	Request transfer.Request `json:"request"`
}

// transferRoutes registers the transfer routes.
func (s *server) transferRoutes() error {
	ev, err := transfer.New(s.ed)
	if err != nil {
		return err
	}
	s.mux.HandleFunc("POST /v1/transfer/evaluate", func(w http.ResponseWriter, r *http.Request) {
		var b transferBody
		if !decode(w, r, &b) {
			return
		}
		d, err := ev.Evaluate(b.Student, b.Request)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		buf := bufPool.Get().(*[]byte)
		defer bufPool.Put(buf)
		out, err := appendExplained((*buf)[:0], &d, lang(r))
		if err != nil {
			writeError(w, http.StatusInternalServerError, "", err)
			return
		}
		*buf = out
		writeRaw(w, http.StatusOK, out)
	})
	s.mux.HandleFunc("POST /v1/transfer/options", func(w http.ResponseWriter, r *http.Request) {
		var b transferBody
		if !decode(w, r, &b) {
			return
		}
		// With a destination: every ground and kind there, best first; without
		// one: where each ground lets the student go (rulings R10).
		if strings.TrimSpace(b.Request.Destination) == "" {
			ds, err := ev.Destinations(b.Student, b.Request)
			if err != nil {
				writeRuleError(w, err)
				return
			}
			writeJSON(w, http.StatusOK, map[string]any{"destinations": ds})
			return
		}
		opts, err := ev.Options(b.Student, b.Request)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"options": opts})
	})
	return nil
}

// transferField returns the field a transfer error names.
func transferField(err error) string {
	var fe *transfer.FactError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}
