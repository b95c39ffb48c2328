// scripts/bench/generate.mjs + verify.mjs: the benchmark's monorepo has exactly the seeded mistakes, the linter
// finds exactly those, and a correct service produces no finding at all.
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generate, mistakeOf } from '../../scripts/bench/generate.mjs';
import { verify } from '../../scripts/bench/verify.mjs';
import { main } from '../../src/cli/main.ts';

const made: string[] = [];
test.after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'otl-bench-gen-')));
  made.push(d);
  return d;
}

async function lintJson(cwd: string) {
  let stdout = '';
  const code = await main(['--format', 'json', '.'], { stdout: (s) => void (stdout += s), stderr: () => {}, cwd, env: {}, isTTY: false });
  return { code, report: JSON.parse(stdout) };
}

test('mistakeOf: the first rule that applies, in order 17, 13, 11, 7', () => {
  const table: [number, string | undefined][] = [
    [1, undefined],
    [7, 'target-exe-mismatch'],
    [11, 'target-exe-relative'],
    [13, 'target-exe-wrapper'],
    [17, 'target-exe-go-run'],
    [77, 'target-exe-relative'],
    [91, 'target-exe-wrapper'],
    [119, 'target-exe-go-run'],
    [221, 'target-exe-go-run'],
  ];
  for (const [i, rule] of table) assert.is(mistakeOf(i), rule, String(i));
});

test('generate: deterministic files, the seeded services and counts; the linter finds exactly them', async () => {
  const dir = tmp();
  const gen = generate(dir, { services: 26, seed: 7 });
  assert.equal(Object.fromEntries(Object.entries(gen.counts).sort()), {
    'target-exe-go-run': 1,
    'target-exe-mismatch': 3,
    'target-exe-relative': 2,
    'target-exe-wrapper': 2,
  });
  assert.equal([...gen.expected.keys()], [
    'services/svc-0007', 'services/svc-0011', 'services/svc-0013', 'services/svc-0014',
    'services/svc-0017', 'services/svc-0021', 'services/svc-0022', 'services/svc-0026',
  ]);
  const first = gen.files.filter((f) => f.startsWith('services/svc-0001/'));
  assert.ok(['Dockerfile', 'entrypoint.sh', 'go.mod', 'k8s/deployment.yaml'].every((f) => first.includes(`services/svc-0001/${f}`)), first.join());
  assert.is(readFileSync(join(dir, 'services/svc-0017/Dockerfile'), 'utf8').includes('CMD ["go", "run", "./cmd/svc-0017"]'), true);

  const again = generate(tmp(), { services: 26, seed: 7 });
  assert.equal(again.files, gen.files, 'same seed, same files');

  const { code, report } = await lintJson(dir);
  assert.is(code, 1);
  const v = verify(report, gen);
  assert.equal(v.unexpected, []);
  assert.equal(v.missing, []);
  assert.is(v.pass, true);
});

test('verify: a missing finding and an unexpected one both fail', () => {
  const gen = { services: 2, files: [], expected: new Map([['services/svc-0001', 'target-exe-mismatch']]), counts: { 'target-exe-mismatch': 1 } };
  const d = (file: string, ruleId: string) => ({ file, line: 1, column: 1, ruleId, message: 'm' });
  assert.equal(verify({ diagnostics: [d('services/svc-0001/k8s/deployment.yaml', 'target-exe-mismatch')] }, gen), {
    pass: true,
    rules: { 'target-exe-mismatch': { expected: 1, found: 1 } },
    missing: [],
    unexpected: [],
  });
  const bad = verify({ diagnostics: [d('services/svc-0002/k8s/deployment.yaml', 'target-exe-mismatch')] }, gen);
  assert.is(bad.pass, false);
  assert.equal(bad.missing, ['services/svc-0001: target-exe-mismatch']);
  assert.equal(bad.unexpected, ['services/svc-0002/k8s/deployment.yaml:1:1 target-exe-mismatch: m']);
});

test.run();
