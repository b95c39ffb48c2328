import { test } from 'uvu';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, GO_APP_BUILD, nativeSidecarDeployment, rootOrNot, s6Image, s6OverlayImage, S6_RC_APP, SEED_DOCKERFILE, supervisordImage, IN_IMAGE_AGENT_SCRIPT, inImageAgentDockerfile } from '../helpers/fixtures.ts';

const seed = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: '"/server"' }) };

const symlink = {
  Dockerfile: `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/orders-v2 ./cmd/orders

FROM debian:bookworm-slim
COPY --from=build /out/orders-v2 /opt/orders/orders-v2
RUN ln -s /opt/orders/orders-v2 /usr/local/bin/orders
CMD ["orders", "--listen", ":8080"]
`,
  'deploy.yaml': deployment({ target: '/usr/local/bin/orders' }),
};

const mergedUsr = {
  Dockerfile: `FROM golang:1.24-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /bin/api ./cmd/api

FROM debian:12-slim
COPY --from=build /bin/api /bin/api
ENTRYPOINT ["/bin/api"]
`,
  'deploy.yaml': deployment({ target: '/bin/api' }),
};

/** Alpine 3.23 and later: whether /bin is a symlink to usr/bin is not known, so either spelling may be reported. */
const alpine = (target: string, from = 'alpine:3.24') => ({
  Dockerfile: mergedUsr.Dockerfile.replace('FROM debian:12-slim', `FROM ${from}`),
  'deploy.yaml': deployment({ target }),
});

const everyPath = rootOrNot('/app/server');

const s6 = s6Image('/bin/s6-svscan-x');

/** supervisord with its configuration found by its search path: /etc/supervisord.conf includes conf.d/*.ini. */
const supervisordSearch = supervisordImage('/app/server', {
  'docker/main.conf': '[supervisord]\nnodaemon=true\n\n[include]\nfiles = conf.d/*.ini\n',
  'docker/app.ini': '[program:app]\ncommand = server --listen :8080\ndirectory = /app\nenvironment = PATH="/app:/usr/bin:/bin",MODE=prod\n',
}, '["supervisord", "-n"]');
supervisordSearch.Dockerfile = supervisordSearch.Dockerfile!.replace(
  'COPY docker/supervisord.conf /etc/supervisor/conf.d/app.conf\n',
  'COPY docker/main.conf /etc/supervisord.conf\nCOPY docker/app.ini /etc/conf.d/app.ini\n',
);

const supervisordWrong = supervisordImage('/app/app');

/** linuxserver/docker-syncthing's shape: the ENTRYPOINT comes from the base image; the run file execs through s6 tools. */
const linuxserver = {
  ...s6OverlayImage('/app/server', {
    'etc/s6-overlay/s6-rc.d/svc-app/run': '#!/usr/bin/with-contenv bash\nexec \\\n  s6-notifyoncheck -d -n 300 -w 1000 -c "nc -z localhost 8080" \\\n  s6-setuidgid abc server --listen :8080\n',
    'etc/s6-overlay/s6-rc.d/svc-app/type': 'longrun\n',
  }),
  Dockerfile: 'FROM ghcr.io/linuxserver/baseimage-alpine:3.23 AS build\nRUN apk add --no-cache go\nCOPY . /src\nRUN cd /src && go build -o /out/server .\n\nFROM ghcr.io/linuxserver/baseimage-alpine:3.23\nCOPY --from=build /out/server /usr/bin/\nCOPY docker/root/ /\n',
};
const s6OverlayWrong = s6OverlayImage('/app/app', S6_RC_APP);

/** distroless `nonroot` images start in WORKDIR /home/nonroot: a COPY to `.` puts the binary there. */
const distrolessNonroot = {
  Dockerfile: `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server .
ENTRYPOINT ["./server"]
`,
  'deploy.yaml': deployment({ target: '/server' }),
};

/** An entrypoint script that changes to a directory relative to the WORKDIR, then runs a relative path. */
const scriptRelativeCd = {
  Dockerfile: `${GO_APP_BUILD}
FROM alpine:3.20
WORKDIR /srv
COPY --from=build /out/app app/server
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
`,
  'entrypoint.sh': '#!/bin/sh\nset -e\ncd app\nexec ./server "$@"\n',
  'deploy.yaml': deployment({ target: '/srv/server' }),
};

/** A base image the linter does not know, then an absolute WORKDIR: the relative COPY and program are known again. */
const unknownBaseWorkdir = {
  Dockerfile: `${GO_APP_BUILD}
FROM ghcr.io/acme/runtime:1
WORKDIR /srv
COPY --from=build /out/app bin/server
CMD ["bin/server"]
`,
  'deploy.yaml': deployment({ target: '/bin/server' }),
};

const configMap = {
  Dockerfile: SEED_DOCKERFILE,
  'k8s/config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: agent
data:
  OTEL_GO_AUTO_TARGET_EXE: '/src/server'
`,
  'k8s/deploy.yaml': deployment({
    agentEnv: [
      '            - name: OTEL_GO_AUTO_TARGET_EXE',
      '              valueFrom:',
      '                configMapKeyRef:',
      '                  name: agent',
      '                  key: OTEL_GO_AUTO_TARGET_EXE',
    ],
  }),
};

const k8sVar = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({
    agentEnv: [
      '            - name: APP_DIR',
      '              value: /srv',
      '            - name: OTEL_GO_AUTO_TARGET_EXE',
      '              value: $(APP_DIR)/server',
    ],
  }),
};

const commandOverride = {
  Dockerfile: `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/ ./cmd/api ./cmd/worker

FROM alpine:3.20
COPY --from=build /usr/local/bin/api /usr/local/bin/worker /usr/local/bin/
ENTRYPOINT ["api"]
`,
  'deploy.yaml': deployment({ target: '/usr/local/bin/api', appExtra: ['          command: ["worker", "--queue", "default"]'] }),
};

const shellC = {
  Dockerfile: `FROM golang:1.23-alpine AS build
WORKDIR /go/src/app
COPY . .
RUN go build -o server .

FROM alpine:3.20
WORKDIR /srv
COPY --from=build /go/src/app/server ./bin/
CMD ["sh", "-c", "cd /srv && exec ./bin/server --port \${PORT:-8080}"]
`,
  'go.mod': 'module example.com/app\n\ngo 1.23\n',
  'deploy.yaml': deployment({ target: '/go/src/app/server' }),
};

const compose = {
  Dockerfile: `FROM golang:1.24
WORKDIR /src
COPY . .
RUN go install ./cmd/inventory
CMD ["inventory"]
`,
  'compose.yaml': `services:
  inventory:
    build: .
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: "service:inventory"
    environment:
      OTEL_GO_AUTO_TARGET_EXE: /usr/local/bin/inventory
`,
};

const tiniScript = {
  Dockerfile: `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y tini
COPY --from=build /out/app /usr/local/bin/app
COPY docker/entrypoint.sh /usr/local/bin/
ENTRYPOINT ["tini", "--", "entrypoint.sh"]
CMD ["app", "serve"]
`,
  'docker/entrypoint.sh': `#!/bin/sh
set -e
if [ "\${1#-}" != "$1" ]; then
  set -- app "$@"
fi
exec gosu nobody "$@"
`,
  'deploy.yaml': deployment({ target: '/app' }),
};

/** A proxy image beside the app: only the app's image is linked (by its name), the proxy is not guessed. */
const withProxy = {
  'services/api/Dockerfile': SEED_DOCKERFILE,
  'deploy/app.yaml': deployment({ target: '/server', appImage: 'registry.example.com/shop/api:1.0' }).replace(
    '      containers:\n',
    '      containers:\n        - name: envoy\n          image: envoyproxy/envoy:v1.30.1\n',
  ),
};

// (split/join: in a String.replace() replacement, `$$` would be one `$`)
/** The compose fixture with the agent's target written as `value`, plus extra files. */
const withTarget = (value: string, extra: Record<string, string> = {}): Record<string, string> => ({
  ...compose,
  'compose.yaml': compose['compose.yaml'].replace('/usr/local/bin/inventory', value),
  ...extra,
});

/** The target in `agent.env`, read through env_file: (and, when given, also set in environment:). */
const withEnvFile = (envFile: string, inEnvironment?: string): Record<string, string> => ({
  ...compose,
  'compose.yaml': compose['compose.yaml'].replace(
    '    environment:\n      OTEL_GO_AUTO_TARGET_EXE: /usr/local/bin/inventory\n',
    `    env_file: agent.env\n${inEnvironment ? `    environment:\n      OTEL_GO_AUTO_TARGET_EXE: ${inEnvironment}\n` : ''}`,
  ),
  'agent.env': envFile,
});

const composeDollar = { ...compose, 'compose.yaml': compose['compose.yaml'].split('/usr/local/bin/inventory').join('/opt/$$bin/inventory') };

/** From ngoldack/enable-banking-mcp: the agent copied into the application image, its target in the image's ENV. */
const inImage = (target: string) => ({
  Dockerfile: inImageAgentDockerfile(target),
  'entrypoint.sh': IN_IMAGE_AGENT_SCRIPT,
  'compose.yaml': 'services:\n  fin-mcp:\n    build: .\n    privileged: true\n',
});
const inImageWrong = inImage('/fin-mcp');

ruleTests(targetExeMismatch, {
  valid: [
    { name: "the agent in the application image: the image's ENV names the application", files: inImage('/app/fin-mcp') },
    {
      name: "the agent in the application image: the manifest's env wins over the image's",
      files: { ...inImageWrong, 'compose.yaml': inImageWrong['compose.yaml'] + '    environment:\n      - OTEL_GO_AUTO_TARGET_EXE=/app/fin-mcp\n' },
    },
    { name: 'Alpine 3.23+: /bin/api', files: alpine('/bin/api') },
    { name: 'Alpine 3.23+: /usr/bin/api (if its /usr is merged)', files: alpine('/usr/bin/api', 'alpine') },
    { name: 'seed article, fixed', files: { ...seed, 'deploy.yaml': deployment({ target: '"/app/server"' }) } },
    { name: 'symlink target resolved', files: { ...symlink, 'deploy.yaml': deployment({ target: '/opt/orders/orders-v2' }) } },
    { name: 'merged-/usr base image', files: { ...mergedUsr, 'deploy.yaml': deployment({ target: '/usr/bin/api' }) } },
    { name: 'ConfigMap value right', files: { ...configMap, 'k8s/config.yaml': configMap['k8s/config.yaml'].replace("'/src/server'", "'/app/server'") } },
    { name: '$(VAR) expanded', files: { ...k8sVar, 'deploy.yaml': k8sVar['deploy.yaml'].replace('value: /srv', 'value: /app') } },
    { name: 'command override', files: { ...commandOverride, 'deploy.yaml': deployment({ target: '/usr/local/bin/worker', appExtra: ['          command: ["worker", "--queue", "default"]'] }) } },
    { name: 'sh -c with cd and exec', files: { ...shellC, 'deploy.yaml': deployment({ target: '/srv/bin/server' }) } },
    { name: 'compose go install', files: { ...compose, 'compose.yaml': compose['compose.yaml'].replace('/usr/local/bin/inventory', '/go/bin/inventory') } },
    { name: 'tini, script, gosu', files: { ...tiniScript, 'deploy.yaml': deployment({ target: '/usr/local/bin/app' }) } },
    { name: 'a process supervisor: the service that runs the Go binary', files: s6Image('/app/server') },
    {
      name: 'runsvdir by a bare name (not on a PATH the Dockerfile shows)',
      files: s6Image('/app/server', {}, '["runsvdir", "-P", "/etc/s6"]'),
    },
    { name: 'supervisord -c: the program that runs the Go binary (nginx is the base image\'s)', files: supervisordImage('/app/server') },
    { name: 'supervisord: its search path, an [include] glob relative to the file, PATH from the program environment', files: supervisordSearch },
    {
      name: "supervisord without a configuration in the image: the Debian package's includes /etc/supervisor/conf.d/*.conf",
      files: supervisordImage('/app/server', {}, '["supervisord", "-n"]'),
    },
    {
      name: 'supervisord: a program with autostart=false is not started',
      files: supervisordImage('/app/server', {
        'docker/supervisord.conf': '[supervisord]\n[program:app]\ncommand=/app/server\n[program:tool]\ncommand=/app/server tool\nautostart=false\n',
      }),
    },
    {
      name: 'supervisord: a heredoc configuration in the Dockerfile',
      files: {
        ...supervisordImage('/app/server'),
        Dockerfile: supervisordImage('/app/server').Dockerfile!.replace(
          'COPY docker/supervisord.conf /etc/supervisor/conf.d/app.conf\n',
          'COPY <<EOF /etc/supervisor/conf.d/app.conf\n[program:app]\ncommand=/app/server\nEOF\n',
        ),
      },
    },
    { name: "s6-overlay's /init: an s6-rc service whose execline run file chain-loads into the Go binary", files: s6OverlayImage('/app/server', S6_RC_APP) },
    {
      name: "s6-overlay's /init: a legacy /etc/services.d service run by with-contenv bash, and nginx of the base image",
      files: s6OverlayImage('/app/server', {
        'etc/services.d/app/run': '#!/usr/bin/with-contenv bash\nexec s6-setuidgid app /app/server\n',
        'etc/services.d/nginx/run': '#!/usr/bin/with-contenv bash\nexec nginx -g "daemon off;"\n',
      }),
    },
    { name: "s6-overlay's /init with no service: the CMD is its child", files: s6OverlayImage('/app/server', {}, '["/app/server", "--listen", ":8080"]') },
    { name: 'native sidecar agent, right target', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment() } },
    {
      // Without restartPolicy: Always an init container ends before the app starts: not an agent beside it.
      name: 'plain init container is not an agent',
      files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment({ target: '/server', restartPolicy: null }) },
    },
    { name: 'compose ${VAR:-default}: the default is right', files: withTarget('${TARGET_EXE:-/go/bin/inventory}') },
    // Neither .env nor a default: the shell running docker compose would have to set it; not known here.
    { name: 'compose $VAR set nowhere: not known', files: withTarget('$TARGET_EXE') },
    {
      // The app's entrypoint is interpolated too, before it is split and resolved.
      name: 'compose entrypoint with a default',
      files: { ...withTarget('/go/bin/inventory'), 'compose.yaml': withTarget('/go/bin/inventory')['compose.yaml'].replace('    build: .\n', '    build: .\n    entrypoint: ["${BIN_DIR:-/go/bin}/inventory", "--port=$$PORT"]\n') },
    },
    { name: 'compose ${VAR} from .env, right', files: withTarget('${TARGET_EXE}', { '.env': 'TARGET_EXE=/go/bin/inventory\n' }) },
    { name: 'compose ${VAR:?error} unset: not known', files: withTarget('${TARGET_EXE:?set it}') },
    { name: 'compose .env value built from other variables: not known', files: withTarget('${TARGET_EXE}', { '.env': 'TARGET_EXE="${GOBIN}/inventory"\n' }) },
    { name: 'compose env_file, right', files: withEnvFile('OTEL_GO_AUTO_TARGET_EXE=/go/bin/inventory\n') },
    { name: 'compose environment: wins over env_file', files: withEnvFile('OTEL_GO_AUTO_TARGET_EXE=/usr/local/bin/inventory\n', '/go/bin/inventory') },
    { name: 'compose env_file that is not in the repository: not known', files: { ...withEnvFile(''), 'compose.yaml': withEnvFile('')['compose.yaml'].replace('agent.env', 'missing.env') } },
    {
      name: 'image not built here: no finding',
      files: { 'deploy.yaml': deployment({ target: '/server', appImage: 'nginx:1.27' }) },
    },
    {
      name: 'compose pid: host without app services',
      files: {
        'compose.yaml': `services:
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: host
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/usr/local/bin/anything
`,
      },
    },
  ],
  invalid: [
    {
      name: 'Alpine 3.23+, another path: both spellings are named, and no fix picks one',
      files: alpine('/api'),
      errors: [
        {
          ...span(alpine('/api'), 'deploy.yaml', '/api', 1),
          message: [
            'but container "app" runs "/bin/api"',
            'Set it to "/bin/api", or to "/usr/bin/api" if alpine:3.24 has a merged /usr (Alpine merges new installs since 3.23; its images were not checked), /bin/api is /usr/bin/api.',
          ],
        },
      ],
    },
    {
      name: 'Alpine 3.22 is not merged: /usr/bin is wrong, fixed to /bin',
      files: alpine('/usr/bin/api', 'alpine:3.22'),
      errors: [{ ...span(alpine('/usr/bin/api', 'alpine:3.22'), 'deploy.yaml', '/usr/bin/api'), message: ['Set it to "/bin/api".'] }],
      output: { 'deploy.yaml': alpine('/bin/api', 'alpine:3.22')['deploy.yaml'] },
    },
    {
      name: "the agent in the application image: the image's ENV names another path, reported and fixed in the Dockerfile",
      files: inImageWrong,
      errors: [{ file: 'Dockerfile', line: 10, column: 29, endLine: 10, endColumn: 37, message: ['OTEL_GO_AUTO_TARGET_EXE is "/fin-mcp", but service "fin-mcp" runs "/app/fin-mcp"'] }],
      output: { Dockerfile: inImage('/app/fin-mcp').Dockerfile },
    },
    {
      name: 'seed article: /server vs /app/server',
      files: seed,
      errors: [
        {
          ...span(seed, 'deploy.yaml', '"/server"'),
          severity: 'error',
          message:
            'OTEL_GO_AUTO_TARGET_EXE is "/server", but container "app" runs "/app/server" (Dockerfile:8, Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository); the agent compares the two paths exactly, so it will never attach. Set it to "/app/server".',
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '"/app/server"' }) },
    },
    {
      name: 'a script that runs the same program whichever way its condition goes',
      files: everyPath,
      errors: [
        {
          ...span(everyPath, 'deploy.yaml', '/server'),
          message: ['is "/server", but container "app" runs "/app/server" (', 'Set it to "/app/server".'],
          related: [
            'Dockerfile:6', 'Dockerfile:11', 'Dockerfile:10',
            // the condition, both paths, each followed, and what they have in common
            'entrypoint.sh:3', 'entrypoint.sh:5', 'entrypoint.sh:7', 'entrypoint.sh:5', 'entrypoint.sh:5', 'Dockerfile:4', 'Dockerfile:8',
            'entrypoint.sh:7', 'entrypoint.sh:7', 'entrypoint.sh:7',
          ],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      // gogs: `s6-svscan /app/gogs/docker/s6/` was taken for the program, and the fix offered was its path.
      name: 'a process supervisor (s6-svscan): the service that runs the Go binary the Dockerfile builds',
      files: s6,
      errors: [
        {
          ...span(s6, 'deploy.yaml', '/bin/s6-svscan-x'),
          message: [
            'is "/bin/s6-svscan-x", but container "app" runs "/app/server" (',
            'Set it to "/app/server".',
          ],
          related: [
            // the link, CMD, its program, the service directory copied in, the run file's exec, the build; which service is the Go one
            'Dockerfile:6', 'Dockerfile:10', 'Dockerfile:10', 'Dockerfile:9', 'docker/s6/app/run:2', 'Dockerfile:4', 'Dockerfile:8', 'Dockerfile:10',
          ],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: 'supervisord: the program that runs the Go binary, not the path the target names',
      files: supervisordWrong,
      errors: [
        {
          ...span(supervisordWrong, 'deploy.yaml', '/app/app'),
          message: ['is "/app/app", but container "app" runs "/app/server" (', 'Set it to "/app/server".'],
          related: [
            // the link, CMD, supervisord, the program's command, the build and copy, which program is the Go one
            'Dockerfile:6', 'Dockerfile:11', 'Dockerfile:11', 'docker/supervisord.conf:9', 'Dockerfile:4', 'Dockerfile:9', 'Dockerfile:11',
          ],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: "s6-overlay: the service's execline run file names the Go binary",
      files: s6OverlayWrong,
      errors: [
        {
          ...span(s6OverlayWrong, 'deploy.yaml', '/app/app'),
          message: ['is "/app/app", but container "app" runs "/app/server" (', 'Set it to "/app/server".'],
          related: [
            // the link, ENTRYPOINT, /init, the COPY of the service tree, the run file's exec, the build and copy, which service
            'Dockerfile:6', 'Dockerfile:12', 'Dockerfile:12', 'Dockerfile:11', 'docker/root/etc/s6-overlay/s6-rc.d/app/run:6', 'Dockerfile:4', 'Dockerfile:10', 'Dockerfile:12',
          ],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: "a LinuxServer.io base image: its ENTRYPOINT is s6-overlay's /init, whose service runs the Go binary",
      files: linuxserver,
      errors: [
        {
          ...span(linuxserver, 'deploy.yaml', '/app/server'),
          message: ['is "/app/server", but container "app" runs "/usr/bin/server" (', 'Set it to "/usr/bin/server".'],
          related: [
            // the link, the base image's ENTRYPOINT and /init (at its FROM), the COPY of the service tree, the run file's
            // exec and its program, the build and copy, which service
            'Dockerfile:6', 'Dockerfile:6', 'Dockerfile:6', 'Dockerfile:8', 'docker/root/etc/s6-overlay/s6-rc.d/svc-app/run:2', 'docker/root/etc/s6-overlay/s6-rc.d/svc-app/run:2', 'Dockerfile:4', 'Dockerfile:7', 'Dockerfile:6',
          ],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/usr/bin/server' }) },
    },
    {
      name: 'a distroless nonroot image: a relative path is under its WORKDIR /home/nonroot',
      files: distrolessNonroot,
      errors: [
        {
          ...span(distrolessNonroot, 'deploy.yaml', '/server'),
          message: ['is "/server", but container "app" runs "/home/nonroot/server" (', 'Set it to "/home/nonroot/server".'],
          // the link, the ENTRYPOINT and the path it starts, the base image's WORKDIR (at its FROM), the build, the COPY
          related: ['Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:6', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/home/nonroot/server' }) },
    },
    {
      // The script's `cd app` was not resolved against the WORKDIR, and ./server was taken from /srv.
      name: "an entrypoint script's relative cd, from the image's WORKDIR",
      files: scriptRelativeCd,
      errors: [
        {
          ...span(scriptRelativeCd, 'deploy.yaml', '/srv/server'),
          message: ['is "/srv/server", but container "app" runs "/srv/app/server" (', 'Set it to "/srv/app/server".'],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/srv/app/server' }) },
    },
    {
      name: 'a base image the linter does not know, with an absolute WORKDIR of its own',
      files: unknownBaseWorkdir,
      errors: [
        {
          ...span(unknownBaseWorkdir, 'deploy.yaml', '/bin/server'),
          message: ['is "/bin/server", but container "app" runs "/srv/bin/server" (', 'Set it to "/srv/bin/server".'],
          // the link, the CMD and the path it starts, the WORKDIR, the build, the COPY
          related: ['Dockerfile:6', 'Dockerfile:9', 'Dockerfile:9', 'Dockerfile:7', 'Dockerfile:4', 'Dockerfile:8'],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/srv/bin/server' }) },
    },
    {
      name: 'symlink path instead of its target',
      files: symlink,
      errors: [{ ...span(symlink, 'deploy.yaml', '/usr/local/bin/orders'), message: ['runs "/opt/orders/orders-v2"', 'is a symlink', 'Dockerfile:8'] }],
      output: { 'deploy.yaml': deployment({ target: '/opt/orders/orders-v2' }) },
    },
    {
      name: '/bin path on a merged-/usr image',
      files: mergedUsr,
      errors: [{ ...span(mergedUsr, 'deploy.yaml', '/bin/api'), message: ['runs "/usr/bin/api"', 'merged-/usr'] }],
      output: { 'deploy.yaml': deployment({ target: '/usr/bin/api' }) },
    },
    {
      name: 'value from a ConfigMap: reported and fixed in the ConfigMap',
      files: configMap,
      errors: [{ ...span(configMap, 'k8s/config.yaml', "'/src/server'"), message: ['is "/src/server"', 'runs "/app/server"'] }],
      output: { 'k8s/config.yaml': configMap['k8s/config.yaml'].replace("'/src/server'", "'/app/server'") },
    },
    {
      name: '$(VAR) expansion: no fix on a templated value',
      files: k8sVar,
      errors: [{ ...span(k8sVar, 'deploy.yaml', '$(APP_DIR)/server'), message: ['is "/srv/server"', 'runs "/app/server"'] }],
      // The fix would replace the reference with a literal, so the value is left to the user... unless it is literal.
      output: { 'deploy.yaml': k8sVar['deploy.yaml'].replace('$(APP_DIR)/server', '/app/server') },
    },
    {
      name: 'command override runs another binary',
      files: commandOverride,
      errors: [{ ...span(commandOverride, 'deploy.yaml', '/usr/local/bin/api'), message: ['runs "/usr/local/bin/worker"'] }],
      output: { 'deploy.yaml': commandOverride['deploy.yaml'].replace('value: /usr/local/bin/api', 'value: /usr/local/bin/worker') },
    },
    {
      name: 'sh -c: cd and exec of a relative path, builder path targeted',
      files: shellC,
      errors: [{ ...span(shellC, 'deploy.yaml', '/go/src/app/server'), message: ['runs "/srv/bin/server"'] }],
      output: { 'deploy.yaml': deployment({ target: '/srv/bin/server' }) },
    },
    {
      name: 'a third-party sidecar is not guessed to run the app: one app, one fix',
      files: withProxy,
      errors: [
        {
          ...span(withProxy, 'deploy/app.yaml', '/server'),
          message: 'OTEL_GO_AUTO_TARGET_EXE is "/server", but container "app" runs "/app/server" (services/api/Dockerfile:8, services/api/Dockerfile:4, services/api/Dockerfile:7; its image is built from services/api/Dockerfile, whose directory matches the image name "api"); the agent compares the two paths exactly, so it will never attach. Set it to "/app/server".',
        },
      ],
      output: { 'deploy/app.yaml': withProxy['deploy/app.yaml'].replace('value: /server', 'value: /app/server') },
    },
    {
      name: 'a value named like no known program, beside a container whose program is not known: a warning, no fix (it may name that one)',
      files: { ...withProxy, 'deploy/app.yaml': withProxy['deploy/app.yaml'].replace('value: /server', 'value: /usr/local/bin/envoy') },
      errors: [
        {
          ...span({ 'deploy/app.yaml': withProxy['deploy/app.yaml'].replace('value: /server', 'value: /usr/local/bin/envoy') }, 'deploy/app.yaml', '/usr/local/bin/envoy'),
          severity: 'warning',
          message:
            'OTEL_GO_AUTO_TARGET_EXE is "/usr/local/bin/envoy", but container "app" runs "/app/server" (services/api/Dockerfile:8, services/api/Dockerfile:4, services/api/Dockerfile:7; its image is built from services/api/Dockerfile, whose directory matches the image name "api"); the agent compares the two paths exactly, so it will not attach to that container. Container "envoy" runs a program that is not known (its image is not linked to a Dockerfile: services/api/Dockerfile would be the guess, but the image "api" is named like it, so it is assumed to build that one only): if the value names it, map its image in .otel-target-lint.yaml so it can be checked; if the value is meant for container "app", set it to "/app/server".',
          related: ['services/api/Dockerfile:6', 'services/api/Dockerfile:8', 'services/api/Dockerfile:8', 'services/api/Dockerfile:4', 'services/api/Dockerfile:7', 'deploy/app.yaml:17'],
        },
      ],
      output: {},
    },
    {
      name: 'native sidecar agent (initContainers, restartPolicy: Always)',
      files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment({ target: '/server' }) },
      errors: [{ ...span({ 'deploy.yaml': nativeSidecarDeployment({ target: '/server' }) }, 'deploy.yaml', '/server'), message: ['"/server"', 'container "app" runs "/app/server"'] }],
      output: { 'deploy.yaml': nativeSidecarDeployment({ target: '/app/server' }) },
    },
    {
      name: 'compose: $$ is a literal $ (the value is known)',
      files: composeDollar,
      errors: [{ ...span(composeDollar, 'compose.yaml', '/opt/$$bin/inventory'), message: ['"/opt/$bin/inventory"', 'service "inventory" runs "/go/bin/inventory"'] }],
      output: { 'compose.yaml': compose['compose.yaml'].replace('/usr/local/bin/inventory', '/go/bin/inventory') },
    },
    {
      name: 'compose ${VAR:-default}: a wrong default is reported and fixed in place',
      files: withTarget('"${TARGET_EXE:-/usr/local/bin/inventory}"'),
      errors: [
        {
          ...span(withTarget('"${TARGET_EXE:-/usr/local/bin/inventory}"'), 'compose.yaml', '/usr/local/bin/inventory'),
          message: ['is "/usr/local/bin/inventory"', 'service "inventory" runs "/go/bin/inventory"'],
          related: ['compose.yaml:9', 'compose.yaml:3', 'Dockerfile:5', 'Dockerfile:5', 'Dockerfile:4'],
        },
      ],
      output: { 'compose.yaml': withTarget('"${TARGET_EXE:-/go/bin/inventory}"')['compose.yaml'] },
    },
    {
      name: 'compose ${VAR} from .env: reported and fixed in .env',
      files: withTarget('${TARGET_EXE:-/go/bin/inventory}', { '.env': '# where the app is\nexport TARGET_EXE="/usr/local/bin/inventory" # set by make\n' }),
      errors: [
        {
          ...span({ '.env': '# where the app is\nexport TARGET_EXE="/usr/local/bin/inventory" # set by make\n' }, '.env', '"/usr/local/bin/inventory"'),
          message: ['is "/usr/local/bin/inventory"', 'runs "/go/bin/inventory"'],
        },
      ],
      output: { '.env': '# where the app is\nexport TARGET_EXE="/go/bin/inventory" # set by make\n' },
    },
    {
      name: 'compose value pieced together from variables: reported without a fix',
      files: withTarget('${BIN_DIR:-/usr/local/bin}/inventory'),
      errors: [{ ...span(withTarget('${BIN_DIR:-/usr/local/bin}/inventory'), 'compose.yaml', '${BIN_DIR:-/usr/local/bin}/inventory'), message: ['is "/usr/local/bin/inventory"'] }],
    },
    {
      name: 'compose env_file: reported and fixed in the env file',
      files: withEnvFile('OTEL_SERVICE_NAME=inventory\nOTEL_GO_AUTO_TARGET_EXE=/usr/local/bin/inventory\n'),
      errors: [
        {
          ...span(withEnvFile('OTEL_SERVICE_NAME=inventory\nOTEL_GO_AUTO_TARGET_EXE=/usr/local/bin/inventory\n'), 'agent.env', '/usr/local/bin/inventory'),
          message: ['is "/usr/local/bin/inventory"', 'runs "/go/bin/inventory"'],
        },
      ],
      output: { 'agent.env': 'OTEL_SERVICE_NAME=inventory\nOTEL_GO_AUTO_TARGET_EXE=/go/bin/inventory\n' },
    },
    {
      name: 'compose: go install writes /go/bin',
      files: compose,
      errors: [{ ...span(compose, 'compose.yaml', '/usr/local/bin/inventory'), message: ['service "inventory" runs "/go/bin/inventory"'] }],
      output: { 'compose.yaml': compose['compose.yaml'].replace('/usr/local/bin/inventory', '/go/bin/inventory') },
    },
    {
      name: 'tini -> entrypoint script -> set -- -> gosu -> app on PATH',
      files: tiniScript,
      errors: [{ ...span(tiniScript, 'deploy.yaml', '/app'), message: ['runs "/usr/local/bin/app"', 'docker/entrypoint.sh:'] }],
      output: { 'deploy.yaml': deployment({ target: '/usr/local/bin/app' }) },
    },
  ],
});

test.run();
