#!/usr/bin/env node
// The executable: wires main() to the process. Bundled to dist/cli.js by scripts/build.mjs.
import { setFlagsFromString } from 'node:v8';
import { main } from './main.ts';

// WebAssembly (tree-sitter) compiled by the optimising tier keeps Node waiting ~0.5 s at exit; the baseline
// compiler alone is fast enough for parsing scripts. Must be set before any module is compiled.
setFlagsFromString('--liftoff-only');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await main(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  readStdin,
});
process.exitCode = code;
