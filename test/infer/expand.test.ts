// Word expansion over known variables: parameter operators, quote handling, "$@", field splitting, and the reason
// given when a value cannot be known. Words come from the real shell parser.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ShellWord } from '../../src/model/shell.ts';
import { LineIndex } from '../../src/model/source.ts';
import { expandArgv, expandKnownParts, expandWord, literalValue, matchPattern, UNKNOWN_PART, type ExpandEnv } from '../../src/infer/expand.ts';
import { initShellParser, parseShell } from '../../src/parsers/shell.ts';

test.before(async () => {
  await initShellParser();
});

function words(text: string): ShellWord[] {
  const s = parseShell(`x ${text}`, { file: 't.sh', lines: new LineIndex(`x ${text}`), baseOffset: 0 });
  return s.commands[0]!.words.slice(1);
}

function env(vars: Record<string, string>, extra: Partial<ExpandEnv> = {}): ExpandEnv {
  return { vars: new Map(Object.entries(vars)), ...extra };
}

type Case = [word: string, vars: Record<string, string>, extra: Partial<ExpandEnv>, expected: string | { reason: string }];

const WORD_CASES: Case[] = [
  ['plain', {}, {}, 'plain'],
  ['a"b"\'c\'\\ d', {}, {}, 'abc d'],
  ['$X', { X: 'a b' }, {}, 'a b'],
  ['$X', {}, {}, { reason: '$X is not set in the image or the script' }],
  ['$X', { X: '' }, {}, ''],
  ['${X:-d}', {}, {}, 'd'],
  ['${X:-d}', { X: '' }, {}, 'd'],
  ['${X:-d}', { X: 'v' }, {}, 'v'],
  ['${X:-$HOME/bin}', { HOME: '/root' }, {}, '/root/bin'],
  ['${X-d}', { X: '' }, {}, ''],
  ['${X-d}', {}, {}, 'd'],
  ['${X:+a}', { X: 'v' }, {}, 'a'],
  ['${X:+a}', { X: '' }, {}, ''],
  ['${X:+a}', {}, {}, ''],
  ['${X+a}', { X: '' }, {}, 'a'],
  ['${X:?needed}', {}, {}, { reason: '$X is not set: ${X:?...} stops the shell with an error' }],
  ['${X:?needed}', { X: 'v' }, {}, 'v'],
  ['${X#*/}', { X: 'a/b/c' }, {}, 'b/c'],
  ['${X##*/}', { X: 'a/b/c' }, {}, 'c'],
  ['${X%/*}', { X: 'a/b/c' }, {}, 'a/b'],
  ['${X%%/*}', { X: 'a/b/c' }, {}, 'a'],
  ['"${X%.tar.gz}"', { X: 'app.tar.gz' }, {}, 'app'],
  ['${X#-}', { X: '-v' }, {}, 'v'],
  ['${X#[0-9]}', { X: '7up' }, {}, 'up'],
  ['${#X}', { X: 'abc' }, {}, '3'],
  ['${X:1:2}', { X: 'abcd' }, {}, 'bc'],
  ['${X:0:1}', { X: '-p' }, {}, '-'],
  ['${X: -2}', { X: 'abcd' }, {}, 'cd'],
  ['${X/b/B}', { X: 'abab' }, {}, 'aBab'],
  ['${X//b/B}', { X: 'abab' }, {}, 'aBaB'],
  ['${X/#a/A}', { X: 'abab' }, {}, 'Abab'],
  ['${X/%b/B}', { X: 'abab' }, {}, 'abaB'],
  ['${X^^}', { X: 'ab' }, {}, 'AB'],
  ['${X,}', { X: 'AB' }, {}, 'aB'],
  ['${!X}', { X: 'Y', Y: 'z' }, {}, { reason: '${X!} is not evaluated' }],
  ['$1', {}, { positional: ['a'] }, 'a'],
  ['$2', {}, { positional: ['a'] }, ''],
  ['$1', {}, {}, { reason: "$1 is not known: the script's arguments are not known" }],
  ['$2', {}, { positional: ['a', undefined] }, { reason: '$2 is not known' }],
  ['"$@"', {}, { positional: ['a', 'b'] }, 'a b'],
  ['$#', {}, { positional: ['a', 'b'] }, '2'],
  ['${#@}', {}, { positional: ['a', 'b'] }, '2'],
  ['$0', {}, {}, { reason: "$0 (the script's name) is not known" }],
  ['"$0"', {}, { zero: '/entry.sh' }, '/entry.sh'],
  ['"$BASH_SOURCE"', {}, { zero: '/entry.sh' }, '/entry.sh'],
  // An envFrom the linter cannot read may set any variable: not unset, not known.
  ['${MODE:-api}', {}, { open: 'envFrom Secret app' }, { reason: '$MODE is not set in the image or the script, and envFrom Secret app may set it' }],
  ['${MODE:-api}', { MODE: 'worker' }, { open: 'envFrom Secret app' }, 'worker'],
  ['"${BASH_SOURCE[0]}"', {}, { zero: '/entry.sh' }, '/entry.sh'],
  ['"${BASH_SOURCE[1]}"', {}, { zero: '/entry.sh' }, { reason: '${BASH_SOURCE[1]}: arrays are not evaluated' }],
  ['$$', {}, {}, { reason: '$$ is only known at run time' }],
  ['~/x', { HOME: '/root' }, {}, '/root/x'],
  ['~/x', {}, {}, { reason: '~ needs $HOME, which is not set in the image or the script' }],
  ['~app', {}, {}, { reason: "~app is another user's home directory" }],
  ['$(date)', {}, {}, { reason: '$(date) is a command substitution, not evaluated' }],
  ['"$((1+2))"', {}, {}, { reason: '$((1+2)) is an arithmetic expansion, not evaluated' }],
  ['/app/*.jar', {}, {}, { reason: '/app/*.jar is a pathname pattern, expanded against the image filesystem at run time' }],
  ['"/app/*.jar"', {}, {}, '/app/*.jar'],
  ['$Y', { Y: 'stale' }, { unknown: new Set(['Y']) }, { reason: '$Y has a value that cannot be known statically' }],
  ['${Y:-d}', {}, { unknown: new Set(['Y']) }, { reason: '$Y has a value that cannot be known statically' }],
  ['$Z', {}, { unset: new Set(['Z']) }, ''],
  ['${A[0]}', { A: 'x' }, {}, { reason: '${A[0]}: arrays are not evaluated' }],
];

for (const [word, vars, extra, expected] of WORD_CASES) {
  test(`expandWord ${word} ${JSON.stringify(vars)}${extra.positional ? ` $@=${JSON.stringify(extra.positional)}` : ''}`, () => {
    const r = expandWord(words(word)[0]!, env(vars, extra));
    assert.equal(r, typeof expected === 'string' ? { ok: true, value: expected } : { ok: false, reason: expected.reason });
  });
}

test('${X:=d} assigns X (and reports it); ${X=d} keeps an empty X', () => {
  const e = env({}, { unset: new Set(['X']) });
  const seen: [string, string][] = [];
  e.onAssign = (n, v) => seen.push([n, v]);
  assert.equal(expandWord(words('${X:=8080}')[0]!, e), { ok: true, value: '8080' });
  assert.equal([...e.vars], [['X', '8080']]);
  assert.equal([...e.unset!], []);
  assert.equal(seen, [['X', '8080']]);
  const e2 = env({ X: '' });
  assert.equal(expandWord(words('${X=d}')[0]!, e2), { ok: true, value: '' });
  assert.equal([...e2.vars], [['X', '']]);
});

type ArgvCase = [text: string, vars: Record<string, string>, positional: (string | undefined)[] | undefined, argv: (string | undefined)[], unknown: string[]];

const ARGV_CASES: ArgvCase[] = [
  ['/app/server "$@"', {}, ['--port', '8080'], ['/app/server', '--port', '8080'], []],
  ['"$@"', {}, [], [], []],
  ['"$@"', {}, undefined, [undefined], ["the script's arguments are not known"]],
  ['"$@"', {}, ['/a', undefined], ['/a', undefined], ["one of the script's arguments is not known"]],
  ['$@', {}, ['a b', 'c'], ['a', 'b', 'c'], []],
  ['$*', {}, ['a b', 'c'], ['a', 'b', 'c'], []],
  ['"$*"', {}, ['a b', 'c'], ['a b c'], []],
  ['"x$@y"', {}, ['1', '2'], ['x1', '2y'], []],
  ['"x$@y"', {}, [], ['xy'], []],
  ['$CMD', { CMD: '/app/server  --port 80\t-v' }, [], ['/app/server', '--port', '80', '-v'], []],
  ['"$CMD"', { CMD: '/app/server --port 80' }, [], ['/app/server --port 80'], []],
  ['a $EMPTY b', { EMPTY: '' }, [], ['a', 'b'], []],
  ['"$EMPTY"', { EMPTY: '' }, [], [''], []],
  ["'' \"\"", {}, [], ['', ''], []],
  ['$APP_BIN --x', {}, [], [undefined, '--x'], ['$APP_BIN is not set in the image or the script']],
  ['$A $A', {}, [], [undefined, undefined], ['$A is not set in the image or the script']],
  ['${X:-a b}', {}, [], ['a', 'b'], []],
  ['"${X:-a b}"', {}, [], ['a b'], []],
  ['${X:-"a b"} c', {}, [], ['a b', 'c'], []],
  ['/app/"$NAME"-x', { NAME: 'my srv' }, [], ['/app/my srv-x'], []],
  ['pre$V', { V: 'a b' }, [], ['prea', 'b'], []],
  ['${BIN:-/usr/local/bin/app}', {}, [], ['/usr/local/bin/app'], []],
  ['*.jar x', {}, [], [undefined, 'x'], ['*.jar is a pathname pattern, expanded against the image filesystem at run time']],
];

for (const [text, vars, positional, argv, unknown] of ARGV_CASES) {
  test(`expandArgv ${text} ${JSON.stringify(vars)} $@=${JSON.stringify(positional)}`, () => {
    const e = env(vars, positional ? { positional } : {});
    assert.equal(expandArgv(words(text), e), { argv, unknown });
  });
}

test('expandKnownParts: the known parts of a word, a mark for each unknown one', () => {
  const U = UNKNOWN_PART;
  const table: [word: string, expected: string][] = [
    ['-ldflags="-s -w -X main.v=${VERSION}"', `-ldflags=-s -w -X main.v=${U}`],
    ['"-X main.c=$(git rev-parse HEAD) -s"', `-X main.c=${U} -s`],
    ['-o=/out/$NAME$SUFFIX', `-o=/out/${U}${U}`],
    ['${KNOWN}-$X', `k-${U}`],
  ];
  for (const [w, want] of table) assert.is(expandKnownParts(words(w)[0]!, env({ KNOWN: 'k' })), want, w);
});

test('expandKnownParts: a variable known in part gives its known parts there, and stays unknown to expandWord', () => {
  const U = UNKNOWN_PART;
  const e = env({}, { unknown: new Set(['LDF', 'C']), partial: new Map([['LDF', `-X main.c=${U} -s -w`]]) });
  const table: [word: string, expected: string][] = [
    ['-ldflags="${LDF}"', `-ldflags=-X main.c=${U} -s -w`],
    ['"$LDF -extldflags=-static"', `-X main.c=${U} -s -w -extldflags=-static`],
    ['"$C"', U],
    ['"${LDF:-x}"', U],
  ];
  for (const [w, want] of table) assert.is(expandKnownParts(words(w)[0]!, e), want, w);
  assert.equal(expandWord(words('"$LDF"')[0]!, e), { ok: false, reason: '$LDF has a value that cannot be known statically' });
});

test('literalValue: only words without any expansion', () => {
  assert.equal(words('/app/"x"\\ y \'z\' $A *.x ~').map(literalValue), ['/app/x y', 'z', undefined, undefined, undefined]);
});

const PATTERNS: [pattern: string, value: string, match: boolean][] = [
  ['-*', '-v', true],
  ['-*', 'v', false],
  ['[a-c]?', 'bx', true],
  ['[a-c]?', 'dx', false],
  ['[!0-9]*', 'a1', true],
  ['[!0-9]*', '1a', false],
  ['[[:digit:]]', '5', true],
  ['"*"', 'x', false],
  ['"*"', '*', true],
  ['\\*', '*', true],
  ['server[', 'server[', true],
  ['*.sh', 'entry.sh', true],
  ['"$P"*', '/app/x', true],
];

for (const [pattern, value, match] of PATTERNS) {
  test(`matchPattern ${pattern} ${JSON.stringify(value)}`, () => {
    const w = words(pattern)[0]!;
    assert.equal(matchPattern(w, value, env({ P: '/app/' })), { ok: true, match });
  });
}

test('matchPattern: an unknown part makes the match unknown', () => {
  assert.equal(matchPattern(words('$(x)*')[0]!, 'a', env({})), { ok: false, reason: '$(x) is a command substitution, not evaluated' });
});

test.run();
