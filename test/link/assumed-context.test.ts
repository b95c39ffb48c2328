// The build context of a Dockerfile linked without a build definition (the name heuristic or a guess): its own
// directory, unless the files its COPY / ADD take from the context are all in a directory above it instead
// (src/link/images.ts assumedContext): `build/docker/Dockerfile` built with `docker build -f build/docker/Dockerfile .`.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetReport } from '../../src/engine/targets.ts';
import { deployment } from '../helpers/fixtures.ts';
import { lintFiles, lintRepo } from '../helpers/rule-tester.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';

const DOCKERFILE = `FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod ./
COPY . .
RUN go build -o /bin/app .
FROM alpine:3.20
COPY --from=build /bin/app /usr/bin/app
COPY ./scripts/entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
`;
const SCRIPT = '#!/bin/sh\nexec /usr/bin/app serve "$@"\n';
const GO_MOD = 'module example.com/app\n\ngo 1.23\n';

async function target(files: Record<string, string>) {
  const r = await lintRepo(files, [], ['.']);
  const t = targetReport(r.model, () => true).find((x) => x.container === 'app')!;
  return { status: t.status, exe: t.exe, reason: t.reason, how: t.link?.how };
}

test('the files it copies are at the repository root, not beside it: the root is the context, and the message says so', async () => {
  const t = await target({
    'build/docker/Dockerfile': DOCKERFILE,
    'scripts/entrypoint.sh': SCRIPT,
    'go.mod': GO_MOD,
    'k8s/deploy.yaml': deployment({ appImage: 'ghcr.io/acme/docker:1', target: '/usr/bin/app' }),
  });
  assert.equal([t.status, t.exe], ['resolved', '/usr/bin/app']);
  assert.is(
    t.how,
    'built from build/docker/Dockerfile, whose directory matches the image name "docker", with the repository root as its build context (where the files it copies, go.mod, scripts/entrypoint.sh, are)',
  );
});

test('a run on the script alone reports the mismatch it proves; a directory with more than Dockerfiles is the context', async () => {
  const files = {
    'build/docker/Dockerfile': DOCKERFILE,
    'scripts/entrypoint.sh': SCRIPT,
    'go.mod': GO_MOD,
    'k8s/deploy.yaml': deployment({ appImage: 'ghcr.io/acme/docker:1', target: '/app' }),
  };
  const scoped = await lintFiles(files, [targetExeMismatch], ['scripts/entrypoint.sh']);
  assert.equal(scoped.diagnostics.map((d) => `${d.ruleId} ${d.range.file}`), ['target-exe-mismatch k8s/deploy.yaml']);
  // build/docker/ holds a file of its own: it is a context, whatever its Dockerfile copies.
  const own = await target({ ...files, 'build/docker/config.yaml': 'a: 1\n' });
  assert.equal([own.status, own.how], ['unknown', 'built from build/docker/Dockerfile, whose directory matches the image name "docker"']);
});

test('the nearest directory above that holds them all; a guess says it too', async () => {
  const t = await target({
    'svc/build/Dockerfile': DOCKERFILE,
    'svc/scripts/entrypoint.sh': SCRIPT,
    'svc/go.mod': GO_MOD,
    'scripts/entrypoint.sh': '#!/bin/sh\nexec /usr/bin/other\n',
    'go.mod': GO_MOD,
    'svc/deploy/deploy.yaml': deployment({ appImage: 'ghcr.io/acme/api:1', target: '/usr/bin/app' }),
  });
  assert.equal([t.status, t.exe], ['resolved', '/usr/bin/app']);
  assert.match(t.how ?? '', 'the only Dockerfile in the repository, with svc/ as its build context (where the files it copies, go.mod, scripts/entrypoint.sh, are)');
});

test('its own directory when they are there, or nowhere (built outside the Dockerfile\'s view): no note', async () => {
  const beside = await target({
    'build/docker/Dockerfile': DOCKERFILE,
    'build/docker/scripts/entrypoint.sh': SCRIPT,
    'build/docker/go.mod': GO_MOD,
    'scripts/entrypoint.sh': '#!/bin/sh\nexec /usr/bin/other\n',
    'go.mod': GO_MOD,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/docker:1', target: '/usr/bin/app' }),
  });
  assert.equal([beside.status, beside.exe, beside.how], ['resolved', '/usr/bin/app', 'built from build/docker/Dockerfile, whose directory matches the image name "docker"']);
  const nowhere = await target({
    'build/docker/Dockerfile': DOCKERFILE,
    'go.mod': GO_MOD,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/docker:1', target: '/usr/bin/app' }),
  });
  assert.equal([nowhere.status, nowhere.how], ['unknown', 'built from build/docker/Dockerfile, whose directory matches the image name "docker"']);
});

test.run();
