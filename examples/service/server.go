package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
	"github.com/ayinrules/ayin/graduation"
	"github.com/ayinrules/ayin/honors"
)

// maxBody is the largest request body the service reads: a student's facts
// or a graduate's file are a few kilobytes; a cohort of 10,000 graduates is
// about two megabytes.
const maxBody = 4 << 20

// server holds what every request shares: the edition and the evaluators
// built from it once. Everything in it is immutable, so handlers run
// concurrently without locks.
type server struct {
	ed    *ayin.Edition
	units *equivalence.Table
	mux   *http.ServeMux
}

// newServer builds the handler for an edition.
func newServer(ed *ayin.Edition) (http.Handler, error) {
	units, src := ed.Equivalence().Latest()
	s := &server{ed: ed, units: equivalence.FromRows(units, src), mux: http.NewServeMux()}
	if err := s.routes(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *server) routes() error {
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "edition": s.ed.Name()})
	})
	s.mux.HandleFunc("GET /v1/units", s.searchUnits)
	s.mux.HandleFunc("GET /v1/calendar/windows", s.windows)
	s.mux.HandleFunc("GET /v1/clauses/{id}", s.clause)
	return s.decisionRoutes()
}

// ServeHTTP answers unknown paths and wrong methods in JSON too.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h, pattern := s.mux.Handler(r)
	if pattern == "" {
		// The mux's own 404/405 answers are plain text; ours are JSON.
		rec := &statusRecorder{}
		h.ServeHTTP(rec, r)
		status := rec.status
		if status == 0 {
			status = http.StatusNotFound
		}
		if allow := rec.Header().Get("Allow"); allow != "" {
			w.Header().Set("Allow", allow)
		}
		writeError(w, status, "", errors.New(strings.ToLower(http.StatusText(status))+": "+r.Method+" "+r.URL.Path))
		return
	}
	s.mux.ServeHTTP(w, r) // the mux sets the path values ({id}) as it serves
}

// statusRecorder catches the status of the mux's not-found or
// method-not-allowed handler without writing its body.
type statusRecorder struct {
	h      http.Header
	status int
}

func (s *statusRecorder) Header() http.Header {
	if s.h == nil {
		s.h = http.Header{}
	}
	return s.h
}
func (s *statusRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (s *statusRecorder) WriteHeader(code int)        { s.status = code }

// lang reads Accept-Language: the first of fa or en it names; Persian by default.
func lang(r *http.Request) ayin.Lang {
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		if l, err := ayin.ParseLang(tag); err == nil {
			return l
		}
	}
	return ayin.Persian
}

// apiError is the body of every error response.
type apiError struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
		Field   string `json:"field,omitempty"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, status int, field string, err error) {
	var e apiError
	e.Error.Status, e.Error.Message, e.Error.Field = status, err.Error(), field
	writeJSON(w, status, e)
}

// bufPool holds response buffers for the transfer answer, the hot path.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// writeRaw sends an already encoded JSON body.
func writeRaw(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":{"status":500,"message":"encoding the response failed"}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// decode reads one JSON value into v strictly: a body over maxBody is 413,
// malformed JSON, an unknown field or trailing data is 400 naming the field
// or the byte offset at fault.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "", fmt.Errorf("content type %q: send application/json", ct))
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if dec.More() || dec.Decode(&struct{}{}) != io.EOF {
			err = errors.New("the body holds more than one JSON value")
		}
	}
	if err == nil {
		return true
	}
	var tooBig *http.MaxBytesError
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, "", fmt.Errorf("the body is over %d bytes", tooBig.Limit))
	case errors.As(err, &syntax):
		writeError(w, http.StatusBadRequest, "", fmt.Errorf("malformed JSON at byte %d: %v", syntax.Offset, err))
	case errors.As(err, &typ):
		writeError(w, http.StatusBadRequest, typ.Field, fmt.Errorf("field %q: want %s, got JSON %s", typ.Field, typ.Type, typ.Value))
	case errors.Is(err, io.EOF):
		writeError(w, http.StatusBadRequest, "", errors.New("the body is empty: send a JSON object"))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		writeError(w, http.StatusBadRequest, f, fmt.Errorf("unknown field %q", f))
	default:
		writeError(w, http.StatusBadRequest, fieldOf(err), err)
	}
	return false
}

// fieldOf returns the field an error of the library names: each rule
// package's input error carries the snake_case path of the fact at fault.
func fieldOf(err error) string {
	var (
		hon  *honors.InputError
		fact *graduation.FactError
		step *graduation.StepError
		load *ayin.LoadError
	)
	switch {
	case errors.As(err, &hon):
		return hon.Field
	case errors.As(err, &fact):
		return fact.Field
	case errors.As(err, &step):
		return step.Field
	case errors.As(err, &load):
		return load.Field
	}
	return transferField(err)
}

// unitsResponse is the answer of GET /v1/units.
type unitsResponse struct {
	Query       string             `json:"query"`
	Units       []equivalence.Unit `json:"units"`
	Suggestions []string           `json:"suggestions,omitempty"`
	Source      ayin.Source        `json:"source"`
}

// searchUnits searches the equivalence table: an exact unit first, else the
// closest names.
func (s *server) searchUnits(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeError(w, http.StatusBadRequest, "q", errors.New("q is empty: give a unit name, e.g. ?q=کرج"))
		return
	}
	resp := unitsResponse{Query: q, Source: s.units.Source(), Units: []equivalence.Unit{}}
	if u, err := s.units.Lookup(q); err == nil {
		resp.Units = append(resp.Units, u)
	} else {
		var unknown *equivalence.UnknownUnitError
		if !errors.As(err, &unknown) {
			// A named unit outside every group (Science and Research Alborz)
			// is an answer of its own, not "not found".
			writeError(w, http.StatusUnprocessableEntity, "q", err)
			return
		}
		resp.Units = append(resp.Units, s.units.Search(q, 10)...)
		resp.Suggestions = unknown.Suggestions
	}
	writeJSON(w, http.StatusOK, resp)
}

// windowsResponse is the answer of GET /v1/calendar/windows.
type windowsResponse struct {
	Date          calendar.Date      `json:"date"`
	Open          *calendar.Window   `json:"open,omitempty"`    // the phase open on the date, if any
	Semester      calendar.Semester  `json:"semester"`          // the semester a request made on the date applies to
	Windows       [4]calendar.Window `json:"windows"`           // that semester's four phases
	InStudent     bool               `json:"in_student_window"` // the date is inside its student window
	NextStudent   *calendar.Window   `json:"next_student_window,omitempty"`
	Replaced      bool               `json:"replaced_by_table_2"` // the semester's windows are table 2's
	Source        ayin.Source        `json:"source"`
	PhaseNames    map[string]string  `json:"phase_names"`
	SemesterStart calendar.Date      `json:"semester_start"`
}

func (s *server) windows(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("date")
	if q == "" {
		writeError(w, http.StatusBadRequest, "date", errors.New("date is empty: give a Jalali date, e.g. ?date=1403/07/01"))
		return
	}
	day, err := calendar.Parse(q)
	if err != nil {
		writeError(w, http.StatusBadRequest, "date", err)
		return
	}
	sem := calendar.NextSemesterAfter(day)
	tt, src, err := s.ed.Timetables().AtSemester(sem)
	if err != nil {
		writeError(w, http.StatusUnprocessableEntity, "date", err)
		return
	}
	resp := windowsResponse{Date: day, Semester: sem, Source: src, Replaced: tt.Replaced(sem), SemesterStart: sem.Start(),
		PhaseNames: map[string]string{}}
	if resp.Windows, err = tt.Windows(sem); err != nil {
		writeError(w, http.StatusUnprocessableEntity, "date", err)
		return
	}
	if open, ok := tt.Open(day); ok {
		resp.Open = &open
	}
	resp.InStudent, _ = tt.InStudentWindow(day, sem)
	if next, err := tt.NextStudentWindow(day); err == nil {
		resp.NextStudent = &next
	}
	l := lang(r)
	for _, win := range resp.Windows {
		name := win.Phase.String()
		if l == ayin.Persian {
			name = win.Phase.Persian()
		}
		code, _ := win.Phase.MarshalText()
		resp.PhaseNames[string(code)] = name
	}
	writeJSON(w, http.StatusOK, resp)
}

// clauseResponse is the answer of GET /v1/clauses/{id}.
type clauseResponse struct {
	ayin.Clause
	Display struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"display"` // title and text in the language asked for
}

func (s *server) clause(w http.ResponseWriter, r *http.Request) {
	id := ayin.ClauseID(strings.ToLower(strings.TrimSpace(r.PathValue("id"))))
	c, ok := s.ed.Clause(id)
	if !ok {
		writeError(w, http.StatusNotFound, "id", fmt.Errorf("no clause %q in edition %s", id, s.ed.Name()))
		return
	}
	resp := clauseResponse{Clause: c}
	l := lang(r)
	resp.Display.Title, resp.Display.Text = c.Title.In(l), c.Text.In(l)
	writeJSON(w, http.StatusOK, resp)
}
