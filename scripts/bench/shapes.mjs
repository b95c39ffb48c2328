// Repositories that grow along one dimension (`npm run bench -- --only scaling`): a chain of N `&&` commands, N case
// statements in an entrypoint script, N Deployments in one file, N compose services, N overlays over one base... Each
// is linted at two sizes; the time should grow with the size, not with its square. Each dimension here once hid a
// quadratic or worse path (docs/performance.md, section 21) or is one a real repository has in the hundreds.

const AGENT = `      - name: agent
        image: otel/autoinstrumentation-go:v0.24.0
        env:
        - name: OTEL_GO_AUTO_TARGET_EXE
          value: /app/server
        securityContext: {privileged: true, runAsUser: 0}
`;

const deployment = (i, image = 'ghcr.io/acme/app:1') => `apiVersion: apps/v1
kind: Deployment
metadata: {name: app${i}}
spec:
  template:
    spec:
      shareProcessNamespace: true
      containers:
      - name: app
        image: ${image}
${AGENT}`;

const DOCKERFILE = `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server .
FROM alpine
COPY --from=build /out/server /app/server
ENTRYPOINT ["/app/server"]
`;

const range = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('');

/** An image whose ENTRYPOINT is an entrypoint script with this body before its `exec`. */
const withScript = (body) => ({
  Dockerfile: DOCKERFILE.replace('ENTRYPOINT ["/app/server"]', 'COPY entrypoint.sh /e.sh\nENTRYPOINT ["/e.sh"]'),
  'entrypoint.sh': `#!/bin/sh\n${body}exec /app/server "$@"\n`,
  'k8s.yaml': deployment(0),
});

/** name -> files of a repository of size n. */
export const shapes = {
  'RUN: && chain': (n) => ({
    Dockerfile: `FROM golang:1.24\nRUN go build -o /app/server . && \\\n${range(n, () => '    rm $(which su) && \\\n')}    true\nENTRYPOINT ["/app/server"]\n`,
    'k8s.yaml': deployment(0),
  }),
  'Dockerfile: stages': (n) => ({
    Dockerfile: `FROM golang:1.24 AS s0\nRUN go build -o /app/server .\n${range(n, (i) => `FROM s${i} AS s${i + 1}\nRUN cp /app/server /app/server${i}\n`)}ENTRYPOINT ["/app/server"]\n`,
    'k8s.yaml': deployment(0),
  }),
  'Dockerfile: RUN lines': (n) => ({
    Dockerfile: `FROM golang:1.24\nRUN go build -o /out/server .\n${range(n, (i) => `RUN mkdir -p /d${i} && cp /out/server /d${i}/ && ln -s /d${i}/server /usr/bin/s${i}\n`)}ENTRYPOINT ["/d0/server"]\n`,
    'k8s.yaml': deployment(0),
  }),
  'Dockerfile: ENV chain': (n) => ({
    Dockerfile: `FROM golang:1.24\nENV V0=/app\n${range(n, (i) => `ENV V${i + 1}=\${V${i}}\n`)}RUN go build -o $V${n}/server .\nENTRYPOINT ["/app/server"]\n`,
    'k8s.yaml': deployment(0),
  }),
  'script: if statements': (n) => withScript(range(n, (i) => `if [ -n "$A${i}" ]; then B=x${i}; fi\n`)),
  'script: case statements': (n) => withScript(range(n, (i) => `case "$A${i}" in a) B=x${i};; b) C=y;; esac\n`)),
  // Nests of at most 50 (a script nested over 100 levels is not followed: src/parsers/shell.ts), one after another.
  'script: nested ifs': (n) => withScript(range(Math.ceil(n / 50), (k) => {
    const d = Math.min(50, n - k * 50);
    return `${'if [ -n "$A" ]; then\n'.repeat(d)}B=${k}\n${'fi\n'.repeat(d)}`;
  })),
  'script: functions': (n) => withScript(`f0() { :; }\n${range(n, (i) => `f${i + 1}() { f${i}; }\n`)}f${n}\n`),
  'YAML: Deployments in one file': (n) => ({ Dockerfile: DOCKERFILE, 'k8s.yaml': range(n, (i) => `---\n${deployment(i)}`) }),
  'YAML: env $(VAR) chain': (n) => ({
    Dockerfile: DOCKERFILE,
    'k8s.yaml': deployment(0).replace('        - name: OTEL_GO_AUTO_TARGET_EXE\n', `${range(n, (i) => `        - name: V${i + 1}\n          value: $(V${i})x\n`)}        - name: OTEL_GO_AUTO_TARGET_EXE\n`),
  }),
  'YAML: ConfigMaps': (n) => ({ Dockerfile: DOCKERFILE, 'k8s.yaml': deployment(0) + range(n, (i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm${i}}\ndata: {A: b}\n`) }),
  'compose: services': (n) => ({
    Dockerfile: DOCKERFILE,
    'compose.yaml': `services:\n${range(n, (i) => `  s${i}:\n    build: .\n    image: ghcr.io/acme/s${i}\n  a${i}:\n    image: otel/autoinstrumentation-go:v0.24.0\n    pid: service:s${i}\n    privileged: true\n    environment: [OTEL_GO_AUTO_TARGET_EXE=/app/server]\n`)}`,
  }),
  'kustomize: overlays of one base': (n) => ({
    Dockerfile: DOCKERFILE,
    'base/k8s.yaml': deployment(0),
    'base/kustomization.yaml': 'resources: [k8s.yaml]\n',
    ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`o${i}/kustomization.yaml`, `resources: [../base]\nnamePrefix: p${i}-\n`])),
  }),
  'Helm: templates': (n) => ({
    Dockerfile: DOCKERFILE,
    'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
    'chart/values.yaml': 'image: ghcr.io/acme/app\n',
    ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`chart/templates/d${i}.yaml`, deployment(i, '{{ .Values.image }}')])),
  }),
  'services: Dockerfile + manifest each': (n) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [[`s${i}/Dockerfile`, DOCKERFILE], [`s${i}/k8s.yaml`, deployment(i, `ghcr.io/acme/s${i}:1`)]]).flat()),
};
