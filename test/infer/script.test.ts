// What an entrypoint script or an `sh -c` string finally runs: exec vs child, the exact argv, the working
// directory and environment it gets, and 'unknown' with the candidates when a condition cannot be evaluated.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeScript, type ScriptRun } from '../../src/infer/script.ts';
import { LineIndex, type Range } from '../../src/model/source.ts';
import { initShellParser, parseShell } from '../../src/parsers/shell.ts';

test.before(async () => {
  await initShellParser();
});

interface Input {
  positional?: string[];
  env?: Record<string, string>;
  cwd?: string;
}

function analyze(text: string, input: Input = {}): ScriptRun {
  const script = parseShell(text, { file: 'entrypoint.sh', lines: new LineIndex(text), baseOffset: 0 });
  return analyzeScript(script, {
    positional: input.positional,
    env: new Map(Object.entries(input.env ?? {})),
    label: 'entrypoint.sh',
    ...(input.cwd ? { cwd: input.cwd } : {}),
  });
}

/** The parts of a ScriptRun the table checks (evidence is checked in separate tests). */
function brief(r: ScriptRun) {
  const out: Record<string, unknown> = { mode: r.mode, argv: r.argv };
  if (r.cwd !== undefined) out.cwd = r.cwd;
  if (r.cwdUnknown) out.cwdUnknown = true;
  if (r.env.size > 0) out.env = Object.fromEntries(r.env);
  if (r.others) out.others = r.others.map((o) => o.argv);
  if (r.reason !== undefined) out.reason = r.reason;
  return out;
}

const IDIOM = `#!/bin/sh
set -e
if [ "\${1#-}" != "$1" ]; then
  set -- /app/server "$@"
fi
exec "$@"
`;

type Case = [name: string, text: string, input: Input, expected: Record<string, unknown>];

const CASES: Case[] = [
  ['exec with the CMD as arguments', '#!/bin/sh\nexec /app/server "$@"', { positional: ['--port', '8080'] }, { mode: 'exec', argv: ['/app/server', '--port', '8080'] }],
  ['set -e; ...; exec "$@"', '#!/bin/sh\nset -e\necho "starting"\nmkdir -p /data\nexec "$@"\n', { positional: ['/app/server'] }, { mode: 'exec', argv: ['/app/server'] }],
  ['docker-library idiom: CMD starts with -', IDIOM, { positional: ['-x', '--v'] }, { mode: 'exec', argv: ['/app/server', '-x', '--v'] }],
  ['docker-library idiom: CMD is a program', IDIOM, { positional: ['/app/server', '-x'] }, { mode: 'exec', argv: ['/app/server', '-x'] }],
  [
    'docker-library idiom: no CMD at all',
    IDIOM,
    { positional: [] },
    { mode: 'unknown', argv: [], reason: 'entrypoint.sh starts no program (it only runs shell builtins)' },
  ],
  [
    'docker-library idiom: CMD not known',
    IDIOM,
    {},
    {
      mode: 'unknown',
      argv: [],
      reason:
        'what entrypoint.sh runs depends on `[ "${1#-}" != "$1" ]`, which cannot be evaluated statically: exec /app/server <unknown> (line 6) or exec <unknown> (line 6)',
    },
  ],
  ['[[ ]] pattern and &&', '[[ $1 == -* ]] && set -- /app/server "$@"\nexec "$@"', { positional: ['-v'] }, { mode: 'exec', argv: ['/app/server', '-v'] }],
  ['[[ ]] pattern false', '[[ $1 == -* ]] && set -- /app/server "$@"\nexec "$@"', { positional: ['/bin/sh'] }, { mode: 'exec', argv: ['/bin/sh'] }],
  ['case on $1', 'case "$1" in\n  -*) set -- /app/server "$@" ;;\nesac\nexec "$@"', { positional: ['--port=1'] }, { mode: 'exec', argv: ['/app/server', '--port=1'] }],
  [
    'subcommand dispatch with shift',
    'if [ "$1" = "serve" ]; then\n  shift\n  exec /app/server "$@"\nfi\nexec "$@"',
    { positional: ['serve', '--port', '1'] },
    { mode: 'exec', argv: ['/app/server', '--port', '1'] },
  ],
  ['subcommand dispatch, other command', 'if [ "$1" = "serve" ]; then\n  shift\n  exec /app/server "$@"\nfi\nexec "$@"', { positional: ['sh'] }, { mode: 'exec', argv: ['sh'] }],
  ['$# test', '[ $# -eq 0 ] && set -- /app/server\nexec "$@"', { positional: [] }, { mode: 'exec', argv: ['/app/server'] }],
  ['test builtin || ', 'test "$1" = x || exec /b\nexec /a', { positional: ['x'] }, { mode: 'exec', argv: ['/a'] }],
  ['test builtin || taken', 'test "$1" = x || exec /b\nexec /a', { positional: ['y'] }, { mode: 'exec', argv: ['/b'] }],
  ['no exec: the last foreground command is a child', '#!/bin/sh\necho start\n/app/server --flag', { positional: [] }, { mode: 'child', argv: ['/app/server', '--flag'] }],
  ['background then wait', '/app/migrate\n/app/server --flag &\necho started\nwait', { positional: [] }, { mode: 'child', argv: ['/app/server', '--flag'] }],
  ['background then sleep infinity', '/app/server &\nsleep infinity', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['background then exec tail -f', '/app/server &\nexec tail -f /dev/null', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['exec tail -f alone is the program', 'exec tail -f /var/log/app.log', { positional: [] }, { mode: 'exec', argv: ['tail', '-f', '/var/log/app.log'] }],
  ['background then tail -f (no exec)', '/app/server &\ntail -f /dev/null', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['two background programs', '/app/sidecar &\n/app/server &\nwait -n', { positional: [] }, { mode: 'child', argv: ['/app/server'], others: [['/app/sidecar']] }],
  ['background without wait', '/app/server &', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['foreground after a background program', '/app/server &\n/app/agent', { positional: [] }, { mode: 'child', argv: ['/app/agent'], others: [['/app/server']] }],
  ['variable', 'APP=/app/server\nexec "$APP"', { positional: [] }, { mode: 'exec', argv: ['/app/server'] }],
  ['default value', 'exec ${BIN:-/usr/local/bin/app}', { positional: [] }, { mode: 'exec', argv: ['/usr/local/bin/app'] }],
  ['default value overridden by the env', 'exec ${BIN:-/usr/local/bin/app}', { env: { BIN: '/opt/app' } }, { mode: 'exec', argv: ['/opt/app'] }],
  [
    'unknown variable',
    'exec "$APP_BIN" --port 80',
    { positional: [] },
    { mode: 'exec', argv: [undefined, '--port', '80'], reason: '$APP_BIN is not set in the image or the script' },
  ],
  [
    'command substitution',
    'BIN=$(command -v server)\nexec "$BIN"',
    { positional: [] },
    { mode: 'exec', argv: [undefined], reason: '$BIN has a value that cannot be known statically' },
  ],
  ['unquoted variable is split', 'CMD="/app/server --port 80"\nexec $CMD', { positional: [] }, { mode: 'exec', argv: ['/app/server', '--port', '80'] }],
  ['wrapper is returned as is', 'exec su-exec app /app/server', { positional: [] }, { mode: 'exec', argv: ['su-exec', 'app', '/app/server'] }],
  ['exec options', 'exec -a myname /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'] }],
  ['exec with only redirects is skipped', 'exec >/tmp/log 2>&1\nexec /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'] }],
  ['exec "$@" with no arguments is skipped', 'exec "$@"\n/app/server', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['a subshell exec is a child', '( exec /app/server )', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['pipeline: the program, not the log filter', '/app/server 2>&1 | tee /var/log/app.log', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['restart loop', 'while true; do\n  /app/server\n  sleep 1\ndone', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  // seaweedfs, influxdb: the argument loop ends when the arguments do, and the script goes on.
  [
    'argument loop with shift',
    'while [ $# -gt 0 ]; do\n  case "$1" in\n    --debug) export LOG_LEVEL=debug ;;\n  esac\n  shift\ndone\nexec /usr/local/bin/app',
    { positional: ['--port', '8080'] },
    { mode: 'exec', argv: ['/usr/local/bin/app'] },
  ],
  // OpenList, rancher, influxdb: an error path that gives up leaves no program running.
  [
    'a path that exits 1 after a helper command',
    'mkdir -p /data\nif [ -z "$DB_URL" ]; then\n  echo "DB_URL is not set" >&2\n  cat /usage.txt\n  exit 1\nfi\nexec /usr/local/bin/svc',
    { positional: [] },
    { mode: 'exec', argv: ['/usr/local/bin/svc'] },
  ],
  ['the program as a child, then exit with its status', '/app/server "$@"\nexit $?', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  ['the program as a child, then exit 0', '/app/server\nexit 0', { positional: [] }, { mode: 'child', argv: ['/app/server'] }],
  [
    'argument loop with a condition not known in its body, many rounds',
    'while [ $# -gt 0 ]; do\n  if [ -f "/etc/app/$1" ]; then mkdir -p "/var/lib/$1"; fi\n  shift\ndone\nexec /app/server',
    { positional: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] },
    { mode: 'exec', argv: ['/app/server'] },
  ],
  // A loop whose state grows each round: bounded, not a gigabyte string or a hang.
  ['a value doubling each round', 'X=a\nwhile [ -n "$X" ]; do X="$X$X"; done\nexec /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'] }],
  ['arguments doubling each round', 'while [ $# -gt 0 ]; do set -- "$@" "$@"; done\nexec /app/server', { positional: ['a'] }, { mode: 'exec', argv: ['/app/server'] }],
  ['until loop over a counter', 'i=0\nuntil [ "$i" = 3 ]; do\n  i=$((i+1))\ndone\nexec /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'] }],
  ['argument loop, arguments not known: the body once or not at all', 'while [ -n "$1" ]; do shift; done\nexec /app/server', {}, { mode: 'exec', argv: ['/app/server'] }],
  ['function called at top level', 'start() {\n  exec /app/server "$@"\n}\nstart --port 1', { positional: ['ignored'] }, { mode: 'exec', argv: ['/app/server', '--port', '1'] }],
  ['function defined but not called', 'start() { exec /app/server; }\nexec /app/other', { positional: [] }, { mode: 'exec', argv: ['/app/other'] }],
  ['return status of a function decides', 'want() { [ "$1" = yes ]; }\nif want "$1"; then exec /a; fi\nexec /b', { positional: ['yes'] }, { mode: 'exec', argv: ['/a'] }],
  [
    'conditional exec, undecidable',
    'if [ -f /etc/app.conf ]; then\n  exec /a\nelse\n  exec /b\nfi',
    { positional: [] },
    {
      mode: 'unknown',
      argv: [],
      reason: 'what entrypoint.sh runs depends on `[ -f /etc/app.conf ]`, which cannot be evaluated statically: exec /a (line 2) or exec /b (line 4)',
    },
  ],
  [
    'command -v is undecidable',
    'if command -v tini >/dev/null; then exec tini -- /app/server; fi\nexec /app/server',
    { positional: [] },
    {
      mode: 'unknown',
      argv: [],
      reason:
        'what entrypoint.sh runs depends on `command -v tini`, which cannot be evaluated statically: exec tini -- /app/server (line 1) or exec /app/server (line 2)',
    },
  ],
  ['undecidable condition that does not matter', '[ -n "$DEBUG" ] && set -x\nexec /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'] }],
  ['validation that exits', 'if [ -z "$DB_URL" ]; then\n  echo "DB_URL is required" >&2\n  exit 1\nfi\nexec /app/server', {}, { mode: 'exec', argv: ['/app/server'] }],
  ['sh -c: exec', 'exec /app/server', {}, { mode: 'exec', argv: ['/app/server'] }],
  ['sh -c: plain command', '/app/server', {}, { mode: 'child', argv: ['/app/server'] }],
  ['sh -c: cd && run', 'cd /app && ./server', {}, { mode: 'child', argv: ['./server'], cwd: '/app' }],
  ['relative cd from WORKDIR', 'cd bin/.. && cd sub && exec ./server', { cwd: '/work' }, { mode: 'exec', argv: ['./server'], cwd: '/work/sub' }],
  ['cd to an unknown directory', 'cd "$APP_HOME" && exec ./server', {}, { mode: 'exec', argv: ['./server'], cwdUnknown: true }],
  ['exported variables reach the program', 'export A=1\nB=2\nC=3 exec /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'], env: { A: '1', C: '3' } }],
  ['set -a exports', 'set -a\nA=1\nset +a\nB=2\nexec /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'], env: { A: '1' } }],
  ['variables from the image stay exported', 'PORT=9090\nexec /app/server', { env: { PORT: '8080' } }, { mode: 'exec', argv: ['/app/server'], env: { PORT: '9090' } }],
  [
    ': ${VAR:=default}',
    ': "${PORT:=8080}"\nexport PORT\nexec /app/server -p "$PORT"',
    { positional: [] },
    { mode: 'exec', argv: ['/app/server', '-p', '8080'], env: { PORT: '8080' } },
  ],
  ['set -eo pipefail is not an argument list', 'set -Eeo pipefail\nexec "$@"', { positional: ['/app/server'] }, { mode: 'exec', argv: ['/app/server'] }],
  ['set -o allexport', 'set -o allexport\nA=1\nexec /app/server', { positional: [] }, { mode: 'exec', argv: ['/app/server'], env: { A: '1' } }],
  ['"${X:-}" is one empty argument', '[ -n "${WAIT_FOR:-}" ] && exec /wait\nexec /app/server', {}, { mode: 'exec', argv: ['/app/server'] }],
  [
    'for over "$@"',
    'want_help() {\n  for arg; do\n    case "$arg" in -h|--help) return 0 ;; esac\n  done\n  return 1\n}\nif want_help "$@"; then exec /app/server --usage; fi\nexec /app/server "$@"',
    { positional: ['-v', '--help'] },
    { mode: 'exec', argv: ['/app/server', '--usage'] },
  ],
  [
    'for over "$@", no match',
    'want_help() {\n  for arg; do\n    case "$arg" in -h|--help) return 0 ;; esac\n  done\n  return 1\n}\nif want_help "$@"; then exec /app/server --usage; fi\nexec /app/server "$@"',
    { positional: ['-v'] },
    { mode: 'exec', argv: ['/app/server', '-v'] },
  ],
  ['for over words with break', 'for b in /opt/a /opt/b /opt/c; do\n  BIN=$b\n  [ "$b" = /opt/b ] && break\ndone\nexec "$BIN"', {}, { mode: 'exec', argv: ['/opt/b'] }],
  ['for over a glob runs zero or one time', 'for f in /docker-entrypoint.d/*.sh; do . "$f"; done\nexec /app/server', {}, { mode: 'exec', argv: ['/app/server'] }],
  ['eval', 'eval "exec $CMD"', { env: { CMD: '/app/server' } }, { mode: 'unknown', argv: ['exec /app/server'], reason: 'entrypoint.sh ends with `eval`, whose command is not analyzed' }],
  ['only builtins', 'echo hello\nset -e', { positional: [] }, { mode: 'unknown', argv: [], reason: 'entrypoint.sh starts no program (it only runs shell builtins)' }],
  ['exits at once', 'exit 1', {}, { mode: 'unknown', argv: [], reason: 'entrypoint.sh exits without starting a program' }],
];

for (const [name, text, input, expected] of CASES) {
  test(name, () => {
    assert.equal(brief(analyze(text, input)), expected);
  });
}

function at(text: string, needle: string): Range {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  return new LineIndex(text).range('entrypoint.sh', i, i + needle.length);
}

test('evidence: the docker-library idiom with options as CMD', () => {
  const r = analyze(IDIOM, { positional: ['-x'] });
  assert.equal(r.command?.range, at(IDIOM, 'exec "$@"'));
  assert.equal(r.evidence, [
    { range: at(IDIOM, '[ "${1#-}" != "$1" ]'), message: '`[ "${1#-}" != "$1" ]` is true here' },
    { range: at(IDIOM, 'set -- /app/server "$@"'), message: "`set -- /app/server \"$@\"` sets the script's arguments to: /app/server -x" },
    { range: at(IDIOM, 'exec "$@"'), message: 'entrypoint.sh: exec replaces the shell with /app/server -x' },
  ]);
});

test('evidence: "$@" straight from the arguments, variables used', () => {
  const text = 'APP=/app/server\nexec "$APP" "$@"';
  const r = analyze(text, { positional: ['--port', '80'] });
  assert.equal(r.evidence, [
    { range: at(text, 'APP=/app/server'), message: 'APP="/app/server" is set here' },
    { range: at(text, 'exec "$APP" "$@"'), message: 'the script\'s arguments ("$@") are: --port 80' },
    { range: at(text, 'exec "$APP" "$@"'), message: 'entrypoint.sh: exec replaces the shell with /app/server --port 80' },
  ]);
});

test('evidence: background program and wait; cd', () => {
  const text = 'cd /srv\n./server &\nwait';
  const r = analyze(text);
  assert.equal(brief(r), { mode: 'child', argv: ['./server'], cwd: '/srv' });
  assert.equal(r.evidence, [
    { range: at(text, 'cd /srv'), message: '`cd /srv` changes the working directory to /srv' },
    { range: at(text, './server'), message: 'entrypoint.sh: starts ./server in the background (&); the shell stays PID 1' },
    { range: at(text, 'wait'), message: '`wait` waits for the background program: the shell stays PID 1' },
  ]);
});

test('evidence: an undecidable condition on a dropped path is stated', () => {
  const text = 'if [ -z "$DB_URL" ]; then exit 1; fi\nexec /app/server';
  const r = analyze(text);
  assert.equal(r.evidence, [
    { range: at(text, 'exec /app/server'), message: 'entrypoint.sh: exec replaces the shell with /app/server' },
    {
      range: at(text, '[ -z "$DB_URL" ]'),
      message: '`[ -z "$DB_URL" ]` cannot be evaluated ($DB_URL is not set in the image or the script); this path assumes it is false',
    },
  ]);
});

test('evidence: `test || exit` keeps the path on which the test passed', () => {
  const text = '[ -n "$TOKEN" ] || exit 1\nexec /app/server';
  const r = analyze(text);
  assert.equal(brief(r), { mode: 'exec', argv: ['/app/server'] });
  assert.equal(r.evidence[1], {
    range: at(text, '[ -n "$TOKEN" ]'),
    message: '`[ -n "$TOKEN" ]` cannot be evaluated ($TOKEN is not set in the image or the script); this path assumes it is true',
  });
});

test('undecidable `||` with a program on each side', () => {
  assert.equal(brief(analyze('[ -x /usr/bin/tini ] || exec /app/server\nexec /usr/bin/tini -- /app/server')), {
    mode: 'unknown',
    argv: [],
    reason:
      'what entrypoint.sh runs depends on `[ -x /usr/bin/tini ]`, which cannot be evaluated statically: exec /usr/bin/tini -- /app/server (line 2) or exec /app/server (line 1)',
  });
});

test('evidence: the candidates of an undecidable choice', () => {
  const text = 'if [ -f /etc/app.conf ]; then\n  exec /a\nelse\n  exec /b\nfi';
  assert.equal(analyze(text).evidence, [
    { range: at(text, '[ -f /etc/app.conf ]'), message: '`[ -f /etc/app.conf ]` cannot be evaluated (the file test -f depends on the image filesystem)' },
    { range: at(text, 'exec /a'), message: 'on one path entrypoint.sh runs exec /a' },
    { range: at(text, 'exec /b'), message: 'on one path entrypoint.sh runs exec /b' },
  ]);
});

const REDIS = `#!/bin/sh
set -e
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi
if [ "$1" = 'redis-server' -a "$(id -u)" = '0' ]; then
	find . \\! -user redis -exec chown redis '{}' +
	exec gosu redis "$0" "$@"
fi
um="$(umask)"
if [ "$um" = '0022' ]; then
	umask 0077
fi
exec "$@"
`;

test('docker-library re-exec as another user: only the deciding condition is named', () => {
  const r = analyze(REDIS, { positional: ['--appendonly', 'yes'] });
  assert.equal(brief(r), {
    mode: 'unknown',
    argv: [],
    reason:
      'what entrypoint.sh runs depends on \`[ "$1" = \'redis-server\' -a "$(id -u)" = \'0\' ]\`, which cannot be evaluated statically: exec gosu redis <unknown> redis-server --appendonly yes (line 8) or exec redis-server --appendonly yes (line 14)',
  });
  assert.equal(r.evidence, [
    { range: at(REDIS, `[ "$1" = 'redis-server' -a "$(id -u)" = '0' ]`), message: `\`[ "$1" = 'redis-server' -a "$(id -u)" = '0' ]\` cannot be evaluated ($(id -u) is a command substitution, not evaluated)` },
    { range: at(REDIS, 'exec gosu redis "$0" "$@"'), message: 'on one path entrypoint.sh runs exec gosu redis <unknown> redis-server --appendonly yes' },
    { range: at(REDIS, 'exec "$@"'), message: 'on one path entrypoint.sh runs exec redis-server --appendonly yes' },
  ]);
  // Another command: the user check is false whatever the uid is.
  assert.equal(brief(analyze(REDIS, { positional: ['sh'] })), { mode: 'exec', argv: ['sh'] });
});

test('the command that runs it is returned', () => {
  const text = 'set -e\n/app/server --flag';
  const r = analyze(text);
  assert.equal(r.command?.words.map((w) => w.raw), ['/app/server', '--flag']);
  assert.equal(r.command?.range, at(text, '/app/server --flag'));
});

test('without a statement tree the always-reached top-level commands are used', () => {
  const text = 'if [ -f /x ]; then exec /a; fi\nA=/app/server\nf() { exec /b; }\nexec "$A" "$@"';
  const script = parseShell(text, { file: 'e.sh', lines: new LineIndex(text), baseOffset: 0 });
  delete script.body;
  const r = analyzeScript(script, { positional: ['-v'], env: new Map(), label: 'e.sh' });
  assert.equal(brief(r), { mode: 'exec', argv: ['/app/server', '-v'] });
});

test('many undecidable branches that only set variables are merged', () => {
  const text = Array.from({ length: 12 }, (_, i) => `if [ -f /f${i} ]; then A${i}=x; fi`).join('\n') + '\nB=/app/server\nexec "$B" "$A3"';
  assert.equal(brief(analyze(text)), {
    mode: 'exec',
    argv: ['/app/server', undefined],
    reason: '$A3 has a value that cannot be known statically',
  });
});

test('commands that ran to their end before the last one do not multiply the paths', () => {
  // gogs' docker/start.sh: `gosu git mkdir -p $f` for each of five missing directories, then a choice on `$#`.
  const text = [
    'for f in /data/a /data/b /data/c /data/d /data/e; do',
    '  if ! test -d $f; then gosu git mkdir -p $f; fi',
    'done',
    'if [ "$LINK" = "false" ]; then echo no links; else create_links; fi',
    'if [ "$CROND" = "true" ]; then /bin/sh /app/backup-init.sh; else touch /app/s6/crond/down; fi',
    'if [ $# -gt 0 ]; then',
    '  exec "$@"',
    'else',
    '  exec /usr/bin/s6-svscan /app/s6/',
    'fi',
  ].join('\n');
  assert.equal(brief(analyze(text, { positional: ['/app/gogs', 'web'] })), { mode: 'exec', argv: ['/app/gogs', 'web'] });
  assert.equal(brief(analyze(text, { positional: [] })), { mode: 'exec', argv: ['/usr/bin/s6-svscan', '/app/s6/'] });
});

test('a script too branchy to follow says so', () => {
  // Programs left running in the background stay on each path: 2^10 of them.
  const text = Array.from({ length: 10 }, (_, i) => `if [ -f /f${i} ]; then /bin/tool${i} & fi`).join('\n') + '\nexec /app/server';
  assert.equal(brief(analyze(text)), {
    mode: 'unknown',
    argv: [],
    reason: 'entrypoint.sh has too many conditions that cannot be evaluated to follow every path',
  });
});

test('recursion is bounded', () => {
  assert.equal(brief(analyze('f() { f; }\nf\nexec /app/server')), { mode: 'exec', argv: ['/app/server'] });
});

test('a path keeps its first 32 undecidable conditions as evidence, not hundreds', () => {
  const ifs = Array.from({ length: 40 }, (_, i) => `if [ -n "$A${i}" ]; then B${i}=1; fi`).join('\n');
  const r = analyze(`#!/bin/sh\n${ifs}\nif [ -n "$STOP" ]; then exit 1; fi\nexec /app/server\n`);
  assert.equal(brief(r), { mode: 'exec', argv: ['/app/server'] });
  const assumed = r.evidence.filter((e) => e.message.includes('cannot be evaluated'));
  assert.is(assumed.length, 32);
  assert.is(assumed[0]!.message, '`[ -n "$A0" ]` cannot be evaluated ($A0 is not set in the image or the script); this path assumes it is true');
});

test('long and doubling inputs: a 5,000-command && / || chain is followed in a loop, positional parameters are capped', () => {
  // The parser nests a chain to the left: followed by recursion, 3,000 commands ran out of stack.
  const chain = `#!/bin/sh\n${Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'test -d /x &&' : 'true ||')).join(' ')} true\nexec /app/server\n`;
  assert.equal(brief(analyze(chain)), { mode: 'exec', argv: ['/app/server'] });
  // `a || b && c`: b runs when a fails, c when b (or a) succeeds.
  assert.equal(brief(analyze('#!/bin/sh\nfalse || true && exec /app/a\nexec /app/b\n')), { mode: 'exec', argv: ['/app/a'] });
  assert.equal(brief(analyze('#!/bin/sh\ntrue || false && false || exec /app/a\nexec /app/b\n')), { mode: 'exec', argv: ['/app/a'] });
  // Each line doubles the arguments: 2^40 words, unless they become unknown past 256.
  const doubling = `#!/bin/sh\n${'set -- "$@" "$@"\n'.repeat(40)}exec /app/server "$@"\n`;
  const r = analyze(doubling, { positional: ['--port', '80'] });
  assert.equal([r.mode, r.argv[0], r.argv.length < 300], ['exec', '/app/server', true]);
  assert.ok(r.argv.includes(undefined), 'the arguments past the cap are unknown');
  const seven = analyze(`#!/bin/sh\n${'set -- "$@" "$@"\n'.repeat(7)}exec /app/server "$@"\n`, { positional: ['x'] });
  assert.equal(seven.argv.length, 129, '128 words are still followed');
});

test('a script nested too deeply to read: unknown, with the reason and where', () => {
  const r = analyze(`#!/bin/sh\n${'if true; then\n'.repeat(150)}exec /app/server\n${'fi\n'.repeat(150)}`);
  assert.equal(brief(r), { mode: 'unknown', argv: [], reason: 'entrypoint.sh nests commands or words more than 100 levels deep (entrypoint.sh:100); the linter does not follow it' });
  assert.equal(r.evidence.map((e) => [e.range.line, e.message]), [[100, 'nested more than 100 levels deep here']]);
});

// temporal's entrypoint: BIND_ON_IP comes from `getent hosts`; both branches exec the same server.
test('evidence: a condition decided only by assuming one of its parts is not said to be true', () => {
  const text = ': "${IP:=$(getent hosts x)}"\nif [ "$IP" = "0.0.0.0" ] || [ "$IP" = "::0" ]; then\n  : "${B:=$IP}"\nfi\nexec /app/server\n';
  const r = analyze(text);
  assert.equal(r.evidence, [{ range: at(text, 'exec /app/server'), message: 'entrypoint.sh: exec replaces the shell with /app/server' }]);
  const known = 'IP=0.0.0.0\nif [ "$IP" = "0.0.0.0" ] || [ "$IP" = "::0" ]; then\n  : ok\nfi\nexec /app/server\n';
  assert.equal(analyze(known).evidence[0]?.message, '`[ "$IP" = "0.0.0.0" ] || [ "$IP" = "::0" ]` is true here');
});

test.run();
