// src/parsers/bake.ts: docker-bake targets with inherits applied and variables at their defaults.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateBake, readBake } from '../../src/parsers/bake.ts';
import { initHclParser } from '../../src/parsers/hcl.ts';
import { LineIndex, type ParseProblem, type SourceFile } from '../../src/model/source.ts';
import type { BakeTarget } from '../../src/model/workload.ts';

const pos = (r: { line: number; column: number; endLine: number; endColumn: number }) => [r.line, r.column, r.endLine, r.endColumn];
function sf(text: string, path = 'docker-bake.hcl'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'bake', requested: true, lines: new LineIndex(text) };
}
/** One bake file read and evaluated alone: its targets and its parse problems. */
function parseBake(file: SourceFile): { targets: BakeTarget[]; problems: ParseProblem[] } {
  const src = readBake(file);
  return { targets: evaluateBake([src]), problems: src.problems };
}
const brief = (t: BakeTarget) => ({
  name: t.name,
  tags: t.tags.map((x) => x.value),
  context: t.context?.value,
  dockerfile: t.dockerfile?.value,
  target: t.target?.value,
  args: Object.fromEntries(t.args),
});

test.before(async () => {
  await initHclParser();
});

const BAKE = `variable "REPO" {
  default = "ghcr.io/acme"
}
variable "TAG" {
  default = "dev"
}
variable "SHA" {}

group "default" {
  targets = ["api", "worker"]
}

target "_common" {
  context = "."
  args = {
    GO_VERSION = "1.24"
    CGO_ENABLED = 0
  }
}

target "api" {
  inherits = ["_common"]
  dockerfile = "services/api/Dockerfile"
  target = "runtime"
  tags = compact(["\${REPO}/api:\${TAG}", "\${REPO}/api:\${SHA}", notequal(TAG, "") ? "\${REPO}/api:latest" : ""])
  args = {
    CGO_ENABLED = 1
  }
}

target "worker" {
  inherits = ["_common"]
  context = "worker"
  tags = ["\${REPO}/worker"]
}

target "inline" {
  dockerfile-inline = "FROM alpine"
  tags = ["\${REPO}/inline"]
}

target "matrix" {
  name = "m-\${v}"
  matrix = { v = ["a", "b"] }
  tags = ["\${REPO}/m-\${v}"]
}
`;

test('targets: tags with variable defaults, inherited context and args (its own values win), unknown tags left out', () => {
  const b = parseBake(sf(BAKE));
  assert.equal(b.problems, []);
  assert.equal(b.targets.map(brief), [
    { name: '_common', tags: [], context: '.', dockerfile: undefined, target: undefined, args: { GO_VERSION: '1.24', CGO_ENABLED: '0' } },
    { name: 'api', tags: ['ghcr.io/acme/api:dev'], context: '.', dockerfile: 'services/api/Dockerfile', target: 'runtime', args: { GO_VERSION: '1.24', CGO_ENABLED: '1' } },
    { name: 'worker', tags: ['ghcr.io/acme/worker'], context: 'worker', dockerfile: undefined, target: undefined, args: { GO_VERSION: '1.24', CGO_ENABLED: '0' } },
  ]);
  const api = b.targets[1]!;
  const line = (s: string) => BAKE.slice(0, BAKE.indexOf(s)).split('\n').length;
  assert.equal([api.range.line, api.range.column], [line('target "api"'), 8], 'the target label');
  assert.equal([api.tags[0]!.range.line, BAKE.slice(api.tags[0]!.range.start, api.tags[0]!.range.end)], [line('tags = compact'), '"${REPO}/api:${TAG}"'], 'the tag as written');
  assert.equal(BAKE.slice(api.dockerfile!.range.start, api.dockerfile!.range.end), '"services/api/Dockerfile"');
});

test('inherits: a later parent wins over an earlier one; cycles end', () => {
  const b = parseBake(sf('target "a" {\n  context = "a"\n  inherits = ["c"]\n}\ntarget "b" {\n  context = "b"\n}\ntarget "c" {\n  inherits = ["a", "b"]\n  tags = ["x/c"]\n}\n'));
  assert.equal(b.targets.map((t) => [t.name, t.context?.value, t.tags.map((x) => x.value)]), [
    ['a', 'a', ['x/c']],
    ['b', 'b', []],
    ['c', 'b', ['x/c']],
  ]);
});

test('contexts: merged along inherits as args are (the target\'s own win), with the ranges of their values', () => {
  const text = 'variable "V" { default = "3.20" }\ntarget "common" {\n  contexts = {\n    alpine = "docker-image://alpine:${V}"\n    src = "../src"\n  }\n}\ntarget "app" {\n  inherits = ["common"]\n  contexts = { src = "target:gen", "with-dash" = "./x" }\n  tags = ["x/app"]\n}\n';
  const app = parseBake(sf(text)).targets.find((t) => t.name === 'app')!;
  assert.equal(Object.fromEntries([...app.contexts].map(([k, c]) => [k, [c.value, text.slice(c.range.start, c.range.end), c.range.line]])), {
    alpine: ['docker-image://alpine:3.20', '"docker-image://alpine:${V}"', 4],
    src: ['target:gen', '"target:gen"', 10],
    'with-dash': ['./x', '"./x"', 10],
  });
});

test('a variable default that names another variable; a variable without a default is not known', () => {
  const b = parseBake(sf('variable "A" { default = "${B}-x" }\nvariable "B" { default = "reg" }\nvariable "C" {}\ntarget "t" {\n  tags = ["${A}/t", "${C}/t", "${A}/t2"]\n}\n'));
  assert.equal(b.targets[0]!.tags.map((t) => t.value), ['reg-x/t', 'reg-x/t2']);
});

test('broken HCL: the problem is reported and the targets before it are still read', () => {
  const b = parseBake(sf('target "a" {\n  tags = ["x/a"]\n}\ntarget "b" {\n  tags = [\n'));
  assert.is(b.problems.length, 1);
  assert.equal(b.targets.map((t) => [t.name, t.tags.map((x) => x.value)])[0], ['a', ['x/a']]);
});

// The same file in HCL's JSON syntax (docker-bake.json): the same targets, read alike.
const BAKE_JSON = `{
  "//": "a comment property",
  "variable": {
    "REPO": { "default": "ghcr.io/acme" },
    "TAG": { "default": "dev" },
    "SHA": {}
  },
  "group": { "default": { "targets": ["api", "worker"] } },
  "target": {
    "_common": {
      "context": ".",
      "args": { "GO_VERSION": "1.24", "CGO_ENABLED": 0 }
    },
    "api": {
      "inherits": ["_common"],
      "dockerfile": "services/api/Dockerfile",
      "target": "runtime",
      "tags": ["\${REPO}/api:\${TAG}", "\${REPO}/api:\${SHA}", "\${notequal(TAG, \\"\\") ? \\"x\\" : \\"\\"}"],
      "args": { "CGO_ENABLED": 1 }
    },
    "worker": {
      "inherits": ["_common"],
      "context": "worker",
      "tags": ["\${REPO}/worker", "ghcr.io/acme/$\${literal}"]
    },
    "inline": { "dockerfile-inline": "FROM alpine", "tags": ["\${REPO}/inline"] }
  }
}
`;

test('docker-bake.json: the same targets as the HCL syntax, with exact ranges', () => {
  const b = parseBake(sf(BAKE_JSON, 'docker-bake.json'));
  assert.equal(b.problems, []);
  assert.equal(b.targets.map(brief), [
    { name: '_common', tags: [], context: '.', dockerfile: undefined, target: undefined, args: { GO_VERSION: '1.24', CGO_ENABLED: '0' } },
    { name: 'api', tags: ['ghcr.io/acme/api:dev'], context: '.', dockerfile: 'services/api/Dockerfile', target: 'runtime', args: { GO_VERSION: '1.24', CGO_ENABLED: '1' } },
    { name: 'worker', tags: ['ghcr.io/acme/worker', 'ghcr.io/acme/${literal}'], context: 'worker', dockerfile: undefined, target: undefined, args: { GO_VERSION: '1.24', CGO_ENABLED: '0' } },
  ]);
  const api = b.targets[1]!;
  const line = (s: string) => BAKE_JSON.slice(0, BAKE_JSON.indexOf(s)).split('\n').length;
  assert.equal([api.range.line, api.range.column, BAKE_JSON.slice(api.range.start, api.range.end)], [line('"api": {'), 5, '"api"'], 'the target label');
  assert.equal([api.tags[0]!.range.line, BAKE_JSON.slice(api.tags[0]!.range.start, api.tags[0]!.range.end)], [line('"tags"'), '"${REPO}/api:${TAG}"'], 'the tag as written');
  assert.equal(BAKE_JSON.slice(api.dockerfile!.range.start, api.dockerfile!.range.end), '"services/api/Dockerfile"');
});

test('docker-bake.json: several blocks of one label (an array of bodies) are layers of one target; contexts; a body that is not an object', () => {
  const text = '{"target": {"a": [{"context": "a"}, {"tags": ["x/a"], "contexts": {"base": "target:b"}}], "b": "nope", "c": {"inherits": ["a"]}}}';
  const b = parseBake(sf(text, 'docker-bake.json'));
  assert.equal(b.targets.map((t) => [t.name, t.context?.value, t.tags.map((x) => x.value), Object.fromEntries([...t.contexts].map(([k, c]) => [k, c.value]))]), [
    ['a', 'a', ['x/a'], { base: 'target:b' }],
    ['c', 'a', ['x/a'], { base: 'target:b' }],
  ]);
});

test('docker-bake.json that does not parse: a problem with its position, and what was read', () => {
  const text = '{\n  "target": {\n    "a": { "tags": ["x/a"] },\n    "b": { "tags": ["x/b"\n';
  const b = parseBake(sf(text, 'docker-bake.json'));
  assert.ok(b.problems.length > 0 && b.problems.every((p) => p.message.startsWith('Invalid JSON: ')), JSON.stringify(b.problems));
  assert.equal(b.targets[0]!.tags.map((x) => x.value), ['x/a']);
  const notObject = parseBake(sf('["x"]\n', 'docker-bake.json'));
  assert.equal([notObject.targets, notObject.problems.map((p) => [p.message, p.severity])], [[], [['Invalid docker-bake JSON: the file must hold one JSON object', 'error']]]);
});

test('docker-bake.json nested too deeply, or holding two values: a problem, no exception', () => {
  const deep = parseBake(sf(`{"target": {"a": {"tags": ["x/a"]}}, "b": ${'['.repeat(5000)}\n`, 'docker-bake.json'));
  assert.equal(deep.problems.map((p) => [p.message, pos(p.range)]), [['Nested more than 200 levels deep: this document is not read (the linter reads YAML and JSON nested up to 200 levels)', [1, 242, 1, 243]]]);
  assert.equal(deep.targets, []);
  const two = parseBake(sf('{"target": {"a": {"tags": ["x/a"]}}}\n---\n{}\n', 'docker-bake.json'));
  assert.equal(two.problems.map((p) => [p.message, pos(p.range)]), [['Invalid JSON: more than one value in the file', [2, 1, 2, 1]]]);
  assert.equal(two.targets.map((t) => t.name), ['a']);
});

test('files loaded together (bake\'s default files): later layers win, args and contexts merge, variables cross files', () => {
  const main = sf('target "docker-metadata-action" {}\ntarget "node" {\n  inherits = ["docker-metadata-action"]\n  context = ".."\n  dockerfile = "./build/Dockerfile"\n  target = "node"\n  tags = ["${ORG}/node:main"]\n  args = { A = "1", B = "1" }\n}\n', 'build/docker-bake.hcl');
  const override = sf('variable "ORG" {\n  default = "cartesi"\n}\ntarget "node" {\n  tags = ["${ORG}/rollups-node:${TAG}"]\n  args = { B = "2" }\n}\nvariable "TAG" {\n  default = "devel"\n}\n', 'build/docker-bake.override.hcl');
  const [t] = evaluateBake([readBake(main), readBake(override)]).filter((x) => x.name === 'node');
  assert.equal(brief(t!), { name: 'node', tags: ['cartesi/rollups-node:devel'], context: '..', dockerfile: './build/Dockerfile', target: 'node', args: { A: '1', B: '2' } });
  assert.equal([t!.range.file, t!.range.line, t!.tags[0]!.range.file, t!.tags[0]!.range.line], ['build/docker-bake.hcl', 2, 'build/docker-bake.override.hcl', 5], 'the target where it is first declared, the tag where it is written');
  // Alone, the main file's tag needs ORG, which only the override defines.
  assert.equal(parseBake(main).targets.find((x) => x.name === 'node')!.tags, []);
});

test.run();
