import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Diagnostic, TextEdit } from '../../src/engine/types.ts';
import { fixFiles, unparseableFiles } from '../../src/fix/index.ts';
import { LineIndex, type SourceFile } from '../../src/model/source.ts';

// A manifest with CRLF line endings, comments, odd indentation and single quotes around the value to fix.
const MANIFEST = [
  '# api deployment  ',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: "example/api:1"',
  '        - name: agent    # eBPF agent',
  '          env:',
  '             - name: OTEL_GO_AUTO_TARGET_EXE',
  "               value: '/server'   # wrong path",
  '',
].join('\r\n');
const FIXED = MANIFEST.replace("value: '/server'", "value: '/app/server'");

async function tempRepo(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'otl-fix-'));
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  return dir;
}

async function load(cwd: string, rel: string): Promise<SourceFile> {
  const text = (await fs.readFile(path.join(cwd, rel), 'utf8')).replace(/^\ufeff/, '');
  return { path: rel, absPath: path.join(cwd, rel), text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
}

/** A stand-in rule: OTEL_GO_AUTO_TARGET_EXE must be /app/server; the fix replaces the value scalar, quotes kept. */
function checkTarget(file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (isSeq(node)) node.items.forEach(visit);
    if (!isMap(node)) return;
    const name = node.get('name', true);
    const value = node.get('value', true);
    if (isScalar(name) && name.value === 'OTEL_GO_AUTO_TARGET_EXE' && isScalar(value) && value.value !== '/app/server') {
      const [start, end] = (value as Node).range!;
      const range = file.lines.range(file.path, start, end);
      const quote = value.type === 'QUOTE_SINGLE' ? "'" : value.type === 'QUOTE_DOUBLE' ? '"' : '';
      out.push({
        ruleId: 'target-exe-mismatch',
        severity: 'error',
        message: `OTEL_GO_AUTO_TARGET_EXE is "${String(value.value)}" but the app runs /app/server`,
        range,
        related: [],
        fix: { description: 'Set OTEL_GO_AUTO_TARGET_EXE to "/app/server"', edits: [{ range, text: `${quote}/app/server${quote}` }] },
      });
    }
    for (const item of node.items) visit(item.value);
  };
  visit(parseDocument(file.text).contents);
  return out;
}

test('fixFiles: replaces only the value; CRLF, comments, quoting and indentation stay byte-identical', async () => {
  const cwd = await tempRepo({ 'k8s/app.yaml': MANIFEST });
  await fs.chmod(path.join(cwd, 'k8s/app.yaml'), 0o664);
  const file = await load(cwd, 'k8s/app.yaml');
  const diags = checkTarget(file);
  assert.is(diags.length, 1);
  assert.equal(
    [diags[0]!.range.line, diags[0]!.range.column, diags[0]!.range.endLine, diags[0]!.range.endColumn],
    [13, 23, 13, 32],
  );
  const r = await fixFiles(diags, new Map([[file.path, file]]), { cwd, dryRun: false, unparseable: new Set() });
  assert.equal(r.changed, ['k8s/app.yaml']);
  assert.equal(r.remaining, []);
  assert.equal(r.fixed, diags);
  assert.equal(r.skipped, []);
  assert.is(await fs.readFile(path.join(cwd, 'k8s/app.yaml'), 'utf8'), FIXED);
  assert.is((await fs.stat(path.join(cwd, 'k8s/app.yaml'))).mode & 0o777, 0o664);
  assert.equal(await fs.readdir(path.join(cwd, 'k8s')), ['app.yaml'], 'no temporary file left behind');

  // Idempotent: linting the fixed file finds nothing to fix, and a second fix run changes nothing.
  const again = await load(cwd, 'k8s/app.yaml');
  assert.equal(checkTarget(again), []);
  const r2 = await fixFiles(checkTarget(again), new Map([[again.path, again]]), { cwd, dryRun: false, unparseable: new Set() });
  assert.equal(r2.changed, []);
  assert.is(r2.diff, '');
  assert.is(await fs.readFile(path.join(cwd, 'k8s/app.yaml'), 'utf8'), FIXED);

  // Replaying the first run's diagnostics against the fixed file: the text they were computed on is gone.
  const r3 = await fixFiles(diags, new Map([[file.path, file]]), { cwd, dryRun: false, unparseable: new Set() });
  assert.equal(r3.changed, []);
  assert.equal(r3.remaining, diags);
  assert.equal(r3.skipped, [{ file: 'k8s/app.yaml', reason: 'the file changed on disk since it was read' }]);
  assert.is(await fs.readFile(path.join(cwd, 'k8s/app.yaml'), 'utf8'), FIXED);
});

test('fixFiles: dryRun writes nothing and returns the exact unified diff', async () => {
  const cwd = await tempRepo({ 'k8s/app.yaml': MANIFEST });
  const file = await load(cwd, 'k8s/app.yaml');
  const diags = checkTarget(file);
  const r = await fixFiles(diags, new Map([[file.path, file]]), { cwd, dryRun: true, unparseable: new Set() });
  assert.equal(r.changed, ['k8s/app.yaml']);
  assert.equal(r.remaining, []);
  assert.is(
    r.diff,
    [
      '--- a/k8s/app.yaml',
      '+++ b/k8s/app.yaml',
      '@@ -10,4 +10,4 @@',
      '         - name: agent    # eBPF agent\r',
      '           env:\r',
      '              - name: OTEL_GO_AUTO_TARGET_EXE\r',
      "-               value: '/server'   # wrong path\r",
      "+               value: '/app/server'   # wrong path\r",
      '',
    ].join('\n'),
  );
  assert.is(await fs.readFile(path.join(cwd, 'k8s/app.yaml'), 'utf8'), MANIFEST);
});

test('fixFiles: never touches an unparseable file', async () => {
  const cwd = await tempRepo({ 'k8s/app.yaml': MANIFEST });
  const file = await load(cwd, 'k8s/app.yaml');
  const diags = checkTarget(file);
  const problems = [
    {
      file: 'k8s/app.yaml',
      problem: { range: file.lines.range(file.path, 0, 1), message: 'bad', severity: 'partial' as const },
    },
  ];
  const unparseable = unparseableFiles(problems);
  assert.equal([...unparseable], ['k8s/app.yaml']);
  assert.equal([...unparseableFiles(problems, { includePartial: false })], []);
  const r = await fixFiles(diags, new Map([[file.path, file]]), { cwd, dryRun: false, unparseable });
  assert.equal(r.changed, []);
  assert.equal(r.remaining, diags);
  assert.equal(r.skipped, [{ file: 'k8s/app.yaml', reason: 'the file has parse problems; it is not edited' }]);
  assert.is(await fs.readFile(path.join(cwd, 'k8s/app.yaml'), 'utf8'), MANIFEST);
});

test('fixFiles: a fix overlapping an earlier one is left out; a fix is all-or-nothing across files', async () => {
  const cwd = await tempRepo({ 'a.yaml': 'x: 1\ny: 2\n', 'b.yaml': 'z: 3\n', 'broken.yaml': 'q: [\n' });
  const a = await load(cwd, 'a.yaml');
  const b = await load(cwd, 'b.yaml');
  const broken = await load(cwd, 'broken.yaml');
  const mk = (ruleId: string, edits: TextEdit[]): Diagnostic => ({
    ruleId,
    severity: 'warning',
    message: ruleId,
    range: edits[0]!.range,
    related: [],
    fix: { description: ruleId, edits },
  });
  const e = (f: SourceFile, s: number, en: number, text: string): TextEdit => ({ range: f.lines.range(f.path, s, en), text });
  const first = mk('first', [e(a, 3, 4, '10')]);
  const overlapping = mk('overlapping', [e(a, 0, 4, 'x: 11')]);
  const crossFile = mk('cross-file', [e(a, 8, 9, '20'), e(b, 3, 4, '30')]);
  const touchesBroken = mk('touches-broken', [e(b, 0, 1, 'Z'), e(broken, 0, 1, 'Q')]);
  const noFix: Diagnostic = { ...mk('no-fix', [e(a, 0, 0, '')]), fix: undefined };
  const files = new Map([a, b, broken].map((f) => [f.path, f]));
  const r = await fixFiles([first, overlapping, crossFile, touchesBroken, noFix], files, {
    cwd,
    dryRun: false,
    unparseable: new Set(['broken.yaml']),
  });
  assert.equal(r.changed, ['a.yaml', 'b.yaml']);
  assert.equal(r.fixed, [first, crossFile]);
  assert.equal(r.remaining, [overlapping, touchesBroken, noFix]);
  assert.equal(r.skipped, [
    { file: 'a.yaml', reason: 'it overlaps another fix applied in this run', ruleId: 'overlapping', line: 1 },
    { file: 'broken.yaml', reason: 'the file has parse problems; it is not edited' },
  ]);
  assert.is(await fs.readFile(path.join(cwd, 'a.yaml'), 'utf8'), 'x: 10\ny: 20\n');
  assert.is(await fs.readFile(path.join(cwd, 'b.yaml'), 'utf8'), 'z: 30\n');
  assert.is(await fs.readFile(path.join(cwd, 'broken.yaml'), 'utf8'), 'q: [\n');
});

test('fixFiles: a byte-order mark the reader dropped is written back', async () => {
  const cwd = await tempRepo({ 'c.yaml': '\ufeffa: 1\r\n' });
  const f = await load(cwd, 'c.yaml');
  assert.is(f.text, 'a: 1\r\n');
  const d: Diagnostic = {
    ruleId: 'r',
    severity: 'error',
    message: 'm',
    range: f.lines.range(f.path, 3, 4),
    related: [],
    fix: { description: 'd', edits: [{ range: f.lines.range(f.path, 3, 4), text: '2' }] },
  };
  await fixFiles([d], new Map([[f.path, f]]), { cwd, dryRun: false, unparseable: new Set() });
  assert.equal([...(await fs.readFile(path.join(cwd, 'c.yaml')))], [...Buffer.from('\ufeffa: 2\r\n', 'utf8')]);
});

test('fixFiles: edits the target of a symlink and keeps the link', async () => {
  const cwd = await tempRepo({ 'real/app.yaml': 'a: 1\n' });
  await fs.symlink('real/app.yaml', path.join(cwd, 'link.yaml'));
  const f = await load(cwd, 'link.yaml');
  const d: Diagnostic = {
    ruleId: 'r',
    severity: 'error',
    message: 'm',
    range: f.lines.range(f.path, 3, 4),
    related: [],
    fix: { description: 'd', edits: [{ range: f.lines.range(f.path, 3, 4), text: '2' }] },
  };
  const r = await fixFiles([d], new Map([[f.path, f]]), { cwd, dryRun: false, unparseable: new Set() });
  assert.equal(r.changed, ['link.yaml']);
  assert.ok((await fs.lstat(path.join(cwd, 'link.yaml'))).isSymbolicLink());
  assert.is(await fs.readFile(path.join(cwd, 'real/app.yaml'), 'utf8'), 'a: 2\n');
});

test('fixFiles: a file that is not valid UTF-8 is not rewritten', async () => {
  const bytes = Buffer.concat([Buffer.from('a: 1 # '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
  const cwd = await tempRepo({ 'latin.yaml': bytes });
  const text = bytes.toString('utf8');
  const f: SourceFile = {
    path: 'latin.yaml',
    absPath: path.join(cwd, 'latin.yaml'),
    text,
    kind: 'yaml',
    requested: true,
    lines: new LineIndex(text),
  };
  const d: Diagnostic = {
    ruleId: 'r',
    severity: 'error',
    message: 'm',
    range: f.lines.range(f.path, 3, 4),
    related: [],
    fix: { description: 'd', edits: [{ range: f.lines.range(f.path, 3, 4), text: '2' }] },
  };
  const r = await fixFiles([d], new Map([[f.path, f]]), { cwd, dryRun: false, unparseable: new Set() });
  assert.equal(r.changed, []);
  assert.equal(r.skipped, [{ file: 'latin.yaml', reason: 'the file is not valid UTF-8' }]);
  assert.equal([...(await fs.readFile(path.join(cwd, 'latin.yaml')))], [...bytes]);
});

test.run();
