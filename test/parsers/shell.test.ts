// The shell parser: words split into parts (quotes removed, escapes resolved, expansions), exact ranges in file
// coordinates (UTF-16 columns after non-ASCII text, text embedded at an offset), how each command is reached, the
// statement tree, and recovery from bad input.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_SHELL_DEPTH, type ShellCommand, type ShellNode, type ShellScript, type ShellWord, type WordPart } from '../../src/model/shell.ts';
import { LineIndex, type Range } from '../../src/model/source.ts';
import { initShellParser, parseShell, shellParserReady } from '../../src/parsers/shell.ts';
import { utf8ToUtf16 } from '../../src/parsers/tree-sitter.ts';

test('parseShell before initShellParser throws a clear error; init is idempotent', async () => {
  if (!shellParserReady()) {
    assert.throws(() => parseShell('echo', { file: 't.sh', lines: new LineIndex('echo'), baseOffset: 0 }), /initShellParser/);
  }
  const a = initShellParser();
  const b = initShellParser();
  assert.is(a, b);
  await Promise.all([a, b]);
  assert.is(shellParserReady(), true);
});

function parse(text: string): ShellScript {
  return parseShell(text, { file: 't.sh', lines: new LineIndex(text), baseOffset: 0 });
}

/** Parts without the operand words' ranges (checked separately). */
function strip(parts: WordPart[]): unknown[] {
  return parts.map((p) => (p.kind === 'param' && p.operand ? { ...p, operand: { raw: p.operand.raw, parts: strip(p.operand.parts) } } : p));
}

/** The range of the n-th occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): Range {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not in text`);
  }
  return new LineIndex(text).range('t.sh', i, i + needle.length);
}

const lit = (value: string, quoted = false): WordPart => ({ kind: 'literal', value, quoted });
const param = (name: string, quoted = false, extra: Record<string, unknown> = {}) => ({ kind: 'param', name, quoted, ...extra });

const WORDS: [string, unknown[]][] = [
  ['plain', [lit('plain')]],
  ['"a b"', [lit('a b', true)]],
  ["'x y'", [lit('x y', true)]],
  ['a\\ b', [lit('a b')]],
  ["$'a\\tb\\x41\\n\\''", [lit("a\tbA\n'", true)]],
  ['"a\\"b\\$c\\\\d\\e"', [lit('a"b$c\\d\\e', true)]],
  ['""', [lit('', true)]],
  ['a"b"\'c\'', [lit('a'), lit('bc', true)]],
  ['$X', [param('X')]],
  ['${X}', [param('X')]],
  ['"$X"', [param('X', true)]],
  ['$1', [param('1')]],
  ['${10}', [param('10')]],
  ['"$@"', [param('@', true)]],
  ['$*', [param('*')]],
  ['$#', [param('#')]],
  ['${#X}', [param('X', false, { length: true })]],
  ['${X:-/usr/bin/a}', [param('X', false, { op: ':-', operand: { raw: '/usr/bin/a', parts: [lit('/usr/bin/a')] } })]],
  ['${X:-$HOME/bin}', [param('X', false, { op: ':-', operand: { raw: '$HOME/bin', parts: [param('HOME'), lit('/bin')] } })]],
  ['"${X:-a b}"', [param('X', true, { op: ':-', operand: { raw: 'a b', parts: [lit('a b', true)] } })]],
  ['${X:-"a b"}', [param('X', false, { op: ':-', operand: { raw: '"a b"', parts: [lit('a b', true)] } })]],
  ['${X-}', [param('X', false, { op: '-', operand: { raw: '', parts: [] } })]],
  ['${X%%.*}', [param('X', false, { op: '%%', operand: { raw: '.*', parts: [lit('.'), { kind: 'glob', text: '*' }] } })]],
  ['"${1#-}"', [param('1', true, { op: '#', operand: { raw: '-', parts: [lit('-')] } })]],
  ['$(date +%s)', [{ kind: 'command-sub', text: '$(date +%s)', quoted: false }]],
  ['"`id -u`"', [{ kind: 'command-sub', text: '`id -u`', quoted: true }]],
  ['$((1+2))', [{ kind: 'arith', text: '$((1+2))', quoted: false }]],
  ['*.txt', [{ kind: 'glob', text: '*' }, lit('.txt')]],
  ['file?.log', [lit('file'), { kind: 'glob', text: '?' }, lit('.log')]],
  ['[ab]x', [{ kind: 'glob', text: '[ab]' }, lit('x')]],
  ['{a,b}', [{ kind: 'glob', text: '{a,b}' }]],
  ['x{1..3}', [lit('x'), { kind: 'glob', text: '{1..3}' }]],
  ['{}', [lit('{}')]],
  ['"*"', [lit('*', true)]],
  ['\\*', [lit('*')]],
  ['~', [{ kind: 'tilde', user: '' }]],
  ['~/bin', [{ kind: 'tilde', user: '' }, lit('/bin')]],
  ['~app/x', [{ kind: 'tilde', user: 'app' }, lit('/x')]],
  ['a~b', [lit('a~b')]],
  ['/app/"$NAME"-x', [lit('/app/'), param('NAME', true), lit('-x')]],
  ['--x=$Y', [lit('--x='), param('Y')]],
];

for (const [word, parts] of WORDS) {
  test(`word ${word}`, () => {
    const text = `echo ${word}`;
    const s = parse(text);
    // Commands inside $(...) follow the command that holds them.
    assert.is(s.commands[0]!.words.length, 2);
    const w = s.commands[0]!.words[1]!;
    assert.is(w.raw, word);
    assert.equal(w.range, at(text, word));
    assert.equal(strip(w.parts), parts);
  });
}

test('an escaped blank after quotes or an expansion stays inside the word', () => {
  const text = 'x a"b"\\ d \'c\'\\\tt $X\\ y "q"\\  z';
  const s = parse(text);
  assert.equal(
    s.commands[0]!.words.map((w) => [w.raw, strip(w.parts)]),
    [
      ['x', [lit('x')]],
      ['a"b"\\ d', [lit('a'), lit('b', true), lit(' d')]],
      ["'c'\\\tt", [lit('c', true), lit('\tt')]],
      ['$X\\ y', [param('X'), lit(' y')]],
      ['"q"\\ ', [lit('q', true), lit(' ')]],
      ['z', [lit('z')]],
    ],
  );
  assert.equal(s.commands[0]!.range, at(text, text));
});

test('operand words carry their own range', () => {
  const text = 'exec ${BIN:-/usr/local/bin/app}';
  const p = parse(text).commands[0]!.words[1]!.parts[0]!;
  assert.equal(p.kind === 'param' ? p.operand?.range : undefined, at(text, '/usr/local/bin/app'));
});

test('ranges are UTF-16 offsets and columns after non-ASCII text', () => {
  const text = 'echo "é→😀"; exec /app/x\n# ü\nrun →';
  const s = parse(text);
  assert.equal(
    s.commands.map((c) => [c.words.map((w) => w.raw), c.range]),
    [
      [['echo', '"é→😀"'], { file: 't.sh', line: 1, column: 1, endLine: 1, endColumn: 12, start: 0, end: 11 }],
      [['exec', '/app/x'], { file: 't.sh', line: 1, column: 14, endLine: 1, endColumn: 25, start: 13, end: 24 }],
      [['run', '→'], { file: 't.sh', line: 3, column: 1, endLine: 3, endColumn: 6, start: 29, end: 34 }],
    ],
  );
  assert.equal(s.commands[0]!.words[1]!.parts, [lit('é→😀', true)]);
  assert.equal(s.commands[2]!.words[1]!.range, { file: 't.sh', line: 3, column: 5, endLine: 3, endColumn: 6, start: 33, end: 34 });
});

test('UTF-8 byte offsets map to UTF-16 indices (for web-tree-sitter builds that report bytes)', () => {
  const text = 'aé→😀b';
  const map = utf8ToUtf16(text);
  // bytes: a=1, é=2, →=3, 😀=4, b=1
  assert.equal([0, 1, 3, 6, 10, 11].map(map), [0, 1, 2, 3, 5, 6]);
  assert.equal([0, 3].map(utf8ToUtf16('abc')), [0, 3]);
});

test('text embedded in a file at baseOffset maps to file coordinates', () => {
  const file = 'FROM x\nRUN é=1 && exec /app/x "$@"\n';
  const base = file.indexOf('é');
  const text = file.slice(base, file.length - 1);
  const s = parseShell(text, { file: 'Dockerfile', lines: new LineIndex(file), baseOffset: base });
  assert.equal(
    s.commands.map((c) => c.range),
    [
      { file: 'Dockerfile', line: 2, column: 5, endLine: 2, endColumn: 8, start: 11, end: 14 },
      { file: 'Dockerfile', line: 2, column: 12, endLine: 2, endColumn: 28, start: 18, end: 34 },
    ],
  );
  assert.equal(s.commands[1]!.words[2]!.range, { file: 'Dockerfile', line: 2, column: 24, endLine: 2, endColumn: 28, start: 30, end: 34 });
});

function describe(c: ShellCommand): string {
  const flags = [c.reach, c.background ? 'bg' : '', c.subshell ? 'sub' : '', c.inFunction ? `in ${c.inFunction}` : '']
    .filter(Boolean)
    .join(' ');
  return `${c.words.map((w) => w.raw).join(' ')} [${flags}]`;
}

test('reach, background, subshell and function of every command, in source order', () => {
  const s = parse(
    [
      'a && b',
      'c || d && e',
      'c3 || d3 && e3 && e4',
      'a5 && b5 && c5 || d5 && e5',
      'f &',
      'g | h',
      '( i )',
      'echo "$(j)"',
      'if k; then l; elif m; then n; else o; fi',
      'while p; do q; done',
      'until p2; do q2; done',
      'for x in $(ls); do r; done',
      'case $1 in y) s;; esac',
      'fn() { t; if u; then v; fi; }',
      'function g2 { w & }',
      'x2 || { y2; z2; }',
      'last',
    ].join('\n'),
  );
  assert.equal(s.commands.map(describe), [
    'a [always]',
    'b [always]',
    'c [always]',
    'd [conditional]',
    'e [conditional]',
    'c3 [always]',
    'd3 [conditional]',
    'e3 [conditional]',
    'e4 [conditional]',
    'a5 [always]',
    'b5 [always]',
    'c5 [always]',
    'd5 [conditional]',
    'e5 [conditional]',
    'f [always bg]',
    'g [always sub]',
    'h [always]',
    'i [always sub]',
    'echo "$(j)" [always]',
    'j [always sub]',
    'k [always]',
    'l [conditional]',
    'm [conditional]',
    'n [conditional]',
    'o [conditional]',
    'p [always]',
    'q [conditional]',
    'p2 [always]',
    'q2 [conditional]',
    'ls [always sub]',
    'r [conditional]',
    's [conditional]',
    't [always in fn]',
    'u [always in fn]',
    'v [conditional in fn]',
    'w [always bg in g2]',
    'x2 [always]',
    'y2 [conditional]',
    'z2 [conditional]',
    'last [always]',
  ]);
  assert.equal(s.functions, ['fn', 'g2']);
  assert.equal(s.errors, []);
});

/** The statement tree with command indices shown as the command's first word. */
function shape(s: ShellScript, nodes: ShellNode[]): unknown[] {
  const one = (n: ShellNode): unknown => {
    switch (n.kind) {
      case 'command':
        return s.commands[n.index]!.words.map((w) => w.raw).join(' ') || s.commands[n.index]!.assignments.map((a) => a.name).join(' ') + '=';
      case 'and':
      case 'or':
        return { [n.kind]: [one(n.left), one(n.right)] };
      case 'not':
      case 'background':
        return { [n.kind]: one(n.body) };
      case 'pipeline':
        return { pipeline: n.stages.map(one) };
      case 'group':
        return { [n.subshell ? 'subshell' : 'group']: shape(s, n.body) };
      case 'if':
        return { if: n.clauses.map((c) => [shape(s, c.condition), shape(s, c.body)]), else: n.otherwise ? shape(s, n.otherwise) : null };
      case 'case':
        return { case: n.word.raw, items: n.items.map((i) => [i.patterns.map((p) => p.raw), shape(s, i.body)]) };
      case 'loop':
        return { [n.loop]: [shape(s, n.condition), shape(s, n.body)] };
      case 'function':
        return { function: n.name, body: shape(s, n.body) };
    }
  };
  return nodes.map(one);
}

test('statement tree: if / case / lists / pipelines / background / functions', () => {
  const s = parse(
    [
      '#!/bin/sh',
      'set -e',
      'if [ "${1#-}" != "$1" ]; then set -- /app/server "$@"; elif [ -z "$1" ]; then exit 1; else :; fi',
      'case "$1" in -*|--x) set -- srv "$@" ;; *) ;; esac',
      '! a | b && c || d',
      'srv & wait',
      'start() { exec "$@"; }',
      'while :; do sleep 1; done',
      'for f in *; do . "$f"; done',
      'start /app/server',
    ].join('\n'),
  );
  assert.equal(shape(s, s.body!), [
    'set -e',
    {
      if: [
        [['[ "${1#-}" != "$1" ]'], ['set -- /app/server "$@"']],
        [['[ -z "$1" ]'], ['exit 1']],
      ],
      else: [':'],
    },
    { case: '"$1"', items: [[['-*', '--x'], ['set -- srv "$@"']], [['*'], []]] },
    { or: [{ and: [{ pipeline: [{ not: 'a' }, 'b'] }, 'c'] }, 'd'] },
    { background: 'srv' },
    'wait',
    { function: 'start', body: ['exec "$@"'] },
    { while: [[':'], ['sleep 1']] },
    { for: [[], ['. "$f"']] },
    'start /app/server',
  ]);
  const ifNode = s.body![1]!;
  assert.equal(ifNode.kind === 'if' ? ifNode.clauses.map((c) => [c.range.line, c.range.column, c.range.endColumn]) : [], [
    [3, 1, 54],
    [3, 56, 85],
  ]);
});

test('for loops keep their variable and items; `for x; do` has no items ("$@")', () => {
  const s = parse('for f in /a "b c" $(ls); do :; done\nfor arg; do :; done\nfor ((i=0; i<2; i++)); do :; done');
  assert.equal(
    s.body!.map((n) => (n.kind === 'loop' ? [n.loop, n.variable ?? null, n.items?.map((w) => w.raw) ?? null] : n.kind)),
    [
      ['for', 'f', ['/a', '"b c"', '$(ls)']],
      ['for', 'arg', null],
      ['for', null, null],
    ],
  );
});

test('`[ ... ]` and `[[ ... ]]` become commands whose words are the test operands in order', () => {
  const s = parse('[ ! -f /x -a "$a" = b ]\n[[ -z $A && $b == x* ]]');
  assert.equal(
    s.commands.map((c) => c.words.map((w) => w.raw)),
    [
      ['[', '!', '-f', '/x', '-a', '"$a"', '=', 'b', ']'],
      ['[[', '-z', '$A', '&&', '$b', '==', 'x*', ']]'],
    ],
  );
  assert.equal(s.commands[1]!.words[6]!.parts, [lit('x'), { kind: 'glob', text: '*' }]);
});

test('assignments: prefixes, assignment-only commands, declaration builtins', () => {
  const text = [
    'A=1 B="x y" cmd arg',
    'C= cmd2',
    'export D=/app E',
    'local -r L=2',
    'declare -x M',
    'N+=x',
    'O=*.txt P=~/x',
    'Q=(1 2)',
    'R=$(id -u)',
  ].join('\n');
  const s = parse(text);
  const view = s.commands
    .filter((c) => c.assignments.length > 0)
    .map((c) => ({
      words: c.words.map((w) => w.raw),
      assignments: c.assignments.map((a) => (a.value ? { [a.name]: strip(a.value.parts) } : a.name)),
    }));
  assert.equal(view, [
    { words: ['cmd', 'arg'], assignments: [{ A: [lit('1')] }, { B: [lit('x y', true)] }] },
    { words: ['cmd2'], assignments: [{ C: [] }] },
    { words: ['export'], assignments: [{ D: [lit('/app')] }, 'E'] },
    { words: ['local', '-r'], assignments: [{ L: [lit('2')] }] },
    { words: ['declare', '-x'], assignments: ['M'] },
    { words: [], assignments: [{ N: [param('N', true), lit('x')] }] },
    { words: [], assignments: [{ O: [lit('*.txt')] }, { P: [{ kind: 'tilde', user: '' }, lit('/x')] }] },
    { words: [], assignments: [{ Q: [{ kind: 'glob', text: '(1 2)' }] }] },
    { words: [], assignments: [{ R: [{ kind: 'command-sub', text: '$(id -u)', quoted: false }] }] },
  ]);
  const first = s.commands[0]!;
  assert.equal(first.assignments[1]!.range, at(text, 'B="x y"'));
  assert.equal(first.assignments[1]!.value!.range, at(text, '"x y"'));
  assert.equal(first.range, at(text, 'A=1 B="x y" cmd arg'));
  // `C=` has an empty value (set to ''), `export E` none (only exported).
  assert.equal(s.commands[1]!.assignments[0]!.value!.range, new LineIndex(text).range('t.sh', text.indexOf('C=') + 2, text.indexOf('C=') + 2));
});

test('assignment lines that tree-sitter merges with the next line are split back', () => {
  const text = 'A=1 B=2\nexec /x "$A"\nC=3 # note\nD=4 run';
  const s = parse(text);
  assert.equal(
    s.commands.map((c) => [c.assignments.map((a) => a.name), c.words.map((w) => w.raw), c.range]),
    [
      [['A', 'B'], [], at(text, 'A=1 B=2')],
      [[], ['exec', '/x', '"$A"'], at(text, 'exec /x "$A"')],
      [['C'], [], at(text, 'C=3')],
      [['D'], ['run'], at(text, 'D=4 run')],
    ],
  );
  assert.equal(shape(s, s.body!), ['A B=', 'exec /x "$A"', 'C=', 'run']);
});

test('a `&` after a split assignment line backgrounds only the command', () => {
  const s = parse('A=1\nsrv "$A" &');
  assert.equal(s.commands.map(describe), [' [always]', 'srv "$A" [always bg]']);
  assert.equal(shape(s, s.body!), ['A=', { background: 'srv "$A"' }]);
});

test('redirects are raw text; heredoc bodies are not commands', () => {
  const text = 'exec >/tmp/log 2>&1\ncat <<EOF | grep x\nhello $(rm -rf /)\nEOF\ncat <<-END > /etc/x && echo ok\n\tbody\n\tEND\nrun <<< "$v"';
  const s = parse(text);
  assert.equal(
    s.commands.map((c) => [c.words.map((w) => w.raw), c.redirects, c.subshell, c.range]),
    [
      [['exec'], ['>/tmp/log', '2>&1'], false, at(text, 'exec >/tmp/log 2>&1')],
      [['cat'], ['<<EOF'], true, at(text, 'cat <<EOF')],
      [['grep', 'x'], [], false, at(text, 'grep x')],
      [['cat'], ['<<-END', '> /etc/x'], false, at(text, 'cat <<-END > /etc/x')],
      [['echo', 'ok'], [], false, at(text, 'echo ok')],
      [['run'], ['<<< "$v"'], false, at(text, 'run <<< "$v"')],
    ],
  );
  assert.equal(shape(s, s.body!), ['exec', { pipeline: ['cat', 'grep x'] }, { and: ['cat', 'echo ok'] }, 'run']);
});

test('output redirections to files and here-documents are kept with the command they apply to', () => {
  const text = "cat > /e.sh <<'EOS'\nexec /app \"$@\"\nEOS\ncat <<-EOF >>$DIR/x 2>/dev/null\n\thi $A $(id)\nEOF\necho a > /x && echo b >> /y\nprintf x | tee /z > /w";
  const s = parse(text);
  const io = s.commands.map((c) => [c.words[0]?.raw, (c.writes ?? []).map((w) => `${w.append ? '>>' : '>'}${w.target.raw}`), c.heredoc && { ...c.heredoc, body: c.heredoc.body.raw }]);
  assert.equal(io, [
    ['cat', ['>/e.sh'], { body: 'exec /app "$@"\n', expand: false, stripTabs: false }],
    ['cat', ['>>$DIR/x'], { body: 'hi $A $(id)\n', expand: true, stripTabs: true }],
    ['echo', ['>/x'], undefined],
    ['echo', ['>>/y'], undefined],
    ['printf', [], undefined],
    ['tee', ['>/w'], undefined],
  ]);
  const quoted = s.commands[0]!.heredoc!.body;
  assert.equal([quoted.range, quoted.parts], [at(text, 'exec /app "$@"\n'), [{ kind: 'literal', value: 'exec /app "$@"\n', quoted: true }]]);
  // An unquoted delimiter: the body's parameters are expanded; its command substitutions are not commands of the script.
  assert.equal(s.commands[1]!.heredoc!.body.parts.map((p) => p.kind), ['literal', 'param', 'literal', 'command-sub', 'literal']);
  assert.equal(s.commands.map((c) => c.words[0]?.raw), ['cat', 'cat', 'echo', 'echo', 'printf', 'tee']);
});

test('shebang', () => {
  const s = parse('#!/usr/bin/env bash -e\r\nexec x');
  assert.equal(s.shebang, {
    interpreter: '/usr/bin/env',
    args: ['bash', '-e'],
    range: { file: 't.sh', line: 1, column: 1, endLine: 1, endColumn: 23, start: 0, end: 22 },
    cr: true,
  });
  assert.is(parse('#!/bin/sh\nexec x').shebang?.cr, undefined);
  assert.is(parse('exec x').shebang, undefined);
  assert.equal(parse('#!/bin/sh').shebang?.interpreter, '/bin/sh');
});

test('syntax errors are reported with their range; what could be read is kept', () => {
  const missingFi = parse('if [ x ]; then exec /a\n');
  assert.equal(missingFi.errors, [{ file: 't.sh', line: 2, column: 1, endLine: 2, endColumn: 1, start: 23, end: 23 }]);
  assert.equal(missingFi.commands.map(describe), ['[ x ] [always]', 'exec /a [conditional]']);

  const stray = parse('foo )\nexec /y');
  assert.equal(stray.errors, [at('foo )\nexec /y', ')')]);
  assert.equal(stray.commands.map(describe), ['foo [always]', 'exec /y [always]']);
});

const BAD = [
  '',
  'if then fi',
  'echo "unterminated\nexec /x',
  "echo 'open",
  '((',
  '$(',
  '${',
  'case x in',
  '}}} ;; &&',
  'a | | b',
  'f() {',
  'cat <<EOF',
  '\u0000\u0001\uffff',
  '"$(echo "${A:-$(b `c`)}")"',
  'for',
  'exec ${X:-"${Y:-$(z)}"}',
];

for (const text of BAD) {
  test(`never throws: ${JSON.stringify(text)}`, () => {
    const s = parse(text);
    assert.ok(Array.isArray(s.commands));
    for (const c of s.commands) for (const w of c.words) assert.ok(w.range.start >= 0 && w.range.end <= text.length);
    for (const e of s.errors) assert.ok(e.start >= 0 && e.end <= text.length);
  });
}

test('errors: bad inputs report at least one error range', () => {
  const withErrors = BAD.filter((t) => parse(t).errors.length > 0);
  assert.equal(withErrors, BAD.filter((t) => !['', '"$(echo "${A:-$(b `c`)}")"', 'exec ${X:-"${Y:-$(z)}"}'].includes(t)));
});

test('nested command substitutions are listed as subshell commands, outer first', () => {
  const s = parse('exec ${X:-"${Y:-$(z `w`)}"}');
  assert.equal(s.commands.map(describe), ['exec ${X:-"${Y:-$(z `w`)}"} [always]', 'z `w` [always sub]', 'w [always sub]']);
  const word = s.commands[0]!.words[1]! as ShellWord;
  assert.equal(strip(word.parts), [
    param('X', false, {
      op: ':-',
      operand: {
        raw: '"${Y:-$(z `w`)}"',
        parts: [param('Y', true, { op: ':-', operand: { raw: '$(z `w`)', parts: [{ kind: 'command-sub', text: '$(z `w`)', quoted: true }] } })],
      },
    }),
  ]);
});

test('nesting past MAX_SHELL_DEPTH: the walk stops there and says where (tooDeep); chains of thousands are not nesting', () => {
  const pos = (r: Range | undefined) => (r ? [r.line, r.column] : undefined);
  const subst = parse(`x=${'"$('.repeat(300)}echo${')"'.repeat(300)}\nexec /app/server\n`);
  assert.ok(subst.tooDeep, 'nested substitutions');
  assert.ok(subst.commands.length <= MAX_SHELL_DEPTH + 1, `${subst.commands.length} commands read`);
  const ifs = parse(`${'if true; then\n'.repeat(MAX_SHELL_DEPTH + 5)}:\n${'fi\n'.repeat(MAX_SHELL_DEPTH + 5)}`);
  // Statements and the words of a command are levels: the word `true` of the 99th `if`'s condition is the 101st.
  assert.equal(pos(ifs.tooDeep), [MAX_SHELL_DEPTH - 1, 4]);
  const params = parse(`y=${'${a:-'.repeat(3000)}x${'}'.repeat(3000)}\n`);
  assert.ok(params.tooDeep, 'nested parameter operands');
  assert.is(parse(`${'if true; then\n'.repeat(MAX_SHELL_DEPTH - 2)}:\n${'fi\n'.repeat(MAX_SHELL_DEPTH - 2)}`).tooDeep, undefined);
  // 5,000 commands in one && / || chain, a 3,000-stage pipeline: long, not deep; every command is read.
  const chain = parse(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(' && ')}\n`);
  assert.equal([chain.tooDeep, chain.errors.length, chain.commands.length, chain.commands[4999]!.words[0]!.raw], [undefined, 0, 5000, 'c4999']);
  assert.is(chain.commands[1]!.reach, 'always');
  const mixed = parse(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(' || ')} && last\n`);
  assert.equal([mixed.commands.length, mixed.commands[1]!.reach, mixed.commands[5000]!.reach], [5001, 'conditional', 'conditional']);
  assert.is(parse(`${Array(3000).fill('cat').join(' | ')}\n`).commands.length, 3000);
});

test.run();
