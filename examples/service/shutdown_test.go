package main

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestGracefulShutdown starts the real server, cancels its context (as
// SIGTERM does) while a request is in flight, and checks that the request is
// answered, that serve returns without error, and that new connections are
// refused afterwards.
func TestGracefulShutdown(t *testing.T) {
	h, err := newServer(testEdition())
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	release := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(started)
			<-release
			writeJSON(w, http.StatusOK, map[string]string{"status": "done"})
			return
		}
		h.ServeHTTP(w, r)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var logs strings.Builder
	go func() { done <- serve(ctx, ln, slow, log.New(&logs, "", 0)) }()
	base := "http://" + ln.Addr().String()

	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz before shutdown: %v %v", resp, err)
	}
	answer := make(chan string, 1)
	go func() {
		resp, err := http.Get(base + "/slow")
		if err != nil {
			answer <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer <- string(b)
	}()
	<-started
	cancel() // SIGTERM
	time.Sleep(50 * time.Millisecond)
	close(release)
	if got := <-answer; !strings.Contains(got, "done") {
		t.Errorf("the request in flight got %q, want its answer", got)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not return after shutdown")
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("the listener still accepts connections after shutdown")
	}
	if !strings.Contains(logs.String(), "stopped") {
		t.Errorf("log %q does not say it stopped", logs.String())
	}
}
