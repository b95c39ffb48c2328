// dist/action.js: the action's entry point (action.yml `runs.main`). Bundled by scripts/build.mjs.
import { setFlagsFromString } from 'node:v8';
import { runAction } from './main.ts';

// As in the CLI: WebAssembly (tree-sitter) compiled by the optimising tier keeps Node waiting at exit.
setFlagsFromString('--liftoff-only');

process.exitCode = await runAction(process.env, {
  stdout: (s) => void process.stdout.write(s),
  cwd: process.cwd(),
});
