// The benchmark's monorepo: N Go services, each with a multi-stage Dockerfile, an entrypoint script, a go.mod and
// a Kubernetes Deployment running the app next to the OpenTelemetry Go agent sidecar (some through a ConfigMap).
// Deterministic for a seed. Some services are wrong on purpose, one mistake each, and the generator returns what
// the linter must find: `expected` maps each seeded service directory to the one rule that must fire there, and
// every other service must produce no finding at all.
//
// Seeded mistakes (the first that applies wins):
//   every 17th service runs `go run`                           -> target-exe-go-run
//   every 13th sets the target to its entrypoint script        -> target-exe-wrapper
//   every 11th sets a relative target (the binary's base name) -> target-exe-relative
//   every 7th sets an absolute path the binary is not at       -> target-exe-mismatch
// Images are named after the service directory (registry.example.com/shop/svc-0007:1.0 is built from
// services/svc-0007/Dockerfile), so linking uses the directory-name heuristic.
//
// Also in the tree, and never linted: a .gitignore'd scratch manifest in every 50th service (it has a wrong target:
// if .gitignore stopped working, the run would find it) and a vendor/ directory.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a small seeded PRNG, good enough to vary the services. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MISTAKES = [
  { every: 17, rule: 'target-exe-go-run' },
  { every: 13, rule: 'target-exe-wrapper' },
  { every: 11, rule: 'target-exe-relative' },
  { every: 7, rule: 'target-exe-mismatch' },
];

const AGENT_IMAGE = 'otel/autoinstrumentation-go:v0.24.0';

/** The seeded mistake of service number `i` (1-based), or undefined. */
export function mistakeOf(i) {
  return MISTAKES.find((m) => i % m.every === 0)?.rule;
}

// --- the build variants: each returns { dockerfile, script, exe } -------------------------------------------

function distrolessOut(name) {
  return {
    dockerfile: `FROM golang:1.24 AS build
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/${name} ./cmd/${name}

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/${name} /app/${name}
USER nonroot
ENTRYPOINT ["/app/${name}"]
`,
    script: `#!/bin/sh
# Not used by the image (distroless has no shell); kept for local runs.
exec ./bin/${name} "$@"
`,
    exe: `/app/${name}`,
  };
}

function goInstallAlpine(name) {
  return {
    dockerfile: `FROM golang:1.24-alpine AS builder
WORKDIR /go/src/${name}
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \\
    go install ./cmd/server

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata && \\
    adduser -D -u 10001 app
COPY --from=builder /go/bin/server /usr/local/bin/server
USER app
CMD ["server", "--port", "8080"]
`,
    script: `#!/bin/sh
set -eu
if [ -n "\${DEBUG:-}" ]; then
  set -x
fi
exec /usr/local/bin/server "$@"
`,
    exe: '/usr/local/bin/server',
  };
}

function relativeWorkdir(name) {
  return {
    dockerfile: `FROM golang:1.24 AS build
WORKDIR /workspace
COPY go.mod go.sum* ./
COPY . .
RUN go build -ldflags="-X main.version=1.0" -o bin/app ./cmd/app

FROM debian:bookworm-slim
WORKDIR /opt
WORKDIR ${name}
COPY --from=build /workspace/bin/app ./app
ENTRYPOINT ["./app"]
`,
    script: `#!/bin/bash
set -euo pipefail
cd "$(dirname "$0")"
exec ./app "$@"
`,
    exe: `/opt/${name}/app`,
  };
}

function scriptExecArgs(name) {
  return {
    dockerfile: `FROM golang:1.24-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /app/${name} .

FROM alpine:3.20
COPY --from=build /app/${name} /app/${name}
COPY entrypoint.sh /entrypoint.sh
RUN chmod +x /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["/app/${name}", "--listen", ":8080"]
`,
    script: `#!/bin/sh
set -e
# Wait for the config to be mounted, then hand over to the command.
for i in 1 2 3; do
  [ -f /etc/${name}/config.yaml ] && break
  sleep 1
done
exec "$@"
`,
    exe: `/app/${name}`,
    wrapper: '/entrypoint.sh',
  };
}

function scriptExecBinary(name) {
  return {
    dockerfile: `FROM golang:1.24-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /app/server ./cmd/server

FROM alpine:3.20
RUN apk add --no-cache ca-certificates
COPY --from=build /app/server /app/server
COPY entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["--port", "8080"]
`,
    script: `#!/bin/sh
set -e
if [ -f /config/env ]; then
  . /config/env
fi
exec /app/server "$@"
`,
    exe: '/app/server',
    wrapper: '/usr/local/bin/docker-entrypoint.sh',
  };
}

function moduleName(name) {
  return {
    dockerfile: `ARG GO_VERSION=1.24
FROM golang:\${GO_VERSION} AS build
WORKDIR /workspace
COPY go.mod ./
COPY . .
RUN CGO_ENABLED=0 go build -trimpath .

FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /opt/${name}
COPY --from=build /workspace/${name} ./
ENTRYPOINT ["/opt/${name}/${name}"]
`,
    script: `#!/bin/sh
exec /opt/${name}/${name} "$@"
`,
    exe: `/opt/${name}/${name}`,
  };
}

function goRun(name) {
  return {
    dockerfile: `FROM golang:1.24
WORKDIR /src
COPY . .
RUN go mod download
CMD ["go", "run", "./cmd/${name}"]
`,
    script: `#!/bin/sh
exec go run ./cmd/${name} "$@"
`,
    exe: `/src/${name}`,
  };
}

const VARIANTS = [distrolessOut, goInstallAlpine, relativeWorkdir, scriptExecArgs, scriptExecBinary, moduleName];
const SCRIPT_VARIANTS = [scriptExecArgs, scriptExecBinary];

// --- manifests ----------------------------------------------------------------------------------------------

function deployment(name, targetEnv, extraDocs) {
  return `${extraDocs}apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      shareProcessNamespace: true
      containers:
        - name: app
          image: registry.example.com/shop/${name}:1.0
          ports:
            - containerPort: 8080
          resources:
            limits:
              memory: 256Mi
        - name: otel-go-agent
          image: ${AGENT_IMAGE}
          env:
${targetEnv}            - name: OTEL_SERVICE_NAME
              value: ${name}
            - name: OTEL_EXPORTER_OTLP_ENDPOINT
              value: http://otel-collector.observability:4318
          securityContext:
            privileged: true
            runAsUser: 0
`;
}

function configMap(target) {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: otel-agent
data:
  OTEL_GO_AUTO_TARGET_EXE: "${target}"
  OTEL_LOG_LEVEL: info
`;
}

function quoteYaml(v) {
  return JSON.stringify(v);
}

/**
 * Writes the monorepo into `dir` (emptied first). Returns { services, files, expected, counts }: `files` are the
 * repository-relative paths the linter must read (what the floor reads too), `expected` maps `services/svc-NNNN`
 * to its seeded rule, `counts` is the number of findings expected per rule.
 */
export function generate(dir, { services = 2000, seed = 42 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const random = rng(seed);
  const files = [];
  const write = (rel, text, linted = true) => {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    if (linted) files.push(rel);
  };
  // The repository root (findRepoRoot stops here, not at an enclosing checkout).
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  write('.gitignore', '*.local.yaml\nbin/\n', false);
  write('vendor/example.com/lib/deploy.yaml', 'kind: Pod\n', false);

  const expected = new Map();
  const counts = {};
  for (let i = 1; i <= services; i++) {
    const name = `svc-${String(i).padStart(4, '0')}`;
    const base = `services/${name}`;
    const mistake = mistakeOf(i);
    const variant =
      mistake === 'target-exe-go-run'
        ? goRun
        : mistake === 'target-exe-wrapper'
          ? SCRIPT_VARIANTS[Math.floor(random() * SCRIPT_VARIANTS.length)]
          : VARIANTS[Math.floor(random() * VARIANTS.length)];
    const v = variant(name);
    let target = v.exe;
    if (mistake === 'target-exe-wrapper') target = v.wrapper;
    else if (mistake === 'target-exe-relative') target = v.exe.slice(v.exe.lastIndexOf('/') + 1);
    else if (mistake === 'target-exe-mismatch') target = `/srv/${name}/server`;
    if (mistake) {
      expected.set(base, mistake);
      counts[mistake] = (counts[mistake] ?? 0) + 1;
    }

    write(`${base}/Dockerfile`, v.dockerfile);
    write(`${base}/entrypoint.sh`, v.script);
    write(`${base}/go.mod`, `module example.com/shop/${name}\n\ngo 1.24\n\nrequire go.opentelemetry.io/otel v1.38.0\n`);

    // One service in five reads the target from a ConfigMap: in the Deployment's file or next to it.
    const viaConfigMap = random() < 0.2;
    const envDirect = `            - name: OTEL_GO_AUTO_TARGET_EXE
              value: ${quoteYaml(target)}
`;
    const envFromMap = `            - name: OTEL_GO_AUTO_TARGET_EXE
              valueFrom:
                configMapKeyRef:
                  name: otel-agent
                  key: OTEL_GO_AUTO_TARGET_EXE
`;
    if (!viaConfigMap) write(`${base}/k8s/deployment.yaml`, deployment(name, envDirect, ''));
    else if (random() < 0.5) write(`${base}/k8s/deployment.yaml`, deployment(name, envFromMap, `${configMap(target)}---\n`));
    else {
      write(`${base}/k8s/configmap.yaml`, configMap(target));
      write(`${base}/k8s/deployment.yaml`, deployment(name, envFromMap, ''));
    }
    if (i % 50 === 0) {
      write(`${base}/k8s/scratch.local.yaml`, deployment(name, envDirect.replace(quoteYaml(target), '"/wrong"'), ''), false);
    }
  }
  files.sort();
  return { services, files, expected, counts };
}
