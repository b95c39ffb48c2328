import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex, type SourceFile } from '../../src/model/source.ts';
import { parseExecline, type ExeclineWord } from '../../src/parsers/execline.ts';

const file = (text: string): SourceFile => ({ path: 'run', absPath: '/r/run', text, kind: 'other', requested: false, lines: new LineIndex(text) });
const words = (ws: ExeclineWord[]): unknown[] => ws.map((w) => (w.block ? words(w.block) : w.value));

test('execline: words, quotes glued to text, escapes, comments and blocks', () => {
  const cases: [string, unknown[]][] = [
    ['#!/command/execlineb -P\nnginx -g "daemon off;"\n', ['nginx', '-g', 'daemon off;']],
    ['#!/command/execlineb -P\n# comment\nwith-contenv # trailing\ns6-setuidgid app\n  /app/server\n', ['with-contenv', 's6-setuidgid', 'app', '/app/server']],
    ['#!/bin/execlineb -S0\nfdmove -c 2 1 a"b c"d "x\\"y\\n" e\\ f\n', ['fdmove', '-c', '2', '1', 'ab cd', 'x"y\n', 'e f']],
    ['#!/command/execlineb -P\nforeground { if { true } echo "{" }\n/app/server\n', ['foreground', [ 'if', ['true'], 'echo', '{'], '/app/server']],
  ];
  for (const [text, expected] of cases) assert.equal(words(parseExecline(file(text)).words), expected, JSON.stringify(text));
});

test('execline: the #! line and exact ranges', () => {
  const x = parseExecline(file('#!/command/execlineb -P\nwith-contenv\n  s6-setuidgid app /app/server\n'));
  assert.equal([x.shebang?.interpreter, x.shebang?.args], ['/command/execlineb', ['-P']]);
  const last = x.words[x.words.length - 1]!;
  assert.equal([last.value, last.range.line, last.range.column, last.range.endColumn], ['/app/server', 3, 20, 31]);
  const b = parseExecline(file('#!/command/execlineb -P\nforeground {\n  echo hi\n}\nx\n')).words[1]!;
  assert.equal([b.value, b.range.line, b.range.column, b.range.endLine, b.range.endColumn], ['{…}', 2, 12, 4, 2]);
});

test('execline: what execlineb rejects is a problem', () => {
  const cases: [string, string, number][] = [
    ['#!/command/execlineb -P\nforeground { echo\n', 'A { block is never closed', 2],
    ['#!/command/execlineb -P\necho }\n', 'A } closes no block', 2],
    ['#!/command/execlineb -P\necho "open\n', 'A quoted string is never closed', 2],
  ];
  for (const [text, message, line] of cases) {
    const p = parseExecline(file(text)).problems;
    assert.equal(p.map((x) => [x.message.split(':')[0], x.range.line]), [[message, line]], text);
  }
});

test.run();
