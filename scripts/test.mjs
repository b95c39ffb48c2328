#!/usr/bin/env node
// Runs every test file (test/**/*.test.ts) with uvu under tsx, streams uvu's output, and ends with one line
// `N passed, N failed`; exits non-zero when anything failed.
//
//   node scripts/test.mjs              all tests
//   node scripts/test.mjs cli engine   only files whose path (under test/) contains one of the words
//
// The tests run in one child process (`node --import tsx scripts/test.mjs --child <files>`), like uvu's own CLI,
// except that a test file which fails to load (a syntax error, a missing module) is reported and counted as a
// failure instead of stopping the whole run.

import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--child') {
  await child(process.argv.slice(3));
} else {
  await parent(process.argv.slice(2));
}

/** Test files under test/, sorted, filtered by the words given. */
function testFiles(words) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (e.name.endsWith('.test.ts')) out.push(p);
    }
  };
  walk(join(root, 'test'));
  const rel = (p) => relative(join(root, 'test'), p).split(sep).join('/');
  return out
    .filter((p) => words.length === 0 || words.some((w) => rel(p).includes(w)))
    .sort((a, b) => (rel(a) < rel(b) ? -1 : 1));
}

async function child(files) {
  // What uvu/run does, with a try/catch around each import.
  globalThis.UVU_DEFER = 1;
  const uvu = await import('uvu');
  let loadFailures = 0;
  for (const [i, file] of files.entries()) {
    globalThis.UVU_INDEX = i;
    globalThis.UVU_QUEUE.push([relative(root, file)]);
    try {
      await import(pathToFileURL(file).href);
    } catch (err) {
      loadFailures++;
      process.stdout.write(`\n  FAIL  ${relative(root, file)} could not be loaded:\n${err?.stack ?? err}\n`);
    }
  }
  await uvu.exec();
  process.stdout.write(`LOAD FAILURES: ${loadFailures}\n`);
}

async function parent(words) {
  const files = testFiles(words);
  if (files.length === 0) {
    console.error(`no test files match: ${words.join(' ')}`);
    console.log('0 passed, 0 failed');
    process.exitCode = 1;
    return;
  }
  const env = { ...process.env };
  if (process.stdout.isTTY && env.NO_COLOR === undefined) env.FORCE_COLOR ??= '1';
  const proc = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', ...files], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let total;
  let passed;
  let loadFailures = 0;
  let pending = '';
  const scan = (line) => {
    // Strip colours before reading uvu's summary lines.
    // eslint-disable-next-line no-control-regex
    const plain = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
    let m;
    if ((m = /^Total:\s+(\d+)/.exec(plain))) total = (total ?? 0) + Number(m[1]);
    else if ((m = /^Passed:\s+(\d+)/.exec(plain))) passed = (passed ?? 0) + Number(m[1]);
    else if ((m = /^LOAD FAILURES: (\d+)$/.exec(plain))) {
      loadFailures = Number(m[1]);
      return false;
    }
    return true;
  };
  proc.stdout.setEncoding('utf8');
  proc.stdout.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) if (scan(line)) process.stdout.write(line + '\n');
  });
  const code = await new Promise((resolve) => proc.on('close', (c, signal) => resolve(signal ? 1 : c)));
  if (pending && scan(pending)) process.stdout.write(pending + '\n');

  let failed = loadFailures;
  if (total === undefined || passed === undefined) {
    // The run ended before uvu printed its summary (a crash, or a test that exited the process).
    console.error(`the test process ended early (exit code ${code})`);
    failed += 1;
    passed ??= 0;
  } else {
    failed += total - passed;
  }
  if (failed === 0 && code !== 0) failed = 1;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
