#!/usr/bin/env node
// `npm run bench`: how fast the linter is where users feel it (docs/performance.md explains the method and keeps
// the figures). Not part of `npm test`.
//
// 1. Monorepo: generates N Go services into .bench/mono (scripts/bench/generate.mjs; some wrong on purpose), runs
//    `node dist/cli.cjs --format json` on it and checks that exactly the seeded mistakes are found; then the wall
//    time (median of --runs, linter and floor runs interleaved; the ratio is the median of the pairs' ratios) and
//    peak RSS of the linter against the floor: reading and parsing the same files with
//    the same parsers and nothing else (scripts/bench/floor.mjs). Target: linter <= 1.5x the floor.
// 2. Start-up: a small repository (examples/entrypoint-script/broken: a Dockerfile, a script, a manifest), the
//    linter against `node -e 0`. Target: <= 2x. Also without the code cache, and with a cdk8s TypeScript file or a
//    plain TypeScript file added (the plain one should cost nothing). With hyperfine when installed, else a loop;
//    the commands are interleaved (the machine's load changes from second to second).
// 3. Scaling: repositories that grow along one dimension (scripts/bench/shapes.mjs: a long && chain, many case
//    statements, many Deployments in one file, many overlays...), each linted at N/4, N and 4N (--scale N). The
//    growth is what the step from N to 4N costs over what the step from N/4 to N cost, which cancels the start-up
//    paid at every size: 4 for linear work, 16 for quadratic; above 8 a dimension is flagged as superlinear.
// Peak RSS comes from scripts/bench/rss-preload.mjs (node --import), so no extra tool is needed.
//
// Options:
//   --services N       services in the monorepo (default 2000)
//   --runs N           timed runs of the linter and of the floor (default 3; after one untimed run each)
//   --startup-runs N   runs per start-up command (default 20, after warm-up runs)
//   --seed N           generator seed (default 42)
//   --only mono|startup|scaling
//   --scale N          the middle size of the scaling repositories (default 400: N/4, N and 4N are linted)
//   --dist DIR         measure an existing build (a dist/ directory) instead of building .bench/dist
//   --no-hyperfine     time start-up with the built-in loop even when hyperfine is installed
//   --json             print the figures as JSON instead of the table
// Exit code: 1 when the monorepo run does not find exactly the seeded mistakes (the timings never fail the run).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './bench/generate.mjs';
import { shapes } from './bench/shapes.mjs';
import { verify } from './bench/verify.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');

const { values: opt } = parseArgs({
  options: {
    services: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    'startup-runs': { type: 'string', default: '20' },
    seed: { type: 'string', default: '42' },
    only: { type: 'string' },
    scale: { type: 'string', default: '400' },
    dist: { type: 'string' },
    'no-hyperfine': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const num = (name) => {
  const n = Number(opt[name]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: --${name} must be a positive whole number`);
    process.exit(2);
  }
  return n;
};
const services = num('services');
const runs = num('runs');
const startupRuns = num('startup-runs');
const seed = num('seed');
const scale = num('scale');
if (opt.only !== undefined && !['mono', 'startup', 'scaling'].includes(opt.only)) {
  console.error('bench: --only is mono, startup or scaling');
  process.exit(2);
}

const log = (s) => {
  if (!opt.json) process.stderr.write(`${s}\n`);
};

mkdirSync(benchDir, { recursive: true });
const preload = pathToFileURL(join(root, 'scripts', 'bench', 'rss-preload.mjs')).href;

// --- building ---------------------------------------------------------------------------------------------------

let dist;
if (opt.dist !== undefined) {
  dist = resolve(opt.dist);
  if (!existsSync(join(dist, 'cli.cjs'))) {
    console.error(`bench: ${dist}/cli.cjs does not exist`);
    process.exit(2);
  }
} else {
  // A private build, so a concurrent `npm run build` cannot change what is measured.
  dist = join(benchDir, 'dist');
  log('building .bench/dist ...');
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', dist], { encoding: 'utf8' });
  if (b.status !== 0) {
    process.stderr.write(b.stdout + b.stderr);
    process.exit(1);
  }
}
const cli = join(dist, 'cli.cjs');

async function buildFloor() {
  const { build } = await import('esbuild');
  const out = join(benchDir, 'floor.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'scripts', 'bench', 'floor.mjs')],
    outfile: out,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': '__floorImportMetaUrl' },
    banner: { js: "var __floorImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  return out;
}

// --- measuring --------------------------------------------------------------------------------------------------

/** One run: wall time (ms, measured around the child), peak RSS (KiB, from the preload), exit code, stdout. */
function measure(args, { cwd, env = {} } = {}) {
  const rssFile = join(benchDir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd,
    env: { ...process.env, ...env, OTL_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rss;
  try {
    rss = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    rss = undefined;
  }
  rmSync(rssFile, { force: true });
  return { ms, rssKiB: rss, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Start-up timing of several commands ({ argv for node, env }), all in one directory: the median and the minimum of
 * --startup-runs runs each. The machine's load changes from second to second, so the commands are interleaved:
 * with hyperfine, in rounds of a few runs of every command (its `times` merged across rounds); with the built-in
 * loop, one run of each in turn.
 */
function startupTimes(commands, cwd) {
  const hyperfine = opt['no-hyperfine'] ? undefined : findHyperfine();
  const samples = commands.map(() => []);
  if (hyperfine) {
    const out = join(benchDir, `hyperfine-${process.pid}.json`);
    const quote = (a) => (/^[A-Za-z0-9_./:=@-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`);
    const line = (c) =>
      [...Object.entries(c.env ?? {}).flatMap(([k, v], i) => (i === 0 ? ['env', `${k}=${v}`] : [`${k}=${v}`])), process.execPath, ...c.argv]
        .map(quote)
        .join(' ');
    const perRound = 5;
    let ok = true;
    for (let done = 0; done < startupRuns && ok; done += perRound) {
      const n = Math.min(perRound, startupRuns - done);
      const r = spawnSync(
        hyperfine,
        ['-N', '-i', '--style', 'none', '--warmup', done === 0 ? '3' : '1', '--runs', String(n), '--export-json', out, ...commands.map(line)],
        { cwd, encoding: 'utf8' },
      );
      if (r.status !== 0 || !existsSync(out)) {
        log(`hyperfine failed (${(r.stderr || '').trim().split('\n')[0]}); timing with the built-in loop`);
        ok = false;
        break;
      }
      const results = JSON.parse(readFileSync(out, 'utf8')).results;
      rmSync(out, { force: true });
      results.forEach((x, k) => samples[k].push(...x.times.map((t) => t * 1000)));
    }
    if (ok) return { tool: 'hyperfine', ms: samples.map(median), min: samples.map((s) => Math.min(...s)) };
    for (const s of samples) s.length = 0;
  }
  for (let i = 0; i < startupRuns + 3; i++) {
    for (const [k, c] of commands.entries()) {
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, c.argv, { cwd, env: { ...process.env, ...c.env }, stdio: 'ignore' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i >= 3) samples[k].push(ms);
    }
  }
  return { tool: 'loop', ms: samples.map(median), min: samples.map((s) => Math.min(...s)) };
}

function findHyperfine() {
  const r = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? 'hyperfine' : undefined;
}

// --- 1. the monorepo --------------------------------------------------------------------------------------------

async function mono() {
  const dir = join(benchDir, 'mono');
  log(`generating ${services} services into .bench/mono ...`);
  const gen = generate(dir, { services, seed });
  const list = join(benchDir, 'mono-files.json');
  writeFileSync(list, JSON.stringify(gen.files));
  let bytes = 0;
  for (const f of gen.files) bytes += statSync(join(dir, f)).size;
  const floor = await buildFloor();

  const lintArgs = [cli, '--format', 'json', '.'];
  log('linter: checking the findings (untimed run) ...');
  const first = measure(lintArgs, { cwd: dir });
  let check;
  try {
    check = verify(JSON.parse(first.stdout), gen);
  } catch {
    check = { pass: false, rules: {}, missing: [], unexpected: [`no JSON report (exit ${first.code}): ${first.stderr.slice(0, 2000)}`] };
  }
  log('floor: untimed run ...');
  const floorFirst = measure([floor, dir, list], { cwd: root });
  if (floorFirst.code !== 0) {
    process.stderr.write(floorFirst.stderr);
    process.exit(1);
  }
  // Interleaved (linter, floor, linter, floor, ...): on a shared machine the load drifts over a minute, and two
  // blocks of runs would each see a different machine. Each pair gives a ratio; the median ratio is reported.
  // --cache: the run that writes the cache (once), then warm runs in the interleaving. The target is measured
  // without a cache; the warm runs show what a repeated run (pre-commit, an editor) costs.
  const cacheFile = join(benchDir, 'parse.cache');
  rmSync(cacheFile, { force: true });
  const cacheArgs = [cli, '--cache', '--cache-location', cacheFile, '--format', 'json', '.'];
  log('linter --cache: the run that writes the cache ...');
  const writing = measure(cacheArgs, { cwd: dir });
  const lint = [];
  const fl = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    log(`run ${i + 1}/${runs}: linter, floor, linter --cache (warm) ...`);
    lint.push(measure(lintArgs, { cwd: dir }));
    fl.push(measure([floor, dir, list], { cwd: root }));
    warm.push(measure(cacheArgs, { cwd: dir }));
  }
  const cacheSame = [writing, ...warm].every((r) => r.stdout === first.stdout);
  const lintMs = median(lint.map((r) => r.ms));
  const floorMs = median(fl.map((r) => r.ms));
  const pairRatios = lint.map((r, i) => r.ms / fl[i].ms);

  // A pre-commit run: the files of one service with a seeded mistake, the rest of the monorepo read as context. Its
  // report must be the full run's findings in those files.
  const [service, rule] = [...gen.expected].find(([, r]) => r === 'target-exe-mismatch');
  const changed = gen.files.filter((f) => f.startsWith(`${service}/`) && !f.endsWith('go.mod'));
  const fullReport = JSON.parse(first.stdout).diagnostics.filter((d) => changed.includes(d.file));
  const pre = [];
  const preWarm = [];
  for (let i = 0; i < runs; i++) {
    log(`run ${i + 1}/${runs}: pre-commit (${changed.length} files of ${service}), without and with --cache ...`);
    pre.push(measure([cli, '--format', 'json', ...changed], { cwd: dir }));
    preWarm.push(measure([cli, '--cache', '--cache-location', cacheFile, '--format', 'json', ...changed], { cwd: dir }));
  }
  const cacheBytes = existsSync(cacheFile) ? statSync(cacheFile).size : 0;
  rmSync(cacheFile, { force: true });
  let preReport;
  try {
    preReport = JSON.parse(pre[0].stdout).diagnostics;
  } catch {
    preReport = undefined;
  }
  const preSame =
    preReport !== undefined &&
    JSON.stringify(preReport) === JSON.stringify(fullReport) &&
    preReport.some((d) => d.ruleId === rule) &&
    [...pre, ...preWarm].every((r) => r.stdout === pre[0].stdout);
  return {
    services,
    files: gen.files.length,
    bytes,
    runs,
    linter: { ms: lintMs, rssKiB: Math.max(...lint.map((r) => r.rssKiB ?? 0)), all: lint.map((r) => r.ms) },
    floor: { ms: floorMs, rssKiB: Math.max(...fl.map((r) => r.rssKiB ?? 0)), all: fl.map((r) => r.ms), work: JSON.parse(floorFirst.stdout) },
    ratio: median(pairRatios),
    pairRatios,
    target: 1.5,
    findings: check,
    preCommit: {
      files: changed,
      ms: median(pre.map((r) => r.ms)),
      rssKiB: Math.max(...pre.map((r) => r.rssKiB ?? 0)),
      all: pre.map((r) => r.ms),
      sameFindings: preSame,
      warm: { ms: median(preWarm.map((r) => r.ms)), rssKiB: Math.max(...preWarm.map((r) => r.rssKiB ?? 0)), all: preWarm.map((r) => r.ms) },
    },
    cache: {
      bytes: cacheBytes,
      writing: { ms: writing.ms, rssKiB: writing.rssKiB ?? 0 },
      warm: { ms: median(warm.map((r) => r.ms)), rssKiB: Math.max(...warm.map((r) => r.rssKiB ?? 0)), all: warm.map((r) => r.ms) },
      warmRatio: median(warm.map((r, i) => r.ms / fl[i].ms)),
      sameReport: cacheSame,
    },
  };
}

// --- 2. start-up ------------------------------------------------------------------------------------------------

const CDK8S = `import { App, Chart } from 'cdk8s';
import { KubeDeployment } from './imports/k8s';

const app = new App();
const chart = new Chart(app, 'checkout');
new KubeDeployment(chart, 'checkout', {
  metadata: { name: 'checkout-cdk8s' },
  spec: {
    selector: { matchLabels: { app: 'checkout' } },
    template: {
      metadata: { labels: { app: 'checkout' } },
      spec: {
        shareProcessNamespace: true,
        containers: [
          { name: 'app', image: 'ghcr.io/acme/checkout:1.4.2' },
          {
            name: 'otel-go-agent',
            image: 'otel/autoinstrumentation-go:v0.24.0',
            env: [{ name: 'OTEL_GO_AUTO_TARGET_EXE', value: '/app/server' }],
            securityContext: { privileged: true, runAsUser: 0 },
          },
        ],
      },
    },
  },
});
app.synth();
`;

const PLAIN_TS = `import { join } from 'node:path';

export function configPath(dir: string): string {
  return join(dir, 'config.yaml');
}
`;

/** Writes files (relative path -> text) under dir, making their directories. */
function writeFiles(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

function smallRepo(extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'otl-bench-small-'));
  cpSync(join(root, 'examples', 'entrypoint-script', 'broken'), dir, { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFiles(dir, extra);
  return dir;
}

function startup() {
  const dirs = [];
  try {
    const plain = smallRepo();
    const withCdk8s = smallRepo({ 'infra/main.ts': CDK8S });
    const withTs = smallRepo({ 'src/paths.ts': PLAIN_TS });
    dirs.push(plain, withCdk8s, withTs);
    log(`start-up: node -e 0 and the linter on small repositories (${startupRuns} runs each, interleaved) ...`);
    // Every code cache exists before timing starts (a first run writes it).
    for (const d of [plain, withCdk8s, withTs]) spawnSync(process.execPath, [cli, d], { stdio: 'ignore' });
    const t = startupTimes(
      [
        { argv: ['-e', '0'] },
        { argv: [cli, plain] },
        { argv: [cli, plain], env: { OTEL_TARGET_LINT_CACHE_DIR: 'off' } },
        { argv: [cli, withCdk8s] },
        { argv: [cli, withTs] },
      ],
      plain,
    );
    const node = t.ms[0];
    const row = (k) => ({ ms: t.ms[k], min: t.min[k], ratio: t.ms[k] / node });
    return {
      tool: t.tool,
      runs: startupRuns,
      node: { ms: node, min: t.min[0] },
      linter: row(1),
      target: 2.0,
      noCodeCache: row(2),
      withCdk8sTs: row(3),
      withPlainTs: row(4),
    };
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

// --- scaling ----------------------------------------------------------------------------------------------------

/** Superlinear above this growth (linear: 4, quadratic: 16). */
const SCALING_LIMIT = 8;

function scaling() {
  const sizes = [Math.max(1, Math.round(scale / 4)), scale, scale * 4];
  const rows = [];
  const dirs = [];
  try {
    for (const [name, make] of Object.entries(shapes)) {
      const ms = [];
      for (const n of sizes) {
        const dir = mkdtempSync(join(tmpdir(), 'otl-scale-'));
        dirs.push(dir);
        writeFiles(dir, make(n));
        // The median of 3 runs, after one that writes the code cache.
        const times = [];
        for (let i = 0; i < 4; i++) {
          const r = measure([cli, '--format', 'json', '.'], { cwd: dir });
          if (r.code !== 0 && r.code !== 1) throw new Error(`${name} (${n}): exit ${r.code}\n${r.stderr}`);
          if (i > 0) times.push(r.ms);
        }
        ms.push(median(times));
      }
      // Below a few milliseconds the step is noise: such a dimension costs nothing worth a ratio.
      const growth = (ms[2] - ms[1]) / Math.max(ms[1] - ms[0], 5);
      rows.push({ name, sizes, ms, growth, superlinear: growth > SCALING_LIMIT });
      log(`  ${name}: ${ms.map((x) => x.toFixed(0)).join(' ms, ')} ms`);
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
  return { sizes, limit: SCALING_LIMIT, rows };
}

// --- report -----------------------------------------------------------------------------------------------------

const result = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: availableParallelism(),
  dist: dist,
};
if (opt.only === undefined || opt.only === 'mono') result.mono = await mono();
if (opt.only === undefined || opt.only === 'startup') result.startup = startup();
if (opt.only === undefined || opt.only === 'scaling') result.scaling = scaling();

if (opt.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const out = [];
  const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
  const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  out.push(`otel-target-lint benchmark: node ${result.node}, ${result.platform}, ${result.cpus} CPUs`, '');
  if (result.mono) {
    const m = result.mono;
    out.push(`Monorepo: ${m.services} services, ${m.files} files (${(m.bytes / 1048576).toFixed(1)} MiB); median of ${m.runs} runs`);
    out.push(`  ${'linter (--format json)'.padEnd(28)}${ms(m.linter.ms).padStart(9)}  ${mib(m.linter.rssKiB).padStart(8)} peak RSS`);
    out.push(`  ${'floor (read + parse)'.padEnd(28)}${ms(m.floor.ms).padStart(9)}  ${mib(m.floor.rssKiB).padStart(8)} peak RSS`);
    out.push(`  ${'linter / floor'.padEnd(28)}${`${m.ratio.toFixed(2)}x`.padStart(9)}  target <= ${m.target}x: ${verdict(m.ratio <= m.target)}`);
    out.push(`    (median of the ${m.pairRatios.length} interleaved pairs' ratios: ${m.pairRatios.map((r) => r.toFixed(2)).join(', ')})`);
    const f = m.findings;
    out.push(`  seeded mistakes found: ${verdict(f.pass)}`);
    for (const [rule, c] of Object.entries(f.rules)) out.push(`    ${rule.padEnd(24)} ${c.found}/${c.expected}`);
    out.push(`    unexpected findings      ${f.unexpected.length}`);
    for (const u of f.unexpected.slice(0, 10)) out.push(`      ${u}`);
    for (const u of f.missing.slice(0, 10)) out.push(`      missing: ${u}`);
    const c = m.cache;
    out.push(`  ${'linter --cache, writing it'.padEnd(28)}${ms(c.writing.ms).padStart(9)}  ${mib(c.writing.rssKiB).padStart(8)} peak RSS  (cache file ${(c.bytes / 1048576).toFixed(1)} MiB)`);
    out.push(`  ${'linter --cache, warm'.padEnd(28)}${ms(c.warm.ms).padStart(9)}  ${mib(c.warm.rssKiB).padStart(8)} peak RSS  (${c.warmRatio.toFixed(2)}x the floor; not the target's measure)`);
    out.push(`    the same report as without a cache: ${verdict(c.sameReport)}`);
    const p = m.preCommit;
    out.push(`  ${`pre-commit (${p.files.length} files)`.padEnd(28)}${ms(p.ms).padStart(9)}  ${mib(p.rssKiB).padStart(8)} peak RSS  (${p.files.join(', ')})`);
    out.push(`  ${'pre-commit, --cache warm'.padEnd(28)}${ms(p.warm.ms).padStart(9)}  ${mib(p.warm.rssKiB).padStart(8)} peak RSS`);
    out.push(`    the full run's findings in those files, no more (with and without the cache): ${verdict(p.sameFindings)}`);
    out.push('');
  }
  if (result.startup) {
    const s = result.startup;
    out.push(`Start-up: small repository (Dockerfile, entrypoint.sh, deploy.yaml); median of ${s.runs} interleaved runs (${s.tool})`);
    const row = (label, r, extra = '') =>
      out.push(
        `  ${label.padEnd(36)}${ms(r.ms).padStart(7)}  (min ${ms(r.min)})${r.ratio !== undefined ? `  ${r.ratio.toFixed(2)}x node` : ''}${extra}`,
      );
    row('node -e 0', s.node);
    row('linter', s.linter, `  target <= ${s.target}x: ${verdict(s.linter.ratio <= s.target)}`);
    row('linter, no code cache', s.noCodeCache);
    row('linter, + a cdk8s .ts file', s.withCdk8sTs);
    row('linter, + a plain .ts file', s.withPlainTs);
    out.push('');
  }
  if (result.scaling) {
    const sc = result.scaling;
    out.push(`Scaling: each repository at sizes ${sc.sizes.join(', ')} (median of 3 runs); growth = (t3 - t2) / (t2 - t1): linear 4, quadratic 16`);
    for (const r of sc.rows) {
      out.push(`  ${r.name.padEnd(36)}${r.ms.map((x) => ms(x).padStart(9)).join('')}  ${`${r.growth.toFixed(1)}`.padStart(6)}${r.superlinear ? '  SUPERLINEAR' : ''}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
if (result.mono && !(result.mono.findings.pass && result.mono.preCommit.sameFindings && result.mono.cache.sameReport)) process.exitCode = 1;
