module github.com/acme/reviews

go 1.26.0
