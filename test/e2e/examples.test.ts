// End to end over examples/: the CLI (in process, exactly as bin.ts wires it) on every broken and fixed example,
// compared with the full expected output in test/e2e/expected/. Regenerate after an intended change with
// `UPDATE_EXPECTED=1 node scripts/test.mjs e2e` and review the diff.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../../src/cli/main.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const expectedDir = join(root, 'test', 'e2e', 'expected');
const update = process.env.UPDATE_EXPECTED === '1';

export async function runCli(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    env: { NO_COLOR: '1' },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

test('every example has a broken and a fixed version', () => {
  assert.ok(examples.length >= 8, `examples: ${examples.join(', ')}`);
  for (const ex of examples) {
    assert.ok(existsSync(join(root, 'examples', ex, 'broken')), `${ex}/broken`);
    assert.ok(existsSync(join(root, 'examples', ex, 'fixed')), `${ex}/fixed`);
  }
});

for (const ex of examples) {
  test(`examples/${ex}/fixed: no findings, exit 0`, async () => {
    const r = await runCli([`examples/${ex}/fixed`]);
    assert.is(r.stdout, '');
    assert.is(r.stderr, '');
    assert.is(r.code, 0);
  });

  for (const format of ['stylish', 'gcc']) {
    test(`examples/${ex}/broken: ${format} output as expected, exit 1`, async () => {
      const r = await runCli(['--format', format, `examples/${ex}/broken`]);
      const file = join(expectedDir, `${ex}.${format}.txt`);
      if (update) writeFileSync(file, r.stdout);
      assert.is(r.stdout, readFileSync(file, 'utf8'));
      assert.is(r.stderr, '');
      assert.is(r.code, 1);
    });
  }
}

for (const ex of examples) {
  test(`examples/${ex}/fixed: --print-targets as expected, and every target it can check matches`, async () => {
    const r = await runCli(['--print-targets', `examples/${ex}/fixed`]);
    const file = join(expectedDir, `${ex}.targets.txt`);
    if (update) writeFileSync(file, r.stdout);
    assert.is(r.stdout, readFileSync(file, 'utf8'));
    assert.is(r.stderr, '');
    assert.is(r.code, 0);
    assert.not.match(r.stdout, 'does not match');
  });
}

test('run from inside an example (the repository root above it): its own build definitions, not the other version\'s', async () => {
  // Both versions of base-image have a docker-bake.hcl that builds ghcr.io/acme/billing: from inside fixed/, the
  // other one is ../broken/docker-bake.hcl, as near by shared directories as ./docker-bake.hcl.
  const fixed = await runCli(['.'], join(root, 'examples', 'base-image', 'fixed'));
  assert.equal([fixed.code, fixed.stdout], [0, '']);
  const broken = await runCli(['--format', 'gcc', '.'], join(root, 'examples', 'base-image', 'broken'));
  assert.is(broken.code, 1);
  assert.ok(broken.stdout.startsWith('deploy/billing.yaml:21:22: error: OTEL_GO_AUTO_TARGET_EXE is "/usr/local/bin/billing", but container "billing" runs "/opt/service/bin/billing"'), broken.stdout);
});

/** Every directory under `dir` (absolute), deepest last within each branch, `.`-directories left out. */
function subdirs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    out.push(join(dir, e.name), ...subdirs(join(dir, e.name)));
  }
  return out;
}

test('run from a directory inside an example: the same findings as from the repository root, located from there', async () => {
  // Paths relative to the working directory start with ../ for the files above it; what is inside the repository,
  // above a file or nearest to it must not depend on that (it did: other examples' build definitions were taken).
  type Located = { file: string };
  type Json = { diagnostics: (Located & { relatedLocations: Located[]; fix?: { edits: Located[] } })[] };
  const absolute = (cwd: string, r: Json) => {
    const abs = <T extends Located>(l: T): T => ({ ...l, file: resolve(cwd, l.file) });
    return r.diagnostics.map((d) => ({ ...abs(d), relatedLocations: d.relatedLocations.map(abs), ...(d.fix ? { fix: { ...d.fix, edits: d.fix.edits.map(abs) } } : {}) }));
  };
  const compared: string[] = [];
  for (const ex of examples) {
    const dir = join(root, 'examples', ex, 'broken');
    const from = subdirs(dir).at(-1);
    if (from === undefined) continue;
    const want = await runCli(['--format', 'json', `examples/${ex}/broken`]);
    const got = await runCli(['--format', 'json', relative(from, dir)], from);
    assert.is(got.code, want.code, ex);
    assert.equal(absolute(from, JSON.parse(got.stdout) as Json), absolute(root, JSON.parse(want.stdout) as Json), `${ex}, run from ${relative(dir, from)}`);
    compared.push(ex);
  }
  // The ones that differed: a docker-bake file of the other version, kustomize overlays, a compose include.
  for (const ex of ['base-image', 'kustomize-overlay', 'compose-include']) assert.ok(compared.includes(ex), compared.join(', '));
});

test('--print-targets --format json over examples/: each broken example has a target that does not match, no fixed one has', async () => {
  const r = await runCli(['--print-targets', '--format', 'json', 'examples']);
  assert.is(r.code, 0);
  const doc = JSON.parse(r.stdout) as { containers: { file: string; status: string; targets: { matches?: boolean }[] }[] };
  const wrong = new Set<string>();
  for (const c of doc.containers) {
    const [, ex, variant] = c.file.split('/');
    if (c.targets.some((t) => t.matches === false)) {
      assert.is(variant, 'broken', `a target does not match in ${c.file}`);
      wrong.add(ex!);
    }
  }
  // Most broken examples are a wrong value; the others break something else (annotations, privileges, a glob
  // that the rule, not a match, decides).
  assert.ok(wrong.size >= examples.length / 3, `examples with a target that does not match: ${[...wrong].join(', ')}`);
  assert.ok(doc.containers.filter((c) => c.status === 'resolved').length > examples.length, 'most containers resolve');
});

test('the whole examples/ directory: every broken example has an error, no fixed one has any finding', async () => {
  const r = await runCli(['--format', 'json', 'examples']);
  const report = JSON.parse(r.stdout) as { diagnostics: { file: string; ruleId: string; severity: string }[] };
  const byExample = new Map<string, string[]>();
  for (const d of report.diagnostics) {
    const [, ex, variant] = d.file.split('/');
    assert.is(variant, 'broken', `finding in ${d.file}`);
    byExample.set(ex!, [...(byExample.get(ex!) ?? []), `${d.severity}:${d.ruleId}`]);
  }
  assert.equal([...byExample.keys()].sort(), examples);
  for (const [ex, ids] of byExample) assert.ok(ids.some((i) => i.startsWith('error:')), `${ex}: ${ids.join(', ')}`);
  assert.is(r.code, 1);
});

test('--fix on a copy of examples/: only target values change, what remains has no fix, a second run changes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'otl-fix-'));
  try {
    mkdirSync(join(dir, '.git'));
    cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
    const before = snapshot(join(dir, 'examples'));
    const first = await runCli(['--fix', '--format', 'json', 'examples'], dir);
    const after = snapshot(join(dir, 'examples'));
    const remaining = JSON.parse(first.stdout) as { diagnostics: { ruleId: string; fix?: unknown }[] };
    assert.ok(remaining.diagnostics.every((d) => d.fix === undefined), 'every fixable finding was fixed');
    const changed = [...before].filter(([file, text]) => after.get(file) !== text).map(([file]) => file);
    assert.ok(changed.length >= 6, changed.join('\n'));
    assert.ok(changed.every((f) => f.includes('/broken/')), changed.join('\n'));
    assert.equal([...after.keys()].sort(), [...before.keys()].sort(), 'no file created or removed');
    const second = await runCli(['--fix', '--format', 'json', 'examples'], dir);
    assert.equal(snapshot(join(dir, 'examples')), after, 'idempotent');
    assert.is(second.stdout, first.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('run from a directory of the repository: locations from there, messages, --fix-dry-run from the root; --fix works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'otl-sub-'));
  try {
    mkdirSync(join(dir, '.git'));
    cpSync(join(root, 'examples', 'base-image', 'broken'), dir, { recursive: true });
    const deploy = join(dir, 'deploy');
    const gcc = await runCli(['--format', 'gcc', '.'], deploy);
    assert.is(gcc.code, 1);
    assert.ok(gcc.stdout.startsWith('billing.yaml:21:22: error: OTEL_GO_AUTO_TARGET_EXE is "/usr/local/bin/billing"'), gcc.stdout);
    assert.ok(gcc.stdout.includes('its image is built from services/billing/Dockerfile by the docker-bake target at docker-bake.hcl:13'), gcc.stdout);
    const targets = JSON.parse((await runCli(['--print-targets', '--format', 'json', '.'], deploy)).stdout) as { containers: { file: string; exe: string; link: { dockerfile: string; file: string }; steps: { file: string }[] }[] };
    assert.equal(targets.containers.map((c) => [c.file, c.exe, c.link.dockerfile, c.link.file]), [['billing.yaml', '/opt/service/bin/billing', '../services/billing/Dockerfile', '../docker-bake.hcl']]);
    assert.ok(targets.containers[0]!.steps.some((st) => st.file === '../images/go-base/docker-entrypoint.sh'));
    // git apply reads a diff's paths from the top of the repository, whatever directory it runs in.
    const diff = await runCli(['--fix-dry-run', '..'], join(dir, 'services'));
    assert.ok(diff.stdout.startsWith('--- a/deploy/billing.yaml\n+++ b/deploy/billing.yaml\n'), diff.stdout);
    const fixed = await runCli(['--fix', '.'], deploy);
    assert.equal([fixed.code, fixed.stdout], [0, '']);
    assert.ok(readFileSync(join(deploy, 'billing.yaml'), 'utf8').includes('value: /opt/service/bin/billing'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p.slice(dir.length + 1), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

test.run();
