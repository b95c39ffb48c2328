import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELP, main } from '../../src/cli/main.ts';
import { shortHash } from '../../src/cli/code-cache.ts';
import type { CliIO } from '../../src/cli/main.ts';
import type { Rule, Severity } from '../../src/engine/types.ts';
import type { FileKind } from '../../src/model/source.ts';
import pkg from '../../package.json' with { type: 'json' };
import { cleanup, tmpRepo } from './tmp-repo.ts';

test.after(cleanup);

// ---- fixtures ----

const DOCKERFILE = `FROM scratch
COPY server /server
ENTRYPOINT ["/server"]
`;

const APP_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: app
`;

function repo(extra: Record<string, string | Uint8Array> = {}): string {
  return tmpRepo({ '.git/HEAD': 'ref: refs/heads/main\n', Dockerfile: DOCKERFILE, 'deploy/app.yaml': APP_YAML, ...extra });
}

/** A rule reporting every occurrence of `needle` in files of `kind`. */
function fake(id: string, severity: Severity, kind: FileKind, needle: string, message: string): Rule {
  return {
    meta: { id, description: `Fake rule ${id}.`, defaultSeverity: severity, fixable: false, category: 'target' },
    check(ctx) {
      for (const f of ctx.model.files.values()) {
        if (f.kind !== kind) continue;
        const i = f.text.indexOf(needle);
        if (i >= 0) ctx.report({ range: f.lines.range(f.path, i, i + needle.length), message });
      }
    },
  };
}

const ERR = fake('fake-error', 'error', 'dockerfile', 'ENTRYPOINT', 'The entrypoint is fake.');
const WARN = fake('fake-warning', 'warning', 'yaml', 'image: app', 'The image is fake.');
const RULES = [ERR, WARN];

const BOOM: Rule = {
  meta: { id: 'boom', description: 'Crashes.', defaultSeverity: 'error', fixable: false, category: 'target' },
  check() {
    throw new Error('kaput');
  },
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: string[],
  cwd: string,
  opts: { rules?: Rule[]; env?: NodeJS.ProcessEnv; isTTY?: boolean; stdin?: string; parseCache?: CliIO['parseCache'] } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
  };
  if (opts.parseCache) io.parseCache = opts.parseCache;
  if (opts.stdin !== undefined) {
    const text = opts.stdin;
    io.readStdin = async () => text;
  }
  const code = await main(argv, io, { rules: opts.rules ?? RULES });
  return { code, stdout, stderr };
}

const STYLISH_BOTH = `Dockerfile:3:1: error: The entrypoint is fake. [fake-error]
  |
3 | ENTRYPOINT ["/server"]
  | ^~~~~~~~~~
deploy/app.yaml:8:7: warning: The image is fake. [fake-warning]
  |
8 |       image: app
  |       ^~~~~~~~~~

1 error, 1 warning, 0 infos
`;

// ---- exit codes and output ----

test('findings: exit 1 and the stylish report on stdout', async () => {
  assert.equal(await run([], repo()), { code: 1, stdout: STYLISH_BOTH, stderr: '' });
});

test('nothing found: exit 0 and no output at all', async () => {
  assert.equal(await run([], repo(), { rules: [] }), { code: 0, stdout: '', stderr: '' });
});

test('--format gcc and -f json', async () => {
  const dir = repo();
  assert.equal(await run(['--format', 'gcc'], dir), {
    code: 1,
    stdout: `Dockerfile:3:1: error: The entrypoint is fake. [fake-error]
deploy/app.yaml:8:7: warning: The image is fake. [fake-warning]
`,
    stderr: '',
  });
  const r = await run(['-f', 'json'], dir);
  assert.is(r.code, 1);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.summary, { errors: 1, warnings: 1, infos: 0 });
  assert.equal(doc.tool, { name: 'otel-target-lint', version: pkg.version });
});

test('warnings alone pass the default threshold; -t warning fails; -t none never fails', async () => {
  const dir = repo();
  assert.is((await run(['--rule', 'fake-error=off'], dir)).code, 0);
  assert.is((await run(['--rule', 'fake-error=off', '--severity-threshold', 'warning'], dir)).code, 1);
  assert.is((await run(['--rule', 'fake-error=off', '-t', 'info'], dir)).code, 1);
  assert.is((await run(['-t', 'none'], dir)).code, 0);
  assert.is((await run(['--rule', 'fake-error=off', '--rule', 'fake-warning=info', '-t', 'warning'], dir)).code, 0);
  assert.is((await run(['--rule', 'fake-error=off', '--rule', 'fake-warning=info', '-t', 'info'], dir)).code, 1);
});

test('--max-warnings: more warnings than N fail with a message; N or fewer pass', async () => {
  const dir = repo();
  assert.equal(await run(['--rule', 'fake-error=off', '--max-warnings', '0', '--format', 'gcc'], dir), {
    code: 1,
    stdout: 'deploy/app.yaml:8:7: warning: The image is fake. [fake-warning]\n',
    stderr: 'otel-target-lint: too many warnings (1; --max-warnings is 0).\n',
  });
  assert.is((await run(['--rule', 'fake-error=off', '--max-warnings', '1'], dir)).code, 0);
  assert.is((await run(['--rule', 'fake-error=off', '--max-warnings=-1'], dir)).code, 0);
});

test('--quiet: errors only; warnings neither print nor count', async () => {
  const dir = repo();
  const q = await run(['--quiet', '--format', 'gcc'], dir);
  assert.equal(q, { code: 1, stdout: 'Dockerfile:3:1: error: The entrypoint is fake. [fake-error]\n', stderr: '' });
  assert.equal(await run(['-q', '--rule', 'fake-error=off', '--max-warnings', '0'], dir), { code: 0, stdout: '', stderr: '' });
});

test('a crashing rule: internal-error reported, other rules still run, exit 3', async () => {
  const r = await run(['--format', 'gcc'], repo(), { rules: [BOOM, ...RULES] });
  assert.equal(r, {
    code: 3,
    stdout: `otel-target-lint: error: Rule "boom" crashed: kaput. Its findings may be missing; the other rules still ran. This is a bug in otel-target-lint: please report it. [internal-error]
Dockerfile:3:1: error: The entrypoint is fake. [fake-error]
deploy/app.yaml:8:7: warning: The image is fake. [fake-warning]
`,
    stderr: '',
  });
  assert.is((await run(['-t', 'none'], repo(), { rules: [BOOM] })).code, 3);
});

test('an unexpected exception is an internal error: exit 3 with the stack on stderr', async () => {
  const broken = {
    get meta(): Rule['meta'] {
      throw new Error('no meta');
    },
    check() {},
  } as Rule;
  const r = await run([], repo(), { rules: [broken] });
  assert.is(r.code, 3);
  assert.is(r.stdout, '');
  assert.ok(r.stderr.startsWith('otel-target-lint: internal error: Error: no meta\n    at '), r.stderr);
  assert.ok(r.stderr.endsWith('This is a bug in otel-target-lint: please report it.\n'));
});

// ---- usage errors ----

test('usage errors exit 2 with a message naming the problem and a hint', async () => {
  const dir = repo();
  const table: [string[], string][] = [
    [['--formt', 'json'], "otel-target-lint: Unknown option '--formt'.\nDid you mean '--format'? Run 'otel-target-lint --help' for the options.\n"],
    [['-x'], "otel-target-lint: Unknown option '-x'.\nRun 'otel-target-lint --help' for the options.\n"],
    [['--zzzzzzzzzz'], "otel-target-lint: Unknown option '--zzzzzzzzzz'.\nRun 'otel-target-lint --help' for the options.\n"],
    [['--format'], "otel-target-lint: Option '-f, --format <value>' argument missing\nRun 'otel-target-lint --help' for the options.\n"],
    [['--format', 'xml'], "otel-target-lint: Unknown format 'xml' in --format.\nFormats: stylish, json, gcc, sarif, github.\n"],
    [['--format', 'jsno'], "otel-target-lint: Unknown format 'jsno' in --format.\nDid you mean 'json'? Formats: stylish, json, gcc, sarif, github.\n"],
    [['--report', 'sarif'], "otel-target-lint: Invalid --report 'sarif'.\nWrite it as FORMAT=FILE, e.g. --report sarif=results.sarif.\n"],
    [['--max-warnings', 'many'], "otel-target-lint: Invalid --max-warnings 'many'.\nGive a whole number of warnings to allow, or -1 for no limit (--max-warnings=-1).\n"],
    [['-t', 'fatal'], "otel-target-lint: Invalid --severity-threshold 'fatal'.\nUse one of: error, warning, info, none.\n"],
    [['--rule', 'fake-eror=off'], "otel-target-lint: Unknown rule 'fake-eror' in --rule.\nDid you mean 'fake-error'? Run 'otel-target-lint --list-rules' for the rules.\n"],
    [['--rule', 'fake-error'], "otel-target-lint: Invalid --rule 'fake-error'.\nWrite it as ID=SEVERITY with SEVERITY one of error, warning, info, off.\n"],
    [['--config', 'a.yaml', '--no-config'], "otel-target-lint: --config and --no-config cannot be used together.\nRun 'otel-target-lint --help' for the options.\n"],
    [['--config', 'missing.yaml'], 'otel-target-lint: Config file not found: missing.yaml\nCheck the --config path, or use --no-config.\n'],
    [['deploy', 'nope/'], 'otel-target-lint: No such file or directory: nope/\nPass existing files or directories (default: .).\n'],
    [['--stdin'], "otel-target-lint: --stdin needs --stdin-filename.\nThe name decides how the text is read, e.g. --stdin-filename deploy/app.yaml or Dockerfile.\n"],
    [['--stdin-filename', 'Dockerfile'], "otel-target-lint: --stdin-filename is only used with --stdin.\nRun 'otel-target-lint --help' for the options.\n"],
    [['--stdin', '--stdin-filename', 'Dockerfile', 'deploy'], 'otel-target-lint: Paths cannot be given with --stdin.\nLint either standard input or paths.\n'],
  ];
  for (const [argv, stderr] of table) {
    assert.equal(await run(argv, dir, { stdin: '' }), { code: 2, stdout: '', stderr }, argv.join(' '));
  }
});

test('--help and --version print and exit 0 (even with other options)', async () => {
  const dir = repo();
  assert.equal(await run(['--help'], dir), { code: 0, stdout: HELP, stderr: '' });
  assert.equal(await run(['-f', 'json', '-h'], dir), { code: 0, stdout: HELP, stderr: '' });
  assert.ok(HELP.startsWith('Usage: otel-target-lint [options] [paths...]\n'));
  for (const opt of ['--format', '--output-file', '--report', '--max-warnings', '--severity-threshold', '--quiet', '--no-color', '--config', '--no-config', '--rule', '--stdin', '--stdin-filename', '--list-rules', '--version']) {
    assert.ok(HELP.includes(opt), opt);
  }
  assert.equal(await run(['--version'], dir), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  assert.equal(await run(['-v'], dir), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
});

test('--list-rules: the rules, then the built-in ids; as JSON with --format json', async () => {
  const r = await run(['--list-rules'], repo());
  assert.equal(r, {
    code: 0,
    stdout: `RULE              SEVERITY  FIX  DESCRIPTION
fake-error        error          Fake rule fake-error.
fake-warning      warning        Fake rule fake-warning.
parse-error       error          A file could not be read or parsed, so it was not (fully) checked.
internal-error    error          A rule crashed; its findings may be missing. This is a bug in otel-target-lint.
unused-directive  warning        A suppression comment or annotation that suppresses nothing.
`,
    stderr: '',
  });
  const j = JSON.parse((await run(['--list-rules', '-f', 'json'], repo())).stdout);
  assert.equal(j[0], {
    id: 'fake-error',
    description: 'Fake rule fake-error.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'target',
    docs: 'https://github.com/otel-target-lint/otel-target-lint/blob/main/rules/fake-error.md',
  });
  assert.is(j.length, 5);
});

// ---- report files ----

test('--report FORMAT=FILE (repeatable) writes each report uncoloured; the terminal keeps --format', async () => {
  const dir = repo();
  const r = await run(['--report', 'json=reports/out.json', '--report', 'gcc=out.txt', '--format', 'gcc'], dir, { isTTY: true });
  assert.is(r.code, 1);
  assert.is(r.stdout, readFileSync(join(dir, 'out.txt'), 'utf8'));
  assert.is(
    readFileSync(join(dir, 'out.txt'), 'utf8'),
    'Dockerfile:3:1: error: The entrypoint is fake. [fake-error]\ndeploy/app.yaml:8:7: warning: The image is fake. [fake-warning]\n',
  );
  const doc = JSON.parse(readFileSync(join(dir, 'reports/out.json'), 'utf8'));
  assert.equal(doc.diagnostics.map((d: { ruleId: string }) => d.ruleId), ['fake-error', 'fake-warning']);
});

test('--output-file: the --format report goes to the file, the terminal shows stylish', async () => {
  const dir = repo();
  const r = await run(['--format', 'json', '--output-file', 'lint.json'], dir);
  assert.equal(r, { code: 1, stdout: STYLISH_BOTH, stderr: '' });
  assert.equal(JSON.parse(readFileSync(join(dir, 'lint.json'), 'utf8')).summary, { errors: 1, warnings: 1, infos: 0 });
  // Nothing found: an empty terminal, but the file is still written.
  const clean = await run(['-f', 'json', '-o', 'clean.json'], dir, { rules: [] });
  assert.equal(clean, { code: 0, stdout: '', stderr: '' });
  assert.equal(JSON.parse(readFileSync(join(dir, 'clean.json'), 'utf8')).diagnostics, []);
});

test('a report file that cannot be written is a usage error', async () => {
  const dir = repo();
  const r = await run(['--report', 'json=Dockerfile/x.json'], dir);
  assert.equal(r, { code: 2, stdout: '', stderr: 'otel-target-lint: Cannot write the json report to Dockerfile/x.json: EEXIST.\n' });
  assert.ok(!existsSync(join(dir, 'Dockerfile/x.json')));
});

// ---- colour ----

test('colour: on a TTY; off with NO_COLOR or --no-color; forced by FORCE_COLOR or --color', async () => {
  const dir = repo();
  const colored = async (argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean) =>
    (await run(argv, dir, { env, isTTY })).stdout.includes('\x1b[');
  assert.is(await colored([], {}, true), true);
  assert.is(await colored([], {}, false), false);
  assert.is(await colored([], { NO_COLOR: '1' }, true), false);
  assert.is(await colored([], { NO_COLOR: '' }, true), true, 'an empty NO_COLOR does not count');
  assert.is(await colored([], { TERM: 'dumb' }, true), false);
  assert.is(await colored(['--no-color'], {}, true), false);
  assert.is(await colored([], { FORCE_COLOR: '1' }, false), true);
  assert.is(await colored([], { FORCE_COLOR: '0' }, true), false);
  assert.is(await colored(['--no-color'], { FORCE_COLOR: '1' }, true), false);
  assert.is(await colored(['--color'], { NO_COLOR: '1' }, false), true);
  assert.is(await colored(['-f', 'gcc'], {}, true), false, 'gcc output has no colour');
});

// ---- what is linted ----

test('files passed one by one: only they are reported, the rest of the repository is context', async () => {
  const dir = repo();
  const seesDockerfile: Rule = {
    meta: { id: 'sees', description: '', defaultSeverity: 'info', fixable: false, category: 'target' },
    check(ctx) {
      const y = ctx.model.files.get('deploy/app.yaml');
      if (y && ctx.model.files.has('Dockerfile')) ctx.report({ range: y.lines.range(y.path, 0, 10), message: 'The Dockerfile is context.' });
    },
  };
  assert.equal(await run(['deploy/app.yaml', '-f', 'gcc'], dir, { rules: [...RULES, seesDockerfile] }), {
    code: 0,
    stdout: 'deploy/app.yaml:1:1: info: The Dockerfile is context. [sees]\ndeploy/app.yaml:8:7: warning: The image is fake. [fake-warning]\n',
    stderr: '',
  });
  // From a subdirectory, `.` is that directory.
  assert.equal(await run(['-f', 'gcc'], join(dir, 'deploy')), {
    code: 0,
    stdout: 'app.yaml:8:7: warning: The image is fake. [fake-warning]\n',
    stderr: '',
  });
});

test('--stdin: the text replaces the named file and is the only file reported', async () => {
  const dir = repo();
  const r = await run(['--stdin', '--stdin-filename', 'Dockerfile', '-f', 'gcc'], dir, { stdin: '\uFEFFFROM scratch\nENTRYPOINT ["/x"]\n' });
  assert.equal(r, { code: 1, stdout: 'Dockerfile:2:1: error: The entrypoint is fake. [fake-error]\n', stderr: '' });
  const other = await run(['--stdin', '--stdin-filename', 'new/Containerfile', '-f', 'gcc'], dir, { stdin: 'ENTRYPOINT x\n' });
  assert.equal(other.stdout, 'new/Containerfile:1:1: error: The entrypoint is fake. [fake-error]\n');
});

test('config file: rule settings and ignore patterns; --no-config; --rule overrides it', async () => {
  const dir = repo({
    '.otel-target-lint.yaml': 'rules:\n  fake-error: warning\nignore:\n  - "deploy/**"\n',
  });
  assert.equal(await run(['-f', 'gcc'], dir), {
    code: 0,
    stdout: 'Dockerfile:3:1: warning: The entrypoint is fake. [fake-error]\n',
    stderr: '',
  });
  assert.is((await run(['-f', 'gcc', '--no-config'], dir)).stdout, STYLISH_GCC);
  assert.is((await run(['-f', 'gcc', '--rule', 'fake-error=error'], dir)).code, 1);
  const alt = await run(['-f', 'gcc', '--config', 'deploy/lint.yaml'], repo({ 'deploy/lint.yaml': 'rules:\n  fake-warning: off\n' }));
  assert.is(alt.stdout, 'Dockerfile:3:1: error: The entrypoint is fake. [fake-error]\n');
});

test('problems in the config file are parse-error findings, reported from any directory', async () => {
  const dir = repo({ '.otel-target-lint.yaml': 'rules:\n  fake-error: fatal\n' });
  const expected =
    '.otel-target-lint.yaml:2:15: warning: Invalid setting `fatal` for rule `fake-error`: use error, warning, info or off [parse-error]\n';
  assert.equal(await run(['-f', 'gcc'], dir, { rules: [] }), { code: 0, stdout: expected, stderr: '' });
  assert.equal(await run(['-f', 'gcc', 'Dockerfile'], dir, { rules: [] }), { code: 0, stdout: expected, stderr: '' });
  assert.equal(await run(['-f', 'gcc'], join(dir, 'deploy'), { rules: [] }), { code: 0, stdout: `../${expected}`, stderr: '' });
});

const STYLISH_GCC = 'Dockerfile:3:1: error: The entrypoint is fake. [fake-error]\ndeploy/app.yaml:8:7: warning: The image is fake. [fake-warning]\n';

test('unreadable inputs are findings, not crashes', async () => {
  // A Latin-1 byte: kubectl refuses the YAML (an error); docker build does not mind it in a Dockerfile (an info).
  const latin1 = (s: string) => new Uint8Array([...Buffer.from(s.replace('é', '\u0000'))].map((b) => (b === 0 ? 0xe9 : b)));
  const dir = repo({
    'Dockerfile.bin': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0]),
    'bad.yaml': new Uint8Array([0x6b, 0x3a, 0x20, 0xff, 0x0a]),
    Dockerfile: latin1('# café\nFROM alpine\n'),
    'notes.txt.sh': latin1('#!/bin/sh\n# é\n'),
  });
  assert.equal(await run(['-f', 'gcc'], dir, { rules: [] }), {
    code: 1,
    stdout:
      'Dockerfile:1:6: info: File is not valid UTF-8 (the first invalid byte is here): docker build, sh and compose read bytes, so this matters only where a value the linter reads holds such a byte (it was read as U+FFFD). [parse-error]\n' +
      'Dockerfile.bin:1:1: info: Binary file (it contains NUL bytes): skipped. [parse-error]\n' +
      'bad.yaml:1:4: error: File is not valid UTF-8 (the first invalid byte is here): kubectl, Helm and docker compose refuse YAML that is not UTF-8, even in a comment, so this file cannot be applied. Save it as UTF-8. [parse-error]\n' +
      'notes.txt.sh:2:3: info: File is not valid UTF-8 (the first invalid byte is here): docker build, sh and compose read bytes, so this matters only where a value the linter reads holds such a byte (it was read as U+FFFD). [parse-error]\n',
    stderr: '',
  });
});

// ---- --print-targets ----

test('--print-targets: what each container runs, exit 0 whatever the findings; --format json', async () => {
  const dir = repo({ 'deploy/app.yaml': APP_YAML.replace('image: app', 'image: ghcr.io/acme/app:1.0') });
  const r = await run(['--print-targets'], dir);
  assert.equal(r, {
    code: 0,
    stdout: `deploy/app.yaml:8:14: Pod "app", container "app": /server
  image ghcr.io/acme/app:1.0, assumed to be built from Dockerfile, the only Dockerfile in the repository
  Dockerfile:3:1: ENTRYPOINT ["/server"]
  Dockerfile:3:13: starts /server
  Dockerfile:2:1: COPY server /server
`,
    stderr: '',
  });
  const j = await run(['--print-targets', '-f', 'json', 'deploy/app.yaml'], dir);
  assert.is(j.code, 0);
  assert.equal(JSON.parse(j.stdout).containers.map((c: { exe: string }) => c.exe), ['/server']);
  assert.equal(await run(['--print-targets', 'Dockerfile'], dir), { code: 0, stdout: r.stdout, stderr: '' });
});

test('--print-targets leaves out containers whose image is not built here; --all lists them', async () => {
  const dir = repo({ 'deploy/app.yaml': APP_YAML.replace('image: app', 'image: docker.io/library/redis:7') });
  const r = await run(['--print-targets'], dir);
  assert.equal(r, {
    code: 0,
    stdout: 'No container in the given paths may run a Go program. Not shown: 1 container whose image is not built in this repository (or not linked to its Dockerfile). --all lists them.\n',
    stderr: '',
  });
  const all = await run(['--print-targets', '--all'], dir);
  assert.is(all.code, 0);
  assert.ok(all.stdout.startsWith('deploy/app.yaml:8:14: Pod "app", container "app": unknown: '), all.stdout);
  const json = JSON.parse((await run(['--print-targets', '--all', '-f', 'json'], dir)).stdout);
  assert.equal(json.containers.map((c: { relevance: string }) => c.relevance), ['not-built-here']);
  const u = await run(['--all'], dir);
  assert.is(u.code, 2);
  assert.is(u.stderr.split('\n')[0], 'otel-target-lint: --all only applies to --print-targets.');
});

test('--print-targets with an option it does not take: usage errors', async () => {
  const dir = repo();
  for (const [args, message] of [
    [['--fix'], '--print-targets cannot be used with --fix.'],
    [['--output-file', 'x.txt'], '--print-targets cannot be used with --output-file.'],
    [['--report', 'sarif=x.sarif'], '--print-targets cannot be used with --report.'],
    [['-f', 'gcc'], '--print-targets prints text or JSON, not gcc.'],
  ] as const) {
    const r = await run(['--print-targets', ...args], dir);
    assert.is(r.code, 2, args.join(' '));
    assert.is(r.stderr.split('\n')[0], `otel-target-lint: ${message}`);
    assert.is(r.stdout, '');
  }
});

// ---- --cache ----

test('--cache: the cache file is written in the first cache directory, one per working directory; same report', async () => {
  const dir = repo();
  const caches = tmpRepo({});
  const parseCache = () => ({ version: 'build-1', dirs: [join(caches, 'a'), join(caches, 'b')] });
  const first = await run(['--cache'], dir, { parseCache });
  assert.equal(first, { code: 1, stdout: STYLISH_BOTH, stderr: '' });
  assert.equal(readdirSync(join(caches, 'a')), [`parse-${shortHash(dir)}.cache`]);
  assert.equal(await run(['--cache'], dir, { parseCache }), first);
  assert.not.ok(existsSync(join(caches, 'b')));
});

test('--cache-location: a file, or a directory (an existing one, or a path ending in a separator)', async () => {
  const dir = repo();
  const caches = tmpRepo({ 'existing/': '' });
  const parseCache = () => ({ version: 'build-1', dirs: [join(caches, 'default')] });
  for (const [arg, written] of [
    ['my.cache', join(dir, 'my.cache')],
    [join(caches, 'existing'), join(caches, 'existing', `parse-${shortHash(dir)}.cache`)],
    [`${join(caches, 'new')}/`, join(caches, 'new', `parse-${shortHash(dir)}.cache`)],
  ] as const) {
    assert.equal(await run(['--cache', '--cache-location', arg], dir, { parseCache }), { code: 1, stdout: STYLISH_BOTH, stderr: '' }, arg);
    assert.ok(existsSync(written), written);
  }
  assert.not.ok(existsSync(join(caches, 'default')));
});

test('--cache where it cannot be used: a note, and the same report without a cache', async () => {
  const dir = repo();
  assert.equal(await run(['--cache'], dir), {
    code: 1,
    stdout: STYLISH_BOTH,
    stderr: 'otel-target-lint: --cache is not available in this build (it has no build hash); linting without it.\n',
  });
  assert.equal(await run(['--cache'], dir, { parseCache: () => ({ version: 'b', dirs: [] }) }), {
    code: 1,
    stdout: STYLISH_BOTH,
    stderr: 'otel-target-lint: --cache: OTEL_TARGET_LINT_CACHE_DIR is off and no --cache-location is given; linting without a cache.\n',
  });
});

test('--cache-location without --cache, or empty: usage errors', async () => {
  const dir = repo();
  assert.equal(await run(['--cache-location', 'x.cache'], dir), {
    code: 2,
    stdout: '',
    stderr: "otel-target-lint: --cache-location is only used with --cache.\nRun 'otel-target-lint --help' for the options.\n",
  });
  assert.is((await run(['--cache', '--cache-location='], dir)).code, 2);
});

test.run();
