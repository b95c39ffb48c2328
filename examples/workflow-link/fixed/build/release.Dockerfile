FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/refunds ./cmd/refunds

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/refunds /usr/local/bin/refunds-api
ENTRYPOINT ["/usr/local/bin/refunds-api"]
