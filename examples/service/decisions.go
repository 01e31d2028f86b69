package main

import (
	"net/http"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/graduation"
	"github.com/ayinrules/ayin/honors"
)

// decisionRoutes registers the routes that evaluate rules: transfer, honors,
// graduation and the duplicate-certificate checklist. The evaluators are
// built once, from the server's edition.
func (s *server) decisionRoutes() error {
	hon, err := honors.New(s.ed)
	if err != nil {
		return err
	}
	office := graduation.New(s.ed)
	s.mux.HandleFunc("POST /v1/honors/evaluate", func(w http.ResponseWriter, r *http.Request) {
		var g honors.Graduate
		if !decode(w, r, &g) {
			return
		}
		d, err := hon.Evaluate(g)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, explained(d, d.Findings, lang(r)))
	})
	s.mux.HandleFunc("POST /v1/honors/cohort", func(w http.ResponseWriter, r *http.Request) {
		var c honors.Cohort
		if !decode(w, r, &c) {
			return
		}
		ds, err := hon.Select(c)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		selected := make([]string, 0, len(ds))
		for _, d := range ds {
			if d.Selected && d.Outcome == ayin.Eligible {
				selected = append(selected, d.StudentID)
			}
		}
		writeJSON(w, http.StatusOK, map[string]any{"selected": selected, "decisions": ds})
	})
	s.mux.HandleFunc("POST /v1/graduation/track", func(w http.ResponseWriter, r *http.Request) {
		var req trackRequest
		if !decode(w, r, &req) {
			return
		}
		f, err := office.Replay(req.Facts, req.Steps)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		v, err := office.Track(f)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		next, err := office.Next(f)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		svc, err := office.Services(f)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, trackResponse{Line: v.Line(lang(r)), View: v, Next: next, Services: svc})
	})
	s.mux.HandleFunc("POST /v1/duplicate/check", func(w http.ResponseWriter, r *http.Request) {
		var req graduation.DuplicateRequest
		if !decode(w, r, &req) {
			return
		}
		c, err := office.Duplicate(req)
		if err != nil {
			writeRuleError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, explained(c, c.Findings, lang(r)))
	})
	return s.transferRoutes()
}

// trackRequest is the body of POST /v1/graduation/track: the file's facts
// and the steps recorded so far, as the caller stores them.
type trackRequest struct {
	Facts graduation.Facts   `json:"facts"`
	Steps []graduation.Entry `json:"steps"`
}

// trackResponse is the answer of POST /v1/graduation/track.
type trackResponse struct {
	Line     string               `json:"line"` // "step k of 16: …" in the language asked for
	View     graduation.View      `json:"view"`
	Next     graduation.Next      `json:"next"`
	Services []graduation.Service `json:"services"`
}

// explanation is a decision with its findings rendered in one language, for
// a client that shows them as they are.
type explanation struct {
	Decision any           `json:"decision"`
	Explain  []explainLine `json:"explain"`
}

type explainLine struct {
	Clause  ayin.ClauseID `json:"clause"`
	Status  string        `json:"status"`
	Message string        `json:"message"`
}

func explained(d any, fs ayin.Findings, l ayin.Lang) explanation {
	out := explanation{Decision: d, Explain: make([]explainLine, len(fs))}
	for i, f := range fs {
		out.Explain[i] = explainLine{Clause: f.Clause, Status: f.Status.Name(l), Message: f.Message.In(l)}
	}
	return out
}

// writeRuleError answers an error of a rule package: 422 for facts the rules
// refuse, naming the field at fault where the error says.
func writeRuleError(w http.ResponseWriter, err error) {
	writeError(w, http.StatusUnprocessableEntity, fieldOf(err), err)
}
