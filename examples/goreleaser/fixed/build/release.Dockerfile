# GoReleaser builds the binary and puts it in the build context as <os>/<arch>/reviews.
FROM gcr.io/distroless/static-debian12:nonroot
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/reviews /usr/bin/reviews
ENTRYPOINT ["/usr/bin/reviews"]
