import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { SourceFile } from '../../src/model/source.ts';
import { parseDotenv } from '../../src/parsers/dotenv.ts';

const file = (text: string): SourceFile => ({ path: '.env', absPath: '/r/.env', text, kind: 'dotenv', requested: true, lines: new LineIndex(text) });

/** name -> value as read (undefined: from the shell; '?': interpolated, not known), plus the value's source text. */
function read(text: string): Record<string, [string | undefined, string | undefined]> {
  const out: Record<string, [string | undefined, string | undefined]> = {};
  for (const e of parseDotenv(file(text)).entries) {
    const v = e.value;
    out[e.name.value] = [v ? (v.unknown ? '?' : v.value) : undefined, v ? text.slice(v.range.start, v.range.end) : undefined];
  }
  return out;
}

test('dotenv: the syntax Docker documents for Compose', () => {
  const cases: [string, Record<string, [string | undefined, string | undefined]>][] = [
    ['A=1\nB=two words\n', { A: ['1', '1'], B: ['two words', 'two words'] }],
    ['# comment\n\n  C = spaced  \n', { C: ['spaced', 'spaced'] }],
    ['D=val # comment\nE=val# not a comment\n', { D: ['val', 'val'], E: ['val# not a comment', 'val# not a comment'] }],
    ['F="val # not a comment" # comment\n', { F: ['val # not a comment', '"val # not a comment"'] }],
    ["G='$OTHER'\nH='Let\\'s go!'\n", { G: ['$OTHER', "'$OTHER'"], H: ["Let's go!", "'Let\\'s go!'"] }],
    ['I="{\\"hello\\": \\"json\\"}"\nJ="a\\tb"\nK=a\\tb\n', { I: ['{"hello": "json"}', '"{\\"hello\\": \\"json\\"}"'], J: ['a\tb', '"a\\tb"'], K: ['a\\tb', 'a\\tb'] }],
    ['export L=/app/server\n', { L: ['/app/server', '/app/server'] }],
    ['M: yaml-like\nN\n', { M: ['yaml-like', 'yaml-like'], N: [undefined, undefined] }],
    ['O=$HOME/x\nP="${A:-b}"\n', { O: ['?', '$HOME/x'], P: ['?', '"${A:-b}"'] }],
    ['Q="multi\nline"\nR=\n', { Q: ['multi\nline', '"multi\nline"'], R: ['', ''] }],
    ['S=1\r\nT=2\r\n', { S: ['1', '1'], T: ['2', '2'] }],
    ['U=#x\nV= # only a comment\n', { U: ['#x', '#x'], V: ['', ''] }],
  ];
  for (const [text, expected] of cases) assert.equal(read(text), expected, JSON.stringify(text));
});

test('dotenv: positions of names and values', () => {
  const f = parseDotenv(file('# c\nexport TARGET="/srv/app" # x\n'));
  const e = f.entries[0]!;
  assert.equal([e.name.range.line, e.name.range.column, e.name.range.endColumn], [2, 8, 14]);
  assert.equal([e.value!.range.line, e.value!.range.column, e.value!.range.endColumn], [2, 15, 25]);
});

test('dotenv: a line that is not an assignment is a problem, and reading goes on', () => {
  const f = parseDotenv(file('A=1\nnot valid here\nB=2\nC="open\n'));
  assert.equal(f.entries.map((e) => e.name.value), ['A', 'B']);
  assert.equal(f.problems.map((p) => [p.range.line, p.severity]), [[2, 'partial'], [4, 'partial']]);
  assert.ok(f.problems[0]!.message.includes('not a variable assignment'));
  assert.ok(f.problems[1]!.message.includes('never closed'));
  const trailing = parseDotenv(file('D="x" y\n'));
  assert.equal(trailing.entries[0]!.value!.value, 'x');
  assert.ok(trailing.problems[0]!.message.includes('Text after the quoted value'));
});

test.run();
