// Builders for the manifests rule tests use, so each case shows only what it is about.

export const AGENT_IMAGE = 'otel/autoinstrumentation-go:v0.24.0';

export interface PodOptions {
  name?: string;
  /** `metadata.namespace`, when given. */
  namespace?: string;
  /** false: the app alone (no agent sidecar, no shared PID namespace), as an app a node-wide agent selects. */
  agent?: false;
  appImage?: string;
  /** Extra lines under the app container (already indented by 10 spaces). */
  appExtra?: string[];
  /** YAML text of the target value as written (e.g. `"/server"`). */
  target?: string;
  /** Lines replacing the agent's env entries (indented by 12 spaces). */
  agentEnv?: string[];
  agentExtra?: string[];
  podExtra?: string[];
  templateAnnotations?: string[];
}

/** A Deployment with an app container and the agent sidecar, correct apart from what the options change. */
export function deployment(o: PodOptions = {}): string {
  const name = o.name ?? 'api';
  const sidecar = o.agent !== false;
  const env = o.agentEnv ?? [
    '            - name: OTEL_GO_AUTO_TARGET_EXE',
    `              value: ${o.target ?? '/app/server'}`,
  ];
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(o.namespace !== undefined ? [`  namespace: ${o.namespace}`] : []),
    'spec:',
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    ...(o.templateAnnotations ? ['      annotations:', ...o.templateAnnotations] : []),
    '    spec:',
    ...(sidecar ? ['      shareProcessNamespace: true'] : []),
    ...(o.podExtra ?? []),
    '      containers:',
    '        - name: app',
    `          image: ${o.appImage ?? 'ghcr.io/acme/api:1.0.0'}`,
    ...(o.appExtra ?? []),
    ...(sidecar
      ? [
          '        - name: otel-go-agent',
          `          image: ${AGENT_IMAGE}`,
          ...(o.agentExtra ?? []),
          '          env:',
          ...env,
          '          securityContext:',
          '            privileged: true',
          '            runAsUser: 0',
        ]
      : []),
    '',
  ].join('\n');
}

/** The seed article's Dockerfile: built to /app/server, copied to /app/server. */
export const SEED_DOCKERFILE = `FROM golang:1.23 AS builder
WORKDIR /src
COPY . .
RUN go build -o /app/server ./cmd/server

FROM gcr.io/distroless/static
COPY --from=builder /app/server /app/server
ENTRYPOINT ["/app/server"]
`;

/**
 * A Deployment whose agent is a native sidecar: an init container with `restartPolicy: Always` (Kubernetes 1.29+).
 * `restartPolicy: null` leaves the field out (a plain init container, which ends before the app starts).
 */
export function nativeSidecarDeployment(o: { target?: string; restartPolicy?: string | null; share?: boolean; privileged?: boolean } = {}): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: api',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: api',
    '    spec:',
    ...(o.share === false ? [] : ['      shareProcessNamespace: true']),
    '      initContainers:',
    '        - name: otel-go-agent',
    `          image: ${AGENT_IMAGE}`,
    ...(o.restartPolicy === null ? [] : [`          restartPolicy: ${o.restartPolicy ?? 'Always'}`]),
    '          env:',
    '            - name: OTEL_GO_AUTO_TARGET_EXE',
    `              value: ${o.target ?? '/app/server'}`,
    '          securityContext:',
    `            privileged: ${o.privileged === false ? 'false' : 'true'}`,
    '            runAsUser: 0',
    '      containers:',
    '        - name: app',
    '          image: ghcr.io/acme/api:1.0.0',
    '',
  ].join('\n');
}

/** The OpenTelemetry Operator's manager Deployment, its image at `tag`, with these args (and env lines). */
export const operatorManager = (tag: string, args: string[], env = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: opentelemetry-operator
  namespace: opentelemetry-operator-system
spec:
  template:
    spec:
      containers:
        - name: manager
          image: ghcr.io/open-telemetry/opentelemetry-operator/opentelemetry-operator:${tag}
          args:
${args.map((a) => `            - "${a}"`).join('\n')}
${env}`;

/** A Deployment asking the Operator for Go injection (inject-go "true", the target annotation), the annotation on line 9. */
export const operatorApp = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    metadata:
      annotations:
        instrumentation.opentelemetry.io/inject-go: "true"
        instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/api:1.0.0
`;

/**
 * DaemonSet "obi": one OBI container, by default selecting "any path ending in /server" with OTEL_EBPF_AUTO_TARGET_EXE (`env: false`:
 * no env list) and privileged. `pod`: pod-spec lines before `containers:` (indented 6, e.g. `      hostPID: true\n`);
 * `securityContext`: the container's lines that replace the privileged securityContext (indented 10).
 */
export function obiDaemonSet(o: { pod?: string; env?: boolean; securityContext?: string; namespace?: string } = {}): string {
  const env = o.env === false ? '' : '          env:\n            - name: OTEL_EBPF_AUTO_TARGET_EXE\n              value: "*/server"\n';
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: obi
${o.namespace !== undefined ? `  namespace: ${o.namespace}\n` : ''}spec:
  selector:
    matchLabels:
      app: obi
  template:
    metadata:
      labels:
        app: obi
    spec:
${o.pod ?? ''}      containers:
        - name: obi
          image: otel/ebpf-instrument:main
${env}${o.securityContext ?? '          securityContext:\n            privileged: true\n'}`;
}

/**
 * Deployment "api": container "app" (image ghcr.io/acme/api: SEED_DOCKERFILE builds /app/server) and a privileged OBI
 * sidecar whose env list is `env` (YAML lines, at list indentation); `tail` follows the env list (more container or pod
 * fields, indented as written).
 */
export function obiSidecarPod(env: string[], tail = ''): string {
  return `apiVersion: apps/v1
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
    spec:
      shareProcessNamespace: true
      containers:
        - name: app
          image: ghcr.io/acme/api:1.0.0
        - name: obi
          image: otel/ebpf-instrument:main
          securityContext:
            privileged: true
          env:
${env.map((l) => `            ${l}\n`).join('')}${tail}`;
}

/**
 * obiSidecarPod, its OBI reading its config file from a ConfigMap (`OTEL_EBPF_CONFIG_PATH` /config/obi.yml, a volume
 * `config` of ConfigMap `obi-config`, key `obi.yml`). `config` is the file's lines; `env` more items of the sidecar's
 * env list; `mount` its volumeMounts items.
 */
export function obiConfigPod(config: string[], env: string[] = [], mount = ['- name: config', '  mountPath: /config']): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: obi-config
data:
  obi.yml: |
${config.map((l) => `    ${l}`).join('\n')}
---
${obiSidecarPod(
  ['- name: OTEL_EBPF_CONFIG_PATH', '  value: /config/obi.yml', ...env],
  `          volumeMounts:
${mount.map((l) => `            ${l}`).join('\n')}
      volumes:
        - name: config
          configMap:
            name: obi-config
`,
)}`;
}

/**
 * A compose.yaml: an application service `api` (`build:` the given context) and an OBI or Beyla service `name` in its
 * PID namespace, privileged; `agent` are more lines of the agent service (indented under it).
 */
export function ebpfCompose(agent: string[], opts: { name?: string; image?: string; build?: string } = {}): string {
  const { name = 'obi', image = 'otel/ebpf-instrument:main', build = '.' } = opts;
  return ['services:', '  api:', `    build: ${build}`, `  ${name}:`, `    image: ${image}`, '    pid: "service:api"', '    privileged: true', ...agent.map((l) => `    ${l}`), ''].join('\n');
}

/** A build stage that compiles the Go program to /out/app (the fixtures below copy it into their images). */
/** A company base image: tini, an entrypoint script that execs its arguments, PATH and WORKDIR /opt/app. */
export const BASE_DOCKERFILE = `FROM alpine:3.20
RUN apk add --no-cache tini
COPY entrypoint.sh /usr/local/bin/entrypoint.sh
ENV PATH=/opt/app/bin:$PATH
WORKDIR /opt/app
ENTRYPOINT ["/sbin/tini", "--", "entrypoint.sh"]
`;

export const GO_APP_BUILD = `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app
`;

/** An entrypoint that re-execs as another user when root (su-exec, env), else runs `other` directly (`app` by default). */
export const rootOrNot = (app: string, other = app): Record<string, string> => ({
  Dockerfile: `${GO_APP_BUILD}
FROM alpine:3.20
RUN apk add --no-cache su-exec
COPY --from=build /out/app /app/server
COPY --from=build /out/app /app/other
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
`,
  'entrypoint.sh': `#!/bin/sh
set -e
if [ "$(id -u)" = '0' ]; then
  chown app /data
  exec su-exec app:app env HOME=/data ${app} "$@"
fi
exec ${other} "$@"
`,
  'deploy.yaml': deployment({ target: '/server' }),
});

/**
 * A compose.yaml: an application service `app` (its lines, `build: .` by default) and the Go agent in its PID
 * namespace, privileged, with OTEL_GO_AUTO_TARGET_EXE=/app/server and `env` more environment lines.
 */
export function goAgentCompose(o: { app?: string[]; env?: string[] } = {}): string {
  const app = o.app ?? ['build: .'];
  return [
    'services:',
    '  app:',
    ...app.map((l) => `    ${l}`),
    '  agent:',
    `    image: ${AGENT_IMAGE}`,
    '    privileged: true',
    '    pid: "service:app"',
    '    environment:',
    '      OTEL_GO_AUTO_TARGET_EXE: /app/server',
    ...(o.env ?? []).map((l) => `      ${l}`),
    '',
  ].join('\n');
}

/**
 * An image whose CMD is a process supervisor: `s6-svscan /etc/s6` starts the run file of each service directory the
 * Dockerfile copies there (the shape of gogs' and Gitea's images). `app` runs the Go binary the Dockerfile builds,
 * `sshd` a program of the base image; `extra` adds services (name -> run file); `cmd` replaces the CMD.
 */
export function s6Image(target: string, extra: Record<string, string> = {}, cmd = '["/bin/s6-svscan", "/etc/s6"]'): Record<string, string> {
  const files: Record<string, string> = {
    Dockerfile: `${GO_APP_BUILD}
FROM alpine:3.20
RUN apk add --no-cache s6 openssh su-exec
COPY --from=build /out/app /app/server
COPY docker/s6 /etc/s6
CMD ${cmd}
`,
    'docker/s6/app/run': '#!/bin/sh\nexec su-exec git /app/server web\n',
    'docker/s6/sshd/run': '#!/bin/sh\nexec /usr/sbin/sshd -D -e\n',
    'deploy.yaml': deployment({ target }),
  };
  for (const [name, run] of Object.entries(extra)) files[`docker/s6/${name}/run`] = run;
  return files;
}

/**
 * An image whose CMD runs supervisord with a program file of the repository (`docker/supervisord.conf`, copied to
 * /etc/supervisor/conf.d/app.conf): nginx of the base image, and the Go binary the Dockerfile builds. `extra`: more
 * repository files (or replacements).
 */
export function supervisordImage(
  target: string,
  extra: Record<string, string> = {},
  cmd = '["/usr/bin/supervisord", "-n", "-c", "/etc/supervisor/conf.d/app.conf"]',
): Record<string, string> {
  return {
    Dockerfile: `${GO_APP_BUILD}
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends supervisor nginx
ENV PORT=8080
COPY --from=build /out/app /app/server
COPY docker/supervisord.conf /etc/supervisor/conf.d/app.conf
CMD ${cmd}
`,
    'docker/supervisord.conf': `[supervisord]
nodaemon=true ; in the foreground

[program:nginx]
command=/usr/sbin/nginx -g "daemon off;"
autorestart=true

[program:app]
command=/app/server
  --listen :%(ENV_PORT)s
directory=/app
`,
    'deploy.yaml': deployment({ target }),
    ...extra,
  };
}

/**
 * An image that installs s6-overlay from its tarball (so /init is not a file the Dockerfile shows) and copies a
 * root tree of service directories (`docker/root/...`, given in `services`, path under docker/root -> text).
 */
export function s6OverlayImage(target: string, services: Record<string, string>, cmd?: string): Record<string, string> {
  const files: Record<string, string> = {
    Dockerfile: `${GO_APP_BUILD}
FROM alpine:3.20
ARG S6_OVERLAY_VERSION=3.2.0.2
ADD https://github.com/just-containers/s6-overlay/releases/download/v\${S6_OVERLAY_VERSION}/s6-overlay-noarch.tar.xz /tmp
RUN tar -C / -Jxpf /tmp/s6-overlay-noarch.tar.xz
COPY --from=build /out/app /app/server
COPY docker/root/ /
ENTRYPOINT ["/init"]
${cmd ? `CMD ${cmd}\n` : ''}`,
    'deploy.yaml': deployment({ target }),
  };
  for (const [path, text] of Object.entries(services)) files[`docker/root/${path}`] = text;
  return files;
}

/** An s6-rc longrun service `app` whose execline run file chain-loads into the Go binary. */
export const S6_RC_APP = {
  'etc/s6-overlay/s6-rc.d/app/type': 'longrun\n',
  'etc/s6-overlay/s6-rc.d/app/run': '#!/command/execlineb -P\n# the app\nwith-contenv\nfdmove -c 2 1\nimportas -D 8080 PORT PORT\ns6-setuidgid app /app/server --listen ":${PORT}"\n',
  'etc/s6-overlay/s6-rc.d/user/contents.d/app': '',
};

/**
 * From ngoldack/enable-banking-mcp: the Go agent copied into the application's image (`/app/fin-mcp`), both started by
 * the entrypoint script; `envTarget`: an `ENV OTEL_GO_AUTO_TARGET_EXE` in the final stage.
 */
export function inImageAgentDockerfile(envTarget?: string): string {
  return [
    'FROM otel/autoinstrumentation-go:v0.24.0 AS otel-agent',
    'FROM golang:1.24 AS builder',
    'WORKDIR /src',
    'COPY . .',
    'RUN go build -o /out/fin-mcp ./cmd/fin-mcp',
    'FROM alpine:3.20',
    'COPY --from=builder /out/fin-mcp /app/fin-mcp',
    'COPY --from=otel-agent /otel-go-instrumentation /otel-go-instrumentation',
    'COPY entrypoint.sh /usr/local/bin/entrypoint.sh',
    ...(envTarget !== undefined ? [`ENV OTEL_GO_AUTO_TARGET_EXE=${envTarget}`] : []),
    'ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]',
    '',
  ].join('\n');
}

/** Its entrypoint script: the application and the agent in the background, waiting for the application. */
export const IN_IMAGE_AGENT_SCRIPT = '#!/bin/sh\n/app/fin-mcp "$@" &\napp_pid=$!\n/otel-go-instrumentation &\nwait "$app_pid"\n';
