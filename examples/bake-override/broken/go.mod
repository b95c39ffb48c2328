module github.com/acme/catalog

go 1.24
