// Command service shows how a registrar's Go service embeds ayin: a small
// JSON-over-HTTP API built on the standard library alone.
//
//	go run ./examples/service -addr :8080
//	curl -s localhost:8080/v1/units?q=کرج
//	curl -s -X POST localhost:8080/v1/transfer/evaluate -d @testdata/students/marriage.json
//
// Routes (every response is JSON; errors are {"error": {"status", "message", "field"}}):
//
//	POST /v1/transfer/evaluate    a transfer or guest request → decision
//	POST /v1/transfer/options     a student (and a destination, or none) → every ground, best first
//	POST /v1/honors/evaluate      one graduate → excellence decision
//	POST /v1/honors/cohort        a unit's graduates of a year → the selected top share
//	POST /v1/graduation/track     a graduate's file → the tracking view (step k of 16)
//	POST /v1/duplicate/check      what a graduate holds → the duplicate-certificate checklist
//	GET  /v1/units?q=             unit search, with close-match suggestions
//	GET  /v1/calendar/windows?date=   the windows in force on a Jalali date
//	GET  /v1/clauses/{id}         a clause of the catalog
//	GET  /healthz                 liveness
//
// Accept-Language: fa (the default) or en chooses the language of messages.
// The server has read and write timeouts, a request-size limit, and shuts
// down gracefully on SIGTERM or SIGINT.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ayinrules/ayin"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("service", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "localhost:8080", "address to listen on")
	rules := fl.String("rules", "", "a YAML edition to use instead of the embedded one")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	ed := ayin.Default()
	if *rules != "" {
		var err error
		if ed, err = ayin.LoadFile(*rules); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	}
	h, err := newServer(ed)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	logger := log.New(stderr, "ayin-service ", log.LstdFlags)
	logger.Printf("listening on %s (edition %s)", ln.Addr(), ed.Name())
	if err := serve(ctx, ln, h, logger); err != nil {
		logger.Print(err)
		return 1
	}
	return 0
}

// serve runs the server on ln until ctx is done, then stops taking new
// connections and waits up to ten seconds for requests in flight.
func serve(ctx context.Context, ln net.Listener, h http.Handler, logger *log.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Print("stopped")
	return nil
}
