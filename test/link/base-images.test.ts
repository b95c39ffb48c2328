// A Dockerfile built FROM an image that another Dockerfile of the repository builds (a company base image with the
// entrypoint script, PATH and WORKDIR): the image carries on from that image's last state, when a build definition
// names it. Read through --print-targets' report of each container.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { containerTarget } from '../helpers/targets.ts';
import { BASE_DOCKERFILE, goAgentCompose } from '../helpers/fixtures.ts';

const appDockerfile = (from: string) => `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server

FROM ${from}
COPY --from=build /out/server bin/server
CMD ["server", "--listen", ":8080"]
`;

/** compose builds the base image (`base`) and the app image FROM it (`app`); the agent targets the app. */
function repo(o: { from?: string; baseImage?: string; config?: string } = {}): Record<string, string> {
  const files: Record<string, string> = {
    'base/Dockerfile': BASE_DOCKERFILE,
    'base/entrypoint.sh': '#!/bin/sh\nset -e\necho "starting $*"\nexec "$@"\n',
    'app/Dockerfile': appDockerfile(o.from ?? 'ghcr.io/acme/base:1'),
    'compose.yaml': goAgentCompose({ app: ['build: ./app'] }).replace(
      'services:\n',
      o.baseImage === '' ? 'services:\n' : `services:\n  base:\n    build: ./base\n    image: ${o.baseImage ?? 'ghcr.io/acme/base:1'}\n`,
    ),
  };
  if (o.config !== undefined) files['.otel-target-lint.yaml'] = o.config;
  return files;
}

const app = (files: Record<string, string>) => containerTarget(files);

test('FROM an image a compose service builds: its ENTRYPOINT script, PATH and WORKDIR carry over', async () => {
  const s = await app(repo());
  assert.equal([s.status, s.exe, s.through], ['resolved', '/opt/app/bin/server', ['tini', 'entrypoint.sh']]);
  assert.ok(
    s.steps.includes(
      'base/Dockerfile:6: ENTRYPOINT ["/sbin/tini","--","entrypoint.sh"] (the ENTRYPOINT of ghcr.io/acme/base:1, built from base/Dockerfile by the compose service at compose.yaml:3)',
    ),
    s.steps.join('\n'),
  );
  assert.ok(s.steps.includes('app/Dockerfile:7: COPY --from=build /out/server bin/server'), s.steps.join('\n'));
  assert.ok(s.steps.some((x) => x.startsWith('base/entrypoint.sh:4: ')), s.steps.join('\n'));
});

test('FROM an image the config file maps (any tag); a tagged build answers only to its tag', async () => {
  const mapped = await app(repo({ from: 'ghcr.io/acme/base:2', baseImage: '', config: 'images:\n  - image: ghcr.io/acme/base\n    dockerfile: base/Dockerfile\n' }));
  assert.equal([mapped.status, mapped.exe], ['resolved', '/opt/app/bin/server']);
  // compose builds ghcr.io/acme/base:1; FROM ghcr.io/acme/base:2 is another image, not known: WORKDIR and PATH are not.
  const other = await app(repo({ from: 'ghcr.io/acme/base:2' }));
  assert.equal([other.status, other.reason], ['unknown', '"server" is not on the image PATH as far as the Dockerfile shows']);
  // No tag in the FROM is `latest`.
  const latest = await app(repo({ from: 'ghcr.io/acme/base', baseImage: 'ghcr.io/acme/base:latest' }));
  assert.equal(latest.exe, '/opt/app/bin/server');
});

test('FROM an image only the name heuristic would give, or by digest: not linked', async () => {
  // `base/` matches the image name "base", but a Dockerfile in kafka/ usually extends the upstream apache/kafka.
  const named = await app(repo({ baseImage: '' }));
  assert.equal(named.status, 'unknown');
  const digest = await app(repo({ from: 'ghcr.io/acme/base:1@sha256:0123' }));
  assert.equal(digest.status, 'unknown');
});

test('COPY --from an image the repository builds copies what that image holds (its entrypoint script)', async () => {
  const files = repo();
  files['app/Dockerfile'] = `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server

FROM alpine:3.20
COPY --from=ghcr.io/acme/base:1 /usr/local/bin/entrypoint.sh /entrypoint.sh
COPY --from=build /out/server /app/server
ENTRYPOINT ["/entrypoint.sh"]
CMD ["/app/server"]
`;
  const s = await app(files);
  assert.equal([s.status, s.exe, s.through], ['resolved', '/app/server', ['entrypoint.sh']]);
  assert.ok(s.steps.some((x) => x.startsWith('base/entrypoint.sh:4: ')), s.steps.join('\n'));
});

test('a FROM that leads back to the image being built is left unknown, without a loop', async () => {
  const files = repo();
  // base is built FROM the app image, which is built FROM base.
  files['compose.yaml'] = files['compose.yaml']!.replace('  app:\n    build: ./app\n', '  app:\n    build: ./app\n    image: ghcr.io/acme/app:1\n');
  files['base/Dockerfile'] = BASE_DOCKERFILE.replace('FROM alpine:3.20', 'FROM ghcr.io/acme/app:1');
  const s = await app(files);
  assert.equal(s.status, 'unknown');
});

test.run();
