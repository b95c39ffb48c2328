// src/parsers/yaml.ts: document splitting, problems with positions, directives, Helm blanking, node -> Scalar.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Parser, isMap, parseAllDocuments } from 'yaml';
import type { YAMLMap } from 'yaml';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import { MAX_YAML_CHARS, MAX_YAML_DEPTH, blankHelmActions, composeBool, decodeBool, goYamlReadsFlow, goYamlReadsQuoted, parseYaml } from '../../src/parsers/yaml.ts';
import type { YamlDoc } from '../../src/parsers/yaml.ts';

function sf(text: string, path = 'm.yaml'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
}
/** [line, column, endLine, endColumn] */
const pos = (r: Range | undefined) => (r ? [r.line, r.column, r.endLine, r.endColumn] : undefined);
const slice = (text: string, r: Range) => text.slice(r.start, r.end);
const rootMap = (d: YamlDoc) => {
  assert.ok(d.root && isMap(d.root));
  return d.root as YAMLMap<unknown, unknown>;
};

// ---- Helm blanking

test('blankHelmActions keeps the length and every newline, and blanks lone actions to spaces', () => {
  const text = [
    'metadata:',
    '  {{- with .Values.podAnnotations }}',
    '  annotations:',
    '    {{- toYaml . | nindent 8 }}',
    '  {{- end }}',
    '  name: {{ include "app.fullname" . }}',
    '',
  ].join('\n');
  const b = blankHelmActions(text);
  assert.is(b.text.length, text.length);
  assert.equal(
    b.text.split('\n'),
    ['metadata:', ' '.repeat(36), '  annotations:', ' '.repeat(31), ' '.repeat(12), `  name: ${'x'.repeat(30)}`, ''],
  );
  assert.equal(
    b.spans.map((s) => text.slice(s.start, s.end)),
    ['{{- with .Values.podAnnotations }}', '{{- toYaml . | nindent 8 }}', '{{- end }}', '{{ include "app.fullname" . }}'],
  );
  assert.equal(b.spans.map((s) => s.emits), [false, true, false, true]);
  assert.equal(b.problems, []);
});

const blankCases: { name: string; input: string; output: string; spans: number }[] = [
  { name: 'braces inside a string', input: 'a: {{ printf "}}{{" .x }}z', output: `a: ${'x'.repeat(22)}z`, spans: 1 },
  { name: 'raw string with a newline', input: 'a: {{ `x\n}}` }}\nb: 1', output: 'a: xxxxx\n      \nb: 1', spans: 1 },
  { name: 'char constant', input: "k: {{ '}' }}", output: `k: ${'x'.repeat(9)}`, spans: 1 },
  { name: 'two actions in one quoted scalar', input: 'i: "{{ .a }}:{{ .b }}"', output: `i: "${'x'.repeat(8)}:${'x'.repeat(8)}"`, spans: 2 },
  { name: 'two actions alone on a line', input: '  {{- if .a }}{{ end }}\nz: 1', output: `${' '.repeat(23)}\nz: 1`, spans: 2 },
  { name: 'comment action', input: '{{/* a }} b */}}\nz: 1', output: `${' '.repeat(16)}\nz: 1`, spans: 1 },
  { name: 'trim markers', input: 'k: {{- .v -}}', output: `k: ${'x'.repeat(10)}`, spans: 1 },
  { name: 'multi-line action alone', input: '{{- $x := dict\n  "a" 1 }}\nz: 1', output: `${' '.repeat(14)}\n${' '.repeat(10)}\nz: 1`, spans: 1 },
  { name: 'CRLF line ends kept', input: 'a: 1\r\n{{ if .x }}\r\nb: 2', output: `a: 1\r\n${' '.repeat(11)}\r\nb: 2`, spans: 1 },
  { name: 'no action', input: 'a: "{ {x} }"', output: 'a: "{ {x} }"', spans: 0 },
];
for (const c of blankCases) {
  test(`blankHelmActions: ${c.name}`, () => {
    const b = blankHelmActions(c.input);
    assert.is(b.text, c.output);
    assert.is(b.text.length, c.input.length);
    assert.is(b.spans.length, c.spans);
  });
}

test('blankHelmActions: an unterminated action is blanked to the end of its line and reported', () => {
  const text = 'a: {{ .x\nb: 2\n';
  const b = blankHelmActions(text);
  assert.is(b.text, 'a: xxxxx\nb: 2\n');
  assert.equal(b.problems, [{ start: 3, end: 8, message: 'Unterminated Helm template action: `{{` without `}}`' }]);
});

test('parseYaml helm: values touched by an action are unknown, with the original text and exact range', () => {
  const text = 'image: "{{ .Values.repo }}:v1"\nname: app\nport: {{ .Values.port }}\n';
  const { docs, problems } = parseYaml(sf(text), { helm: true });
  assert.equal(problems, []);
  const d = docs[0]!;
  const r = d.reader;
  const m = rootMap(d);
  const image = r.entryStr(r.get(m, 'image'))!;
  assert.is(image.value, '{{ .Values.repo }}:v1');
  assert.is(image.unknown, true);
  assert.equal(pos(image.range), [1, 8, 1, 31]);
  assert.is(slice(text, image.range), '"{{ .Values.repo }}:v1"');
  const name = r.entryStr(r.get(m, 'name'))!;
  assert.equal({ value: name.value, unknown: name.unknown }, { value: 'app', unknown: undefined });
  const port = r.int(r.get(m, 'port')!.value, null)!;
  assert.equal({ unknown: port.unknown, text: slice(text, port.range) }, { unknown: true, text: '{{ .Values.port }}' });
});

test('parseYaml helm: if/else duplicate keys are not problems; both values are unknown', () => {
  const text = 'a:\n{{- if .x }}\n  cmd: one\n{{- else }}\n  cmd: two\n{{- end }}\n';
  const { docs, problems } = parseYaml(sf(text), { helm: true });
  assert.equal(problems, []);
  const r = docs[0]!.reader;
  const a = r.map(r.get(rootMap(docs[0]!), 'a')!.value, 'a');
  const cmd = r.entryStr(r.get(a, 'cmd'))!;
  assert.equal({ value: cmd.value, unknown: cmd.unknown, line: cmd.range.line }, { value: 'two', unknown: true, line: 5 });
});

test('parseYaml helm: a block scalar whose first lines are actions is not reported as broken YAML', () => {
  // grafana/beyla's chart (charts/beyla/templates/configmap.yaml): with the `{{- if }}` lines blanked, the block
  // scalar starts with more-indented blank lines, which the YAML 1.2 spec forbids; the rendered file is fine.
  const text = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'data:',
    '  beyla-config.yml: |',
    '    {{- if eq .Values.preset "network" }}',
    '    network:',
    '      enable: true',
    '    {{- end }}',
    '  {{- toYaml .Values.config.data | nindent 4 }}',
    '',
  ].join('\n');
  const { docs, problems } = parseYaml(sf(text), { helm: true });
  assert.equal(problems, []);
  assert.is(docs.length, 1);
  assert.is(docs[0]!.hasErrors, true);
  // Without the Helm reading the same text is broken YAML (the actions are not YAML).
  assert.ok(parseYaml(sf(text), { helm: false }).problems.some((p) => p.severity === 'error'));
});

test('parseYaml helm: an action alone on a line inside a block scalar makes the scalar unknown', () => {
  const text = 'data:\n  a: |-\n    {{- toYaml .Values.config | nindent 4 }}\n  b: |\n    x: 1\n  {{- if .z }}\n  c: |\n    plain\n  {{- end }}\n';
  const { docs, problems } = parseYaml(sf(text), { helm: true });
  assert.equal(problems, []);
  const r = docs[0]!.reader;
  const data = r.map(r.get(rootMap(docs[0]!), 'data')!.value, 'data');
  const rows = r.entries(data).map((e) => {
    const s = r.entryStr(e)!;
    return [e.key, s.unknown, slice(text, s.range), ...pos(s.range)!];
  });
  assert.equal(rows, [
    ['a', true, '|-\n    {{- toYaml .Values.config | nindent 4 }}', 2, 6, 3, 45],
    ['b', undefined, '|\n    x: 1', 4, 6, 5, 9],
    ['c', undefined, '|\n    plain', 7, 6, 8, 10],
  ]);
});

// ---- problems

test('malformed YAML: no throw, a problem with its position, and the other documents are still read', () => {
  const text = 'a: 1\n---\nb: [1, 2\nc: d\n---\nkind: Pod\n';
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  assert.is(docs.length, 3);
  assert.equal(docs.map((d) => d.hasErrors), [false, true, false]);
  assert.is(problems.length, 1);
  assert.equal(pos(problems[0]!.range), [4, 1, 4, 2]);
  assert.is(problems[0]!.severity, 'error');
  assert.match(problems[0]!.message, /^Invalid YAML: Flow sequence/);
  const r = docs[2]!.reader;
  assert.is(r.entryStr(r.get(rootMap(docs[2]!), 'kind'))!.value, 'Pod');
});

test('an unterminated quoted scalar at the end of the file: error problem at EOF, offsets within the text', () => {
  const text = 'kind: Pod\n---\n"unterminated\n';
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  assert.is(docs.length, 2);
  assert.equal(
    problems.map((p) => [p.message, p.severity, p.range.start, p.range.end, ...pos(p.range)!]),
    [['Invalid YAML: Missing closing "quote', 'error', 28, 28, 4, 1, 4, 1]],
  );
});

test('one syntax error a document: the first, with the count of those after it', () => {
  const text = 'kind: Pod\n---\na:\n  b: [1, 2\n  c: {x\n  d: "e\n';
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  assert.is(docs.length, 2);
  assert.is(problems.length, 1);
  assert.equal(pos(problems[0]!.range)!.slice(0, 2), [5, 3], 'the first of its three errors');
  assert.is(problems[0]!.severity, 'error');
  assert.match(problems[0]!.message, /^Invalid YAML: .* \(\d+ more syntax errors? follows? in this document, which may come from this one\)$/);
});

test('a quoted value continued no deeper than its key (go-yaml reads it): one warning, not a cascade of errors', () => {
  // As older controller-gen wrote CRD descriptions; kubectl applies such files.
  const text = [
    'kind: CustomResourceDefinition',
    'spec:',
    '  schema:',
    "    description: 'Attrs defines agent specific attributes.",
    "    The precedence is: `agent default` > `instrument",
    "    spec` . Attributes are documented at https://github.'",
    '    items: {}',
    '',
  ].join('\n');
  const { problems } = parseYaml(sf(text), { helm: false });
  assert.equal(
    problems.map((p) => [p.severity, ...pos(p.range)!]),
    [['partial', 4, 59, 5, 1]],
  );
  assert.match(problems[0]!.message, /^Non-standard YAML: a quoted value continues on line 5 no deeper than its key\. kubectl and Compose \(go-yaml\) accept that/);
  assert.match(problems[0]!.message, /more syntax errors? follows? in this document/);
});

test('duplicate keys the recovery makes after a syntax error are counted with it, not reported', () => {
  // The shape of Gateway API's CRD bundle: the continuation lines of a quoted CEL rule come back as `: 0)` keys.
  const text = [
    'kind: CustomResourceDefinition',
    'spec:',
    '  rules:',
    '    - message: too many matches',
    "      rule: '(self.size() > 0 ? self[0].size()",
    "    : 0) + (self.size() > 1 ? self[1].size()",
    "    : 0) + (self.size() > 2 ? self[2].size()",
    "    : 0)'",
    '',
  ].join('\n');
  const { problems } = parseYaml(sf(text), { helm: false });
  assert.equal(
    problems.map((p) => [p.severity, ...pos(p.range)!.slice(0, 2)]),
    [['partial', 5, 47]],
  );
  assert.match(problems[0]!.message, /what follows is not checked\. Indent the continuation lines\. \(2 duplicate keys follow in this document, which may come from this one\)$/);
});

test('a duplicate key before a syntax error is still reported', () => {
  const text = 'a: 1\na: 2\nb: [1, 2\n';
  const { problems } = parseYaml(sf(text), { helm: false });
  assert.equal(
    problems.map((p) => [p.message.split(':')[0], ...pos(p.range)!.slice(0, 2)]),
    [['Duplicate key', 2, 1], ['Invalid YAML', 4, 1]],
  );
});

test('goYamlReadsQuoted: where go-yaml finds the closing quote', () => {
  const at = (text: string) => text.indexOf('\n');
  const read = (text: string, message: string) => goYamlReadsQuoted(text, 'MISSING_CHAR', message, at(text));
  const sq = "Missing closing 'quote";
  const dq = 'Missing closing "quote';
  assert.equal(read("a: 'x\nb'\n", sq), { continuation: 6 });
  assert.equal(read("a: 'it''s\nb'\n", sq), { continuation: 10 }, "'' is an escaped quote");
  assert.equal(read("a: 'x''\nb''c'\n", sq), { continuation: 8 }, 'the quote on the first line is escaped, the close is later');
  assert.equal(read('a: "x\\"\nb"\n', dq), { continuation: 8 }, 'an escaped double quote does not close');
  assert.equal(read("'k': 'x\ny'\n", sq), { continuation: 8 }, 'a quoted key before the value');
  assert.is(read("a: 'x\n---\nb'\n", sq), undefined, 'a document marker ends the search');
  assert.is(read("a: 'x\nb\n", sq), undefined, 'never closed');
  assert.is(read("a: x # it's\nb'\n", sq), undefined, 'the quote is in a comment');
  assert.is(read('a: "x\nb"\n', sq), undefined, 'another quote style than the error names');
  assert.is(goYamlReadsQuoted("a: 'x\nb'\n", 'BAD_INDENT', sq, 5), undefined, 'another error');
});

test('a flow sequence whose lines go on no deeper than its key: a partial problem (go-yaml reads it), not an error', () => {
  // tailscale's .golangci.yml: `arguments: [[` whose `]]` closes at the key's own indentation.
  const text = ['rules:', '  - name: defer', '    arguments: [[', '        "recover",', '    ]]', '  - name: errorf', ''].join('\n');
  const { problems } = parseYaml(sf(text), { helm: false });
  assert.equal(
    problems.map((p) => [p.severity, ...pos(p.range)!]),
    [['partial', 5, 5, 5, 6]],
  );
  assert.match(
    problems[0]!.message,
    /^Non-standard YAML: a flow sequence opened on line 3 goes on at line 5 no deeper than its key \(it closes on line 5\)\. kubectl and Compose \(go-yaml\) accept that, but the YAML 1\.2 spec needs these lines indented deeper than the key, and this linter's parser reads the document only up to here: what follows is not checked\. Indent its lines, up to the closing `\]`, deeper than the key\. \(\d+ more syntax errors follow/,
  );
  // Never closed: go-yaml fails too, an error.
  const open = parseYaml(sf('a:\n  b: [1,\n    2\n'), { helm: false }).problems;
  assert.equal(open.map((p) => [p.severity, p.message]), [['error', 'Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']]);
});

test('goYamlReadsFlow: where go-yaml finds the closing bracket', () => {
  const read = (text: string) => {
    const tokens = Array.from(new Parser().parse(text));
    const doc = parseAllDocuments(text)[0]!;
    const err = doc.errors.find((e) => e.code === 'BAD_INDENT');
    return err ? goYamlReadsFlow(text, tokens, err.code, err.message, err.pos[0]) : 'no BAD_INDENT';
  };
  assert.equal(read('a:\n  b: [\n  1, 2\n  ]\nc: 1\n'), { open: 8, close: 19 });
  assert.equal(read('a:\n  b: {\n  x: 1\n  }\n'), { open: 8, close: 19 }, 'a flow mapping');
  assert.equal(read('a:\n  b: [ "x]",\n  # ] c\n  y]\n'), { open: 8, close: 27 }, 'brackets in quotes and comments do not count');
  assert.equal(read("a:\n  b: [it's,\n  x]\n"), { open: 8, close: 18 }, "a quote inside a plain scalar opens nothing");
  assert.equal(read('a:\n  b: [[1],\n  [2]]\n'), { open: 8, close: 19 }, 'nested: the outer collection');
  assert.is(read('a:\n  b: [1,\n    2\n'), undefined, 'never closed');
  assert.is(read('a:\n  b: [1,\n---\n  2]\n'), undefined, 'a document marker ends the search');
  assert.is(goYamlReadsFlow('a: x\n', [], 'MISSING_CHAR', 'Flow sequence in block collection', 2), undefined, 'another error');
});

test('tabs as indentation, bad indentation, stray characters: problems, never a throw', () => {
  for (const text of ['a:\n\tb: 1\n', 'a:\n  b: 1\n c: 2\n', '@@@: x\n', ']]]\n', 'a: &x\nb: *missing\n', '- a\nb: c\n', 'k: [a, b\n']) {
    const res = parseYaml(sf(text), { helm: false });
    assert.ok(res.problems.length > 0, JSON.stringify(text));
    for (const p of res.problems) assert.ok(p.range.start >= 0 && p.range.end <= text.length);
  }
});

test('duplicate keys: a partial problem at the second key, the last value wins', () => {
  const text = 'a: 1\nb: 2\na: 3\n';
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  assert.equal(problems.map((p) => [p.message, p.severity, ...pos(p.range)!]), [['Duplicate key: the last value is used', 'partial', 3, 1, 3, 2]]);
  const r = docs[0]!.reader;
  assert.is(r.entryStr(r.get(rootMap(docs[0]!), 'a'))!.value, '3');
});

test('files over the size limit are not parsed', () => {
  const text = `a: "${'x'.repeat(MAX_YAML_CHARS)}"\n`;
  const res = parseYaml(sf(text), { helm: false });
  assert.equal(res.docs, []);
  assert.is(res.problems[0]!.severity, 'error');
});

test('a document nested deeper than MAX_YAML_DEPTH is not read (a problem at its deepest collection); the others are', () => {
  // Flow and block nesting, 201 levels: too deep. 200 levels: read.
  const flow = `a: ${'['.repeat(MAX_YAML_DEPTH)}1${']'.repeat(MAX_YAML_DEPTH)}\n`;
  const block = `${Array.from({ length: MAX_YAML_DEPTH + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;
  const ok = `${Array.from({ length: MAX_YAML_DEPTH }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;
  const text = `kind: Pod\n---\n${flow}---\n${block}---\n${ok}---\nkind: ConfigMap\n`;
  const res = parseYaml(sf(text), { helm: false });
  assert.equal(res.docs.map((d) => [d.index, isMap(d.root)]), [[0, true], [1, false], [2, false], [3, true], [4, true]]);
  const message = `Nested more than ${MAX_YAML_DEPTH} levels deep: this document is not read (the linter reads YAML and JSON nested up to ${MAX_YAML_DEPTH} levels)`;
  assert.equal(res.problems.map((p) => [p.message, p.severity, pos(p.range)]), [
    // The 200th '[' (the root map is level 1).
    [message, 'partial', [3, 203, 3, 204]],
    // The map that holds k200 (column 201: 200 spaces of indentation).
    [message, 'partial', [MAX_YAML_DEPTH + 5, MAX_YAML_DEPTH + 1, MAX_YAML_DEPTH + 5, MAX_YAML_DEPTH + 2]],
  ]);
  // Far deeper: no exception, no abort (the library would run out of stack composing it).
  const deep = parseYaml(sf(`a: ${'{'.repeat(20_000)}\nb: ${'- '.repeat(5_000)}x\n`), { helm: false });
  assert.equal(deep.problems.map((p) => p.message), [message]);
});

test('alias bomb: lookups stay lazy and anyValue is bounded', () => {
  const text = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'self: &s [*s]',
    '',
  ].join('\n');
  const { docs } = parseYaml(sf(text), { helm: false });
  const r = docs[0]!.reader;
  const m = rootMap(docs[0]!);
  const f = r.anyValue(r.get(m, 'f')!);
  assert.type(f.value, 'string'); // too many aliases: the source text instead of a 9^5 expansion
  assert.ok(r.items(r.seq(r.get(m, 'self')!.value, 'self')).length === 1);
});

// ---- directives

test('suppression directives come from comments, with ranges; Helm actions in comments do not break them', () => {
  const text = [
    '# otel-target-lint-disable-file rule-x -- generated',
    'a: 1 # otel-target-lint-disable-next-line rule-a, rule-b',
    '  # not-a-directive',
    '# otel-target-lint-disable-next-line {{ .Values.rule }}',
    'b: 2',
    '',
  ].join('\n');
  const { directives } = parseYaml(sf(text), { helm: true });
  assert.equal(
    directives.map((d) => [d.kind, d.rules, d.reason, d.targetLine, ...pos(d.range)!]),
    [
      ['disable-file', ['rule-x'], 'generated', undefined, 1, 1, 1, 52],
      ['disable-next-line', ['rule-a', 'rule-b'], undefined, 3, 2, 6, 2, 57],
      ['disable-next-line', ['{{ .Values.rule }}'], undefined, 5, 4, 1, 4, 56],
    ],
  );
});

// ---- scalars

test('str: exact ranges including quotes, keyRange, block scalars, null values', () => {
  const text = ['a: plain', 'b: "dq \\" x"', "c: 'sq'", 'd: |', '  line1', '  line2', '', 'e:', 'f: 1.10', 'g: &g yes', 'h: *g', ''].join('\n');
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  assert.equal(problems, []);
  const r = docs[0]!.reader;
  const m = rootMap(docs[0]!);
  const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => {
    const s = r.entryStr(r.get(m, k))!;
    return [k, s.value, slice(text, s.range), ...pos(s.range)!, ...pos(s.keyRange)!];
  });
  assert.equal(rows, [
    ['a', 'plain', 'plain', 1, 4, 1, 9, 1, 1, 1, 2],
    ['b', 'dq " x', '"dq \\" x"', 2, 4, 2, 13, 2, 1, 2, 2],
    ['c', 'sq', "'sq'", 3, 4, 3, 8, 3, 1, 3, 2],
    ['d', 'line1\nline2\n', '|\n  line1\n  line2', 4, 4, 6, 8, 4, 1, 4, 2],
    ['e', '', '', 8, 3, 8, 3, 8, 1, 8, 2],
    ['f', '1.10', '1.10', 9, 4, 9, 8, 9, 1, 9, 2],
    ['g', 'yes', 'yes', 10, 7, 10, 10, 10, 1, 10, 2],
    // an alias reads the anchored node: its range is where the value is written
    ['h', 'yes', 'yes', 10, 7, 10, 10, 11, 1, 11, 2],
  ]);
});

test('decodeBool: k8s (YAML 1.1 via sigs.k8s.io/yaml) vs compose (a string cast after interpolation)', () => {
  // compose: [value, lenient (Compose warns)]
  const rows: [string, boolean | undefined, [boolean, boolean] | undefined][] = [
    ['true', true, [true, false]],
    ['True', true, [true, false]],
    ['TRUE', true, [true, false]],
    ['false', false, [false, false]],
    ['yes', true, [true, true]],
    ['Yes', true, [true, true]],
    ['on', true, [true, true]],
    ['y', true, [true, true]],
    ['n', false, [false, true]],
    ['no', false, [false, true]],
    ['OFF', false, [false, true]],
    ['tRue', undefined, [true, false]],
    ['1', undefined, undefined],
    ['', undefined, undefined],
  ];
  for (const [src, k8s, compose] of rows) {
    assert.is(decodeBool(src, 'k8s'), k8s, src);
    const c = composeBool(src);
    assert.equal(c ? [c.value, c.lenient] : undefined, compose, src);
    assert.is(decodeBool(src, 'compose'), compose?.[0], src);
  }
});

test('bool/int: values of the wrong type give undefined and a problem at the value', () => {
  const text = 'a: yes\nb: "true"\nc: 0\nd: "0"\ne: [1]\nf: 1.5\ng: "maybe"\nh: "${PRIV}"\n';
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  const r = docs[0]!.reader;
  const m = rootMap(docs[0]!);
  const e = (k: string) => r.get(m, k)!;
  assert.equal(r.bool(e('a').value, e('a').keyNode, 'k8s')?.value, true);
  assert.equal(r.bool(e('a').value, e('a').keyNode, 'compose', 'a')?.value, true);
  assert.is(r.bool(e('b').value, null, 'k8s', 'b'), undefined);
  assert.equal(r.bool(e('b').value, null, 'compose', 'b')?.value, true);
  assert.equal(r.bool(e('g').value, null, 'compose', 'g')?.unknown, true);
  // Known once Compose has interpolated it: unknown, and no problem.
  assert.equal(r.bool(e('h').value, null, 'compose', 'h')?.unknown, true);
  assert.equal(r.int(e('c').value, null)?.value, 0);
  assert.is(r.int(e('d').value, null, 'd'), undefined);
  assert.is(r.str(e('e').value, null, { what: 'e' }), undefined);
  assert.is(r.int(e('f').value, null, 'f'), undefined);
  assert.equal(
    problems.map((p) => [p.message, ...pos(p.range)!]),
    [
      ['Compose reads `yes` as true for a, with a warning that YAML 1.2 has no such boolean; write true', 1, 4, 1, 7],
      ['Expected a boolean for b, found the string "true"', 2, 4, 2, 10],
      ['Compose rejects `maybe` for g ("invalid boolean") and loads nothing: write true or false', 7, 4, 7, 11],
      ['Expected an integer for d, found the string "0"', 4, 4, 4, 7],
      ['Expected a string for e, found a list', 5, 4, 5, 7],
      ['Expected an integer for f, found the number `1.5`', 6, 4, 6, 7],
    ],
  );
});

test('k8sString: unquoted numbers and YAML 1.1 booleans in string fields are reported; quoted ones are not', () => {
  const text = 'a: 8080\nb: yes\nc: "8080"\nd: text\ne: ~\n';
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  const r = docs[0]!.reader;
  const m = rootMap(docs[0]!);
  const vals = ['a', 'b', 'c', 'd', 'e'].map((k) => r.entryStr(r.get(m, k), { k8sString: true, what: k })!.value);
  assert.equal(vals, ['8080', 'yes', '8080', 'text', '']);
  assert.equal(
    problems.map((p) => [p.message, p.range.line]),
    [
      ['Kubernetes reads unquoted `8080` as a number and rejects it where a string is required for a; quote it', 1],
      ['Kubernetes reads unquoted `yes` as a boolean and rejects it where a string is required for b; quote it', 2],
    ],
  );
});

test('merge keys: explicit keys win, earlier merge sources win over later ones, nested merges work', () => {
  const text = [
    'base: &base {image: a, user: "1", pid: host}',
    'more: &more {image: b, cap: X, <<: *base}',
    'svc:',
    '  <<: [*more, {cap: Y, extra: z}]',
    '  user: "2"',
    '',
  ].join('\n');
  const { docs, problems } = parseYaml(sf(text), { helm: false });
  assert.equal(problems, []);
  const r = docs[0]!.reader;
  const svc = r.map(r.get(rootMap(docs[0]!), 'svc')!.value, 'svc');
  const got = Object.fromEntries(r.entries(svc).map((e) => [e.key, [r.entryStr(e)!.value, e.merged, r.entryStr(e)!.range.line]]));
  assert.equal(got, {
    user: ['2', false, 5],
    image: ['b', true, 2],
    cap: ['X', true, 2],
    pid: ['host', true, 1],
    extra: ['z', true, 4],
  });
});

test('subScalar: exact offsets for plain and escape-free quoted scalars, whole range otherwise', () => {
  const text = 'a: A=b\nb: "A=b"\nc: "A=\\tb"\n';
  const { docs } = parseYaml(sf(text), { helm: false });
  const r = docs[0]!.reader;
  const m = rootMap(docs[0]!);
  const sub = (k: string) => {
    const e = r.get(m, k)!;
    const s = r.entryStr(e)!;
    const v = r.subScalar(s, e.value!, 2, s.value.length);
    return [v.value, slice(text, v.range)];
  };
  assert.equal(sub('a'), ['b', 'b']);
  assert.equal(sub('b'), ['b', 'b']);
  assert.equal(sub('c'), ['\tb', '"A=\\tb"']);
});

test.run();
