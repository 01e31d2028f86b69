package main

import (
	"encoding/json"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/transfer"
)

// BenchmarkTransferParts splits a request's cost: decoding the body, the
// evaluation, and encoding the decision and its explanation.
func BenchmarkTransferParts(b *testing.B) {
	var body transferBody
	if err := json.Unmarshal([]byte(marriageJSON), &body); err != nil {
		b.Fatal(err)
	}
	ev := transfer.Default()
	d, err := ev.Evaluate(body.Student, body.Request)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("decode", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			var x transferBody
			_ = json.Unmarshal([]byte(marriageJSON), &x)
		}
	})
	b.Run("evaluate", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = ev.Evaluate(body.Student, body.Request)
		}
	})
	b.Run("decision", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = json.Marshal(d)
		}
	})
	b.Run("findings", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = json.Marshal(d.Findings)
		}
	})
	b.Run("explained", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = json.Marshal(explained(d, d.Findings, ayin.English))
		}
	})
}
