// Fixtures for the rules about the binary the Go agent reads: a two-stage Dockerfile whose build line is easy to
// `span`, with the same app in a sidecar pod, a compose project and an Operator-injected pod.

import { deployment } from './fixtures.ts';

/** The build line as written in `goDockerfile` (what the binary findings point at). */
export function buildLine(flags = ''): string {
  return `go build ${flags ? `${flags} ` : ''}-o /app/server ./cmd/server`;
}

/** Builder `FROM <from>`, the build line, optional extra RUN lines in the builder, distroless final stage. */
export function goDockerfile(from: string, flags = '', extraRuns: string[] = []): string {
  return [
    `FROM ${from} AS builder`,
    'WORKDIR /src',
    'COPY . .',
    `RUN ${buildLine(flags)}`,
    ...extraRuns.map((r) => `RUN ${r}`),
    '',
    'FROM gcr.io/distroless/static',
    'COPY --from=builder /app/server /app/server',
    'ENTRYPOINT ["/app/server"]',
    '',
  ].join('\n');
}

/** The fixture sidecar Deployment with another agent image tag. */
export function sidecarWithAgent(tag: string): string {
  return deployment().replace('otel/autoinstrumentation-go:v0.24.0', `otel/autoinstrumentation-go:${tag}`);
}

export function composeWithAgent(tag: string): string {
  return `services:
  app:
    build: .
  agent:
    image: otel/autoinstrumentation-go:${tag}
    privileged: true
    pid: "service:app"
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
`;
}

/** A Deployment the Operator instruments, and the Instrumentation with `spec.go.image` at `tag` (none: no image). */
export function operatorWithAgent(tag: string | undefined): Record<string, string> {
  return {
    'deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
      annotations:
        instrumentation.opentelemetry.io/inject-go: "true"
        instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/api:1.0.0
`,
    'instrumentation.yaml': `apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata:
  name: go
spec:
  exporter:
    endpoint: http://otel-collector:4318
${tag ? `  go:\n    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:${tag}\n` : ''}`,
  };
}
