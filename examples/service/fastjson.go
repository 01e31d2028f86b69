package main

import (
	"encoding"
	"encoding/json"
	"unicode/utf8"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/transfer"
)

// The transfer answer is the service's hot path. Most of its bytes are the
// findings' Persian and English messages and the documents' names, and
// encoding/json spends most of a request escaping them rune by rune. The
// functions below write those parts directly and leave the small structured
// parts (fee, window, grant) to encoding/json. The output is the same JSON
// value as json.Marshal of the decision (TestFastTransferJSON checks it).

// appendString appends s as a JSON string. Valid UTF-8 is copied byte by
// byte, escaping what JSON requires (and U+2028/U+2029, as encoding/json
// does); anything else falls back to encoding/json.
func appendString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		q, _ := json.Marshal(s)
		return append(b, q...)
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var esc string
		switch {
		case c == '"':
			esc = `\"`
		case c == '\\':
			esc = `\\`
		case c == '\n':
			esc = `\n`
		case c == '\r':
			esc = `\r`
		case c == '\t':
			esc = `\t`
		case c < 0x20:
			esc = `\u00` + string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&0xf])
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9):
			b = append(b, s[start:i]...)
			if s[i+2] == 0xA8 {
				b = append(b, `\u2028`...)
			} else {
				b = append(b, `\u2029`...)
			}
			i += 2
			start = i + 1
			continue
		default:
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, esc...)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendTextValue(b []byte, t ayin.Text) []byte {
	b = append(b, `{"fa":`...)
	b = appendString(b, t.FA)
	b = append(b, `,"en":`...)
	b = appendString(b, t.EN)
	return append(b, '}')
}

func appendMarshalText(b []byte, m encoding.TextMarshaler) []byte {
	t, err := m.MarshalText()
	if err != nil {
		return append(b, `null`...)
	}
	return appendString(b, string(t))
}

func appendJSON(b []byte, v any) ([]byte, error) {
	j, err := json.Marshal(v)
	if err != nil {
		return b, err
	}
	return append(b, j...), nil
}

func appendFindings(b []byte, fs ayin.Findings) []byte {
	if fs == nil {
		return append(b, `null`...)
	}
	b = append(b, '[')
	for i, f := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"clause":`...)
		b = appendString(b, string(f.Clause))
		b = append(b, `,"status":`...)
		b = appendString(b, f.Status.String())
		b = append(b, `,"message":`...)
		b = appendTextValue(b, f.Message)
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendDecision writes a transfer decision as json.Marshal would.
func appendDecision(b []byte, d *transfer.Decision) ([]byte, error) {
	var err error
	b = append(b, `{"outcome":`...)
	b = appendMarshalText(b, d.Outcome)
	b = append(b, `,"ground":`...)
	b = appendMarshalText(b, d.Ground)
	if d.Clause != "" {
		b = append(b, `,"clause":`...)
		b = appendString(b, string(d.Clause))
	}
	b = append(b, `,"asked":`...)
	b = appendMarshalText(b, d.Asked)
	b = append(b, `,"granted":`...)
	if b, err = appendJSON(b, d.Granted); err != nil {
		return b, err
	}
	b = append(b, `,"approvals":`...)
	if d.Approvals == nil {
		b = append(b, `null`...)
	} else {
		b = append(b, '[')
		for i, a := range d.Approvals {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, string(a))
		}
		b = append(b, ']')
	}
	b = append(b, `,"documents":{"row":`...)
	b = appendString(b, string(d.Documents.Row))
	b = append(b, `,"reviewer":`...)
	b = appendString(b, string(d.Documents.Reviewer))
	b = append(b, `,"items":`...)
	if d.Documents.Items == nil {
		b = append(b, `null`...)
	} else {
		b = append(b, '[')
		for i, it := range d.Documents.Items {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendTextValue(b, it)
		}
		b = append(b, ']')
	}
	b = append(b, `},"fee":`...)
	if b, err = appendJSON(b, d.Fee); err != nil {
		return b, err
	}
	if d.Tuition != nil {
		b = append(b, `,"tuition":`...)
		if b, err = appendJSON(b, d.Tuition); err != nil {
			return b, err
		}
	}
	b = append(b, `,"window":`...)
	if b, err = appendJSON(b, d.Window); err != nil {
		return b, err
	}
	if len(d.Confidence) > 0 {
		b = append(b, `,"confidence":`...)
		if b, err = appendJSON(b, d.Confidence); err != nil {
			return b, err
		}
	}
	b = append(b, `,"findings":`...)
	b = appendFindings(b, d.Findings)
	b = append(b, `,"citations":`...)
	if d.Citations == nil {
		b = append(b, `null`...)
	} else {
		b = append(b, '[')
		for i, c := range d.Citations {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, string(c))
		}
		b = append(b, ']')
	}
	b = append(b, `,"edition":`...)
	b = appendString(b, d.Edition)
	return append(b, '}'), nil
}

// appendExplained writes {"decision": …, "explain": […]} for a transfer
// decision, the answer of POST /v1/transfer/evaluate.
func appendExplained(b []byte, d *transfer.Decision, l ayin.Lang) ([]byte, error) {
	b = append(b, `{"decision":`...)
	b, err := appendDecision(b, d)
	if err != nil {
		return b, err
	}
	b = append(b, `,"explain":[`...)
	for i, f := range d.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"clause":`...)
		b = appendString(b, string(f.Clause))
		b = append(b, `,"status":`...)
		b = appendString(b, f.Status.Name(l))
		b = append(b, `,"message":`...)
		b = appendString(b, f.Message.In(l))
		b = append(b, '}')
	}
	return append(b, "]}\n"...), nil
}
