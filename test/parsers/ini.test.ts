import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import { iniGet, parseIni } from '../../src/parsers/ini.ts';

const parse = (text: string) => parseIni(text, { file: 'supervisord.conf', lines: new LineIndex(text), baseOffset: 0 });

/** section -> key -> value, as configparser (with supervisord's options) reads them. */
function read(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const s of parse(text).sections) out[s.name] = Object.fromEntries([...s.entries].map(([k, e]) => [k, e.value]));
  return out;
}

test("ini: configparser's dialect, with supervisord's inline comments", () => {
  const cases: [string, Record<string, Record<string, string>>][] = [
    ['[program:app]\ncommand=/app/server --port 8080\n', { 'program:app': { command: '/app/server --port 8080' } }],
    // `;` and `#` start a comment at the start of a line or after a blank, not inside a word.
    ['[a]\nx = 1 ; note\ny=2;3\nz=4 #five\nw=a#b\n; x=9\n  # y=9\n', { a: { x: '1', y: '2;3', z: '4', w: 'a#b' } }],
    // `:` is a delimiter too; the first delimiter ends the key; keys are lower-cased and trimmed.
    ['[a]\nCommand : /app/server -addr=:80\nKey With Space = v\n', { a: { command: '/app/server -addr=:80', 'key with space': 'v' } }],
    // A deeper-indented line continues the value; a blank line inside stays, trailing ones go; a comment line does not end it.
    ['[a]\ncommand=/app/server\n  --one\n\n  --two\n\nnext=1\n', { a: { command: '/app/server\n--one\n\n--two', next: '1' } }],
    ['[a]\ncommand=x\n  ; comment\n  y\n', { a: { command: 'x\ny' } }],
    // A section named again is the same section (strict=False): later keys win.
    ['[a]\nx=1\n[b]\ny=2\n[a]\nx=3\n', { a: { x: '3' }, b: { y: '2' } }],
    ['[a]\nempty=\n', { a: { empty: '' } }],
    ['[a]\r\nx=1\r\ny=2\r\n', { a: { x: '1', y: '2' } }],
  ];
  for (const [text, expected] of cases) assert.equal(read(text), expected, JSON.stringify(text));
});

test('ini: positions of headers, keys and values (continuations included)', () => {
  const f = parse('; head\n[program:app]\ncommand = /app/server\n    --listen :80   ; x\n');
  const s = f.sections[0]!;
  assert.equal([s.range.line, s.range.column, s.range.endColumn], [2, 1, 14]);
  const e = s.entries.get('command')!;
  assert.equal([e.keyRange.line, e.keyRange.column, e.keyRange.endColumn], [3, 1, 8]);
  assert.equal([e.valueRange.line, e.valueRange.column, e.valueRange.endLine, e.valueRange.endColumn], [3, 11, 4, 17]);
  const inDockerfile = 'COPY <<EOF /etc/app.conf\n[program:app]\ncommand=/app/server\nEOF\n';
  const at = inDockerfile.indexOf('[program');
  const h = parseIni(inDockerfile.slice(at, inDockerfile.indexOf('EOF\n', at)), { file: 'Dockerfile', lines: new LineIndex(inDockerfile), baseOffset: at });
  const c = h.sections[0]!.entries.get('command')!;
  assert.equal([c.valueRange.file, c.valueRange.line, c.valueRange.column], ['Dockerfile', 3, 9]);
});

test('ini: lines configparser rejects are problems, and reading goes on; DEFAULT gives defaults', () => {
  const f = parse('orphan=1\n[a]\nnot a pair\nx=1\n=novalue\n');
  assert.equal(read('orphan=1\n[a]\nnot a pair\nx=1\n'), { a: { x: '1' } });
  assert.equal(f.problems.map((p) => [p.range.line, p.severity]), [[1, 'partial'], [3, 'partial'], [5, 'partial']]);
  assert.ok(f.problems[0]!.message.includes('before any [section] header'));
  assert.ok(f.problems[1]!.message.includes('neither a [section] header nor a key = value line'));
  const d = parse('[DEFAULT]\nautostart=false\n[program:a]\ncommand=/a\n[program:b]\ncommand=/b\nautostart=true\n');
  const [, a, b] = d.sections;
  assert.equal([iniGet(d, a!, 'autostart')?.value, iniGet(d, b!, 'autostart')?.value, iniGet(d, a!, 'none')], ['false', 'true', undefined]);
});

test.run();
