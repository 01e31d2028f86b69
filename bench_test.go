package ayin_test

import (
	"testing"

	"github.com/ayinrules/ayin"
	"gopkg.in/yaml.v3"
)

// BenchmarkParseDefault loads the embedded edition the way Default does on
// first use (issue 2: under 5 ms).
func BenchmarkParseDefault(b *testing.B) {
	data := ayin.DefaultYAML()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ayin.Parse(ayin.DefaultFile, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkYAMLNodeOnly is yaml.v3 alone building the node tree of the
// embedded edition: the floor under BenchmarkParseDefault (rulings R22).
func BenchmarkYAMLNodeOnly(b *testing.B) {
	data := ayin.DefaultYAML()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}
