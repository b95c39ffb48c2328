import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TextEdit } from '../../src/engine/types.ts';
import { applyEdits } from '../../src/fix/index.ts';
import { LineIndex } from '../../src/model/source.ts';

const TEXT = 'alpha beta gamma\ndelta\n';
const lines = new LineIndex(TEXT);
const edit = (start: number, end: number, text: string): TextEdit => ({ range: lines.range('f.txt', start, end), text });

const cases: { name: string; edits: TextEdit[]; text: string; applied: number[]; skipped: number[] }[] = [
  { name: 'no edits', edits: [], text: TEXT, applied: [], skipped: [] },
  {
    name: 'two disjoint edits, given back to front',
    edits: [edit(17, 22, 'DELTA'), edit(0, 5, 'ALPHA')],
    text: 'ALPHA beta gamma\nDELTA\n',
    applied: [0, 1],
    skipped: [],
  },
  {
    name: 'adjacent edits both apply',
    edits: [edit(0, 5, 'A'), edit(5, 6, '_'), edit(6, 10, 'B')],
    text: 'A_B gamma\ndelta\n',
    applied: [0, 1, 2],
    skipped: [],
  },
  {
    name: 'an overlapping edit later in offset order is skipped',
    edits: [edit(6, 16, 'x'), edit(0, 8, 'y')],
    text: 'yta gamma\ndelta\n',
    applied: [1],
    skipped: [0],
  },
  {
    name: 'an insertion at the start of a replacement is ambiguous: skipped',
    edits: [edit(6, 10, 'BETA'), edit(6, 6, '>')],
    text: 'alpha >beta gamma\ndelta\n',
    applied: [1],
    skipped: [0],
  },
  {
    name: 'an insertion at the end of a replacement is not ambiguous',
    edits: [edit(6, 10, 'BETA'), edit(10, 10, '!')],
    text: 'alpha BETA! gamma\ndelta\n',
    applied: [0, 1],
    skipped: [],
  },
  {
    name: 'two insertions at one point: the second is skipped',
    edits: [edit(0, 0, 'a'), edit(0, 0, 'b')],
    text: 'a' + TEXT,
    applied: [0],
    skipped: [1],
  },
  {
    name: 'an exact duplicate applies once',
    edits: [edit(11, 16, 'GAMMA'), edit(11, 16, 'GAMMA')],
    text: 'alpha beta GAMMA\ndelta\n',
    applied: [0, 1],
    skipped: [],
  },
  {
    name: 'out of bounds and reversed ranges are skipped',
    edits: [
      { range: { ...lines.range('f.txt', 0, 1), start: 20, end: 99 }, text: 'x' },
      { range: { ...lines.range('f.txt', 0, 1), start: 3, end: 2 }, text: 'x' },
      edit(23, 23, 'END\n'),
    ],
    text: TEXT + 'END\n',
    applied: [2],
    skipped: [0, 1],
  },
  {
    name: 'deletion and insertion around a line ending keep the CR LF elsewhere',
    edits: [edit(16, 17, '\r\n')],
    text: 'alpha beta gamma\r\ndelta\n',
    applied: [0],
    skipped: [],
  },
];

for (const c of cases) {
  test(`applyEdits: ${c.name}`, () => {
    const r = applyEdits(TEXT, c.edits);
    assert.is(r.text, c.text);
    assert.equal(r.applied, c.applied.map((i) => c.edits[i]));
    assert.equal(r.skipped, c.skipped.map((i) => c.edits[i]));
  });
}

test('applyEdits: offsets are UTF-16 indices (astral characters count twice)', () => {
  const text = 'a😀b';
  const li = new LineIndex(text);
  const r = applyEdits(text, [{ range: li.range('f', 3, 4), text: 'B' }]);
  assert.is(r.text, 'a😀B');
});

test.run();
