import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { SourceFile } from '../../src/model/source.ts';
import { parseByKind } from '../../src/parsers/by-kind.ts';
import { initShellParser } from '../../src/parsers/shell.ts';

function sf(text: string, path = 'deploy/app.yaml'): SourceFile {
  return { path, absPath: `/r/${path}`, text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
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
  const text = '# see {{ docs }}\na: [1, 2\nb: c\n';
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

test.run();
