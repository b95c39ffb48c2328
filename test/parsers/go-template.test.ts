import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseTemplate, renderScalar, renderTemplate, structuralAction } from '../../src/parsers/go-template.ts';
import type { ChartData } from '../../src/parsers/go-template.ts';

const data: ChartData = {
  values: {
    image: { repository: 'registry.example.com/shop/api', tag: '', pullPolicy: 'IfNotPresent' },
    otel: { target: '/app/server', enabled: true, port: 4318, ratio: 0.25, big: 1000000, extra: { a: 1 } },
    version: 1.1,
  },
  chart: { Name: 'api', Version: '0.3.0', AppVersion: '1.4.0' },
};
const render = (text: string) => {
  const parts = parseTemplate(text);
  return parts ? renderTemplate(parts, data) : 'UNPARSED';
};

test('field chains on .Values and .Chart, with $ for the root; a missing value renders empty', () => {
  assert.is(render('{{ .Values.otel.target }}'), '/app/server');
  assert.is(render('{{ $.Values.otel.target }}'), '/app/server');
  assert.is(render('{{ .Chart.AppVersion }}'), '1.4.0');
  assert.is(render('{{ .Values.missing.deeper }}'), '');
  assert.is(render('{{- .Values.otel.port -}}'), '4318');
  assert.is(render('{{ .Values.otel.enabled }}'), 'true');
  assert.is(render('{{ .Values.version }}'), '1.1', 'an unquoted 1.10 in values.yaml is the number 1.1, as Helm reads it');
  assert.is(render('{{ .Values.otel.extra }}'), undefined, 'a mapping prints as Go syntax: not known');
  assert.is(render('{{ .Values.otel.ratio }}'), '0.25');
  assert.is(render('{{ .Values.otel.big }}'), undefined, 'Go prints 1e+06: not imitated');
  assert.is(render('{{ .Values.image.pullPolicy.x }}'), undefined, 'a field of a string');
});

test('text around actions; default, piped or not; quote, squote, toString, trim', () => {
  assert.is(render('{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}'), 'registry.example.com/shop/api:1.4.0');
  assert.is(render('{{ default "latest" .Values.image.tag }}'), 'latest');
  assert.is(render('{{ .Values.otel.target | default "/x" }}'), '/app/server');
  assert.is(render('{{ .Values.otel.target | quote }}'), '"/app/server"');
  assert.is(render("{{ .Values.otel.target | squote }}"), "'/app/server'");
  assert.is(render('{{ " /x " | trim }}'), '/x');
  assert.is(render('{{ .Values.otel.port | toString }}'), '4318');
});

test('outside the subset: not known', () => {
  for (const t of [
    '{{ include "api.image" . }}',
    '{{ tpl .Values.x . }}',
    '{{ $img := .Values.image }}{{ $img.repository }}',
    '{{ .Release.Name }}',
    '{{ printf "%s:%s" .Values.image.repository .Values.image.tag }}',
    '{{ (.Values.image).repository }}',
    '{{ .Values.image.repository',
    '{{ default .Values.a }}',
  ]) {
    const parts = parseTemplate(t);
    assert.is(parts ? renderTemplate(parts, data) : undefined, undefined, t);
  }
});

test('renderScalar: a plain scalar is read as YAML once rendered (quote), a quoted one as is', () => {
  assert.is(renderScalar('{{ .Values.otel.target | quote }}', false, data), '/app/server');
  assert.is(renderScalar('{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}', true, data), 'registry.example.com/shop/api:1.4.0');
  assert.is(renderScalar('{{ .Values.otel.target }}', false, data), '/app/server');
  assert.is(renderScalar('{{ include "x" . }}', false, data), undefined);
});

test('structural actions: toYaml of a values path or of `.`, with, control flow, anything else', () => {
  const table: [string, ReturnType<typeof structuralAction>][] = [
    ['{{- toYaml .Values.podAnnotations | nindent 8 }}', { kind: 'toYaml', of: { values: ['podAnnotations'] } }],
    ['{{ .Values.a.env | toYaml | indent 2 | trim }}', { kind: 'toYaml', of: { values: ['a', 'env'] } }],
    ['{{- toYaml $.Values.env | nindent 12 -}}', { kind: 'toYaml', of: { values: ['env'] } }],
    ['{{- toYaml . | nindent 8 }}', { kind: 'toYaml', of: 'dot' }],
    ['{{- toYaml .Values.env | nindent .Values.indent }}', { kind: 'other' }],
    ['{{- tpl (toYaml .Values.env) . }}', { kind: 'other' }],
    ['{{- toYaml .Chart.Annotations }}', { kind: 'other' }],
    ['{{- with .Values.podAnnotations }}', { kind: 'with', of: { values: ['podAnnotations'] } }],
    ['{{- with $x := .Values.a }}', { kind: 'with', of: undefined }],
    ['{{- if .Values.a }}', { kind: 'if' }],
    ['{{- range .Values.a }}', { kind: 'scope' }],
    ['{{- else }}', { kind: 'else' }],
    ['{{- end }}', { kind: 'end' }],
    ['{{ include "x" . }}', { kind: 'other' }],
  ];
  for (const [text, want] of table) assert.equal(structuralAction(text), want, text);
});

test.run();
