import { test } from 'uvu';
import { targetExeUnresolved } from '../../rules/target-exe-unresolved.ts';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, GO_APP_BUILD, goAgentCompose, rootOrNot, s6Image, SEED_DOCKERFILE, supervisordImage } from '../helpers/fixtures.ts';

const runtimeVar = {
  Dockerfile: `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /app/server ./cmd/server
FROM alpine:3.20
COPY --from=build /app/server /app/server
ENTRYPOINT ["/bin/sh", "-c", "exec $APP_BINARY"]
`,
  'deploy.yaml': deployment({ target: '/app/server' }),
};
/** Beyla beside the same application: its glob cannot be checked either. */
const beylaUnknown = {
  Dockerfile: runtimeVar.Dockerfile,
  'deploy.yaml': deployment({ agentEnv: ['            - name: BEYLA_AUTO_TARGET_EXE', '              value: "*/server"'] }).replace('otel/autoinstrumentation-go:v0.24.0', 'grafana/beyla:2.7.0'),
};
const missingScript = {
  Dockerfile: `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /app/server ./cmd/server
FROM alpine:3.20
COPY --from=build /app/server /app/server
ENTRYPOINT ["/docker-entrypoint.sh"]
`,
  'deploy.yaml': deployment({ target: '/app/server' }),
};
/** The nearest Dockerfile shares only `kyaml/` with the manifest and is three directories below it. */
const farNearest = {
  'kyaml/fn/framework/example/Dockerfile': SEED_DOCKERFILE,
  'other/Dockerfile': SEED_DOCKERFILE,
  'kyaml/kio/examples/app.yaml': deployment({ target: '/app/server', appImage: 'ghcr.io/acme/checkout:1.0' }),
};
const twoDockerfiles = {
  'svc/a/Dockerfile': SEED_DOCKERFILE,
  'svc/b/Dockerfile': SEED_DOCKERFILE,
  'deploy/app.yaml': deployment({ target: '/app/server', appImage: 'ghcr.io/acme/checkout:1.0' }),
};
/** The second Dockerfile builds Go to a path named by a build arg with no default: it still builds Go. */
const argNamedOutput = {
  'svc/a/Dockerfile': SEED_DOCKERFILE,
  'svc/b/Dockerfile': `FROM golang:1.23 AS build
ARG SERVICE_NAME
WORKDIR /src
COPY . .
RUN go build -o /out/$SERVICE_NAME ./cmd/$SERVICE_NAME
FROM gcr.io/distroless/static
ARG SERVICE_NAME
COPY --from=build /out/$SERVICE_NAME /app
ENTRYPOINT ["/app"]
`,
  'deploy/app.yaml': deployment({ target: '/app/server', appImage: 'ghcr.io/acme/checkout:1.0' }),
};
/** A compose service with only `image:` is pulled: the repository's one Dockerfile is not guessed for it. */
const composeWith = (app: string) => ({ Dockerfile: SEED_DOCKERFILE, 'compose.yaml': goAgentCompose({ app: app.split('\n').map((l) => l.trim()) }) });
const composePulled = composeWith('    image: ghcr.io/acme/checkout:1.0');

/** A base image the linter does not know may set a WORKDIR: where `COPY ... server` and `./server` land is not known. */
const unknownBaseRelative = {
  Dockerfile: `${GO_APP_BUILD}
FROM ghcr.io/acme/runtime:1
COPY --from=build /out/app server
ENTRYPOINT ["./server"]
`,
  'deploy.yaml': deployment({ target: '/server' }),
};
/** The same COPY to a relative path, and the program found by name: it is in /bin only if the base image's WORKDIR is /. */
const unknownBasePath = {
  ...unknownBaseRelative,
  Dockerfile: unknownBaseRelative.Dockerfile.replace('COPY --from=build /out/app server\n', 'COPY --from=build /out/app bin/server\n').replace('ENTRYPOINT ["./server"]', 'CMD ["server"]'),
  'deploy.yaml': deployment({ target: '/bin/server' }),
};
/** An entrypoint script that changes to a directory named by a variable only known at run time, then runs ./server. */
const scriptUnknownCd = {
  Dockerfile: `${GO_APP_BUILD}
FROM alpine:3.20
WORKDIR /srv
COPY --from=build /out/app server
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
`,
  'entrypoint.sh': '#!/bin/sh\ncd "$APP_HOME"\nexec ./server\n',
  'deploy.yaml': deployment({ target: '/srv/server' }),
};
/** distroless' debug images keep ENTRYPOINT ["/busybox/sh"]: a CMD alone is given to the shell as a script. */
const distrolessDebugCmd = {
  Dockerfile: SEED_DOCKERFILE.replace('FROM gcr.io/distroless/static\n', 'FROM gcr.io/distroless/static:debug\n').replace('ENTRYPOINT ["/app/server"]', 'CMD ["/app/server"]'),
  'deploy.yaml': deployment({ target: '/app/server' }),
};

const twoPrograms = rootOrNot('/app/server', '/app/other');

/** A supervisor with two services that run Go binaries the Dockerfile builds: which one is targeted is not known. */
const s6Two = s6Image('/app/server', { worker: '#!/bin/sh\nexec /app/worker\n' });
s6Two.Dockerfile = s6Two.Dockerfile!.replace('COPY --from=build /out/app /app/server\n', 'COPY --from=build /out/app /app/server\nCOPY --from=build /out/app /app/worker\n');

/** supervisord with two programs that run two Go binaries the Dockerfile builds. */
const supervisordTwo = supervisordImage('/app/server', {
  'docker/supervisord.conf': '[program:api]\ncommand=/app/server api\n\n[program:worker]\ncommand=/app/worker ; the queue\n',
});
supervisordTwo.Dockerfile = supervisordTwo.Dockerfile!.replace('COPY --from=build /out/app /app/server\n', 'COPY --from=build /out/app /app/server\nCOPY --from=build /out/app /app/worker\n');

ruleTests(targetExeUnresolved, {
  valid: [
    { name: 'resolved', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: '/app/server' }) } },
    { name: 'a script whose every path ends in the same program', files: rootOrNot('/app/server') },
    { name: 'unlinked image is the other rule', files: twoDockerfiles },
  ],
  invalid: [
    {
      name: 'a Beyla glob whose only container runs a program not known: said, not silently unchecked',
      files: beylaUnknown,
      errors: [{ ...span(beylaUnknown, 'deploy.yaml', '"*/server"'), severity: 'info', message: ['Cannot check BEYLA_AUTO_TARGET_EXE "*/server" against the executables it should match: container "app":', 'APP_BINARY'] }],
    },
    {
      name: 'exec of a variable only known at run time',
      files: runtimeVar,
      errors: [{ ...span(runtimeVar, 'deploy.yaml', '/app/server'), severity: 'info', message: ['Cannot check OTEL_GO_AUTO_TARGET_EXE "/app/server"', 'container "app":', 'APP_BINARY'] }],
    },
    {
      name: 'a script that runs one program or another depending on a condition',
      files: twoPrograms,
      errors: [
        {
          ...span(twoPrograms, 'deploy.yaml', '/server'),
          severity: 'info',
          message: ['what /entrypoint.sh runs depends on `[ "$(id -u)" = \'0\' ]`, which cannot be evaluated statically: exec su-exec app:app env HOME=/data /app/server (line 5) or exec /app/other (line 7)'],
        },
      ],
    },
    {
      name: 'a process supervisor with two services that run Go binaries',
      files: s6Two,
      errors: [
        {
          ...span(s6Two, 'deploy.yaml', '/app/server'),
          severity: 'info',
          message: ['s6-svscan supervises 3 services in /etc/s6, and which of them is the Go program is not known: app (/app/server), sshd (/usr/sbin/sshd), worker (/app/worker)'],
        },
      ],
    },
    {
      name: 'supervisord with two programs that run Go binaries',
      files: supervisordTwo,
      errors: [
        {
          ...span(supervisordTwo, 'deploy.yaml', '/app/server'),
          severity: 'info',
          message: ['supervisord supervises 2 services in /etc/supervisor/conf.d/app.conf, and which of them is the Go program is not known: api (/app/server), worker (/app/worker)'],
        },
      ],
    },
    {
      name: 'a relative path under the WORKDIR of a base image the linter does not know',
      files: unknownBaseRelative,
      errors: [
        {
          ...span(unknownBaseRelative, 'deploy.yaml', '/server'),
          severity: 'info',
          message: ['"./server" is relative to the working directory, which is not known: the base image ghcr.io/acme/runtime:1 is not known to the linter, and may set a WORKDIR'],
        },
      ],
    },
    {
      // It was an error whose fix was /bin/server: WORKDIR / was assumed.
      name: 'a program copied to a relative path under the WORKDIR of a base image the linter does not know',
      files: unknownBasePath,
      errors: [{ ...span(unknownBasePath, 'deploy.yaml', '/bin/server'), severity: 'info', message: ['"server" is not on the image PATH as far as the Dockerfile shows'] }],
    },
    {
      // ./server was taken from the WORKDIR, as if the cd had not run.
      name: 'a relative path after a cd to a directory that is not known',
      files: scriptUnknownCd,
      errors: [
        {
          ...span(scriptUnknownCd, 'deploy.yaml', '/srv/server'),
          severity: 'info',
          message: ['"./server" is relative to the working directory, which is not known: a `cd` before it changes to a directory that cannot be known'],
        },
      ],
    },
    {
      name: "a distroless debug image's shell ENTRYPOINT given the Go binary as a script",
      files: distrolessDebugCmd,
      errors: [
        {
          ...span(distrolessDebugCmd, 'deploy.yaml', '/app/server'),
          severity: 'info',
          message: ['/busybox/sh /app/server reads /app/server as a shell script, but it is the Go binary built at Dockerfile:4: the program does not start. Run it directly instead'],
        },
      ],
    },
    {
      name: 'entrypoint script not in the repository',
      files: missingScript,
      errors: [{ ...span(missingScript, 'deploy.yaml', '/app/server'), severity: 'info', message: ['/docker-entrypoint.sh'] }],
    },
  ],
});

/** A chart whose app image is `image` (a template), with values giving ghcr.io/acme/catalog:1.6.2; two Dockerfiles. */
const helmImage = (image: string) => ({
  'svc/a/Dockerfile': SEED_DOCKERFILE,
  'svc/b/Dockerfile': SEED_DOCKERFILE,
  'chart/Chart.yaml': 'apiVersion: v2\nname: catalog\nversion: 1.0.0\n',
  'chart/values.yaml': 'image:\n  repository: ghcr.io/acme/catalog\n  tag: 1.6.2\n',
  'chart/templates/deploy.yaml': deployment({ target: '/app/server', appImage: image }),
});

ruleTests(imageNotLinked, {
  valid: [
    { name: 'linked by the only Dockerfile', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: '/app/server' }) } },
    {
      name: 'linked through the config file',
      files: {
        ...twoDockerfiles,
        '.otel-target-lint.yaml': 'images:\n  - image: ghcr.io/acme/checkout\n    dockerfile: svc/b/Dockerfile\n',
      },
    },
    { name: 'a compose service that builds its image', files: composeWith('    image: ghcr.io/acme/checkout:1.0\n    build: .') },
    {
      name: 'a compose service whose image a build definition names (the config file)',
      files: { ...composePulled, '.otel-target-lint.yaml': 'images:\n  - image: ghcr.io/acme/checkout\n    dockerfile: Dockerfile\n' },
    },
    {
      name: 'the nearest Dockerfile, in a directory the manifest is under',
      files: { 'svc/Dockerfile': SEED_DOCKERFILE, 'other/Dockerfile': SEED_DOCKERFILE, 'svc/deploy/k8s/app.yaml': deployment({ target: '/app/server', appImage: 'ghcr.io/acme/checkout:1.0' }) },
    },
    {
      name: 'the nearest Dockerfile, one directory next to the manifest',
      files: { 'svc/build/Dockerfile': SEED_DOCKERFILE, 'other/Dockerfile': SEED_DOCKERFILE, 'svc/deploy/app.yaml': deployment({ target: '/app/server', appImage: 'ghcr.io/acme/checkout:1.0' }) },
    },
  ],
  invalid: [
    {
      // retail-store, sealed-secrets: a Helm image is mapped by the name it renders to, never by its template text.
      name: 'a Helm image the values render: the snippet has the rendered name',
      files: helmImage('"{{ .Values.image.repository }}:{{ .Values.image.tag }}"'),
      errors: [
        {
          ...span(helmImage('"{{ .Values.image.repository }}:{{ .Values.image.tag }}"'), 'chart/templates/deploy.yaml', '"{{ .Values.image.repository }}:{{ .Values.image.tag }}"'),
          message: [
            '(rendered with the chart\'s values: ghcr.io/acme/catalog:1.6.2)',
            'map it in .otel-target-lint.yaml: `images: [{ image: ghcr.io/acme/catalog:1.6.2, dockerfile: <path/to/Dockerfile> }]`.',
          ],
        },
      ],
    },
    {
      name: 'a Helm image the values do not render (printf): no template text in the snippet',
      files: helmImage('{{ printf "%s:%s" .Values.image.repository .Values.image.tag }}'),
      errors: [
        {
          ...span(helmImage('{{ printf "%s:%s" .Values.image.repository .Values.image.tag }}'), 'chart/templates/deploy.yaml', '{{ printf "%s:%s" .Values.image.repository .Values.image.tag }}'),
          message: ['map the name it renders to (`helm template` shows it) in .otel-target-lint.yaml under `images:`, with its `dockerfile:`.'],
        },
      ],
    },
    {
      name: 'two Dockerfiles, no mapping',
      files: twoDockerfiles,
      errors: [
        {
          ...span(twoDockerfiles, 'deploy/app.yaml', 'ghcr.io/acme/checkout:1.0'),
          severity: 'info',
          message: ['image "ghcr.io/acme/checkout:1.0" is not linked', '2 Dockerfiles build Go binaries (svc/a/Dockerfile, svc/b/Dockerfile)', 'images: [{ image: ghcr.io/acme/checkout:1.0'],
          related: [`deploy/app.yaml:${span(twoDockerfiles, 'deploy/app.yaml', '/app/server').line}`],
        },
      ],
    },
    {
      name: 'a go build whose output is named by a build arg counts as building Go',
      files: argNamedOutput,
      errors: [
        {
          ...span(argNamedOutput, 'deploy/app.yaml', 'ghcr.io/acme/checkout:1.0'),
          severity: 'info',
          message: ['image "ghcr.io/acme/checkout:1.0" is not linked', '2 Dockerfiles build Go binaries (svc/a/Dockerfile, svc/b/Dockerfile)'],
          related: [`deploy/app.yaml:${span(argNamedOutput, 'deploy/app.yaml', '/app/server').line}`],
        },
      ],
    },
    {
      name: 'a compose service with image: and no build: is pulled, not guessed to be the only Dockerfile',
      files: composePulled,
      errors: [
        {
          ...span(composePulled, 'compose.yaml', 'ghcr.io/acme/checkout:1.0'),
          severity: 'info',
          message: ['its image "ghcr.io/acme/checkout:1.0" is not linked to a Dockerfile (the service has no build:, so compose pulls "ghcr.io/acme/checkout:1.0", and no build in the repository names it). If the repository builds it, map it'],
          related: [`compose.yaml:${span(composePulled, 'compose.yaml', '/app/server').line}`],
        },
      ],
    },
    {
      name: 'the nearest Dockerfile is deeper in another part of the tree: not a guess',
      files: farNearest,
      errors: [
        {
          ...span(farNearest, 'kyaml/kio/examples/app.yaml', 'ghcr.io/acme/checkout:1.0'),
          severity: 'info',
          message: ['image "ghcr.io/acme/checkout:1.0" is not linked', '2 Dockerfiles build Go binaries (kyaml/fn/framework/example/Dockerfile, other/Dockerfile)'],
          related: [`kyaml/kio/examples/app.yaml:${span(farNearest, 'kyaml/kio/examples/app.yaml', '/app/server').line}`],
        },
      ],
    },
  ],
});

test.run();
