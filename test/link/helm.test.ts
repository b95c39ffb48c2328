// Helm charts: a templated image reference is read with the chart's own values.yaml (and Chart.yaml), as
// `helm template` renders it by default, so the container links to its Dockerfile and the target is checked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { applyEdits } from '../../src/fix/edits.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const template = (image: string, target = '/server') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
spec:
  template:
    spec:
      shareProcessNamespace: true
      containers:
        - name: api
          image: ${image}
        {{- if .Values.otel.enabled }}
        - name: otel-go-agent
          image: otel/autoinstrumentation-go:v0.24.0
          env:
            - name: OTEL_GO_AUTO_TARGET_EXE
              value: ${target}
          securityContext:
            privileged: true
            runAsUser: 0
        {{- end }}
`;
const chart = (image: string, values = 'image:\n  repository: registry.example.com/shop/api\n  tag: ""\notel:\n  enabled: true\n', target = '/server'): Record<string, string> => ({
  'services/api/Dockerfile': SEED_DOCKERFILE,
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.0\nappVersion: "1.4.0"\n',
  'charts/api/values.yaml': values,
  'charts/api/templates/deployment.yaml': template(image, target),
});

test("a templated image is read with the chart's values: the container links and the target is checked", async () => {
  for (const image of ['"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"', '{{ .Values.image.repository | quote }}']) {
    const files = chart(image);
    const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
    const s = span(files, 'charts/api/templates/deployment.yaml', '/server');
    assert.equal(
      diagnostics.map((d) => [d.ruleId, d.range.line, d.range.column]),
      [['target-exe-mismatch', s.line, s.column]],
      image,
    );
    assert.ok(diagnostics[0]!.message.includes('container "api" runs "/app/server"'), diagnostics[0]!.message);
  }
});

test('an image the values do not give (a helper, a value set only at install) stays unlinked: no finding', async () => {
  for (const files of [
    chart('{{ include "api.image" . }}'),
    chart('"{{ .Values.image.repository }}:{{ .Values.image.tag }}"', 'image:\n  tag: "1.0"\notel:\n  enabled: true\n'),
    chart('"{{ .Values.image.repository }}"', 'image: [\n'),
  ]) {
    const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
    assert.equal(diagnostics.map((d) => d.ruleId), []);
  }
});

test('a target the template takes from values.yaml: the finding and its fix are in values.yaml, the template is evidence', async () => {
  const values = 'image:\n  repository: registry.example.com/shop/api\notel:\n  enabled: true\n  target: /server  # the binary\n';
  const files = chart('"{{ .Values.image.repository }}:1.0"', values, '{{ .Values.otel.target | quote }}');
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  const s = span(files, 'charts/api/values.yaml', '/server');
  assert.equal(diagnostics.map((d) => [d.ruleId, d.range.file, d.range.line, d.range.column]), [['target-exe-mismatch', 'charts/api/values.yaml', s.line, s.column]]);
  const d = diagnostics[0]!;
  assert.ok(d.related.some((r) => r.range.file === 'charts/api/templates/deployment.yaml' && r.message.includes('.Values.otel.target')), JSON.stringify(d.related));
  assert.is(applyEdits(files['charts/api/values.yaml']!, d.fix!.edits).text, values.replace('target: /server', 'target: /app/server'));
});

test('a target rendered from more than one value is checked at the template, without a fix', async () => {
  const files = chart('"{{ .Values.image.repository }}:1.0"', 'image:\n  repository: registry.example.com/shop/api\notel:\n  enabled: true\n  dir: /srv\n', '"{{ .Values.otel.dir }}/server"');
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  assert.equal(diagnostics.map((d) => [d.ruleId, d.range.file]), [['target-exe-mismatch', 'charts/api/templates/deployment.yaml']]);
  assert.ok(diagnostics[0]!.message.includes('"/srv/server"'), diagnostics[0]!.message);
  assert.is(diagnostics[0]!.fix, undefined);
});

// `helm create`'s scaffold: pod annotations and env lists written by `toYaml` of a values.yaml entry.
const ANNOTATED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
spec:
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:1.0"
`;
const INSTRUMENTATION = 'apiVersion: opentelemetry.io/v1alpha1\nkind: Instrumentation\nmetadata:\n  name: default\nspec:\n  exporter:\n    endpoint: http://collector:4318\n';

test('pod annotations a template writes with toYaml of .Values (directly or in a `with` block): read from values.yaml, fixed there', async () => {
  const values = 'image:\n  repository: registry.example.com/shop/api\npodAnnotations:\n  instrumentation.opentelemetry.io/inject-go: "true"\n  instrumentation.opentelemetry.io/otel-go-auto-target-exe: /server\n';
  for (const tpl of [ANNOTATED, ANNOTATED.replace('{{- with .Values.podAnnotations }}', '{{- if .Values.podAnnotations }}').replace('toYaml .', 'toYaml .Values.podAnnotations')]) {
    const files = { ...chart('x'), 'charts/api/templates/deployment.yaml': tpl, 'charts/api/values.yaml': values, 'instrumentation.yaml': INSTRUMENTATION };
    const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
    const s = span(files, 'charts/api/values.yaml', '/server');
    assert.equal(diagnostics.map((d) => [d.ruleId, d.range.file, d.range.line, d.range.column]), [['target-exe-mismatch', 'charts/api/values.yaml', s.line, s.column]]);
    const d = diagnostics[0]!;
    assert.ok(d.related.some((r) => r.range.file === 'charts/api/templates/deployment.yaml' && r.range.line === 10 && r.message.includes('.Values.podAnnotations')), JSON.stringify(d.related));
    assert.is(applyEdits(values, d.fix!.edits).text, values.replace(': /server', ': /app/server'));
  }
  // An `include` of more annotations beside it (before or after) only adds keys: the values' target is still read.
  const included = 'annotations:\n        {{- include "api.annotations" . | nindent 8 }}\n        {{- with .Values.podAnnotations }}\n        {{- toYaml . | nindent 8 }}\n        {{- end }}\n';
  const withInclude = ANNOTATED.replace('{{- with .Values.podAnnotations }}\n      annotations:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n', included);
  assert.ok(withInclude.includes('include "api.annotations"'));
  const inc = await lintFiles({ ...chart('x'), 'charts/api/templates/deployment.yaml': withInclude, 'charts/api/values.yaml': values, 'instrumentation.yaml': INSTRUMENTATION }, [targetExeMismatch]);
  assert.equal(inc.diagnostics.map((d) => [d.ruleId, d.range.file]), [['target-exe-mismatch', 'charts/api/values.yaml']]);
  // Inside `range` (or a `with` of something else), `.` is not a values entry: the annotations stay unknown.
  const ranged = ANNOTATED.replace('{{- with .Values.podAnnotations }}', '{{- range .Values.extra }}');
  const files = { ...chart('x'), 'charts/api/templates/deployment.yaml': ranged, 'charts/api/values.yaml': values, 'instrumentation.yaml': INSTRUMENTATION };
  assert.equal((await lintFiles(files, [targetExeMismatch])).diagnostics, []);
});

test('an env list a template writes with toYaml of .Values: its items are read from values.yaml, with the template as evidence', async () => {
  const values = 'image:\n  repository: registry.example.com/shop/api\notel:\n  enabled: true\n  env:\n    - name: OTEL_SERVICE_NAME\n      value: api\n    - name: OTEL_GO_AUTO_TARGET_EXE\n      value: /server\n';
  const tpl = template('"{{ .Values.image.repository }}:1.0"').replace(
    '          env:\n            - name: OTEL_GO_AUTO_TARGET_EXE\n              value: /server\n',
    '          env:\n            {{- toYaml .Values.otel.env | nindent 12 }}\n',
  );
  const files = { ...chart('x', values), 'charts/api/templates/deployment.yaml': tpl };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  const s = span(files, 'charts/api/values.yaml', '/server');
  assert.equal(diagnostics.map((d) => [d.ruleId, d.range.file, d.range.line, d.range.column]), [['target-exe-mismatch', 'charts/api/values.yaml', s.line, s.column]]);
  const d = diagnostics[0]!;
  assert.ok(d.related.some((r) => r.range.file === 'charts/api/templates/deployment.yaml' && r.message === 'OTEL_GO_AUTO_TARGET_EXE is set in .Values.otel.env (charts/api/values.yaml:8), which the template writes here'), JSON.stringify(d.related));
  assert.is(applyEdits(values, d.fix!.edits).text, values.replace('value: /server', 'value: /app/server'));
  // Items of its own beside the action (`extraEnv`): the action's are added to them.
  const mixed = { ...files, 'charts/api/templates/deployment.yaml': tpl.replace('{{- toYaml .Values.otel.env | nindent 12 }}', '- name: A\n              value: b\n            {{- with .Values.otel.env }}\n            {{- toYaml . | nindent 12 }}\n            {{- end }}') };
  assert.equal((await lintFiles(mixed, [targetExeMismatch])).diagnostics.map((d) => [d.range.file, d.range.line]), [['charts/api/values.yaml', s.line]]);
  // Another function, or a second action writing into the list: not read from values.yaml.
  for (const other of ['{{- tpl (toYaml .Values.otel.env) . | nindent 12 }}', '{{- toYaml .Values.otel.env | nindent 12 }}\n            {{- include "extra.env" . | nindent 12 }}']) {
    const f = { ...files, 'charts/api/templates/deployment.yaml': tpl.replace('{{- toYaml .Values.otel.env | nindent 12 }}', other) };
    assert.equal((await lintFiles(f, [targetExeMismatch])).diagnostics, [], other);
  }
});

// podinfo's chart tests: `sh -c` text with an action whose pipeline has parentheses and strings. Parsed as shell
// with the action in it, `(` opened a subshell and the program became "/}}/api" (a false mismatch, a fix to it).
const shTemplate = (line: string) => ({
  'chart/Chart.yaml': 'apiVersion: v2\nname: podinfo\nversion: 1.0.0\n',
  'chart/values.yaml': 'prefix: /\n',
  'chart/templates/deployment.yaml': template('alpine:3.20', '/app/server').replace(
    '          image: alpine:3.20\n',
    `          image: alpine:3.20\n          command:\n            - sh\n            - -c\n            - |\n              ${line}\n`,
  ),
});

test('a `sh -c` block with Helm actions: each action is a value not known, the literal text around it is read', async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const ok = await containerTarget(shTemplate('exec /app/server --prefix={{ trimSuffix "/" (.Values.prefix | default "/") }}/api'), 'api');
  assert.equal([ok.status, ok.exe], ['resolved', '/app/server']);
  assert.equal((await lintFiles(shTemplate('exec /app/server --prefix={{ trimSuffix "/" (.Values.prefix | default "/") }}/api'), [targetExeMismatch])).diagnostics, []);
  const program = await containerTarget(shTemplate('exec {{ .Values.binary }} --port=8080'), 'api');
  assert.is(program.status, 'unknown', 'the program is the action: not known');
  assert.is(program.reason, 'a Helm template action ({{ }}) has a value that cannot be known statically');
  // Control flow: both branches are in the text, only one once rendered.
  const branches = await containerTarget(
    shTemplate('{{- if .Values.debug }}\n              exec /dlv exec /app/server\n              {{- else }}\n              exec /app/server\n              {{- end }}'),
    'api',
  );
  assert.equal([branches.status, branches.reason], ['unknown', 'the sh -c command text is a Helm template with control flow ({{ if }}, {{ range }}), known only once rendered']);
  const wrong = await lintFiles(shTemplate('exec /app/api --prefix={{ (default "/" .Values.prefix) }}'), [targetExeMismatch]);
  assert.equal(wrong.diagnostics.length, 1);
  assert.ok(wrong.diagnostics[0]!.message.includes('runs "/app/api"'), wrong.diagnostics[0]!.message);
});

test.run();
