// The committed Action bundle run exactly as the runner runs it: `node dist/action.js` with INPUT_* variables, the
// workspace, and the summary/output files, on a copy of an example repository, with no node_modules in reach.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('dist/action.js on examples/path-mismatch/broken: annotation, summary, outputs, SARIF, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'otl-action-'));
  try {
    // The action directory as a runner checks it out: action.yml and dist/, nothing installed.
    const action = join(dir, 'action');
    cpSync(join(ROOT, 'dist'), join(action, 'dist'), { recursive: true, filter: (src) => !src.includes('.cache') });
    const ws = join(dir, 'workspace');
    cpSync(join(ROOT, 'examples', 'path-mismatch', 'broken'), ws, { recursive: true });
    const summary = join(dir, 'summary.md');
    const output = join(dir, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const r = spawnSync(process.execPath, [join(action, 'dist', 'action.js')], {
      cwd: ws,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: ws,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        INPUT_PATHS: '.',
        INPUT_FORMAT: 'stylish',
        'INPUT_FAILURE-THRESHOLD': 'error',
        'INPUT_SARIF-FILE': 'out.sarif',
        'INPUT_WORKING-DIRECTORY': '.',
        INPUT_CONFIG: '',
      },
    });
    assert.is(r.status, 1, r.stderr);
    assert.match(r.stdout, /::error file=deploy\.yaml,line=23,col=22,endLine=23,endColumn=31,title=target-exe-mismatch::/);
    assert.match(readFileSync(summary, 'utf8'), /target-exe-mismatch/);
    const outputs = readFileSync(output, 'utf8');
    assert.match(outputs, /^errors=1$/m);
    assert.match(outputs, /^warnings=0$/m);
    const sarif = JSON.parse(readFileSync(join(ws, 'out.sarif'), 'utf8'));
    assert.is(sarif.runs[0].results[0].ruleId, 'target-exe-mismatch');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
