// How src/link/deployments.ts models the Operator's Go injection: which inject-go value counts (pod, Namespace,
// workload metadata), which Instrumentation it names, and which target setting results.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Deployment } from '../../src/model/project.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';
import { lintRepo } from '../helpers/rule-tester.ts';

async function operatorOf(files: Record<string, string>): Promise<Deployment[]> {
  const r = await lintRepo(files, []);
  return r.model.deployments.filter((d) => d.kind === 'pod');
}

function workload(o: { pod?: string[]; own?: string[]; containers?: string[] } = {}): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    '  namespace: shop',
    ...(o.own ? ['  annotations:', ...o.own.map((a) => '    ' + a)] : []),
    'spec:',
    '  template:',
    ...(o.pod ? ['    metadata:', '      annotations:', ...o.pod.map((a) => '        ' + a)] : []),
    '    spec:',
    '      containers:',
    ...(o.containers ?? ['app']).flatMap((c) => [`        - name: ${c}`, `          image: ghcr.io/acme/${c === 'app' ? 'api' : c}:1.0.0`]),
    '',
  ].join('\n');
}

function namespace(inject?: string): string {
  return ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: shop', ...(inject ? ['  annotations:', `    instrumentation.opentelemetry.io/inject-go: ${inject}`] : []), ''].join('\n');
}

function instrumentation(name: string, env: string[] = []): string {
  return ['apiVersion: opentelemetry.io/v1alpha1', 'kind: Instrumentation', 'metadata:', `  name: ${name}`, '  namespace: shop', 'spec:', ...env, ''].join('\n');
}

const INJECT = (v: string) => `instrumentation.opentelemetry.io/inject-go: ${v}`;
const TARGET = (v: string) => `instrumentation.opentelemetry.io/otel-go-auto-target-exe: ${v}`;

const cases: { name: string; files: Record<string, string>; expect: { on?: string; value?: string; instrumentation?: string; issue?: string } | undefined }[] = [
  { name: 'pod annotation', files: { 'd.yaml': workload({ pod: [INJECT('"true"')] }) }, expect: { on: 'pod', value: 'true', issue: 'none-in-repo' } },
  {
    name: 'pod "true" yields to the Namespace\'s instance name',
    files: { 'd.yaml': workload({ pod: [INJECT('"true"')] }), 'ns.yaml': namespace('go-b'), 'i.yaml': instrumentation('go-a') + '---\n' + instrumentation('go-b') },
    expect: { on: 'namespace', value: 'go-b', instrumentation: 'go-b' },
  },
  { name: 'pod name wins over the Namespace', files: { 'd.yaml': workload({ pod: [INJECT('go-a')] }), 'ns.yaml': namespace('go-b'), 'i.yaml': instrumentation('go-a') }, expect: { on: 'pod', value: 'go-a', instrumentation: 'go-a' } },
  { name: 'pod "false" wins over the Namespace', files: { 'd.yaml': workload({ pod: [INJECT('"false"')] }), 'ns.yaml': namespace('"true"') }, expect: undefined },
  { name: 'pod "true", Namespace "false": injected', files: { 'd.yaml': workload({ pod: [INJECT('"true"')] }), 'ns.yaml': namespace('"false"') }, expect: { on: 'pod', value: 'true', issue: 'none-in-repo' } },
  { name: 'workload metadata "false" does not stop the Namespace', files: { 'd.yaml': workload({ own: [INJECT('"false"')] }), 'ns.yaml': namespace('"true"') }, expect: { on: 'namespace', value: 'true', issue: 'none-in-repo' } },
  { name: 'workload metadata only', files: { 'd.yaml': workload({ own: [INJECT('"true"')] }) }, expect: { on: 'workload', value: 'true', issue: 'none-in-repo' } },
  { name: 'a quoted name with a trailing blank is not trimmed', files: { 'd.yaml': workload({ pod: [INJECT('"go-a "')] }), 'i.yaml': instrumentation('go-a') }, expect: { on: 'pod', value: 'go-a ', issue: 'not-found' } },
  { name: '"TRUE" is true', files: { 'd.yaml': workload({ pod: [INJECT('"TRUE"')] }), 'i.yaml': instrumentation('go-a') }, expect: { on: 'pod', value: 'TRUE', instrumentation: 'go-a' } },
];

for (const c of cases) {
  test(`inject-go: ${c.name}`, async () => {
    const [d] = await operatorOf(c.files);
    const op = d!.operator;
    if (!c.expect) {
      assert.is(op, undefined);
      return;
    }
    assert.ok(op, 'operator expected');
    const got: Record<string, string> = { on: op.on, value: op.injectGo.value };
    if (op.instrumentation) got.instrumentation = op.instrumentation.name!.value;
    if (op.instrumentationIssue) got.issue = op.instrumentationIssue;
    assert.equal(got, c.expect);
  });
}

const targets = async (files: Record<string, string>) => {
  const [d] = await operatorOf({ Dockerfile: SEED_DOCKERFILE, ...files });
  return d!.targets.map((t) => ({ source: t.source, value: t.value.value, apps: t.apps.map((a) => a.name).join(',') }));
};

test('target: the pod annotation is used when the Namespace asks for injection', async () => {
  assert.equal(await targets({ 'd.yaml': workload({ pod: [TARGET('/app/server')] }), 'ns.yaml': namespace('"true"') }), [
    { source: 'annotation', value: '/app/server', apps: 'app' },
  ]);
});

test("target: a workload-level annotation is never used; the Instrumentation's is", async () => {
  const inst = instrumentation('go-a', ['  go:', '    env:', '      - name: OTEL_GO_AUTO_TARGET_EXE', '        value: /from/instrumentation']);
  assert.equal(await targets({ 'd.yaml': workload({ own: [TARGET('/from/workload')], pod: [INJECT('"true"')] }), 'i.yaml': inst }), [
    { source: 'instrumentation-go-env', value: '/from/instrumentation', apps: 'app' },
  ]);
});

test('target: spec.go.env naming the variable through valueFrom hides spec.env', async () => {
  const inst = instrumentation('go-a', [
    '  env:',
    '    - name: OTEL_GO_AUTO_TARGET_EXE',
    '      value: /from/common',
    '  go:',
    '    env:',
    '      - name: OTEL_GO_AUTO_TARGET_EXE',
    '        valueFrom:',
    '          configMapKeyRef: {name: agent, key: target}',
  ]);
  assert.equal(await targets({ 'd.yaml': workload({ pod: [INJECT('"true"')] }), 'i.yaml': inst }), []);
});

// The agent looks at every process of the pod (the Operator shares its PID namespace): the instrumented container,
// which names the spans, comes first, then the others.
test('target: container-names picks the first listed container, then the others; an unknown name falls back to the first container', async () => {
  const two = { containers: ['app', 'worker'] };
  assert.equal(await targets({ 'd.yaml': workload({ ...two, pod: [INJECT('"true"'), 'instrumentation.opentelemetry.io/container-names: worker,app', TARGET('/x')] }) }), [
    { source: 'annotation', value: '/x', apps: 'worker,app' },
  ]);
  assert.equal(await targets({ 'd.yaml': workload({ ...two, pod: [INJECT('"true"'), 'instrumentation.opentelemetry.io/container-names: nope', TARGET('/x')] }) }), [
    { source: 'annotation', value: '/x', apps: 'app,worker' },
  ]);
});

test('podMetadataKeyRange: set for an empty template metadata, absent without one', async () => {
  const r = await lintRepo(
    {
      'a.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  template:\n    metadata:\n    spec:\n      containers: []\n',
      'b.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\nspec:\n  template:\n    spec:\n      containers: []\n',
    },
    [],
  );
  const ws = r.model.kube.flatMap((k) => k.objects).filter((o) => o.type === 'workload');
  const a = ws.find((w) => w.name?.value === 'a')!;
  const b = ws.find((w) => w.name?.value === 'b')!;
  assert.equal(a.type === 'workload' && a.podMetadataKeyRange && [a.podMetadataKeyRange.line, a.podMetadataKeyRange.column, a.podMetadataKeyRange.endColumn], [7, 5, 13]);
  assert.is(a.type === 'workload' && a.podMetadataRange, undefined);
  assert.is(b.type === 'workload' && b.podMetadataKeyRange, undefined);
});

// An auth proxy first, the application second, no container-names (the survey's cloud-sql-proxy shape): the agent
// finds /app/server in the second container, so nothing is wrong with the target; one that no container runs is a
// mismatch that names what each container runs.
test('target-exe-mismatch: a target that another container of the pod runs matches; one none runs names every container', async () => {
  const { targetExeMismatch } = await import('../../rules/target-exe-mismatch.ts');
  const withCommands = (target: string) =>
    workload({ containers: ['authproxy', 'app'], pod: [INJECT('"true"'), TARGET(target)] })
      .replace('          image: ghcr.io/acme/authproxy:1.0.0\n', '          image: ghcr.io/acme/authproxy:1.0.0\n          command: ["/usr/local/bin/authproxy"]\n')
      .replace('          image: ghcr.io/acme/api:1.0.0\n', '          image: ghcr.io/acme/api:1.0.0\n          command: ["/app/server"]\n');
  const run = async (target: string) => (await lintRepo({ 'd.yaml': withCommands(target), 'i.yaml': instrumentation('go') }, [targetExeMismatch])).diagnostics;
  assert.equal(await run('/app/server'), []);
  const wrong = await run('/app/srv');
  assert.equal(wrong.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(wrong[0]!.message.includes('but container "authproxy" runs "/usr/local/bin/authproxy" (d.yaml:16) and container "app" runs "/app/server" (d.yaml:19)'), wrong[0]!.message);
  assert.is(wrong[0]!.fix, undefined);
});

test.run();
