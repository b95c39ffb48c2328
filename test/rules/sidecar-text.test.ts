// The text-edit helpers of the sidecar rules' fixes (rules/sidecar/text.ts) on the layouts they must handle or refuse.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex, type SourceFile } from '../../src/model/source.ts';
import { applyEdits } from '../../src/fix/edits.ts';
import type { TextEdit } from '../../src/engine/types.ts';
import { appendToMapping, entryLines, eolOf, insertIntoMapping, itemLines, mappingIndent, prependListItem, wholeLines } from '../../rules/sidecar/text.ts';

function file(text: string): SourceFile {
  return { path: 'f.yaml', absPath: '/f.yaml', text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
}
/** The range of the nth occurrence of a needle. */
function at(f: SourceFile, needle: string, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = f.text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(needle);
  return f.lines.range(f.path, i, i + needle.length);
}
const apply = (f: SourceFile, edits: (TextEdit | undefined)[]) => applyEdits(f.text, edits.filter((e): e is TextEdit => e !== undefined)).text;

test('appendToMapping: after the last line, also when the file has no final line break', () => {
  const f = file('services:\n  agent:\n    image: x\n    pid: host');
  const map = f.lines.range(f.path, f.text.indexOf('image'), f.text.length);
  assert.is(apply(f, [appendToMapping(f, map, ['privileged: true'])]), 'services:\n  agent:\n    image: x\n    pid: host\n    privileged: true');
  const g = file('a:\r\n  - name: x\r\n    image: y\r\n');
  const item = g.lines.range(g.path, g.text.indexOf('name'), g.text.indexOf('y') + 1);
  assert.is(apply(g, [appendToMapping(g, item, ['securityContext:', '  privileged: true'])]), 'a:\r\n  - name: x\r\n    image: y\r\n    securityContext:\r\n      privileged: true\r\n');
});

test('mappingIndent refuses flow mappings and empty values', () => {
  const f = file('c: {name: x}\nd:\n');
  assert.is(mappingIndent(f, at(f, '{name: x}')), undefined);
  assert.is(mappingIndent(f, f.lines.range(f.path, 14, 14)), undefined);
  const g = file('c:\n  - name: x\n');
  assert.is(mappingIndent(g, at(g, 'name: x')), '    ');
});

test('insertIntoMapping: only when the mapping starts below its key', () => {
  const f = file('spec:\n  # note\n  containers: []\n');
  assert.is(apply(f, [insertIntoMapping(f, at(f, 'spec'), at(f, 'containers: []'), ['hostPID: true'])]), 'spec:\n  hostPID: true\n  # note\n  containers: []\n');
  const g = file('spec: {containers: []}\n');
  assert.is(insertIntoMapping(g, at(g, 'spec'), at(g, '{containers: []}'), ['x: 1']), undefined);
});

test('wholeLines: the last line without a line break takes the break before it', () => {
  const f = file('a: 1\nb: 2');
  assert.is(apply(f, [{ range: wholeLines(f, 2, 2), text: '' }]), 'a: 1');
  const g = file('a: 1\r\nb: 2\r\nc: 3\r\n');
  assert.is(apply(g, [{ range: wholeLines(g, 2, 2), text: '' }]), 'a: 1\r\nc: 3\r\n');
});

test('entryLines: comment lines above at the same indentation go with the entry; other layouts are refused', () => {
  const f = file('  x: 1\n  # about y\n  # more\n  y: true  # trailing\n');
  const key = f.lines.range(f.path, f.text.indexOf('y: true'), f.text.indexOf('y: true') + 1);
  assert.equal(entryLines(f, key, at(f, 'true').end), { from: 2, to: 4, texts: ['# about y', '# more', 'y: true  # trailing'] });
  const g = file('- y: true\n');
  assert.is(entryLines(g, at(g, 'y'), at(g, 'true').end), undefined);
  const h = file('{y: true, z: 1}\n');
  assert.is(entryLines(h, at(h, 'y'), at(h, 'true').end), undefined);
});

test('itemLines: a block list item alone on its lines', () => {
  const f = file('env:\n  - name: A\n    value: b\n  - name: C\n');
  assert.equal(itemLines(f, f.lines.range(f.path, f.text.indexOf('name: A'), f.text.indexOf('b\n') + 1)), { from: 2, to: 3, texts: ['- name: A', '  value: b'], dashIndent: 2 });
  const g = file('env: [{name: A}]\n');
  assert.is(itemLines(g, at(g, 'name: A')), undefined);
});

test('prependListItem: flow and block lists keep the first item\'s quoting', () => {
  const f = file('args: [\'-a\', b]\n');
  const b = f.text.indexOf('b]');
  const list = { items: [{ value: '-a', range: at(f, "'-a'") }, { value: 'b', range: f.lines.range(f.path, b, b + 1) }], range: at(f, "['-a', b]") };
  assert.is(apply(f, [prependListItem(f, list, '/x')]), "args: ['/x', '-a', b]\n");
  const g = file('args:\n  - "-a"\n  - b\n');
  const glist = { items: [{ value: '-a', range: at(g, '"-a"') }], range: g.lines.range(g.path, g.text.indexOf('- "-a"'), g.text.length - 1) };
  assert.is(apply(g, [prependListItem(g, glist, '/x')]), 'args:\n  - "/x"\n  - "-a"\n  - b\n');
});

test('eolOf: the line\'s own ending, else the file\'s first', () => {
  assert.is(eolOf(file('a\r\nb'), 1), '\r\n');
  assert.is(eolOf(file('a\r\nb'), 2), '\r\n');
  assert.is(eolOf(file('a\nb'), 2), '\n');
});

test.run();
