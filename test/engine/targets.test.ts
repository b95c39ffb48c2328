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
  through /sbin/tini, then /run.sh (/bin/sh)
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
  assert.equal(Object.keys(c), ['file', 'line', 'column', 'endLine', 'endColumn', 'platform', 'owner', 'container', 'image', 'status', 'exe', 'link', 'wrappers', 'steps', 'targets']);
  assert.equal(c.targets, [{ label: 'OTEL_GO_AUTO_TARGET_EXE', value: '/app/server', resolved: '/app/server', match: 'exact', file: 'k8s/api.yaml', line: 22, column: 22, endLine: 22, endColumn: 33, matches: true }]);
  assert.equal(Object.keys(c.steps[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'message']);
});

test.run();
