package ayin

import (
	"fmt"
	"strings"
)

// Step is one of the certificate-issuance steps (grad.issue.1–16).
type Step struct {
	Number int       // 1-based position in the workflow
	Clause ClauseID  // grad.issue.N
	Name   Text      // the step's name
	Actor  Authority // who performs it (rulings R17)
	Stage  string    // "file", "provisional" or "final": which certificate the step works on
}

// GraduationTables is one version of the graduates' office workflow.
type GraduationTables struct {
	Steps []Step
}

type rawGraduation struct {
	Steps []rawStep `yaml:"steps"`
}

type rawStep struct {
	Step   at[int]    `yaml:"step"`
	Clause clauseRef  `yaml:"clause"`
	Name   Text       `yaml:"name"`
	Actor  at[string] `yaml:"actor"`
	Stage  at[string] `yaml:"stage"`
}

func buildGraduation(c *checker, f string, r rawGraduation, _ string) GraduationTables {
	var g GraduationTables
	for i, s := range r.Steps {
		sf := fmt.Sprintf("%s.steps[%d]", f, i)
		st := Step{Number: c.count(s.Step, sf+".step", 1, 99), Clause: c.ref(s.Clause, s.Step.Line, sf+".clause"),
			Name: s.Name, Actor: Authority(strings.TrimSpace(s.Actor.V)), Stage: strings.TrimSpace(s.Stage.V)}
		if st.Number != i+1 && c.ok() {
			c.fail(s.Step.Line, sf+".step", "step %d out of order: want %d", st.Number, i+1)
		}
		if !st.Actor.Known() {
			c.fail(s.Actor.Line, sf+".actor", "unknown authority %q", s.Actor.V)
		}
		switch st.Stage {
		case "file", "provisional", "final":
		default:
			c.fail(s.Stage.Line, sf+".stage", "unknown stage %q (want file, provisional or final)", st.Stage)
		}
		g.Steps = append(g.Steps, st)
	}
	return g
}
