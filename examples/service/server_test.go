package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ayinrules/ayin"
)

func testServer(t testing.TB) *httptest.Server {
	t.Helper()
	h, err := newServer(testEdition())
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

// call sends a request and decodes the JSON answer into a generic map.
func call(t testing.TB, ts *httptest.Server, method, path, body string, hdr ...string) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, ts.URL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("%s %s: content type %q, want JSON", method, path, ct)
	}
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatalf("%s %s: the answer is not JSON: %v", method, path, err)
	}
	return resp.StatusCode, m
}

func errField(m map[string]any) (msg, field string) {
	e, _ := m["error"].(map[string]any)
	msg, _ = e["message"].(string)
	field, _ = e["field"].(string)
	return msg, field
}

func TestReadRoutes(t *testing.T) {
	ts := testServer(t)
	tests := []struct {
		name, path string
		status     int
		check      func(t *testing.T, m map[string]any)
	}{
		{"healthz", "/healthz", 200, func(t *testing.T, m map[string]any) {
			if m["status"] != "ok" {
				t.Errorf("status = %v", m["status"])
			}
		}},
		{"tr.t4: a unit by its Persian name", "/v1/units?q=" + "%DA%A9%D8%B1%D8%AC", 200, func(t *testing.T, m map[string]any) {
			units := m["units"].([]any)
			if len(units) != 1 || units[0].(map[string]any)["name_en"] == "" {
				t.Errorf("units = %v", units)
			}
		}},
		{"tr.t4: an unknown unit gives suggestions", "/v1/units?q=" + "%D8%AA%D9%87%D8%B1%D9%86", 200, func(t *testing.T, m map[string]any) {
			if s, _ := m["suggestions"].([]any); len(s) == 0 {
				t.Errorf("no suggestions: %v", m)
			}
		}},
		{"units: empty query", "/v1/units", 400, func(t *testing.T, m map[string]any) {
			if _, f := errField(m); f != "q" {
				t.Errorf("field = %q, want q", f)
			}
		}},
		{"tr.t1: windows on a date", "/v1/calendar/windows?date=1403/07/01", 200, func(t *testing.T, m map[string]any) {
			if m["semester"] == "" || len(m["windows"].([]any)) != 4 {
				t.Errorf("answer = %v", m)
			}
		}},
		{"tr.t1: windows with Persian digits", "/v1/calendar/windows?date=" + "%DB%B1%DB%B4%DB%B0%DB%B3/%DB%B0%DB%B7/%DB%B0%DB%B1", 200, nil},
		{"windows: an impossible date", "/v1/calendar/windows?date=1403/07/31", 400, func(t *testing.T, m map[string]any) {
			if _, f := errField(m); f != "date" {
				t.Errorf("field = %q, want date", f)
			}
		}},
		{"windows: before the regulation", "/v1/calendar/windows?date=1380/01/01", 422, nil},
		{"a clause", "/v1/clauses/tr.7.2", 200, func(t *testing.T, m map[string]any) {
			if m["id"] != "tr.7.2" || m["display"].(map[string]any)["text"] == "" {
				t.Errorf("answer = %v", m)
			}
		}},
		{"an unknown clause", "/v1/clauses/tr.99", 404, func(t *testing.T, m map[string]any) {
			if msg, _ := errField(m); !strings.Contains(msg, "tr.99") {
				t.Errorf("message %q does not name the clause", msg)
			}
		}},
		{"an unknown path is JSON 404", "/v2/nothing", 404, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, m := call(t, ts, "GET", tc.path, "")
			if status != tc.status {
				t.Fatalf("status = %d, want %d (%v)", status, tc.status, m)
			}
			if tc.check != nil {
				tc.check(t, m)
			}
		})
	}
}

func TestAcceptLanguage(t *testing.T) {
	ts := testServer(t)
	_, fa := call(t, ts, "GET", "/v1/clauses/tr.7.2", "")
	_, en := call(t, ts, "GET", "/v1/clauses/tr.7.2", "", "Accept-Language", "en-US,en;q=0.9")
	c, _ := ayin.Default().Clause("tr.7.2")
	if got := fa["display"].(map[string]any)["text"]; got != c.Text.FA {
		t.Errorf("default display text = %v, want the Persian", got)
	}
	if got := en["display"].(map[string]any)["text"]; got != c.Text.EN {
		t.Errorf("en display text = %v, want the English", got)
	}
}

func TestMethodNotAllowedIsJSON(t *testing.T) {
	ts := testServer(t)
	status, m := call(t, ts, "DELETE", "/v1/clauses/tr.7.2", "")
	if status != http.StatusMethodNotAllowed {
		t.Fatalf("status = %d, want 405 (%v)", status, m)
	}
}

// TestConcurrentReads sends 1,000 requests at once: none may fail.
func TestConcurrentReads(t *testing.T) {
	ts := testServer(t)
	paths := []string{"/v1/clauses/tr.14.5", "/v1/units?q=" + "%DA%A9%D8%B1%D8%AC", "/v1/calendar/windows?date=1403/04/20", "/healthz"}
	var wg sync.WaitGroup
	errs := make(chan string, 1000)
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(p string) {
			defer wg.Done()
			resp, err := ts.Client().Get(ts.URL + p)
			if err != nil {
				errs <- err.Error()
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				errs <- p + ": " + resp.Status
			}
		}(paths[i%len(paths)])
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func testEdition() *ayin.Edition { return ayin.Default() }
