// src/parsers/hcl.ts: blocks, labels, attributes and expressions with exact positions; strings and their escapes;
// syntax errors as problems.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initHclParser, parseHcl, type HclExpr } from '../../src/parsers/hcl.ts';
import { LineIndex, type Range, type SourceFile } from '../../src/model/source.ts';

function sf(text: string, path = 'docker-bake.hcl'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'bake', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range) => [r.line, r.column, r.endLine, r.endColumn];

test.before(async () => {
  await initHclParser();
});

test('blocks with labels, attributes, nested blocks: names and exact ranges', () => {
  const text = 'variable "TAG" {\n  default = "latest"\n}\n\ntarget "api" {\n  context = "svc"\n  nested "x" y {\n    a = 1\n  }\n}\n';
  const { body, problems } = parseHcl(sf(text));
  assert.equal(problems, []);
  assert.equal(body.blocks.map((b) => [b.type, b.labels.map((l) => l.value), pos(b.range)]), [
    ['variable', ['TAG'], [1, 1, 3, 2]],
    ['target', ['api'], [5, 1, 10, 2]],
  ]);
  const api = body.blocks[1]!;
  assert.equal(pos(api.labels[0]!.range), [5, 8, 5, 13], 'the label with its quotes');
  const ctx = api.body.attributes[0]!;
  assert.equal([ctx.name, pos(ctx.nameRange), pos(ctx.expr.range), pos(ctx.range)], ['context', [6, 3, 6, 10], [6, 13, 6, 18], [6, 3, 6, 18]]);
  assert.equal(api.body.blocks.map((b) => [b.type, b.labels.map((l) => l.value), b.body.attributes.map((a) => a.name)]), [['nested', ['x', 'y'], ['a']]]);
});

const exprOf = (src: string): HclExpr => parseHcl(sf(`a = ${src}\n`)).body.attributes[0]!.expr;
const brief = (e: HclExpr): unknown => {
  switch (e.kind) {
    case 'string':
      return e.parts.map((p) => ('text' in p ? p.text : { expr: brief(p.expr) }));
    case 'tuple':
      return { tuple: e.items.map(brief) };
    case 'object':
      return { object: e.entries.map((x) => [brief(x.key), brief(x.value)]) };
    case 'variable':
      return { var: e.name };
    case 'call':
      return { call: e.name, args: e.args.map(brief) };
    default:
      return { [e.kind]: e.text };
  }
};

test('expressions: strings and templates, literals, tuples, objects, variables, calls; the rest is other', () => {
  const table: [string, unknown][] = [
    ['"plain"', ['plain']],
    ['"ghcr.io/${REPO}/api:${TAG}"', ['ghcr.io/', { expr: { var: 'REPO' } }, '/api:', { expr: { var: 'TAG' } }]],
    ['"a\\"b\\\\c\\n\\u00e9"', ['a"b\\c\né']],
    ['"$${NOT} %%{NOT}"', ['${NOT} %{NOT}']],
    ['""', []],
    ['42', { number: '42' }],
    ['true', { bool: 'true' }],
    ['null', { null: 'null' }],
    ['["a", B]', { tuple: [['a'], { var: 'B' }] }],
    ['{ A = "1", "B" = C }', { object: [[{ var: 'A' }, ['1']], [['B'], { var: 'C' }]] }],
    ['compact(["a", ""])', { call: 'compact', args: [{ tuple: [['a'], []] }] }],
    ['X ? "a" : "b"', { other: 'X ? "a" : "b"' }],
    ['"%{ if X }a%{ endif }"', { other: '"%{ if X }a%{ endif }"' }],
  ];
  for (const [src, want] of table) assert.equal(brief(exprOf(src)), want, src);
});

test('a syntax error is a problem at its place; what was read before it is kept', () => {
  const text = 'target "a" {\n  context = "x"\n}\ntarget "b" {\n  tags = [\n}\n';
  const { body, problems } = parseHcl(sf(text));
  assert.is(problems.length, 1);
  assert.is(problems[0]!.severity, 'partial');
  assert.match(problems[0]!.message, /^Invalid HCL: /);
  assert.ok(problems[0]!.range.line >= 5, JSON.stringify(problems[0]!.range));
  assert.equal(body.blocks[0]!.labels[0]!.value, 'a');
  assert.equal(body.blocks[0]!.body.attributes.map((a) => a.name), ['context']);
});

test('offsets count UTF-16 code units after non-ASCII text', () => {
  const text = '# é 👍\nvariable "V" { default = "ü" }\n';
  const { body } = parseHcl(sf(text));
  const d = body.blocks[0]!.body.attributes[0]!;
  assert.equal(pos(d.expr.range), [2, 26, 2, 29]);
  assert.is(text.slice(d.expr.range.start, d.expr.range.end), '"ü"');
});

test.run();
