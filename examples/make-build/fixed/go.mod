module github.com/acme/pricing

go 1.24
