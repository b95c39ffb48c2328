#!/usr/bin/env node
// The executable: wires main() to the process. Bundled to dist/cli.cjs (CommonJS) by scripts/build.mjs, which routes main()'s
// lazy imports to dist/linter.cjs, loaded with V8's code cache (code-cache.ts).
import { setFlagsFromString } from 'node:v8';
import { parseCacheSetup, saveCodeCache } from './code-cache.ts';
import { main } from './main.ts';

// WebAssembly (tree-sitter) compiled by the optimising tier keeps Node waiting ~0.5 s at exit; the baseline
// compiler alone is fast enough for parsing scripts. Set before any module of the linter is compiled: V8 also
// accepts a code cache only under the flags it was made with.
setFlagsFromString('--liftoff-only');

// A reader that stops early (`otel-target-lint | head`) closes the pipe: stop writing quietly, as other CLIs do,
// keeping the exit code the findings decide.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// No top-level await: the same source is bundled as CommonJS (dist/cli.cjs) too.
void main(process.argv.slice(2), {
  stdout: (s) => void (process.stdout.writable && process.stdout.write(s)),
  stderr: (s) => void (process.stderr.writable && process.stderr.write(s)),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  readStdin,
  parseCache: parseCacheSetup,
}).then((code) => {
  process.exitCode = code;
  saveCodeCache(code);
});
