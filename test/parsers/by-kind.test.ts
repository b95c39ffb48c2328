import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { SourceFile } from '../../src/model/source.ts';
import { parseByKind } from '../../src/parsers/by-kind.ts';
import { initShellParser } from '../../src/parsers/shell.ts';

function sf(text: string, path = 'deploy/app.yaml', kind: SourceFile['kind'] = 'yaml'): SourceFile {
  return { path, absPath: `/r/${path}`, text, kind, requested: true, lines: new LineIndex(text) };
}

test.before(async () => {
  await initShellParser();
});

test('Go-templated YAML outside Helm (Nomad, consul-template): read as a template, not as broken YAML', () => {
  const text = 'server:\n  http_listen_port: {{ env "NOMAD_PORT_http" }}\n  consul:\n    host: {{ env "attr.unique.network.ip-address" }}:8500\n';
  const r = parseByKind(sf(text));
  assert.is(r.kind, 'kube');
  if (r.kind !== 'kube') return;
  assert.equal([r.kube.helm, r.kube.problems], [true, []]);
});

test('a file with template control flow on its own lines is a template even where blanking leaves it broken', () => {
  // From grafana/loki's operator (a Go template embedded in Go code): `- {{ if … }}` leaves a list item whose mapping
  // starts on the next line, which is not YAML once the action is blanked.
  const text = [
    '{{- /*gotype: example.com/config.Options*/ -}}',
    'ruler:',
    '  {{- with .RelabelConfigs }}',
    '  alert_relabel_configs:',
    '    {{- range $k, $cfg := . }}',
    '    - {{ if $cfg.SourceLabels}}',
    '      source_labels: {{ $cfg.SourceLabelsString }}',
    '      {{- end }}',
    '    {{- end }}',
    '  {{- end }}',
    '',
  ].join('\n');
  const r = parseByKind(sf(text));
  assert.is(r.kind, 'kube');
  if (r.kind !== 'kube') return;
  assert.equal([r.kube.helm, r.kube.problems.filter((p) => p.severity === 'error')], [true, []]);
});

test('broken YAML with a `{{` that does not make it YAML is still broken', () => {
  const text = '# see {{ docs }}\napiVersion: v1\na: [1, 2\nb: c\n';
  const r = parseByKind(sf(text));
  assert.is(r.kind, 'kube');
  if (r.kind !== 'kube') return;
  assert.is(r.kube.helm, false);
  assert.ok(r.kube.problems.some((p) => p.severity === 'error'));
});

test('a chart file outside templates/ that is valid YAML is YAML: `{{ }}` in its strings is no Helm action', () => {
  // From rook's chart: Prometheus alert templates (read with .Files.Get | fromYaml, never rendered by Helm), whose
  // YAML escapes (\\") are no template syntax. Read as a template, it gave "Unterminated Helm template action".
  const text = [
    'groups:',
    '  - rules:',
    '      - alert: PoolFull',
    '        annotations:',
    '          description: "Pool {{- range printf \\"topk(5, x{cluster=\'%s\'})\\" .Labels.cluster | query }} {{ .Labels.name }} {{- end }} full"',
    '          summary: "on {{ $labels.cluster }}"',
    '',
  ].join('\n');
  const r = parseByKind(sf(text, 'deploy/charts/ceph/prometheus/localrules.yaml'));
  assert.is(r.kind, 'kube');
  if (r.kind !== 'kube') return;
  assert.equal([r.kube.helm, r.kube.problems], [false, []]);
});

test('a chart file outside templates/ with template control flow (a CRD read with .Files.Get) is a template', () => {
  const text = '{{- if .Values.crds.create }}\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: {{ .Values.name }}\n{{- end }}\n';
  const r = parseByKind(sf(text, 'charts/op/conf/crds/crd.yaml'));
  assert.is(r.kind, 'kube');
  if (r.kind !== 'kube') return;
  assert.equal([r.kube.helm, r.kube.problems], [true, []]);
});

test('a compose file a test harness renders with text/template: read as a template, its actions unknown', () => {
  // From OBI's test/oats: docker-compose-*.yml files rendered by Go's text/template before `docker compose up`.
  const text = [
    'services:',
    '  autoinstrumenter:',
    '    image: ghcr.io/acme/obi:1',
    '    volumes:',
    '      - {{ .ConfigDir }}:/configs',
    '    pid: "service:testserver"',
    '    environment:',
    '      OTEL_EBPF_OPEN_PORT: {{ .ApplicationPort }}',
    '      OTEL_EBPF_LOG_LEVEL: "DEBUG"',
    '',
  ].join('\n');
  const r = parseByKind(sf(text, 'test/oats/docker-compose-obi.yml', 'compose'));
  assert.is(r.kind, 'compose');
  if (r.kind !== 'compose') return;
  const svc = r.compose.services[0]!;
  const env = svc.environment.map((e) => [e.name.value, e.value?.unknown === true ? '?' : e.value?.value]);
  assert.equal(
    [r.compose.template, r.compose.problems, svc.name.value, svc.pid?.value, env],
    [true, [], 'autoinstrumenter', 'service:testserver', [['OTEL_EBPF_OPEN_PORT', '?'], ['OTEL_EBPF_LOG_LEVEL', 'DEBUG']]],
  );
});

test('a compose file whose actions are control flow on their own lines is a template', () => {
  const text = 'include:\n{{ range .files }}- {{ . }}\n{{ end }}\n';
  const r = parseByKind(sf(text, 'test/docker-compose-include-base.yml', 'compose'));
  assert.is(r.kind, 'compose');
  if (r.kind !== 'compose') return;
  assert.equal([r.compose.template, r.compose.problems.filter((p) => p.severity === 'error')], [true, []]);
});

test('a broken compose file that a `{{` does not explain stays broken, with its error', () => {
  const text = 'services:\n  app:\n    image: ghcr.io/acme/app:1\n    command: ["/app", "{{ .Arg }}"\n    pid: host\n';
  const r = parseByKind(sf(text, 'compose.yaml', 'compose'));
  assert.is(r.kind, 'compose');
  if (r.kind !== 'compose') return;
  assert.is(r.compose.template, undefined);
  const err = r.compose.problems.find((p) => p.severity === 'error');
  assert.ok(err && err.message.startsWith('Invalid YAML'), JSON.stringify(r.compose.problems));
});

test.run();
