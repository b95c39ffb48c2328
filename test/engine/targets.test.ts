// --print-targets: the report of what each application container runs (src/engine/targets.ts) and its text and
// JSON output (src/formatters/targets.ts).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetReport } from '../../src/engine/targets.ts';
import type { TargetReportEntry } from '../../src/engine/targets.ts';
import { targetsJson, targetsText } from '../../src/formatters/targets.ts';
import { lintRepo } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE, deployment, ebpfCompose, obiDaemonSet } from '../helpers/fixtures.ts';

async function report(files: Record<string, string>, paths = ['.']): Promise<TargetReportEntry[]> {
  const r = await lintRepo(files, [], paths);
  return targetReport(r.model, (p) => r.requested.has(p));
}

const SEED = { Dockerfile: SEED_DOCKERFILE };

test('a resolved container: its executable, the link, the steps and the target that names it', async () => {
  const [e, ...rest] = await report({ ...SEED, 'k8s/api.yaml': deployment({ target: '/server' }) });
  assert.is(rest.length, 0);
  assert.equal(
    { file: e!.range.file, line: e!.range.line, column: e!.range.column, endColumn: e!.range.endColumn, owner: e!.owner, container: e!.container, status: e!.status, exe: e!.exe, image: e!.image },
    { file: 'k8s/api.yaml', line: 17, column: 18, endColumn: 40, owner: 'Deployment "api"', container: 'app', status: 'resolved', exe: '/app/server', image: 'ghcr.io/acme/api:1.0.0' },
  );
  assert.is(e!.link?.dockerfile, 'Dockerfile');
  assert.ok(e!.steps.some((s) => s.range.file === 'Dockerfile' && s.range.line === 4 && s.message.includes('go build -o /app/server')));
  assert.equal(
    e!.targets.map((t) => ({ label: t.label, value: t.value, resolved: t.resolved, matches: t.matches, at: `${t.range.file}:${t.range.line}:${t.range.column}` })),
    [{ label: 'OTEL_GO_AUTO_TARGET_EXE', value: '/server', resolved: '/server', matches: false, at: 'k8s/api.yaml:22:22' }],
  );
});

test('go run, an image built elsewhere, and an agent alone are reported as such; agents are no entries', async () => {
  const goRun = await report({ Dockerfile: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nCMD ["go", "run", "./cmd/server"]\n', 'k8s/api.yaml': deployment() });
  assert.equal(goRun.map((e) => [e.status, e.goRun?.tool, e.targets[0]?.matches]), [['go-run', 'go run', undefined]]);
  const elsewhere = await report({ 'k8s/api.yaml': deployment({ appImage: 'docker.io/library/nginx:1.27' }) });
  assert.is(elsewhere.length, 1);
  assert.is(elsewhere[0]!.status, 'unknown');
  assert.ok(elsewhere[0]!.reason);
  assert.is(elsewhere[0]!.exe, undefined);
});

test('only containers of the linted files, or whose image a linted Dockerfile builds', async () => {
  const files = { ...SEED, 'k8s/api.yaml': deployment(), 'other/Dockerfile': 'FROM scratch\nCOPY x /x\nENTRYPOINT ["/x"]\n', 'other/k8s.yaml': deployment({ name: 'other', appImage: 'ghcr.io/acme/other:1.0.0' }) };
  assert.equal((await report(files)).map((e) => e.owner), ['Deployment "api"', 'Deployment "other"']);
  assert.equal((await report(files, ['k8s/api.yaml'])).map((e) => e.owner), ['Deployment "api"']);
  assert.equal((await report(files, ['other/Dockerfile'])).map((e) => e.owner), ['Deployment "other"']);
  assert.equal(await report(files, ['Dockerfile', 'other/k8s.yaml']).then((r) => r.map((e) => e.owner)), ['Deployment "api"', 'Deployment "other"']);
});

test('a node-wide glob target (an OBI DaemonSet) is listed under the containers it selects, not the others', async () => {
  const entries = await report({
    ...SEED,
    'k8s/api.yaml': deployment({ agentEnv: ['            - name: OTEL_SERVICE_NAME', '              value: api'] }),
    'other/Dockerfile': 'FROM scratch\nCOPY x /srv/other\nENTRYPOINT ["/srv/other"]\n',
    'other/k8s.yaml': deployment({ name: 'other', appImage: 'ghcr.io/acme/other:1.0.0' }),
    'obi.yaml': obiDaemonSet({ pod: '      hostPID: true\n' }),
  });
  const byOwner = new Map(entries.map((e) => [e.owner, e.targets.filter((t) => t.match === 'glob')]));
  assert.equal(byOwner.get('Deployment "api"')!.map((t) => [t.value, t.matches, t.range.file]), [['*/server', true, 'obi.yaml']]);
  assert.equal(byOwner.get('Deployment "other"'), []);
});

test('compose: the service and its agent target', async () => {
  const entries = await report({ ...SEED, 'compose.yaml': ebpfCompose(['environment:', '  OTEL_EBPF_AUTO_TARGET_EXE: "/app/*"']) });
  assert.equal(entries.map((e) => [e.owner, e.platform, e.exe, e.targets.map((t) => [t.value, t.matches])]), [['compose service "api"', 'compose', '/app/server', [['/app/*', true]]]]);
  // At the service's name (an image value may come from an interpolated .env file).
  assert.equal([entries[0]!.range.file, entries[0]!.range.line, entries[0]!.range.column, entries[0]!.range.endColumn], ['compose.yaml', 2, 3, 6]);
});

test('text: one headline per container, then the link, the wrappers, the steps and the targets', async () => {
  const files = {
    Dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /app/server .\nFROM alpine:3.20\nCOPY --from=build /app/server /app/server\nCOPY run.sh /run.sh\nENTRYPOINT ["/sbin/tini", "--", "/run.sh"]\n',
    'run.sh': '#!/bin/sh\nexec /app/server "$@"\n',
    'k8s/api.yaml': deployment({ target: '/run.sh' }),
  };
  const text = targetsText(await report(files));
  assert.is(
    text,
    `k8s/api.yaml:17:18: Deployment "api", container "app": /app/server
  image ghcr.io/acme/api:1.0.0, assumed to be built from Dockerfile, the only Dockerfile in the repository
  through /sbin/tini, then /run.sh (/bin/busybox)
  Dockerfile:6:1: ENTRYPOINT ["/sbin/tini","--","/run.sh"]
  Dockerfile:5:1: COPY run.sh /run.sh
  run.sh:2:1: the script's arguments ("$@") are: (nothing)
  run.sh:2:1: /run.sh: exec replaces the shell with /app/server
  Dockerfile:2:5: go build -o /app/server writes /app/server
  Dockerfile:4:1: COPY --from=build /app/server /app/server
  OTEL_GO_AUTO_TARGET_EXE = "/run.sh" (k8s/api.yaml:22:22): does not match
`,
  );
  assert.is(targetsText([]), 'No application container in the given paths.\n');
});

test('json: the documented shape', async () => {
  const doc = JSON.parse(targetsJson(await report({ ...SEED, 'k8s/api.yaml': deployment() }), '9.9.9'));
  assert.equal(doc.tool, { name: 'otel-target-lint', version: '9.9.9' });
  assert.is(doc.version, 1);
  const c = doc.containers[0];
  assert.equal(Object.keys(c), ['file', 'line', 'column', 'endLine', 'endColumn', 'relevance', 'platform', 'owner', 'container', 'image', 'status', 'exe', 'link', 'wrappers', 'steps', 'targets']);
  assert.equal(c.targets, [{ label: 'OTEL_GO_AUTO_TARGET_EXE', value: '/app/server', resolved: '/app/server', match: 'exact', file: 'k8s/api.yaml', line: 22, column: 22, endLine: 22, endColumn: 33, matches: true }]);
  assert.equal(Object.keys(c.steps[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'message']);
  assert.equal(doc.omitted, { notBuiltHere: 0, notGo: 0 });
});

/** The agent sidecar without a target setting. */
const NO_TARGET = { agentEnv: ['            - name: OTEL_SERVICE_NAME', '              value: svc'] };

// One container of each relevance, side by side.
const MIXED = {
  ...SEED,
  'k8s/api.yaml': deployment(),
  // Built here, no Go build, and what it starts is known: a binary copied in may be a Go program.
  'copied/Dockerfile': 'FROM alpine:3.20\nCOPY bin/copied /usr/local/bin/copied\nENTRYPOINT ["/usr/local/bin/copied"]\n',
  'k8s/copied.yaml': deployment({ name: 'copied', appImage: 'ghcr.io/acme/copied:1.0.0', ...NO_TARGET }),
  // Built here, no Go build, and what it starts is not known.
  'py/Dockerfile': 'FROM python:3.12-slim\nCOPY app.py /app/app.py\nCMD ["python", "/app/app.py"]\n',
  'k8s/py.yaml': deployment({ name: 'py', appImage: 'ghcr.io/acme/py:1.0.0', ...NO_TARGET }),
  // Not built here.
  'k8s/redis.yaml': deployment({ name: 'redis', appImage: 'docker.io/library/redis:7', ...NO_TARGET }),
  // Go run in an image not built here.
  'compose.yaml': 'services:\n  dev:\n    image: golang:1.23\n    command: ["go", "run", "./cmd/dev"]\n',
};

test('relevance: targeted, go, built-here, not-built-here, not-go', async () => {
  const entries = await report(MIXED);
  assert.equal(
    entries.map((e) => [e.owner, e.relevance]),
    [
      ['compose service "dev"', 'go'],
      ['Deployment "api"', 'targeted'],
      ['Deployment "copied"', 'built-here'],
      ['Deployment "py"', 'not-go'],
      ['Deployment "redis"', 'not-built-here'],
    ],
  );
  // Without its target, the seed's container is still one that builds Go.
  const untargeted = await report({ ...SEED, 'k8s/api.yaml': deployment(NO_TARGET) });
  assert.equal(untargeted.map((e) => e.relevance), ['go']);
});

test('relevance: a pulled image beside a container the target can be checked against is counted, not targeted', async () => {
  const compose = `services:
  app:
    build: .
  db:
    image: postgres:16
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: host
    environment:
      OTEL_GO_AUTO_TARGET_EXE: /app/server
`;
  const entries = await report({ ...SEED, 'compose.yaml': compose });
  assert.equal(entries.map((e) => [e.container, e.relevance, e.targets.length]), [['app', 'targeted', 1], ['db', 'not-built-here', 1]]);
  // The target's only container: listed, so that "not checked" is said.
  const alone = await report({ 'k8s/api.yaml': deployment({ appImage: 'docker.io/library/nginx:1.27' }) });
  assert.equal(alone.map((e) => e.relevance), ['targeted']);
});

test('text and JSON show only the containers that may run a Go program, and count the others; --all shows all', async () => {
  const entries = await report(MIXED);
  const text = targetsText(entries);
  assert.equal(
    text.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.slice(0, l.indexOf(':'))),
    ['compose.yaml', 'k8s/api.yaml', 'k8s/copied.yaml', 'Not shown'],
  );
  assert.ok(
    text.endsWith('\n\nNot shown: 1 container whose image is not built in this repository (or not linked to its Dockerfile), and 1 whose image builds no Go program and starts nothing the linter could work out. --all lists them.\n'),
    text,
  );
  const all = targetsText(entries, { all: true });
  assert.equal(all.split('\n').filter((l) => /^\S/.test(l)).length, 5);
  assert.not.ok(all.includes('Not shown'));

  const json = JSON.parse(targetsJson(entries, '9.9.9'));
  assert.equal(json.containers.map((c: { relevance: string }) => c.relevance), ['go', 'targeted', 'built-here']);
  assert.equal(json.omitted, { notBuiltHere: 1, notGo: 1 });
  const jsonAll = JSON.parse(targetsJson(entries, '9.9.9', { all: true }));
  assert.is(jsonAll.containers.length, 5);
  assert.equal(jsonAll.omitted, { notBuiltHere: 0, notGo: 0 });

  // Nothing left to show.
  const redis = await report({ 'k8s/redis.yaml': deployment({ name: 'redis', appImage: 'docker.io/library/redis:7', ...NO_TARGET }) });
  assert.is(
    targetsText(redis),
    'No container in the given paths may run a Go program. Not shown: 1 container whose image is not built in this repository (or not linked to its Dockerfile). --all lists them.\n',
  );
});

test('text: an unlinked image says why, and how to map it', async () => {
  const entries = await report({ ...SEED, 'compose.yaml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0\n' });
  const lines = targetsText(entries, { all: true }).split('\n');
  assert.is(
    lines[1],
    '  image ghcr.io/acme/api:1.0: not linked to a Dockerfile (the service has no build:, so compose pulls "ghcr.io/acme/api:1.0", and no build in the repository names it); if the repository builds it, map it in .otel-target-lint.yaml under images:',
  );
});

test('a command that starts with an option gives the arguments of an ENTRYPOINT the linter does not know', async () => {
  const compose = await report({ 'compose.yaml': 'services:\n  collector:\n    image: ghcr.io/acme/otelcol:0.1\n    command: ["--config=/etc/otelcol.yaml"]\n' });
  const web = await report({
    'web/Dockerfile': 'FROM gcr.io/distroless/nodejs22-debian12\nWORKDIR /app\nCOPY . .\nCMD ["--require=./tracing.js", "server.js"]\n',
    'k8s/web.yaml': deployment({ name: 'web', appImage: 'ghcr.io/acme/web:1.0.0', ...NO_TARGET }),
  });
  assert.equal(
    [...compose, ...web].map((e) => [e.owner, e.status, e.reason, e.steps.map((s) => `${s.range.file}:${s.range.line}:${s.range.column}`)]),
    [
      [
        'compose service "collector"',
        'unknown',
        'the image is not linked to a Dockerfile of the repository, and command: of service "collector" gives only arguments ("--config=/etc/otelcol.yaml" ...) to its ENTRYPOINT, which is not known',
        ['compose.yaml:4:5'],
      ],
      [
        'Deployment "web"',
        'unknown',
        'the CMD starts with an option ("--require=./tracing.js"): it gives the arguments of an ENTRYPOINT the base image gcr.io/distroless/nodejs22-debian12 sets, which the linter does not know',
        ['web/Dockerfile:4:1'],
      ],
    ],
  );
});

// etcd's manifests: `args:` of flags on an image that has only a CMD (distroless static sets no ENTRYPOINT).
test('args that start with an option on an image without ENTRYPOINT: the container runs the option and does not start', async () => {
  const dockerfile = (base: string) => `FROM golang:1.24 AS b\nRUN go build -o /etcd .\nFROM ${base}\nCOPY --from=b /etcd /usr/local/bin/etcd\nCMD ["/usr/local/bin/etcd"]\n`;
  const pod = (extra: string[]) => deployment({ name: 'etcd', appImage: 'ghcr.io/acme/etcd:1', appExtra: extra, ...NO_TARGET });
  const distroless = await report({ Dockerfile: dockerfile('gcr.io/distroless/static-debian12:nonroot'), 'go.mod': 'module x/etcd\n', 'k8s/etcd.yaml': pod(['          args: ["--name", "etcd0"]']) });
  assert.equal(distroless.map((e) => [e.status, e.reason]), [
    ['unknown', 'args: of container "app" starts with an option ("--name") and replaces the CMD, but the image has no ENTRYPOINT (gcr.io/distroless/static-debian12:nonroot sets none): the container runs "--name" as its program and does not start; give the program first (`command:`), or an ENTRYPOINT in the Dockerfile'],
  ]);
  // The python image's ENTRYPOINT is not known: the old reason.
  const other = await report({ Dockerfile: dockerfile('python:3.12'), 'go.mod': 'module x/etcd\n', 'k8s/etcd.yaml': pod(['          args: ["--name", "etcd0"]']) });
  assert.match(other[0]!.reason ?? '', 'it gives the arguments of an ENTRYPOINT the base image python:3.12 sets');
});

// btcd's docs compose file builds from a Git URL.
test('a compose service built from a Git URL, or a context not known: the reason names it', async () => {
  const entries = await report({
    'compose.yaml': 'services:\n  node:\n    build: https://github.com/btcsuite/btcd.git#master\n  other:\n    build: ${CTX}\n',
  });
  assert.equal(entries.map((e) => [e.owner, e.unlinkedReason]), [
    ['compose service "node"', 'its build context is a Git or HTTP URL (https://github.com/btcsuite/btcd.git#master), which the linter does not read'],
    ['compose service "other"', 'its build context ("${CTX}") is not known statically'],
  ]);
});

// osmc-workshop's Beyla: an exe_path item that does not match, and `open_ports` items that may select the service.
test('a config file\'s items that select by ports are listed beside its exe_path items, not checked', async () => {
  const { obiConfigPod } = await import('../helpers/fixtures.ts');
  const entries = await report({ ...SEED, 'k8s/api.yaml': obiConfigPod(['discovery:', '  instrument:', '    - exe_path: "*/other"', '    - open_ports: 8080']) });
  const api = entries.find((e) => e.container === 'app')!;
  assert.equal(api.targets.map((t) => [t.label, t.value, t.matches, t.selectsBy]), [
    ['discovery.instrument[0].exe_path', '*/other', false, undefined],
    ['discovery.instrument[1]', '', undefined, 'ports or Kubernetes metadata'],
  ]);
  assert.match(targetsText(entries), 'discovery.instrument[1] (k8s/api.yaml:');
  assert.match(targetsText(entries), '): selects by ports or Kubernetes metadata, not checked statically; it may select this process');
});

test('text: an image whose name is not known (a Helm `{{ if }}` around it) is said to be so where it is not linked', async () => {
  const [e] = await report({ 'k8s/api.yaml': deployment({ target: '/app/server' }) });
  assert.ok(e);
  const { image: _image, link: _link, ...rest } = e;
  const line = targetsText([{ ...rest, unlinkedReason: 'its name is a template', relevance: 'targeted' }]).split('\n')[1];
  assert.is(line, '  the image (its name is not known statically): not linked to a Dockerfile (its name is a template); if the repository builds it, map it in .otel-target-lint.yaml under images:');
});

test.run();
