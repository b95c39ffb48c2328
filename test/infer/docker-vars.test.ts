import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expandDockerWord, type DockerExpansion } from '../../src/infer/docker-vars.ts';

const vars = new Map<string, string | undefined>([
  ['NAME', 'server'],
  ['EMPTY', ''],
  ['VER', 'v1.2.3'],
  ['PATHS', '/a/b/c.tar.gz'],
  ['NOVAL', undefined],
]);

const ok = (value: string): DockerExpansion => ({ ok: true, value });

test('Docker substitution: forms, quotes, escapes', () => {
  const cases: [string, DockerExpansion, { escapeChar?: string; absent?: 'unknown' | 'empty'; quotes?: boolean }?][] = [
    ['/app/$NAME', ok('/app/server')],
    ['/app/${NAME}.bin', ok('/app/server.bin')],
    ['${NAME:-x}', ok('server')],
    ['${EMPTY:-x}', ok('x')],
    ['${EMPTY-x}', ok('')],
    ['${UNSET-x}', ok('x'), { absent: 'empty' }],
    ['${NAME:+yes}', ok('yes')],
    ['${EMPTY:+yes}', ok('')],
    ['${EMPTY+yes}', ok('yes')],
    ['${NAME:-$NOVAL}', ok('server')],
    ['${EMPTY:-${NAME}-x}', ok('server-x')],
    ['${VER#v}', ok('1.2.3')],
    ['${PATHS##*/}', ok('c.tar.gz')],
    ['${PATHS%.*}', ok('/a/b/c.tar')],
    ['${PATHS%%.*}', ok('/a/b/c')],
    ['\\$NAME', ok('$NAME')],
    ["'$NAME'", ok('$NAME')],
    ['"$NAME x"', ok('server x')],
    ['"a\\"b"', ok('a"b')],
    ['"a\\b"', ok('a\\b')],
    ['$', ok('$')],
    ['a$-b', { ok: false, reason: '- is not defined in the Dockerfile', variable: '-' }],
    ['`$NAME', ok('$NAME'), { escapeChar: '`' }],
    ['C:\\out\\$NAME', ok('C:\\out\\server'), { escapeChar: '`' }],
    ["'$NAME'", ok("'server'"), { quotes: false }],
    ['$NOVAL', { ok: false, reason: 'the value of NOVAL is not known', variable: 'NOVAL' }],
    ['/x/$OTHER', { ok: false, reason: 'OTHER is not defined in the Dockerfile', variable: 'OTHER' }],
    ['/x/$OTHER', ok('/x/'), { absent: 'empty' }],
    ['${EMPTY:?need it}', { ok: false, reason: 'EMPTY: need it', variable: 'EMPTY' }],
    ['${NAME', { ok: false, reason: 'missing } in substitution' }],
    ['"open', { ok: false, reason: 'unterminated double quote' }],
    ['${NAME/a/b}', { ok: false, reason: 'unsupported substitution ${NAME/...}', variable: 'NAME' }],
  ];
  for (const [text, expected, opts] of cases) assert.equal(expandDockerWord(text, vars, opts), expected, text);
});

test('unknownAs: a value that is not known stands for any text, also where an operator would pick a branch of it', () => {
  const M = '\u0000';
  const cases: [string, string][] = [
    ['/out/server_${NOVAL}', `/out/server_${M}`],
    ['/out/server${NOVAL:+_$NOVAL}', `/out/server${M}`],
    ['/out/server${NOVAL+_x}', `/out/server${M}`],
    ['/out/${NOVAL#linux/}/server', `/out/${M}/server`],
    ['/out/${NOVAL%%/*}/server', `/out/${M}/server`],
    ['/out/${NOVAL:-amd64}', `/out/${M}`],
    ['/out/${NAME:+$NOVAL}', `/out/${M}`],
    ['/out/${EMPTY:+$NOVAL}/${NAME#s}', '/out//erver'],
  ];
  for (const [text, value] of cases) assert.equal(expandDockerWord(text, vars, { unknownAs: M }), ok(value), text);
});

// moby/buildkit dockerfile2llb: an unquoted COPY heredoc is expanded by a lexer with SkipProcessQuotes.
test("quotes 'raw' (a COPY heredoc's body): escapes only, quotes kept, $@ and $1 empty", () => {
  const cases: [string, DockerExpansion, ('unknown' | 'empty')?][] = [
    ['exec /app/$NAME "\\$@"', ok('exec /app/server "$@"')],
    ['exec /app/server "$@" $1', ok('exec /app/server "" '), 'unknown'],
    ["echo '$NAME' \"${EMPTY:-d}\"", ok("echo 'server' \"d\"")],
    ['printf "a\\n" \\\\ x', ok('printf "an" \\ x')],
    ['exec $UNSET_X', ok('exec '), 'empty'],
    ['exec $UNSET_X', { ok: false, reason: 'UNSET_X is not defined in the Dockerfile', variable: 'UNSET_X' }, 'unknown'],
    ['exec $NOVAL', { ok: false, reason: 'the value of NOVAL is not known', variable: 'NOVAL' }, 'empty'],
  ];
  for (const [text, expected, absent] of cases) assert.equal(expandDockerWord(text, vars, { quotes: 'raw', absent: absent ?? 'empty' }), expected, text);
});

test.run();
