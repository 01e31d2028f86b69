module github.com/ayinrules/ayin

go 1.26

require (
	github.com/shopspring/decimal v1.4.0
	gopkg.in/yaml.v3 v3.0.1
)
