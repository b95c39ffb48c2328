import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseTemplate, renderScalar, renderTemplate } from '../../src/parsers/go-template.ts';
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

test.run();
